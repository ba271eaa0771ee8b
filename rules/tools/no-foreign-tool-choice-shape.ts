import { chatToolChoiceModeSchema } from '../../schemas/chat-completions/tool-choice.js';
import { defineRule, type JsonPatch } from '../../src/rule-api.js';

/**
 * Chat Completions nests the forced tool's name (`{type: "function", function: {name}}`) and the
 * allowed-tools options (`{type: "allowed_tools", allowed_tools: {mode, tools}}`). Code written for the
 * Responses API sends them flat (`{type: "function", name}`), and some wrappers send the bare function
 * name as a string. The schema rejects all of these with findings about keys; this rule names the
 * real mistake and replaces them (api-facts §2.3). It reads the raw request because the failed value
 * is never dispatched as a typed node.
 */
const MODES = new Set<string>(chatToolChoiceModeSchema.enum);

export default defineRule({
  id: 'tools/no-foreign-tool-choice-shape',
  meta: {
    type: 'problem',
    description: '`tool_choice` must use the Chat Completions shape, not a bare tool name or the flat Responses API shape.',
    apis: ['chat.completions'],
    triggers: ['tool_choice'],
    recommended: true,
    fixable: true,
    messages: {
      bareName:
        '`tool_choice` is the bare tool name "{{name}}", which Chat Completions does not accept; write `{"type": "{{type}}", "{{type}}": {"name": "{{name}}"}}` to force that tool.',
      flatName:
        '`tool_choice` has the flat Responses API shape `{"type": "{{type}}", "name": …}`; Chat Completions nests the name: `{"type": "{{type}}", "{{type}}": {"name": "{{name}}"}}`.',
      flatAllowedTools:
        '`tool_choice` has the flat Responses API shape `{"type": "allowed_tools", "mode": …, "tools": […]}`; Chat Completions nests them: `{"type": "allowed_tools", "allowed_tools": {"mode": …, "tools": […]}}`.',
    },
  },
  create() {
    return {
      // `document`: a foreign shape fails the schema, so the request node is never dispatched.
      document({ value: body }, context) {
        const report = (messageId: 'bareName' | 'flatName' | 'flatAllowedTools', data: Record<string, string>, value: unknown) => {
          // The replacement says exactly what the user meant, in the shape this API reads.
          const fix: JsonPatch = [{ op: 'replace', path: '/tool_choice', value }];
          context.report({ messageId, data, path: '/tool_choice', target: 'value', fix, explainsSchemaError: true });
        };
        const choice = body.tool_choice;
        if (typeof choice === 'string') {
          if (MODES.has(choice)) return;
          // Only a string that is the name of one of the tools is clearly a bare name; other strings are
          // left to the schema's enum finding, which offers a did-you-mean for typos such as "Auto".
          const type = toolTypeNamed(body.tools, choice);
          if (type !== undefined) report('bareName', { name: choice, type }, { type, [type]: { name: choice } });
          return;
        }
        if (choice === null || typeof choice !== 'object' || Array.isArray(choice)) return;
        const shape = choice as Record<string, unknown>;
        const { type, name, mode, tools } = shape;
        // The nested key (`function`, `custom`, `allowed_tools`) is none of the flat ones, so looking for
        // it in the whole object is looking in the rest, which is only copied for a report.
        if ((type === 'function' || type === 'custom') && typeof name === 'string' && !(type in shape)) {
          report('flatName', { type, name }, { ...otherKeys(shape), type, [type]: { name } });
        } else if (type === 'allowed_tools' && !('allowed_tools' in shape) && (mode !== undefined || tools !== undefined)) {
          report(
            'flatAllowedTools',
            {},
            {
              ...otherKeys(shape),
              type,
              allowed_tools: { ...(mode !== undefined ? { mode } : {}), ...(tools !== undefined ? { tools } : {}) },
            },
          );
        }
      },
    };
  },
});

/** A flat shape's keys other than those the nested shape moves or rebuilds (kept as they are). */
function otherKeys(shape: Record<string, unknown>): Record<string, unknown> {
  const { type: _type, name: _name, mode: _mode, tools: _tools, ...rest } = shape;
  return rest;
}

function toolTypeNamed(tools: unknown, name: string): 'function' | 'custom' | undefined {
  if (!Array.isArray(tools)) return undefined;
  for (const tool of tools as unknown[]) {
    if (tool === null || typeof tool !== 'object') continue;
    const { type } = tool as Record<string, unknown>;
    if (type !== 'function' && type !== 'custom') continue;
    const definition = (tool as Record<string, unknown>)[type];
    if (definition !== null && typeof definition === 'object' && (definition as Record<string, unknown>).name === name) return type;
  }
  return undefined;
}
