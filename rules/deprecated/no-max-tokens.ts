import { defineRule, DEPRECATIONS } from '../../src/rule-api.js';

const deprecation = DEPRECATIONS.max_tokens;

/**
 * `max_tokens` is deprecated in favour of `max_completion_tokens` (api-facts §1.1). For a model that
 * does not reason the two mean the same (there are no reasoning tokens to count), so the rename is a
 * safe fix there. Reasoning models reject `max_tokens` outright: that is
 * `reasoning/no-max-tokens-on-reasoning-model`, so this rule stays out of its way. With `prediction`
 * the rule is silent, because Predicted Outputs refuse `max_completion_tokens` (§1.6) and `max_tokens`
 * is then the only way to cap the answer.
 */
export default defineRule({
  id: 'deprecated/no-max-tokens',
  meta: {
    type: 'suggestion',
    description: '`max_tokens` is deprecated; use `max_completion_tokens`.',
    apis: ['chat.completions'],
    triggers: ['max_tokens'],
    recommended: true,
    // Whether the rename is safe, or `max_tokens` is rejected outright, depends on the model.
    requiresModel: true,
    fixable: true,
    hasSuggestions: true,
    messages: {
      deprecated: '`{{param}}` is deprecated; {{advice}}.',
      rename: 'Rename `{{param}}` to `{{replacement}}` (for a reasoning model it then also counts reasoning tokens).',
    },
  },
  create() {
    return {
      request({ value }, context) {
        if (value.max_tokens === undefined || value.max_tokens === null) return;
        const model = context.model!;
        if (model.parameter('max_tokens') === 'rejected') return;
        if (value.prediction !== undefined && value.prediction !== null) return;
        // A client library that chose the wire name itself (LangChain sends its `maxTokens` as
        // `max_tokens` to models it deems non-reasoning) leaves the user nothing to rename.
        if (context.nameOf('/max_tokens') !== 'max_tokens') return;
        const [replacement] = deprecation.replacements;
        const data = { param: context.nameOf('/max_tokens'), replacement, advice: deprecation.advice };
        // Both caps at once is a rejection, `params/no-max-tokens-with-max-completion-tokens`'s to report.
        if (value.max_completion_tokens !== undefined && value.max_completion_tokens !== null) return;
        const rename = [{ op: 'move' as const, from: '/max_tokens', path: `/${replacement}` }];
        // Safe only when the registry says the model does not reason; otherwise (grey-zone models) the
        // limit might start to count hidden reasoning tokens, so it is offered as a suggestion.
        if (model.isReasoning === false) context.report({ messageId: 'deprecated', data, path: '/max_tokens', fix: rename });
        else
          context.report({ messageId: 'deprecated', data, path: '/max_tokens', suggestions: [{ messageId: 'rename', data, fix: rename }] });
      },
    };
  },
});
