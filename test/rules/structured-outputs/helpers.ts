/** Request builders for the structured-outputs rule tests. */
export const closed = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
  ...extra,
});

export const SCHEMA = '/response_format/json_schema/schema';
export const PARAMETERS = '/tools/0/function/parameters';

export function format(schema: Record<string, unknown>, { strict = true, model = 'gpt-4o' }: { strict?: boolean; model?: string } = {}) {
  return {
    model,
    messages: [{ role: 'user', content: 'Go.' }],
    response_format: { type: 'json_schema', json_schema: { name: 'r', strict, schema } },
  };
}

export function tool(parameters: Record<string, unknown>, { strict = true, model = 'gpt-4o' }: { strict?: boolean; model?: string } = {}) {
  return {
    model,
    messages: [{ role: 'user', content: 'Go.' }],
    tools: [{ type: 'function', function: { name: 'f', strict, parameters } }],
    parallel_tool_calls: false,
  };
}
