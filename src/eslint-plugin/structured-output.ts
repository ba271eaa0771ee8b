/**
 * `model.withStructuredOutput(schema, { method, name, strict })` as the options LangChain adds to the
 * request. Source: `@langchain/openai` 1.6 `dist/chat_models/base.js` `withStructuredOutput` and
 * `dist/utils/output.js` `getStructuredOutputMethod` (checked 2026-12-06): with `method:
 * 'jsonSchema'` (the default for models other than `gpt-3*`, `gpt-4-*` and `gpt-4`) it sends
 * `response_format: { type: 'json_schema', json_schema: { name: name ?? 'extract', schema, strict } }`;
 * with `method: 'functionCalling'` (the default for the older models, and on `AzureChatOpenAI` for
 * `gpt-4o*` too: `dist/azure/chat_models/index.js`) it binds one function tool
 * (`{ name: schema.title ?? name ?? 'extract', description: schema.description ?? '', parameters:
 * schema }`, or the schema itself when it is already `{ name, parameters }`), forces it with
 * `tool_choice`, and passes `strict` as the call option. `jsonMode` (`response_format: { type:
 * 'json_object' }`) has nothing of the user's to lint beyond what LangChain rejects itself.
 */
import type * as ESTree from 'estree';
import { schemaOwnerLabel } from '../structured-outputs/owner.js';
import type { StaticEvaluator, StaticProperty, StaticValue } from './static-value.js';

const DEFAULT_NAME = 'extract';

export interface StructuredOutput {
  /** The options LangChain adds to the request. */
  options: StaticValue;
  /**
   * Set when the schema got LangChain's default name (no `name`, and for function calling no
   * `title`): what the schema became, whose name in findings is `extract`, a name the user never wrote.
   */
  defaultNamed?: 'response_format' | 'function';
}

export function structuredOutputOptions(
  evaluator: StaticEvaluator,
  receiver: ReadonlyArray<{ value: StaticValue; modelClass?: string }>,
  schemaArgument: ESTree.Expression,
  optionsArgument: ESTree.Expression | undefined,
): StructuredOutput | undefined {
  const options = optionsArgument === undefined ? undefined : evaluator.evaluate(optionsArgument);
  if (options !== undefined && options.kind !== 'object') return undefined;
  const option = (key: string): StaticProperty | undefined => options?.properties.find((p) => p.key === key);
  const method = option('method');
  const methodName = method === undefined ? defaultMethod(receiver) : method.value.kind === 'primitive' ? method.value.value : undefined;
  const name = option('name');
  const strict = option('strict');
  const schema = evaluator.evaluate(schemaArgument);
  if (methodName === 'jsonSchema')
    return {
      options: jsonSchemaOptions(schema, name, strict, optionsArgument),
      ...(name === undefined && { defaultNamed: 'response_format' }),
    };
  if (methodName === 'functionCalling') return functionCallingOptions(schema, name, strict, optionsArgument);
  return undefined;
}

/**
 * A finding's message about a schema LangChain named `extract`, naming what the user wrote instead:
 * "the strict schema of response format `extract`" becomes "the strict `withStructuredOutput`
 * schema" (and "the schema of ..." "the `withStructuredOutput` schema"), any other mention of the
 * owner "the `withStructuredOutput` schema". Only the owner's label, as the rules write it
 * (`ownerLabel`), is replaced, so a property the user named `extract` keeps its name.
 */
export function nameDefaultNamedSchema(message: string, owner: 'response_format' | 'function'): string {
  const label = escapeRegExp(schemaOwnerLabel({ kind: owner, name: DEFAULT_NAME }));
  return message
    .replace(new RegExp(`\\b([Tt]he) (strict )?schema of ${label}`, 'g'), '$1 $2`withStructuredOutput` schema')
    .replace(new RegExp(label, 'g'), 'the `withStructuredOutput` schema');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function jsonSchemaOptions(
  schema: StaticValue,
  name: StaticProperty | undefined,
  strict: StaticProperty | undefined,
  node: ESTree.Node | undefined,
): StaticValue {
  const jsonSchema: StaticValue = {
    kind: 'object',
    node: undefined,
    properties: [name ?? synthetic('name', DEFAULT_NAME), nested('schema', schema), ...(strict === undefined ? [] : [strict])],
  };
  const responseFormat: StaticValue = {
    kind: 'object',
    node: undefined,
    properties: [synthetic('type', 'json_schema'), nested('json_schema', jsonSchema)],
  };
  return { kind: 'object', node, properties: [nested('response_format', responseFormat)] };
}

function functionCallingOptions(
  schema: StaticValue,
  name: StaticProperty | undefined,
  strict: StaticProperty | undefined,
  node: ESTree.Node | undefined,
): StructuredOutput {
  const field = (key: string) => (schema.kind === 'object' ? schema.properties.find((p) => p.key === key) : undefined);
  const ownName = field('name');
  const isFunction =
    ownName?.value.kind === 'primitive' && typeof ownName.value.value === 'string' && field('parameters')?.value.kind === 'object';
  let fn: StaticValue;
  let functionName: StaticValue;
  let defaultNamed = false;
  if (isFunction) {
    fn = schema;
    functionName = ownName.value;
  } else {
    const title = field('title');
    const description = field('description');
    const nameProperty = title !== undefined ? { ...title, key: 'name' } : (name ?? synthetic('name', DEFAULT_NAME));
    defaultNamed = title === undefined && name === undefined && schema.kind !== 'unknown';
    // A zod schema's title and description are not known: nor is the function's name then.
    functionName = schema.kind === 'unknown' ? { kind: 'unknown', node: schema.node } : nameProperty.value;
    fn = {
      kind: 'object',
      node: undefined,
      properties: [
        schema.kind === 'unknown' ? nested('name', functionName) : nameProperty,
        schema.kind === 'unknown'
          ? nested('description', { kind: 'unknown', node: schema.node })
          : (description ?? synthetic('description', '')),
        nested('parameters', schema),
      ],
    };
  }
  const tool: StaticValue = { kind: 'object', node: undefined, properties: [synthetic('type', 'function'), nested('function', fn)] };
  const choice: StaticValue = {
    kind: 'object',
    node: undefined,
    properties: [
      synthetic('type', 'function'),
      nested('function', {
        kind: 'object',
        node: undefined,
        properties: [nested('name', { ...functionName, node: undefined } as StaticValue)],
      }),
    ],
  };
  const options: StaticValue = {
    kind: 'object',
    node,
    properties: [
      nested('tools', { kind: 'array', node: undefined, items: [tool] }),
      nested('tool_choice', choice),
      ...(strict === undefined ? [] : [strict]),
    ],
  };
  return { options, ...(defaultNamed && { defaultNamed: 'function' }) };
}

/**
 * `_getStructuredOutputMethod` without a method: JSON Schema unless the model is an old one, and
 * function calling for `gpt-4o*` on `AzureChatOpenAI`, which overrides it (`dist/azure/chat_models/`);
 * undefined when the model is not known.
 */
function defaultMethod(receiver: ReadonlyArray<{ value: StaticValue; modelClass?: string }>): 'jsonSchema' | 'functionCalling' | undefined {
  let model: StaticValue | undefined;
  for (const part of receiver) {
    if (part.value.kind !== 'object') return undefined;
    for (const property of part.value.properties) if (property.key === 'model' || property.key === 'modelName') model = property.value;
  }
  if (model === undefined || model.kind !== 'primitive' || typeof model.value !== 'string') return undefined;
  const id = model.value;
  if (receiver[0]?.modelClass === 'AzureChatOpenAI' && id.startsWith('gpt-4o')) return 'functionCalling';
  return !id.startsWith('gpt-3') && !id.startsWith('gpt-4-') && id !== 'gpt-4' ? 'jsonSchema' : 'functionCalling';
}

function nested(key: string, value: StaticValue): StaticProperty {
  return { key, value, property: undefined, plainKey: false };
}

function synthetic(key: string, value: string): StaticProperty {
  return { key, value: { kind: 'primitive', value, node: undefined, plain: false }, property: undefined, plainKey: false };
}
