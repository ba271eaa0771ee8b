import { defineRule, entriesWith, Fact, joinPointer, ownerLabel } from '../../src/rule-api.js';

/**
 * `default` in a strict schema: the API answered "'default' is not permitted" in 2024 (api-facts §5
 * #34), Azure OpenAI still did in 2026-08 while OpenAI itself apparently accepted it (sources in
 * `data/structured-outputs.json` → `uncertainKeywords.default`). It never has an effect in strict
 * mode, where every property is required, so this is a warning, not an error.
 */
export default defineRule({
  id: 'structured-outputs/no-default',
  meta: {
    type: 'suggestion',
    description: '`default` has no effect in a strict schema and some deployments reject it.',
    apis: ['chat.completions', 'responses'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      default:
        '`default` has no effect in the strict schema of {{owner}} (every property is required) and some deployments reject it as not permitted; remove it.',
      drop: 'Remove `default` (the model no longer sees the default value as a hint; the output contract does not change).',
    },
  },
  create() {
    return {
      strictSchema(node, context) {
        const entries = entriesWith(node.analysis, Fact.default);
        if (entries.length === 0) return;
        const owner = ownerLabel(node);
        for (const { schema, path } of entries) {
          if (!('default' in schema)) continue;
          const keyPath = joinPointer(path, 'default');
          context.report({
            messageId: 'default',
            data: { owner },
            path: keyPath,
            target: 'key',
            suggestions: [{ messageId: 'drop', fix: [{ op: 'remove', path: keyPath }] }],
          });
        }
      },
    };
  },
});
