import { defineRule, paramValue } from '../../src/rule-api.js';

/**
 * The o-series reasoning models refuse the `parallel_tool_calls` parameter, even `false`:
 * "Unsupported parameter: 'parallel_tool_calls' is not supported with this model." (api-facts §3.2,
 * §5 #15). The registry's `parallelToolCalls` fact says which models.
 */
export default defineRule({
  id: 'models/no-unsupported-parallel-tool-calls',
  meta: {
    type: 'problem',
    description: '`parallel_tool_calls` (even `false`) on a model that does not accept the parameter.',
    // The recorded errors are all from Chat Completions; whether the Responses API refuses it too is
    // not known, so the rule does not guess there.
    apis: ['chat.completions'],
    triggers: ['parallel_tool_calls'],
    recommended: true,
    requiresModel: true,
    fixable: true,
    messages: {
      unsupported: '`{{param}}` is not accepted by `{{model}}`, whatever its value, and the API rejects it; remove it.',
    },
  },
  create() {
    return {
      request(request, context) {
        const found = paramValue(request, 'parallelToolCalls');
        if (found === undefined) return;
        const model = context.model!;
        if (model.supports('parallelToolCalls') !== false) return;
        // The model never takes the parameter, so without it the request asks for what it always gets.
        context.report({
          messageId: 'unsupported',
          data: { param: context.nameOf(found.path), model: model.requestedId },
          path: found.path,
          fix: [{ op: 'remove', path: found.path }],
        });
      },
    };
  },
});
