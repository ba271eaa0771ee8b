import { defineRule, joinPointer, ownerLabel } from '../../src/rule-api.js';

/**
 * Strict mode: the root of the schema must be `type: "object"`, never a union (api-facts §4.4, §5
 * #38: "schema must be a JSON Schema of 'type: "object"', got 'type: "None"'"). A root `anyOf` or
 * `$ref` has no type of its own, which is why the API says `None`.
 */
export default defineRule({
  id: 'structured-outputs/root-must-be-object',
  meta: {
    type: 'problem',
    description: 'The root of a strict schema must be `type: "object"`, not a union, a reference or another type.',
    apis: ['chat.completions', 'responses'],
    recommended: true,
    messages: {
      notObject:
        'The root of the strict schema of {{owner}} has `type` {{value}}, but strict mode needs `"object"`; wrap the value in an object property.',
      union:
        'The root of the strict schema of {{owner}} is an `{{keyword}}` union, but strict mode needs a root `type: "object"`; wrap the union in an object property.',
      noType: 'The root of the strict schema of {{owner}} has no `type`, but strict mode needs `type: "object"`; add it.',
    },
  },
  create() {
    return {
      strictSchema(node, context) {
        const { schema, path } = node;
        if (schema.type === 'object') return;
        const owner = ownerLabel(node);
        if (schema.type !== undefined) {
          context.report({
            messageId: 'notObject',
            data: { owner, value: `\`${JSON.stringify(schema.type)}\`` },
            path: joinPointer(path, 'type'),
            target: 'value',
          });
          return;
        }
        const keyword = ['anyOf', 'oneOf', '$ref'].find((k) => k in schema);
        if (keyword !== undefined) {
          context.report({ messageId: 'union', data: { owner, keyword }, path: joinPointer(path, keyword), target: 'key' });
          return;
        }
        context.report({ messageId: 'noType', data: { owner }, path, target: 'value' });
      },
    };
  },
});
