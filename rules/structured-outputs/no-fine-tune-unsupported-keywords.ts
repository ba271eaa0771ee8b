import {
  defineRule,
  entriesWith,
  Fact,
  FINE_TUNE_UNSUPPORTED,
  isSupportedFormat,
  joinPointer,
  ownerLabel,
  UNSUPPORTED_KEYWORDS,
} from '../../src/rule-api.js';

/**
 * Fine-tuned models support a smaller subset: no `minLength`, `maxLength`, `pattern`, `format`,
 * `minimum`, `maximum`, `multipleOf`, `minItems`, `maxItems` (api-facts §4.6). Keywords no model
 * supports are left to `no-unsupported-keywords`, so one mistake is reported once.
 */
const KEYWORDS = FINE_TUNE_UNSUPPORTED.filter((keyword) => !UNSUPPORTED_KEYWORDS.has(keyword));

export default defineRule({
  id: 'structured-outputs/no-fine-tune-unsupported-keywords',
  meta: {
    type: 'problem',
    description: 'Fine-tuned models reject `pattern`, `format`, numeric bounds, string lengths and array sizes in strict schemas.',
    apis: ['chat.completions', 'responses'],
    recommended: true,
    requiresModel: true,
    hasSuggestions: true,
    messages: {
      unsupported:
        '`{{keyword}}` is not supported in strict schemas on fine-tuned model `{{model}}` ({{owner}}); remove it and check that constraint in your code.',
      drop: 'Remove `{{keyword}}` (the model is then no longer held to it: check it yourself).',
    },
  },
  create() {
    return {
      strictSchema(node, context) {
        if (context.model?.fineTuned !== true) return;
        const entries = entriesWith(node.analysis, Fact.fineTuneUnsupportedKeyword);
        if (entries.length === 0) return;
        const owner = ownerLabel(node);
        const model = context.model.requestedId;
        for (const { schema, path } of entries) {
          for (const keyword of KEYWORDS) {
            if (!(keyword in schema)) continue;
            // A `format` value outside the subset is reported by `no-unsupported-keywords` already.
            if (keyword === 'format' && !isSupportedFormat(schema.format)) continue;
            const keyPath = joinPointer(path, keyword);
            context.report({
              messageId: 'unsupported',
              data: { keyword, model, owner },
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
