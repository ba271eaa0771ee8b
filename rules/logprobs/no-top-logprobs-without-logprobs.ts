import { defineRule } from '../../src/rule-api.js';

/**
 * The spec: "`logprobs` must be set to `true` if this parameter is used" (CreateChatCompletionRequest
 * `top_logprobs`, api-facts §1.1 and §8 #6). Responses has no `logprobs` flag (it uses `include`), so
 * this rule is Chat-only.
 */
export default defineRule({
  id: 'logprobs/no-top-logprobs-without-logprobs',
  meta: {
    type: 'problem',
    description: '`top_logprobs` requires `logprobs: true`.',
    apis: ['chat.completions'],
    triggers: ['top_logprobs'],
    recommended: true,
    fixable: true,
    messages: {
      missingLogprobs:
        '`{{param}}` is set but `{{logprobs}}` is not `true`; the API requires `{{logprobs}}: true` to return top log probabilities.',
    },
  },
  create() {
    return {
      request({ value }, context) {
        if (value.top_logprobs === undefined || value.top_logprobs === null) return;
        if (value.logprobs === true) return;
        const hasLogprobs = value.logprobs !== undefined;
        context.report({
          messageId: 'missingLogprobs',
          data: { param: context.nameOf('/top_logprobs'), logprobs: context.nameOf('/logprobs') },
          path: '/top_logprobs',
          // Asking for top log probabilities means wanting log probabilities, so enabling them is the
          // intent made valid; an explicit `logprobs: false` is a contradiction we do not resolve.
          ...(hasLogprobs ? {} : { fix: [{ op: 'add', path: '/logprobs', value: true }] }),
        });
      },
    };
  },
});
