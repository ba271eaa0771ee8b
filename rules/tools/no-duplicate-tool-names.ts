import { defineRule } from '../../src/rule.js';
import { joinPointer } from '../../src/json-pointer.js';
import { chatToolName } from '../../src/chat-tools.js';

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
    apis: ['chat.completions'],
    triggers: ['tools'],
    recommended: true,
    messages: {
      duplicate: '`tools[{{index}}]` is named "{{name}}" like `tools[{{first}}]`; a call to "{{name}}" cannot say which one it means, so rename or remove one of them.',
    },
  },
  create(context) {
    // This request's tool names so far, and the index of each, in the first `count` slots of two
    // lists. A request has a handful of tools: a linear search in lists that are reused (not emptied)
    // costs less than a Map cleared on every request.
    const names: string[] = [];
    const indexes: number[] = [];
    let count = 0;
    return {
      // Runs first on every request: `create` runs once per session, so the previous request's names
      // must go. (It makes this a whole-request rule, hence `triggers`.)
      document() {
        count = 0;
      },
      tool(node) {
        const tool = node.value;
        const name = chatToolName(tool);
        let first = 0;
        while (first < count && names[first] !== name) first++;
        if (first === count) {
          names[count] = name;
          indexes[count] = node.index;
          count++;
          return;
        }
        context.report({ messageId: 'duplicate', data: { index: node.index, name, first: indexes[first]! }, path: joinPointer(node.path, tool.type, 'name'), target: 'value' });
      },
    };
  },
});
