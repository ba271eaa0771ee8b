import { defineRule, entriesWith, Fact, isRecord, joinPointer, membersToCheck, ownerLabel } from '../../src/rule-api.js';

/**
 * Strict mode checks `required` against `properties` both ways: a name listed in `required` that is
 * not a property is refused with "Invalid schema for response_format 'x': In context=(), 'required'
 * is required to be supplied and to be an array including every key in properties. Extra required key
 * 'age' supplied." Renamed or deleted properties leave such names behind.
 */
export default defineRule({
  id: 'structured-outputs/no-unknown-required',
  meta: {
    type: 'problem',
    description: "Every name in a strict schema's `required` must be one of its `properties`.",
    apis: ['chat.completions', 'responses'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      unknown:
        '`required` lists "{{name}}", which is not in `properties`, in the strict schema of {{owner}}; the API rejects it ("Extra required key \'{{name}}\' supplied"), so remove it or add the property.',
      remove: 'Remove "{{name}}" from `required`.',
    },
  },
  create() {
    return {
      strictSchema(node, context) {
        for (const { schema, path } of entriesWith(node.analysis, Fact.unknownRequired)) {
          if (!Array.isArray(schema.required)) continue;
          const properties = isRecord(schema.properties) ? schema.properties : {};
          schema.required.slice(0, membersToCheck(node.analysis, schema.required.length)).forEach((name, index) => {
            if (typeof name !== 'string' || Object.hasOwn(properties, name)) return;
            const at = joinPointer(path, 'required', index);
            context.report({
              messageId: 'unknown',
              data: { name, owner: ownerLabel(node) },
              path: at,
              target: 'value',
              suggestions: [{ messageId: 'remove', data: { name }, fix: [{ op: 'remove', path: at }] }],
            });
          });
        }
      },
    };
  },
});
