import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface DocExample {
  kind: 'valid' | 'invalid';
  code: string;
  /** 1-based line of the code block in the Markdown file, for failure messages. */
  line: number;
}

/** The fenced ```json valid / ```json invalid blocks of a rule's doc, which a test executes. */
export function readDocExamples(markdown: string): DocExample[] {
  const examples: DocExample[] = [];
  const pattern = /^```json[c]? (valid|invalid)[^\n]*\n([\s\S]*?)^```$/gm;
  for (const match of markdown.matchAll(pattern)) {
    const line = markdown.slice(0, match.index).split('\n').length;
    examples.push({ kind: match[1] as 'valid' | 'invalid', code: match[2]!, line });
  }
  return examples;
}

export function ruleDocPath(ruleId: string): string {
  return `${REPO_ROOT}rules/${ruleId}.md`;
}

export function readRuleDoc(ruleId: string): string | undefined {
  const path = ruleDocPath(ruleId);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
