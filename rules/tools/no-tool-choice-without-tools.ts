import { defineRule, param, paramValue, peekParam } from '../../src/rule-api.js';

/**
 * The API answers 400 "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools'
 * are specified." (api-facts §5 #2). An empty `tools` array counts as no tools.
 *
 * Only `"none"` is removed by the safe fix: it asks for no tool calls, which is what a request without
 * tools gets. Any other choice (`"auto"`, `"required"`, a named function) says the user expected tools,
 * so the likely bug is a forgotten tools list; deleting the choice would hide it (docs/fixes.md).
 */
export default defineRule({
  id: 'tools/no-tool-choice-without-tools',
  meta: {
    type: 'problem',
    description: '`tool_choice` is only allowed when `tools` is a non-empty list.',
    apis: ['chat.completions', 'responses'],
    triggers: ['tool_choice'],
    recommended: true,
    fixable: true,
    hasSuggestions: true,
    messages: {
      // "none" names no tool, so there are no tools to add: it only has to go.
      noneWithoutTools:
        '`{{param}}` is "none" but the request has no `{{tools}}`; "none" has no effect without tools, and the API rejects `{{param}}` when no tools are sent, so remove it.',
      expectsTools:
        '`{{param}}` is {{value}} but the request has no `{{tools}}`; the API rejects it, and the choice suggests tools were meant to be sent: add the missing `{{tools}}`, or remove `{{param}}`.',
      remove: 'Remove `{{param}}` (the model then answers without calling any tool).',
    },
  },
  create() {
    return {
      request(request, context) {
        // Decided from the values; pointers are made only to report.
        const set = peekParam(request, 'toolChoice');
        if (set === undefined || set === null) return;
        const listed = peekParam(request, 'tools');
        if (Array.isArray(listed) && listed.length > 0) return;
        const choice = param(request, 'toolChoice')!;
        const tools = paramValue(request, 'tools');
        const data = { param: context.nameOf(choice.path), tools: context.nameOf(tools?.path ?? '/tools') };
        const remove = [{ op: 'remove' as const, path: choice.path }];
        if (set === 'none') {
          // "No tool calls" is exactly what a request without tools gets: removing it keeps the meaning.
          context.report({ messageId: 'noneWithoutTools', data, path: choice.path, fix: remove });
          return;
        }
        // Any other choice expects tools: removing it would hide a forgotten tools list, so it is only offered.
        context.report({
          messageId: 'expectsTools',
          data: { ...data, value: JSON.stringify(set) },
          path: choice.path,
          suggestions: [{ messageId: 'remove', data, fix: remove }],
        });
      },
    };
  },
});
