/** Request builders for the rules on embedded schemas, strict or not (`strict` is left out when not given). */
const messages = [{ role: 'user', content: 'hi' }];

export const tool = (parameters: unknown, strict?: boolean) => ({
  model: 'gpt-4.1',
  messages,
  tools: [{ type: 'function', function: { name: 'f', parameters, ...(strict === undefined ? {} : { strict }) } }],
});

export const responsesTool = (parameters: unknown, strict?: boolean) => ({
  model: 'gpt-4.1',
  input: 'hi',
  tools: [{ type: 'function', name: 'f', parameters, ...(strict === undefined ? {} : { strict }) }],
});

export const closed = (properties: Record<string, unknown>, required: string[]) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});
