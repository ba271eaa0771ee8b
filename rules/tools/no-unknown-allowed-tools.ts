import { defineRule, hasChatTool, joinPointer } from '../../src/rule-api.js';

/**
 * `tool_choice: {type: "allowed_tools"}` narrows the request's `tools` to a subset. An entry that names
 * no tool in `tools` can never be called. Whether the API rejects it or ignores it is not documented
 * (api-facts §1.1 lists the shape only), so this is a warning.
 */
export default defineRule({
  id: 'tools/no-unknown-allowed-tools',
  meta: {
    type: 'suggestion',
    description: 'Every `allowed_tools` entry must name a tool that is in `tools`.',
    apis: ['chat.completions'],
    triggers: ['tool_choice'],
    recommended: true,
    messages: {
      unknown:
        '`tool_choice.allowed_tools.tools[{{index}}]` names the {{kind}} "{{name}}" but `tools` has no {{kind}} with that name; fix the name or add the tool.',
    },
  },
  create() {
    return {
      request(request, context) {
        if (request.api !== 'chat.completions') return;
        const choice = request.value.tool_choice;
        if (choice === undefined || choice === null || typeof choice === 'string' || choice.type !== 'allowed_tools') return;
        const tools = request.value.tools;
        if (tools === undefined || tools === null || tools.length === 0) return;
        choice.allowed_tools.tools.forEach((entry, index) => {
          // Entries are open objects in the spec; only the documented `{type, function|custom: {name}}` form is checked.
          const type = entry.type;
          if (type !== 'function' && type !== 'custom') return;
          const name = (entry[type] as { name?: unknown } | undefined)?.name;
          if (typeof name !== 'string' || hasChatTool(tools, type, name)) return;
          context.report({
            messageId: 'unknown',
            data: { index, kind: type === 'function' ? 'function' : 'custom tool', name },
            path: joinPointer('/tool_choice/allowed_tools/tools', index, type, 'name'),
            target: 'value',
          });
        });
      },
    };
  },
});
