import { defineRule, isRecord, joinPointer, withKeysFirst } from '../../src/rule-api.js';

/**
 * The two APIs spell a function tool differently (api-facts §2.3): Chat Completions nests it,
 * `{type: "function", function: {name, description, parameters, strict}}`; the Responses API keeps it
 * flat, `{type: "function", name, description, parameters, strict}`, and so does its forced choice,
 * `{type: "function", name}`. Code ported between the two sends the other shape, and the schema then
 * answers with findings about keys (`function` unknown, `name` missing) that hide the real mistake.
 * This rule names it and rewrites the tool in the shape this API reads (same name, same schema, so a
 * safe fix). Chat-shaped choices sent to Chat are `tools/no-foreign-tool-choice-shape`'s.
 */
const FUNCTION_KEYS = ['name', 'description', 'parameters', 'strict'] as const;

export default defineRule({
  id: 'tools/no-foreign-tool-shape',
  meta: {
    type: 'problem',
    description: "A function tool (or forced choice) written in the other API's shape: nested for Chat Completions, flat for Responses.",
    apis: ['chat.completions', 'responses'],
    triggers: ['tools', 'tool_choice'],
    recommended: true,
    fixable: true,
    messages: {
      nestedOnResponses:
        '`tools[{{index}}]` has the Chat Completions shape `{"type": "function", "function": {…}}`; the Responses API reads function tools flat: `{"type": "function", "name": "{{name}}", "parameters": …}`.',
      flatOnChat:
        '`tools[{{index}}]` has the flat Responses API shape `{"type": "function", "name": "{{name}}", …}`; Chat Completions nests it: `{"type": "function", "function": {"name": "{{name}}", "parameters": …}}`.',
      nestedChoiceOnResponses:
        '`tool_choice` has the Chat Completions shape `{"type": "function", "function": {"name": "{{name}}"}}`; the Responses API reads it flat: `{"type": "function", "name": "{{name}}"}`.',
    },
  },
  create() {
    return {
      // A foreign shape fails the schema, so the typed request is never dispatched: read the raw body.
      document({ api, value: body }, context) {
        if (Array.isArray(body.tools)) {
          body.tools.forEach((tool: unknown, index: number) => {
            if (!isRecord(tool) || tool.type !== 'function') return;
            const path = joinPointer('/tools', index);
            if (api === 'responses' && isRecord(tool.function) && !('name' in tool)) {
              const { function: nested, ...rest } = tool;
              const name = typeof nested.name === 'string' ? nested.name : '…';
              context.report({
                messageId: 'nestedOnResponses',
                data: { index, name },
                path,
                target: 'value',
                fix: [{ op: 'replace', path, value: { ...rest, ...withKeysFirst(nested, FUNCTION_KEYS) } }],
                explainsSchemaError: true,
              });
            } else if (api === 'chat.completions' && typeof tool.name === 'string' && !('function' in tool)) {
              const { type, ...rest } = tool;
              context.report({
                messageId: 'flatOnChat',
                data: { index, name: tool.name },
                path,
                target: 'value',
                fix: [{ op: 'replace', path, value: { type, function: withKeysFirst(rest, FUNCTION_KEYS) } }],
                explainsSchemaError: true,
              });
            }
          });
        }
        const choice = body.tool_choice;
        if (
          api === 'responses' &&
          isRecord(choice) &&
          choice.type === 'function' &&
          isRecord(choice.function) &&
          typeof choice.function.name === 'string' &&
          !('name' in choice)
        ) {
          const name = choice.function.name;
          context.report({
            messageId: 'nestedChoiceOnResponses',
            data: { name },
            path: '/tool_choice',
            target: 'value',
            fix: [{ op: 'replace', path: '/tool_choice', value: { type: 'function', name } }],
            explainsSchemaError: true,
          });
        }
      },
    };
  },
});
