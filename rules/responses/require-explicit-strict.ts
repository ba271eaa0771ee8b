import { defineRule } from '../../src/rule-api.js';

/**
 * Chat treats an omitted `strict` as false; Responses treats it as "make it strict if possible": the
 * API normalises the parameters schema (adds `additionalProperties: false`, makes every property
 * required) and falls back to non-strict only when it cannot (FC-GUIDE 2025-2026, api-facts §2.2,
 * §4.1). Optional arguments can thus silently become mandatory. Saying `strict` removes the surprise.
 */
export default defineRule({
  id: 'responses/require-explicit-strict',
  meta: {
    type: 'suggestion',
    description: 'A Responses function tool without `strict` is silently made strict (its schema normalised); say which you want.',
    apis: ['responses'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      implicit: 'The function tool `{{name}}` does not set `strict`, so the Responses API makes its `parameters` strict when it can (every property required, no extra keys), unlike Chat Completions; set `strict` to `true` or `false` explicitly.',
      setTrue: 'Set `strict: true` (calls always match `parameters`; the schema must be in the strict subset).',
      setFalse: 'Set `strict: false` (keeps optional properties optional; calls are not guaranteed to match).',
    },
  },
  create() {
    return {
      responsesTool({ value, path }, context) {
        if (value.type !== 'function' || value.strict !== undefined) return;
        context.report({
          messageId: 'implicit',
          data: { name: value.name },
          path: `${path}/name`,
          target: 'value',
          suggestions: [
            { messageId: 'setTrue', fix: [{ op: 'add', path: `${path}/strict`, value: true }] },
            { messageId: 'setFalse', fix: [{ op: 'add', path: `${path}/strict`, value: false }] },
          ],
        });
      },
    };
  },
});
