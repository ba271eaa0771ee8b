import { chatToolName, defineRule, hasChatTool, type ChatTool, type RuleContext } from '../../src/rule-api.js';

/**
 * A `tool_choice` that forces a function (or custom tool) must name one of the request's `tools`;
 * the API rejects the request otherwise (api-facts §1.3, §8 #3: the rejection is known, its exact
 * wording is not). A typo or a tool list built per request are the usual causes.
 */
export default defineRule({
  id: 'tools/no-unknown-tool-in-tool-choice',
  meta: {
    type: 'problem',
    description: '`tool_choice` must name a tool that is in `tools`.',
    apis: ['chat.completions', 'responses'],
    triggers: ['tool_choice'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      unknown:
        '`tool_choice` forces the {{kind}} "{{name}}" but `tools` has no {{kind}} with that name ({{known}}); name one of them or add the tool.',
      useName: 'Use "{{name}}".',
    },
  },
  create() {
    return {
      request(request, context) {
        if (request.api === 'responses') {
          // Responses names the function flat: `tool_choice: { type: "function", name }`.
          const choice = request.value.tool_choice as unknown;
          if (choice === null || typeof choice !== 'object' || (choice as { type?: unknown }).type !== 'function') return;
          const name = (choice as { name?: unknown }).name;
          const functions = context.nodes.functionTool.filter((tool) => tool.api === 'responses');
          if (typeof name !== 'string' || functions.length === 0 || functions.some((tool) => tool.name === name)) return;
          reportUnknown(
            context,
            'function',
            name,
            functions.map((tool) => tool.name),
            '/tool_choice/name',
          );
          return;
        }
        const choice = request.value.tool_choice;
        if (choice === undefined || choice === null || typeof choice === 'string' || choice.type === 'allowed_tools') return;
        const tools = request.value.tools ?? [];
        // Without tools the request is `tools/no-tool-choice-without-tools`'s finding.
        if (tools.length === 0) return;
        const name = choice.type === 'function' ? choice.function.name : choice.custom.name;
        // The common case, a tool that exists, returns before any list of names is built.
        if (hasChatTool(tools, choice.type, name)) return;
        const path = choice.type === 'function' ? '/tool_choice/function/name' : '/tool_choice/custom/name';
        reportUnknown(context, choice.type === 'function' ? 'function' : 'custom tool', name, namesOf(tools, choice.type), path);
      },
    };
  },
});

/** The finding at `path`, which names a tool of `kind` that is not among `names`, with the near misses as suggestions. */
function reportUnknown(
  context: RuleContext<'unknown' | 'useName'>,
  kind: string,
  name: string,
  names: readonly string[],
  path: string,
): void {
  context.report({
    messageId: 'unknown',
    data: { kind, name, known: names.length === 0 ? `it has no ${kind}s` : `it has ${names.map((n) => `"${n}"`).join(', ')}` },
    path,
    target: 'value',
    suggestions: closest(name, names).map((candidate) => ({
      messageId: 'useName' as const,
      data: { name: candidate },
      fix: [{ op: 'replace' as const, path, value: candidate }],
    })),
  });
}

function namesOf(tools: readonly ChatTool[], type: ChatTool['type']): string[] {
  return tools.flatMap((tool) => (tool.type !== type ? [] : [chatToolName(tool)]));
}

/** Names that differ only in case or separators (`getWeather` / `get_weather`), the usual mix-up. */
function closest(name: string, names: readonly string[]): string[] {
  const key = (n: string) => n.toLowerCase().replace(/[_-]/g, '');
  return names.filter((candidate) => key(candidate) === key(name));
}
