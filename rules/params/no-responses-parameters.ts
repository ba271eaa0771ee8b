import { defineRule, RESPONSES_ONLY_PARAMETERS } from '../../src/rule-api.js';

/**
 * Responses API parameters sent to Chat Completions are refused as `Unknown parameter: '<name>'.`
 * (api-facts §5). The schema check reports them as unknown keys; this rule says which Chat field to
 * use instead (api-facts §2.3), and the engine drops the generic finding at the same key.
 */
export default defineRule({
  id: 'params/no-responses-parameters',
  meta: {
    type: 'problem',
    description:
      'Responses API parameters (`input`, `instructions`, `text`, `max_output_tokens`, `reasoning`...) sent to Chat Completions.',
    apis: ['chat.completions'],
    triggers: Object.keys(RESPONSES_ONLY_PARAMETERS),
    recommended: true,
    fixable: true,
    messages: {
      responsesOnly: '`{{param}}` is a Responses API parameter that Chat Completions rejects; {{instead}}.',
    },
  },
  create() {
    return {
      // The whole body, even when it fails the schema elsewhere: a ported Responses body usually lacks
      // `messages` too, and that is exactly when this explanation is needed.
      document({ value: body }, context) {
        // Walk the body's own keys (a handful) rather than the whole table on every request.
        for (const key in body) {
          const foreign = Object.hasOwn(RESPONSES_ONLY_PARAMETERS, key) ? RESPONSES_ONLY_PARAMETERS[key] : undefined;
          if (foreign === undefined) continue;
          const path = `/${key}`;
          const target = foreign.renameTo;
          // A pure rename (same value, same meaning) is safe unless the Chat field is already set.
          const fix =
            target !== undefined && !Object.hasOwn(body, target) ? [{ op: 'move' as const, from: path, path: `/${target}` }] : undefined;
          context.report({
            messageId: 'responsesOnly',
            data: { param: context.nameOf(path), instead: foreign.instead },
            path,
            ...(fix ? { fix } : {}),
            explainsSchemaError: true,
          });
        }
      },
    };
  },
});
