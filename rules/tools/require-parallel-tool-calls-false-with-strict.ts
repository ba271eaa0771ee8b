import { chatToolName, defineRule, joinPointer } from '../../src/rule-api.js';

/**
 * Structured Outputs "is not compatible with parallel function calls": when the model makes several
 * calls in one turn they may not follow the strict schemas (api-facts §1.3, SO-BLOG 2024-08-06).
 * `parallel_tool_calls` defaults to true, so strict tools need an explicit `false`. The request is
 * accepted either way, hence a warning. Models that reject the parameter itself (o-series) are left
 * alone: there it cannot be set.
 *
 * Severity `info`: most correct requests with strict tools leave `parallel_tool_calls` at its default
 * (OpenAI's own function-calling examples do), and a warning on every one of them made
 * `--max-warnings 0` fail on correct requests. The note stays visible in editors and `--format` output.
 */
export default defineRule({
  id: 'tools/require-parallel-tool-calls-false-with-strict',
  meta: {
    type: 'suggestion',
    description: 'Strict function tools should be sent with `parallel_tool_calls: false`.',
    apis: ['chat.completions'],
    triggers: ['tools'],
    recommended: true,
    severity: 'info',
    hasSuggestions: true,
    messages: {
      parallelOn:
        '`parallel_tool_calls` is true while `tools[{{index}}]` ("{{name}}") is strict; parallel calls may break strict schema adherence, so set `parallel_tool_calls` to false.',
      parallelDefault:
        '`tools[{{index}}].function.strict` is true but `parallel_tool_calls` is not set (it defaults to true); parallel calls may break strict schema adherence, so add `"parallel_tool_calls": false`.',
      setFalse: 'Set `parallel_tool_calls` to false (the model then makes at most one tool call per turn).',
    },
  },
  create() {
    return {
      request(request, context) {
        if (request.api !== 'chat.completions') return;
        if (context.model?.supports('parallelToolCalls') === false) return;
        const parallel = request.value.parallel_tool_calls;
        const tools = request.value.tools;
        if (parallel === false || tools === undefined || tools === null) return;
        const index = tools.findIndex((tool) => tool.type === 'function' && tool.function.strict === true);
        if (index < 0) return;
        const tool = tools[index]!;
        const name = chatToolName(tool);
        // At most one call per turn is a behaviour change, so it is offered, never applied.
        const suggestions = [
          {
            messageId: 'setFalse' as const,
            fix: [{ op: parallel === undefined ? ('add' as const) : ('replace' as const), path: '/parallel_tool_calls', value: false }],
          },
        ];
        if (parallel === true) {
          context.report({ messageId: 'parallelOn', data: { index, name }, path: '/parallel_tool_calls', target: 'value', suggestions });
        } else {
          context.report({
            messageId: 'parallelDefault',
            data: { index },
            path: joinPointer('/tools', index, 'function', 'strict'),
            target: 'key',
            suggestions,
          });
        }
      },
    };
  },
});
