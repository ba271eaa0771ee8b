import { defineRule } from '../../src/rule-api.js';

const CAPS = ['max_tokens', 'max_completion_tokens'] as const;

/**
 * Chat Completions refuses a request that sets both token caps, whatever the model: "Setting
 * 'max_tokens' and 'max_completion_tokens' at the same time is not supported." (code
 * `invalid_parameter_combination`, api-facts §5 #42). Client libraries cause it as often as users do
 * (langchain-ai/langgraph#5943), so it needs no model facts.
 */
export default defineRule({
  id: 'params/no-max-tokens-with-max-completion-tokens',
  meta: {
    type: 'problem',
    description: 'Chat Completions rejects `max_tokens` and `max_completion_tokens` in one request.',
    apis: ['chat.completions'],
    triggers: ['max_tokens'],
    recommended: true,
    fixable: true,
    hasSuggestions: true,
    messages: {
      bothSet:
        '`{{max_tokens}}` is {{maxTokens}} and `{{max_completion_tokens}}` is {{maxCompletionTokens}}, but the API refuses a request that sets both; remove `{{drop}}`.',
      remove: 'Remove `{{param}}` (the cap of {{other}} in `{{otherParam}}` applies).',
    },
  },
  create() {
    return {
      request({ value }, context) {
        const [maxTokens, maxCompletionTokens] = CAPS.map((key) => value[key]);
        if (maxTokens === undefined || maxTokens === null || maxCompletionTokens === undefined || maxCompletionTokens === null) return;
        // Predicted Outputs refuse `max_completion_tokens`, so there `max_tokens` is the cap to keep.
        const drop = value.prediction !== undefined && value.prediction !== null ? 'max_completion_tokens' : 'max_tokens';
        const names = { max_tokens: context.nameOf('/max_tokens'), max_completion_tokens: context.nameOf('/max_completion_tokens') };
        const removal = (param: (typeof CAPS)[number]) => {
          const other = param === 'max_tokens' ? 'max_completion_tokens' : 'max_tokens';
          return {
            messageId: 'remove' as const,
            data: { param: names[param], other: String(value[other]), otherParam: names[other] },
            fix: [{ op: 'remove' as const, path: `/${param}` }],
          };
        };
        const data = { ...names, maxTokens: String(maxTokens), maxCompletionTokens: String(maxCompletionTokens), drop: names[drop] };
        const path = `/${drop}`;
        if (maxTokens === maxCompletionTokens) {
          // The same cap twice: removing one loses nothing.
          context.report({ messageId: 'bothSet', data, path, fix: removal(drop).fix });
          return;
        }
        const keep = drop === 'max_tokens' ? 'max_completion_tokens' : 'max_tokens';
        context.report({ messageId: 'bothSet', data, path, suggestions: [removal(drop), removal(keep)] });
      },
    };
  },
});
