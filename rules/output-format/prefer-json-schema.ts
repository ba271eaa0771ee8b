import { defineRule } from '../../src/rule-api.js';

/**
 * The spec calls `json_object` "the older JSON mode" and says "Using `json_schema` is preferred for
 * models that support it" (gpt-4o and newer): JSON mode guarantees valid JSON but not the shape,
 * Structured Outputs guarantees both (api-facts §1.4, §8). Advice only, so `info`.
 */
export default defineRule({
  id: 'output-format/prefer-json-schema',
  meta: {
    type: 'suggestion',
    severity: 'info',
    description: 'Prefer Structured Outputs (`json_schema`) over JSON mode on models that support it.',
    apis: ['chat.completions'],
    recommended: true,
    requiresModel: true,
    messages: {
      preferSchema:
        '`response_format.type` is "json_object" but `{{model}}` supports Structured Outputs; use `{"type": "json_schema", …}` with a schema to get replies of a guaranteed shape, not just valid JSON.',
    },
  },
  create() {
    return {
      responseFormat(node, context) {
        if (node.value.type !== 'json_object' || context.model?.supports('structuredOutputs') !== true) return;
        context.report({
          messageId: 'preferSchema',
          data: { model: context.model.requestedId },
          path: '/response_format/type',
          target: 'value',
        });
      },
    };
  },
});
