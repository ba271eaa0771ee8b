/**
 * `model.withStructuredOutput(schema, { method, name, strict })` as the options LangChain adds to the
 * request. Source: `@langchain/openai` 1.6 `dist/chat_models/base.js` `withStructuredOutput` and
 * `dist/utils/output.js` `getStructuredOutputMethod` (checked 2026-12-06): with `method:
 * 'jsonSchema'` (the default for models other than `gpt-3*`, `gpt-4-*` and `gpt-4`) it sends
 * `response_format: { type: 'json_schema', json_schema: { name: name ?? 'extract', schema, strict } }`.
 * The other methods (`functionCalling`, `jsonMode`) are not linted yet.
 */
import type * as ESTree from 'estree';
import type { StaticEvaluator, StaticProperty, StaticValue } from './static-value.js';

const DEFAULT_NAME = 'extract';

export function structuredOutputOptions(
  evaluator: StaticEvaluator,
  receiver: ReadonlyArray<{ value: StaticValue }>,
  schemaArgument: ESTree.Expression,
  optionsArgument: ESTree.Expression | undefined,
): StaticValue | undefined {
  const options = optionsArgument === undefined ? undefined : evaluator.evaluate(optionsArgument);
  if (options !== undefined && options.kind !== 'object') return undefined;
  const option = (key: string): StaticProperty | undefined => options?.properties.find((p) => p.key === key);
  const method = option('method');
  if (method !== undefined && !(method.value.kind === 'primitive' && method.value.value === 'jsonSchema')) return undefined;
  if (method === undefined && !defaultsToJsonSchema(receiver)) return undefined;

  const name = option('name');
  const strict = option('strict');
  const jsonSchema: StaticValue = {
    kind: 'object',
    node: undefined,
    properties: [
      name ?? synthetic('name', DEFAULT_NAME),
      { key: 'schema', value: evaluator.evaluate(schemaArgument), property: undefined, plainKey: false },
      ...(strict === undefined ? [] : [strict]),
    ],
  };
  const responseFormat: StaticValue = { kind: 'object', node: undefined, properties: [synthetic('type', 'json_schema'), { key: 'json_schema', value: jsonSchema, property: undefined, plainKey: false }] };
  return { kind: 'object', node: optionsArgument, properties: [{ key: 'response_format', value: responseFormat, property: undefined, plainKey: false }] };
}

/** `getStructuredOutputMethod` without a method: JSON Schema unless the model is an old one. */
function defaultsToJsonSchema(receiver: ReadonlyArray<{ value: StaticValue }>): boolean {
  let model: StaticValue | undefined;
  for (const part of receiver) {
    if (part.value.kind !== 'object') return false;
    for (const property of part.value.properties) if (property.key === 'model' || property.key === 'modelName') model = property.value;
  }
  if (model === undefined || model.kind !== 'primitive' || typeof model.value !== 'string') return false;
  const id = model.value;
  return !id.startsWith('gpt-3') && !id.startsWith('gpt-4-') && id !== 'gpt-4';
}

function synthetic(key: string, value: string): StaticProperty {
  return { key, value: { kind: 'primitive', value, node: undefined, plain: false }, property: undefined, plainKey: false };
}
