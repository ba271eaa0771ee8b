import { defineRule, param, paramValue, peekParam } from '../../src/rule-api.js';

/**
 * The API answers 400 "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools'
 * are specified." (api-facts §5 #2). An empty `tools` array counts as no tools.
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
    messages: {
      noTools: '`{{param}}` is set but the request has no `{{tools}}`; the API rejects `{{param}}` without tools, so remove it or add the tools it refers to.',
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
        context.report({
          messageId: 'noTools',
          data: { param: context.nameOf(choice.path), tools: context.nameOf(tools?.path ?? '/tools') },
          path: choice.path,
          // Without tools a tool choice can do nothing, so removing it keeps the request's meaning.
          fix: [{ op: 'remove', path: choice.path }],
        });
      },
    };
  },
});
