import { defineRule } from '../../src/rule-api.js';

/**
 * Structured Outputs through `response_format: { type: "json_schema" }` exist only from gpt-4o-2024-08-06
 * and gpt-4o-mini on (not gpt-4o-2024-05-13, gpt-4-turbo, gpt-3.5, the audio models: api-facts §1.4,
 * SO-GUIDE); strict function tools work on every function-calling model since the -0613 snapshots
 * (SO-BLOG). The registry's `structuredOutputs` and `strictTools` facts say which models.
 */
export default defineRule({
  id: 'models/no-unsupported-structured-outputs',
  meta: {
    type: 'problem',
    description: 'A `json_schema` response format or `strict` function tools on a model without Structured Outputs.',
    apis: ['chat.completions', 'responses'],
    recommended: true,
    requiresModel: true,
    hasSuggestions: true,
    messages: {
      noJsonSchema:
        '`{{param}}` is "json_schema" but `{{model}}` does not support Structured Outputs; use a model that does, or JSON mode (`"json_object"`) and validate the answer yourself.',
      noStrictTools:
        '`{{param}}` is true on function `{{name}}` but `{{model}}` does not support strict function calling; remove `{{param}}` or use a model that supports it.',
      useJsonMode:
        'Use JSON mode (`{"type": "json_object"}`): the answer is valid JSON but not checked against the schema, and some message must mention JSON.',
      removeStrict: 'Remove `{{param}}` (the arguments are no longer guaranteed to match the schema).',
    },
  },
  create() {
    return {
      responseFormat({ value, path }, context) {
        if (value.type !== 'json_schema') return;
        const model = context.model!;
        if (model.supports('structuredOutputs') !== false) return;
        const typePath = `${path}/type`;
        const data = { param: context.nameOf(path), model: model.requestedId };
        context.report({
          messageId: 'noJsonSchema',
          data,
          path: typePath,
          target: 'value',
          suggestions: [{ messageId: 'useJsonMode', data, fix: [{ op: 'replace', path, value: { type: 'json_object' } }] }],
        });
      },
      // The same check at the Responses key: `text.format` with type json_schema.
      textFormat({ value, path }, context) {
        if (value.type !== 'json_schema') return;
        const model = context.model!;
        if (model.supports('structuredOutputs') !== false) return;
        const data = { param: context.nameOf(path), model: model.requestedId };
        context.report({
          messageId: 'noJsonSchema',
          data,
          path: `${path}/type`,
          target: 'value',
          suggestions: [{ messageId: 'useJsonMode', data, fix: [{ op: 'replace', path, value: { type: 'json_object' } }] }],
        });
      },
      functionTool(tool, context) {
        if (tool.strict !== true) return;
        const model = context.model!;
        if (model.supports('strictTools') !== false) return;
        const data = { param: context.nameOf(tool.strictPath), name: tool.name, model: model.requestedId };
        context.report({
          messageId: 'noStrictTools',
          data,
          path: tool.strictPath,
          target: 'value',
          suggestions: [{ messageId: 'removeStrict', data, fix: [{ op: 'remove', path: tool.strictPath }] }],
        });
      },
    };
  },
});
