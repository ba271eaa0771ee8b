import { defineRule, enforcesStrict, joinPointer, ownerLabel, rootShapeProblem } from '../../src/rule-api.js';

/**
 * Strict or not, a function's `parameters` and a `json_schema.schema` must describe an object: the API
 * answers "Invalid schema for function 'f': schema must be a JSON Schema of 'type: "object"', got
 * 'type: "None"'" (api-facts §5 #38), and zod and pydantic exporters produce exactly the failing roots
 * (a top-level `anyOf` for a union, a `$ref` into `$defs`). Strict schemas are checked by
 * `structured-outputs/root-must-be-object`; this rule covers the others. A root with no `type` and no
 * union (`{}`, bare `properties`) is left alone: function tools without arguments are sent that way
 * and no source shows the API refusing them.
 */
export default defineRule({
  id: 'embedded-schemas/root-must-be-object',
  meta: {
    type: 'problem',
    description: 'A non-strict function `parameters` or `json_schema.schema` must still have an object root.',
    apis: ['chat.completions', 'responses'],
    triggers: ['tools', 'response_format', 'text', 'functions'],
    recommended: true,
    messages: {
      notObject:
        'The schema of {{owner}} has root `type` {{value}}, but the API needs a JSON Schema of `type: "object"` even without `strict`; wrap the value in an object property.',
      union:
        'The schema of {{owner}} has a root `{{keyword}}` and no `type`, which the API reads as `type: "None"` and rejects even without `strict`; make the root `type: "object"` and move the `{{keyword}}` into a property.',
    },
  },
  create() {
    return {
      embeddedSchema(node, context) {
        // Strict schemas the API enforces are the strict rules' (one finding per problem).
        if (enforcesStrict(node)) return;
        const problem = rootShapeProblem(node.schema, ['anyOf', 'oneOf', 'allOf', '$ref']);
        // No `type` and no combinator: the API's own defaulting applies, nothing to report.
        if (problem === undefined || problem.kind === 'noType') return;
        const owner = ownerLabel(node);
        if (problem.kind === 'notObject') {
          context.report({
            messageId: 'notObject',
            data: { owner, value: `\`${JSON.stringify(problem.type)}\`` },
            path: joinPointer(node.path, 'type'),
            target: 'value',
          });
        } else {
          context.report({
            messageId: 'union',
            data: { owner, keyword: problem.keyword },
            path: joinPointer(node.path, problem.keyword),
            target: 'key',
          });
        }
      },
    };
  },
});
