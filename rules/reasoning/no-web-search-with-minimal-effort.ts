import { defineRule, effectiveEffort, setParameterPatch } from '../../src/rule-api.js';

/**
 * The `web_search` tool types (api-facts §2.2). The preview tool (`web_search_preview…`) is left out:
 * no report shows whether it is refused too (api-facts §10).
 */
const WEB_SEARCH_TYPES: ReadonlySet<string> = new Set(['web_search', 'web_search_2025_08_26']);

/**
 * The Responses API refuses the `web_search` tool while the model reasons at effort `minimal`: "The
 * following tools cannot be used with reasoning.effort 'minimal': web_search." (`param: tools`,
 * api-facts §5 #41). The error lists every such tool at once; each is reported where it is declared.
 */
export default defineRule({
  id: 'reasoning/no-web-search-with-minimal-effort',
  meta: {
    type: 'problem',
    description: 'The Responses API refuses the `web_search` tool when the reasoning effort is "minimal".',
    apis: ['responses'],
    triggers: ['tools'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      refused:
        '`{{effortParam}}` is "minimal", and the API refuses the `{{type}}` tool at that effort; raise the effort to "low" or more, or remove the tool.',
      raiseEffort: 'Set `{{effortParam}}` to "low" (the model reasons a little before searching).',
      removeTool: 'Remove the `{{type}}` tool (the model can no longer search the web).',
    },
  },
  create() {
    return {
      request(request, context) {
        const tools = request.value.tools;
        if (!Array.isArray(tools)) return;
        const { effort, explicit } = effectiveEffort(request, context.model);
        if (effort !== 'minimal') return;
        const effortParam = context.nameOf(explicit?.path ?? '/reasoning/effort');
        tools.forEach((tool, index) => {
          if (!WEB_SEARCH_TYPES.has(tool.type)) return;
          const path = `/tools/${index}`;
          const data = { effortParam, type: tool.type };
          context.report({
            messageId: 'refused',
            data,
            path: `${path}/type`,
            target: 'value',
            suggestions: [
              { messageId: 'raiseEffort', data, fix: setParameterPatch(request, 'reasoningEffort', 'low') },
              { messageId: 'removeTool', data, fix: [{ op: 'remove', path }] },
            ],
          });
        });
      },
    };
  },
});
