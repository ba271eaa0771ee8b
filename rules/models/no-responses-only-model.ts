import { defineRule } from '../../src/rule-api.js';

/**
 * Some models are served only by the Responses API (the spec's Responses-only model ids; api-facts
 * §2.1, §3.5): Chat Completions refuses them. Where the sources conflict (`servesApi` is `null`, e.g.
 * an id the spec lists for Chat while litellm and LangChain route it to Responses only) the rule is
 * silent: the model table cannot tell, and an error there would be a guess.
 */
export default defineRule({
  id: 'models/no-responses-only-model',
  meta: {
    type: 'problem',
    description: 'Models served only by the Responses API cannot be used with Chat Completions.',
    apis: ['chat.completions'],
    triggers: ['model'],
    recommended: true,
    requiresModel: true,
    messages: {
      responsesOnly:
        '`{{model}}` is only served by the Responses API (`/v1/responses`), so Chat Completions rejects it; send the request to the Responses API or pick a model that Chat Completions serves.',
    },
  },
  create() {
    return {
      request(_node, context) {
        const model = context.model!;
        if (model.servesApi?.('chat.completions') !== false) return;
        context.report({ messageId: 'responsesOnly', data: { model: model.requestedId }, path: '/model', target: 'value' });
      },
    };
  },
});
