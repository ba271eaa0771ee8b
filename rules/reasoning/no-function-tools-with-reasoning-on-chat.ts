import { defineRule, effectiveEffort, setParameterPatch } from '../../src/rule-api.js';

/**
 * From gpt-5.4 on (reports for gpt-5.2 too), Chat Completions refuses function tools while the model
 * reasons: "Function tools with reasoning_effort are not supported for gpt-5.4 in
 * /v1/chat/completions. Please use /v1/responses instead." (api-facts §1.3, §5 #27). A model whose
 * default effort is not `none` is refused even when the request names no effort. The registry says
 * which models (`functionToolsWithReasoningOnChat`) and what their default is.
 */
export default defineRule({
  id: 'reasoning/no-function-tools-with-reasoning-on-chat',
  meta: {
    type: 'problem',
    description: 'Some reasoning models refuse function tools on Chat Completions unless the reasoning effort is "none".',
    apis: ['chat.completions'],
    triggers: ['tools'],
    recommended: true,
    requiresModel: true,
    hasSuggestions: true,
    messages: {
      explicitEffort:
        '`{{effortParam}}` is "{{effort}}" but `{{model}}` refuses function tools on Chat Completions unless the effort is "none"; set it to "none" or use the Responses API.',
      defaultEffort:
        '`{{tools}}` has function tools but `{{model}}` refuses them on Chat Completions while reasoning, and its default effort is "{{effort}}"; set `{{effortParam}}` to "none" or use the Responses API.',
      noEffortNone:
        '`{{tools}}` has function tools but `{{model}}` refuses them on Chat Completions at every effort it offers; use the Responses API for tool calls.',
      setNone: 'Set `{{effortParam}}` to "none" (the model answers without reasoning first).',
    },
  },
  create() {
    return {
      request(request, context) {
        const { value } = request;
        const model = context.model!;
        if (model.supports('functionToolsWithReasoningOnChat') !== false) return;
        const tools = value.tools;
        if (!Array.isArray(tools) || !tools.some((tool) => tool.type === 'function')) return;
        const { effort, explicit } = effectiveEffort(request, model);
        // An unknown default: the request may well be accepted, so say nothing.
        if (effort === null || effort === 'none') return;
        const data = {
          effortParam: context.nameOf('/reasoning_effort'),
          tools: context.nameOf('/tools'),
          model: model.requestedId,
          effort,
        };
        const efforts = model.reasoning?.efforts;
        if (efforts !== null && efforts !== undefined && !efforts.includes('none')) {
          context.report({ messageId: 'noEffortNone', data, path: '/tools' });
          return;
        }
        const setNone = [{ messageId: 'setNone' as const, data, fix: setParameterPatch(request, 'reasoningEffort', 'none') }];
        if (explicit !== undefined) {
          context.report({ messageId: 'explicitEffort', data, path: '/reasoning_effort', target: 'value', suggestions: setNone });
        } else {
          // Nothing to point at but the tools: the missing effort is what makes the default apply.
          context.report({ messageId: 'defaultEffort', data, path: '/tools', suggestions: setNone });
        }
      },
    };
  },
});
