import { allEntries, defineRule, enforcesStrict, ownerLabel } from '../../src/rule-api.js';

/**
 * An array schema without `items` is refused even when the tool is not strict: "Invalid schema for
 * function 'read_multiple_files': In context=('properties', 'paths'), array schema missing items."
 * (code `invalid_function_parameters`; gh:mark3labs/mcphost#35 on gpt-4o, gh:gumloop/guMCP#136,
 * gh:sigoden/aichat#1049). MCP servers and OpenAPI converters often emit bare `{"type": "array"}`.
 * Strict schemas are checked by `structured-outputs/require-properties-and-items`.
 */
export default defineRule({
  id: 'embedded-schemas/require-array-items',
  meta: {
    type: 'problem',
    description: 'An array in a non-strict function `parameters` or `json_schema.schema` must say what its `items` are.',
    apis: ['chat.completions', 'responses'],
    triggers: ['tools', 'response_format', 'text', 'functions'],
    recommended: true,
    messages: {
      noItems:
        '`{{at}}` in the schema of {{owner}} is an array without `items`; the API rejects it ("array schema missing items") even without `strict`, so add `items` describing the elements.',
    },
  },
  create() {
    return {
      embeddedSchema(node, context) {
        if (enforcesStrict(node)) return;
        for (const { schema, path } of allEntries(node.schema, node.path)) {
          const types = Array.isArray(schema.type) ? schema.type : [schema.type];
          if (!types.includes('array') || 'items' in schema || 'prefixItems' in schema) continue;
          const at = path.slice(node.path.length) || '/';
          context.report({ messageId: 'noItems', data: { at, owner: ownerLabel(node) }, path, target: 'value' });
        }
      },
    };
  },
});
