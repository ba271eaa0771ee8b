import { defineRule, param, paramValue, peekParam } from '../../src/rule-api.js';

/**
 * 400 "Invalid value for 'parallel_tool_calls': 'parallel_tool_calls' is only allowed when 'tools'
 * are specified." (api-facts §5 #3).
 */
export default defineRule({
  id: 'tools/no-parallel-tool-calls-without-tools',
  meta: {
    type: 'problem',
    description: '`parallel_tool_calls` is only allowed when `tools` is a non-empty list.',
    apis: ['chat.completions'],
    triggers: ['parallel_tool_calls'],
    recommended: true,
    fixable: true,
    messages: {
      noTools: '`{{param}}` is set but the request has no `{{tools}}`; the API rejects it without tools, so remove it.',
    },
  },
  create() {
    return {
      request(request, context) {
        // Decided from the values; pointers are made only to report.
        const set = peekParam(request, 'parallelToolCalls');
        if (set === undefined || set === null) return;
        const listed = peekParam(request, 'tools');
        if (Array.isArray(listed) && listed.length > 0) return;
        const parallel = param(request, 'parallelToolCalls')!;
        const tools = paramValue(request, 'tools');
        // A model that rejects the parameter outright gets `models/no-unsupported-parallel-tool-calls`
        // at the same key; one finding there says more than two.
        if (context.model?.supports('parallelToolCalls') === false) return;
        context.report({
          messageId: 'noTools',
          data: { param: context.nameOf(parallel.path), tools: context.nameOf(tools?.path ?? '/tools') },
          path: parallel.path,
          fix: [{ op: 'remove', path: parallel.path }],
        });
      },
    };
  },
});
