import { defineRule, type RequestNode } from '../../src/rule-api.js';

/**
 * Each model generates at most so many tokens per response, and the API refuses a larger cap before
 * generating anything: "max_tokens is too large: 100000. This model supports at most 16384 completion
 * tokens, whereas you provided 100000." The limit is data (`limits.maxOutputTokens` in
 * data/models.json, with its own source and date); where it is unknown nothing is checked.
 */

/** Every key that caps output tokens, per API (LangChain's `maxTokens` arrives as one of them). */
const CAPS: Readonly<Record<RequestNode['api'], readonly string[]>> = {
  'chat.completions': ['max_tokens', 'max_completion_tokens'],
  responses: ['max_output_tokens'],
};

export default defineRule({
  id: 'models/no-output-tokens-over-limit',
  meta: {
    type: 'problem',
    description: 'An output token cap above what the model can generate.',
    apis: ['chat.completions', 'responses'],
    triggers: ['max_tokens', 'max_completion_tokens', 'max_output_tokens'],
    recommended: true,
    requiresModel: true,
    hasSuggestions: true,
    messages: {
      tooLarge:
        '`{{param}}` is {{value}} but `{{model}}` generates at most {{limit}} tokens per response; the API rejects a larger cap, so lower it to {{limit}} or less.',
      lower: 'Set `{{param}}` to {{limit}}, the most `{{model}}` can generate (responses may be cut shorter than you asked for).',
    },
  },
  create() {
    return {
      request(request, context) {
        const limit = context.model?.limits?.maxOutputTokens;
        if (limit == null) return;
        const body = request.value as Readonly<Record<string, unknown>>;
        for (const key of CAPS[request.api]) {
          const value = body[key];
          if (typeof value !== 'number' || value <= limit) continue;
          const path = `/${key}`;
          const data = { param: context.nameOf(path), value: String(value), model: context.model!.requestedId, limit: String(limit) };
          context.report({
            messageId: 'tooLarge',
            data,
            path,
            target: 'value',
            // Lowering the cap is what the API demands, but the user chose the number: offered, not applied.
            suggestions: [{ messageId: 'lower', data, fix: [{ op: 'replace', path, value: limit }] }],
          });
        }
      },
    };
  },
});
