import { defineRule, entriesWith, Fact, joinPointer, ownerLabel, STRING_LENGTH_BOUNDS } from '../../src/rule-api.js';

/**
 * `minLength`/`maxLength` are not in the guide's list of supported string keywords, only in the list
 * of keywords fine-tuned models reject; openai-java rejects them, openai-node passes them through
 * (`data/structured-outputs.json` → `uncertainKeywords`). Uncertain, so a warning. On fine-tuned
 * models they are certainly rejected, and `no-fine-tune-unsupported-keywords` reports them instead.
 */
export default defineRule({
  id: 'structured-outputs/no-string-length-bounds',
  meta: {
    type: 'suggestion',
    description: '`minLength`/`maxLength` are not documented as supported in strict schemas; they may be rejected or not enforced.',
    apis: ['chat.completions', 'responses'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      bound:
        '`{{keyword}}` is not documented as supported in the strict schema of {{owner}}, so the API may reject it or not enforce it; check the length in your code, or use `pattern`.',
      drop: 'Remove `{{keyword}}` (the model is then no longer held to the length: check it yourself).',
    },
  },
  create() {
    return {
      strictSchema(node, context) {
        if (context.model?.fineTuned === true) return;
        const entries = entriesWith(node.analysis, Fact.stringLengthBound);
        if (entries.length === 0) return;
        const owner = ownerLabel(node);
        for (const { schema, path } of entries) {
          for (const keyword of STRING_LENGTH_BOUNDS) {
            if (!(keyword in schema)) continue;
            const keyPath = joinPointer(path, keyword);
            context.report({
              messageId: 'bound',
              data: { owner, keyword },
              path: keyPath,
              target: 'key',
              suggestions: [{ messageId: 'drop', data: { keyword }, fix: [{ op: 'remove', path: keyPath }] }],
            });
          }
        }
      },
    };
  },
});
