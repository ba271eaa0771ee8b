/** Where rule documentation is published: the rule's Markdown file in the repository. */
export const DOCS_BASE_URL = 'https://github.com/reqlint/reqlint/blob/main/rules/';

export function docsUrlFor(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
