import { defineRule, entriesWith, Fact, joinPointer, ownerLabel } from '../../src/rule-api.js';

/** The schema nodes this rule looks at. */
const CAUSES = Fact.objectWithoutProperties | Fact.arrayWithoutItems;

/**
 * Strict mode compiles every object to its fixed keys and every array to its item schema, so an
 * object needs `properties` ("In context=(), object schema missing properties.", api-facts §5 #37)
 * and an array needs one `items` schema (NODE-TRANSFORM rejects arrays without items). An `items` that
 * is not a schema is `valid-type`'s concern, a tuple `no-unsupported-keywords`'.
 */
export default defineRule({
  id: 'structured-outputs/require-properties-and-items',
  meta: {
    type: 'problem',
    description: 'Objects in a strict schema need `properties` and arrays need `items`.',
    apis: ['chat.completions', 'responses'],
    recommended: true,
    fixable: true,
    messages: {
      noProperties:
        'This object in the strict schema of {{owner}} has no `properties`, which strict mode requires; list its properties, or add `"properties": {}` for an object with none.',
      noItems:
        'This array in the strict schema of {{owner}} has no `items` schema, which strict mode requires; add `items` describing its elements.',
    },
  },
  create() {
    return {
      strictSchema(node, context) {
        const entries = entriesWith(node.analysis, CAUSES);
        if (entries.length === 0) return;
        const owner = ownerLabel(node);
        for (const { schema, path, types } of entries) {
          if (types.includes('object') && !('properties' in schema)) {
            // An empty closed object is what the SDKs send for a tool without arguments; adding the
            // empty maps changes nothing when no other keys were allowed anyway.
            const closed = schema.additionalProperties === undefined || schema.additionalProperties === false;
            const fix = [
              { op: 'add' as const, path: joinPointer(path, 'properties'), value: {} },
              ...(Array.isArray(schema.required) ? [] : [{ op: 'add' as const, path: joinPointer(path, 'required'), value: [] }]),
            ];
            context.report({ messageId: 'noProperties', data: { owner }, path, target: 'value', ...(closed ? { fix } : {}) });
          }
          if (types.includes('array') && schema.items === undefined) {
            context.report({ messageId: 'noItems', data: { owner }, path, target: 'value' });
          }
        }
      },
    };
  },
});
