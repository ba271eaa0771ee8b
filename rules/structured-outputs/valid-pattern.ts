import { defineRule, entriesWith, Fact, joinPointer, ownerLabel } from '../../src/rule-api.js';

/**
 * The API compiles every `pattern` of a strict schema when it builds the grammar, and refuses the
 * schema when one does not compile. Compiling (never running) it here catches the typo before the
 * request is sent; an unbalanced `(` is the common case.
 */
export default defineRule({
  id: 'structured-outputs/valid-pattern',
  meta: {
    type: 'problem',
    description: 'A `pattern` in a strict schema must be a valid regular expression; the API refuses the schema otherwise.',
    apis: ['chat.completions', 'responses'],
    recommended: true,
    messages: {
      invalid: '`pattern` of {{owner}} is not a valid regular expression ({{reason}}), so the API refuses the schema; fix the expression.',
    },
  },
  create() {
    return {
      strictSchema(node, context) {
        const entries = entriesWith(node.analysis, Fact.pattern);
        if (entries.length === 0) return;
        const owner = ownerLabel(node);
        for (const { schema, path } of entries) {
          const pattern = schema.pattern;
          if (typeof pattern !== 'string') continue;
          const reason = compileError(pattern);
          if (reason !== undefined)
            context.report({ messageId: 'invalid', data: { owner, reason }, path: joinPointer(path, 'pattern'), target: 'value' });
        }
      },
    };
  },
});

function compileError(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'u');
    return undefined;
  } catch (unicodeError) {
    try {
      // Accepted without the `u` flag (e.g. `\-` outside a class): lenient, since the API's engine is not JavaScript's.
      new RegExp(pattern);
      return undefined;
    } catch {
      return (unicodeError as Error).message.replace(/^Invalid regular expression: \/.*\/u?: /s, '');
    }
  }
}
