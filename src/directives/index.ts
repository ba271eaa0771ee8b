/**
 * Inline suppressions (`// reqlint-disable-next-line <id> -- <reason>`, `/* reqlint-disable *\/ …
 * /* reqlint-enable *\/`, `# reqlint-disable-line` in YAML), applied by the shared per-file path
 * (`lintSource`/`lintFile`) that the CLI and the language server use, never by the engine: `lint()`
 * stays a function of the request, and comments are a property of the file that holds it.
 */
export { DIRECTIVE_MARK, isBlankOrCommentOnly, isCommentOnlyLine, jsoncComments, yamlComments, type SourceComment } from './comments.js';
export { isDirectiveText, parseDirective, type Directive, type DirectiveKind } from './parse.js';
export {
  DEFAULT_DIRECTIVE_SETTINGS,
  DIRECTIVE_IDS,
  DIRECTIVES_DOCS_URL,
  isSuppressibleInline,
  Suppressions,
  type DirectiveSettings,
} from './suppressions.js';
