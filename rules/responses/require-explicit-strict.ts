import { defineRule, isRecord } from '../../src/rule-api.js';

/**
 * The first optional property (one not listed in its object's `required`) in a parameters schema, as
 * `name`, or undefined when every property is required: then normalisation makes nothing mandatory
 * and leaving `strict` unsaid surprises no one.
 */
function firstOptionalProperty(schema: unknown, depth = 0): string | undefined {
  if (!isRecord(schema) || depth > 64) return undefined;
  const properties = schema.properties;
  if (isRecord(properties)) {
    const required = Array.isArray(schema.required) ? schema.required : [];
    const optional = Object.keys(properties).find((name) => !required.includes(name));
    if (optional !== undefined) return optional;
    for (const child of Object.values(properties)) {
      const found = firstOptionalProperty(child, depth + 1);
      if (found !== undefined) return found;
    }
  }
  for (const key of ['items', 'anyOf', '$defs', 'definitions'] as const) {
    const nested = schema[key];
    const children = Array.isArray(nested) ? nested : key === 'items' ? [nested] : isRecord(nested) ? Object.values(nested) : [];
    for (const child of children) {
      const found = firstOptionalProperty(child, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * Chat treats an omitted `strict` as false; Responses treats it as "make it strict if possible": the
 * API normalises the parameters schema (adds `additionalProperties: false`, makes every property
 * required) and falls back to non-strict only when it cannot (FC-GUIDE 2025-2026, api-facts §2.2,
 * §4.1). Optional arguments can thus silently become mandatory. Saying `strict` removes the surprise.
 * A schema whose properties are all required already is what normalisation would produce, so the
 * rule is silent there: a warning on such correct requests would only teach users to ignore it.
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
      implicit:
        'The function tool `{{name}}` does not set `strict`, so the Responses API makes its `parameters` strict when it can and the optional property `{{property}}` becomes required (unlike Chat Completions); set `strict` to `true` or `false` explicitly.',
      setTrue: 'Set `strict: true` (calls always match `parameters`; the schema must be in the strict subset).',
      setFalse: 'Set `strict: false` (keeps optional properties optional; calls are not guaranteed to match).',
    },
  },
  create() {
    return {
      responsesTool({ value, path }, context) {
        if (value.type !== 'function' || value.strict !== undefined) return;
        const property = firstOptionalProperty(value.parameters);
        if (property === undefined) return;
        context.report({
          messageId: 'implicit',
          data: { name: value.name, property },
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
