import {
  defineRule,
  entriesWith,
  Fact,
  isStrictType,
  isSupportedType,
  joinPointer,
  ownerLabel,
  type SchemaEntry,
} from '../../src/rule-api.js';

/**
 * Strict mode gives every subschema exactly one shape: a `type` (a supported name, or exactly
 * `[T, "null"]`), an `anyOf`, or a `$ref` (api-facts §4.2, JAVA-VAL). Sibling keywords of `$ref` are
 * `valid-ref`'s concern; a node that only lists `enum`/`const` is left alone, since the sources do
 * not say whether the API infers its type. The root's type is `root-must-be-object`'s concern.
 */
export default defineRule({
  id: 'structured-outputs/valid-type',
  meta: {
    type: 'problem',
    description:
      'Each node of a strict schema needs one supported `type` (or `[T, "null"]`), an `anyOf` or a `$ref`, and not both `type` and `anyOf`.',
    apis: ['chat.completions', 'responses'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      unknownType:
        '`type` {{value}} in the strict schema of {{owner}} is not a JSON Schema type strict mode supports (string, number, integer, boolean, object, array, null).',
      typeList:
        '`type` {{value}} in the strict schema of {{owner}} is not of the form `[T, "null"]`, the only type list strict mode accepts; use `anyOf` with one branch per type.',
      typeAndAnyOf:
        'This node in the strict schema of {{owner}} has both `type` and `anyOf`, but strict mode accepts exactly one of them; move `type` into each `anyOf` branch.',
      missingType:
        'This node in the strict schema of {{owner}} has no `type`, `anyOf` or `$ref`, but strict mode needs one; add the `type` of the value.',
      notASchema: '`{{value}}` in the strict schema of {{owner}} is not a schema object; strict mode needs an object with a `type`.',
      splitTypes:
        'Replace the type list with `anyOf`, one branch per type (each branch keeps only `type`; move other keywords into the branch they apply to).',
    },
  },
  create() {
    return {
      strictSchema(node, context) {
        const analysis = node.analysis;
        // The walk leaves out the shapes strict mode accepts; what is wrong with the others is decided here.
        const entries = entriesWith(analysis, Fact.typeToCheck);
        if (entries.length === 0 && analysis.nonSchemas.length === 0) return;
        const owner = ownerLabel(node);
        for (const entry of entries) {
          const { schema, isRoot } = entry;
          const type = schema.type;
          if (typeof type === 'string') {
            if (!isSupportedType(type))
              context.report({ messageId: 'unknownType', data: { owner, value: shown(type) }, path: typePath(entry), target: 'value' });
          } else if (Array.isArray(type)) {
            const unknown = type.find((t) => !isSupportedType(t));
            if (unknown !== undefined) {
              context.report({ messageId: 'unknownType', data: { owner, value: shown(unknown) }, path: typePath(entry), target: 'value' });
              // Every name is supported here, so this only asks for `[T, "null"]` in either order.
            } else if (!isStrictType(type)) {
              const fix = [
                { op: 'remove' as const, path: typePath(entry) },
                { op: 'add' as const, path: joinPointer(entry.path, 'anyOf'), value: type.map((t) => ({ type: t })) },
              ];
              context.report({
                messageId: 'typeList',
                data: { owner, value: shown(type) },
                path: typePath(entry),
                target: 'value',
                suggestions: [{ messageId: 'splitTypes', fix }],
              });
            }
          } else if (type !== undefined) {
            context.report({ messageId: 'unknownType', data: { owner, value: shown(type) }, path: typePath(entry), target: 'value' });
          }
          if (type !== undefined && 'anyOf' in schema)
            context.report({ messageId: 'typeAndAnyOf', data: { owner }, path: typePath(entry), target: 'key' });
          if (type === undefined && !isRoot && !SHAPED_WITHOUT_TYPE.some((k) => k in schema) && !isObjectByProperties(schema)) {
            context.report({ messageId: 'missingType', data: { owner }, path: entry.path, target: 'value' });
          }
        }
        for (const { value, path } of analysis.nonSchemas)
          context.report({ messageId: 'notASchema', data: { owner, value: JSON.stringify(value) }, path, target: 'value' });
      },
    };
  },
});

/** Pointers are built only for the nodes reported: most are not. */
function typePath(entry: SchemaEntry): string {
  return joinPointer(entry.path, 'type');
}

function shown(value: unknown): string {
  return `\`${JSON.stringify(value)}\``;
}

/** Keywords that give a node its shape without `type` (unsupported ones are reported by their own rule). */
const SHAPED_WITHOUT_TYPE = ['anyOf', '$ref', 'enum', 'const', 'oneOf', 'allOf'];

/** `{ "properties": {...} }` without a type: reported by the root rule at the root, tolerated below (the object is unambiguous). */
function isObjectByProperties(schema: Record<string, unknown>): boolean {
  return typeof schema.properties === 'object' && schema.properties !== null;
}
