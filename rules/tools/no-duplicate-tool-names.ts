import { chatToolName, defineRule, joinPointer } from '../../src/rule-api.js';

/**
 * A tool call names only the tool, so two tools with one name cannot be told apart: the model sees two
 * descriptions for one name, and your dispatcher runs whichever it registered last. OpenAI is not
 * known to reject the request (openai/openai-agents-python#4116, 2026-08, describes both being sent),
 * while Anthropic and several gateways answer "Tool names must be unique", hence a warning.
 */
export default defineRule({
  id: 'tools/no-duplicate-tool-names',
  meta: {
    type: 'suggestion',
    description: 'Tool names must be unique within `tools`.',
    apis: ['chat.completions', 'responses'],
    triggers: ['tools'],
    recommended: true,
    messages: {
      duplicate:
        '`tools[{{index}}]` is named "{{name}}" like `tools[{{first}}]`; a call to "{{name}}" cannot say which one it means, so rename or remove one of them.',
    },
  },
  create() {
    return {
      // Responses function tools are flat (`tools[i].name`); the same clash, at the Responses key.
      functionTool(node, context) {
        if (node.api !== 'responses') return;
        const first = context.nodes.functionTool.find((other) => other.api === 'responses' && other.name === node.name);
        if (first === undefined || first === node) return;
        context.report({
          messageId: 'duplicate',
          data: { index: node.index, name: node.name, first: first.index },
          path: node.namePath,
          target: 'value',
        });
      },
      tool(node, context) {
        const name = chatToolName(node.value);
        // The first tool of the list with this name, if it is not this one.
        const first = context.nodes.tool.find((other) => chatToolName(other.value) === name);
        if (first === undefined || first === node) return;
        context.report({
          messageId: 'duplicate',
          data: { index: node.index, name, first: first.index },
          path: joinPointer(node.path, node.value.type, 'name'),
          target: 'value',
        });
      },
    };
  },
});
