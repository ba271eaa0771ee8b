import { defineRule, DEPRECATIONS, type JsonPatch } from '../../src/rule-api.js';
import type { ChatCompletionRequest } from '../../schemas/index.js';

/** The deprecated keys, each reported on its own; also the rule's triggers. */
const LEGACY_KEYS = ['functions', 'function_call'] as const;

/**
 * `functions` and `function_call` are deprecated in favour of `tools` and `tool_choice` (api-facts
 * §1.1). The rewrite is mechanical, but it changes how the model's calls come back (`tool_calls` with
 * ids instead of `function_call`), so it is a suggestion. It is not offered when the conversation
 * already holds legacy function calls or `function` messages: those would need ids the request does
 * not have.
 */
export default defineRule({
  id: 'deprecated/no-legacy-functions',
  meta: {
    type: 'suggestion',
    description: '`functions` and `function_call` are deprecated; use `tools` and `tool_choice`.',
    apis: ['chat.completions'],
    triggers: LEGACY_KEYS,
    recommended: true,
    hasSuggestions: true,
    messages: {
      deprecated: '`{{param}}` is deprecated; {{advice}}.',
      useTools:
        'Rewrite `functions`/`function_call` as `tools`/`tool_choice` (the model then answers with `tool_calls`, which your code must read).',
    },
  },
  create() {
    return {
      request({ value }, context) {
        const rewrite = toolsRewrite(value);
        for (const key of LEGACY_KEYS) {
          if (value[key] === undefined || value[key] === null) continue;
          const path = `/${key}`;
          context.report({
            messageId: 'deprecated',
            data: { param: context.nameOf(path), advice: DEPRECATIONS[key].advice },
            path,
            ...(rewrite === undefined ? {} : { suggestions: [{ messageId: 'useTools' as const, fix: rewrite }] }),
          });
        }
      },
    };
  },
});

/** The `tools`/`tool_choice` form of the legacy fields, or `undefined` when it cannot be done safely. */
function toolsRewrite(request: ChatCompletionRequest): JsonPatch | undefined {
  const functions = request.functions;
  if (!Array.isArray(functions) || request.tools !== undefined || request.tool_choice !== undefined) return undefined;
  // Options without messages (LangChain's `modelKwargs.functions`) have no history to keep.
  const legacyHistory =
    Array.isArray(request.messages) &&
    request.messages.some((message) => message.role === 'function' || (message.role === 'assistant' && message.function_call != null));
  if (legacyHistory) return undefined;
  const patch: JsonPatch[number][] = [
    { op: 'remove', path: '/functions' },
    { op: 'add', path: '/tools', value: functions.map((fn) => ({ type: 'function', function: fn })) },
  ];
  const call = request.function_call;
  if (call !== undefined) {
    patch.push({ op: 'remove', path: '/function_call' });
    if (call !== null)
      patch.push({
        op: 'add',
        path: '/tool_choice',
        value: typeof call === 'string' ? call : { type: 'function', function: { name: call.name } },
      });
  }
  return patch;
}
