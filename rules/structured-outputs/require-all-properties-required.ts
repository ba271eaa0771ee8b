import { defineRule, entriesWith, Fact, isRecord, joinPointer, membersToCheck, ownerLabel } from '../../src/rule-api.js';

/**
 * Strict mode: `required` must list every key of `properties` (api-facts §4.4; the API's error is
 * "'required' is required to be supplied and to be an array including every key in properties.
 * Missing 'path'.", §5 #31). Optional fields are expressed as required-and-nullable instead.
 */
export default defineRule({
  id: 'structured-outputs/require-all-properties-required',
  meta: {
    type: 'problem',
    description: 'Every property of an object in a strict schema must be listed in `required`.',
    apis: ['chat.completions', 'responses'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      notRequired:
        'Property `{{property}}` is not listed in `required` in the strict schema of {{owner}}; strict mode needs every property required (make optional ones nullable instead).',
      makeRequiredNullable:
        'Add `{{property}}` to `required` and allow `null` for it (the model must then always send the key, using null when it has no value).',
    },
  },
  create() {
    return {
      strictSchema(node, context) {
        const entries = entriesWith(node.analysis, Fact.optionalProperty);
        if (entries.length === 0) return;
        const owner = ownerLabel(node);
        // `Fact.optionalProperty` marks objects only (`isObject`); the test narrows `properties`.
        for (const { schema, path } of entries) {
          if (!isRecord(schema.properties)) continue;
          const required = new Set(Array.isArray(schema.required) ? schema.required : []);
          const names = Object.keys(schema.properties);
          for (const property of names.slice(0, membersToCheck(node.analysis, names.length))) {
            const definition = schema.properties[property];
            if (required.has(property)) continue;
            const propertyPath = joinPointer(path, 'properties', property);
            context.report({
              messageId: 'notRequired',
              data: { property, owner },
              path: propertyPath,
              target: 'key',
              suggestions: [
                {
                  messageId: 'makeRequiredNullable',
                  data: { property },
                  fix: [...requireProperty(path, schema, property), ...makeNullable(propertyPath, definition)],
                },
              ],
            });
          }
        }
      },
    };
  },
});

function requireProperty(objectPath: string, schema: Record<string, unknown>, property: string) {
  if (Array.isArray(schema.required)) return [{ op: 'add' as const, path: joinPointer(objectPath, 'required', '-'), value: property }];
  return [{ op: 'add' as const, path: joinPointer(objectPath, 'required'), value: [property] }];
}

/** `"type": "string"` → `["string", "null"]`; a schema without a plain type is wrapped in `anyOf` with null. */
function makeNullable(propertyPath: string, definition: unknown) {
  if (!isRecord(definition)) return [];
  const schema = definition;
  // An enum must list null too, or the nullable type still would not let the model send it.
  const enumNull =
    Array.isArray(schema.enum) && !schema.enum.includes(null)
      ? [{ op: 'add' as const, path: joinPointer(propertyPath, 'enum', '-'), value: null }]
      : [];
  if (typeof schema.type === 'string') {
    return schema.type === 'null'
      ? []
      : [{ op: 'replace' as const, path: joinPointer(propertyPath, 'type'), value: [schema.type, 'null'] }, ...enumNull];
  }
  if (Array.isArray(schema.type)) {
    return schema.type.includes('null')
      ? []
      : [{ op: 'add' as const, path: joinPointer(propertyPath, 'type', '-'), value: 'null' }, ...enumNull];
  }
  if (Array.isArray(schema.anyOf)) {
    // Already a union: add the null branch rather than nesting anyOf in anyOf.
    return schema.anyOf.some((branch) => isRecord(branch) && branch.type === 'null')
      ? []
      : [{ op: 'add' as const, path: joinPointer(propertyPath, 'anyOf', '-'), value: { type: 'null' } }];
  }
  return [{ op: 'replace' as const, path: propertyPath, value: { anyOf: [schema, { type: 'null' }] } }];
}
