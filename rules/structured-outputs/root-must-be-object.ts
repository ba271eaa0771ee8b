import { defineRule, joinPointer, ownerLabel, rootShapeProblem } from '../../src/rule-api.js';

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
        const problem = rootShapeProblem(node.schema, ['anyOf', 'oneOf', '$ref']);
        if (problem === undefined) return;
        const owner = ownerLabel(node);
        if (problem.kind === 'notObject') {
          context.report({
            messageId: 'notObject',
            data: { owner, value: `\`${JSON.stringify(problem.type)}\`` },
            path: joinPointer(node.path, 'type'),
            target: 'value',
          });
        } else if (problem.kind === 'union') {
          context.report({
            messageId: 'union',
            data: { owner, keyword: problem.keyword },
            path: joinPointer(node.path, problem.keyword),
            target: 'key',
          });
        } else {
          context.report({ messageId: 'noType', data: { owner }, path: node.path, target: 'value' });
        }
      },
    };
  },
});
