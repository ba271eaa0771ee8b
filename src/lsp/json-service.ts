import { getLanguageService, type JSONSchema, type LanguageService } from 'vscode-json-languageservice';
import { listRules } from '../cli/rules-list.js';
import { DIALECTS } from '../dialects/index.js';
import { jsonSchemaFiles } from '../generate/json-schemas.js';
import { BATCH_ENDPOINTS, BATCH_LINE_KEYS } from '../jsonl/batch-facts.js';
import type { Dialect } from '../types.js';

/**
 * Key and enum-value hover and completion come from `vscode-json-languageservice` (the engine of VS
 * Code's own JSON support) run against reqlint's generated JSON Schemas: the same schemas the linter
 * validates with, so completion offers exactly the keys the linter accepts. One service per schema,
 * each matching every document, so choosing the schema is choosing the service.
 */
export type SchemaKind = Dialect | 'unknown' | 'batch:chat.completions' | 'batch:responses' | 'config';

const SCHEMA_FILE: Readonly<Record<Dialect | 'config', string>> = {
  ...(Object.fromEntries(DIALECTS.map((dialect) => [dialect.id, dialect.jsonSchemaName])) as Record<Dialect, string>),
  config: 'config',
};

let schemas: Map<string, JSONSchema> | undefined;

function schemaNamed(name: string): JSONSchema {
  schemas ??= new Map(
    jsonSchemaFiles().map((file) => [
      /schemas\/json\/(.+)\.schema\.json$/.exec(file.path)![1]!,
      stripIds(JSON.parse(file.content) as JSONSchema),
    ]),
  );
  return schemas.get(name)!;
}

/**
 * `$schema`/`$id` point at published URLs; the service must not try to fetch or resolve against them.
 * Our descriptions are Markdown (backticked keys): as `markdownDescription` the service shows them
 * as written instead of escaping them as plain text.
 */
function stripIds(schema: JSONSchema): JSONSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return withMarkdown(rest) as JSONSchema;
}

function withMarkdown(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withMarkdown);
  if (value === null || typeof value !== 'object') return value;
  const copy = Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === 'enum' || key === 'const' || key === 'default' ? inner : withMarkdown(inner),
    ]),
  );
  if (typeof copy.description === 'string' && copy.markdownDescription === undefined) copy.markdownDescription = copy.description;
  return copy;
}

/** The schema branches that may describe the value at `path` (through `anyOf`/`oneOf`/`allOf`). */
function schemasAt(schema: JSONSchema, path: readonly string[]): JSONSchema[] {
  let current = [schema];
  for (const segment of path) {
    const expanded = current.flatMap(branches);
    current = expanded.flatMap((s) => {
      const property = s.properties?.[segment];
      if (property !== undefined && typeof property === 'object') return [property];
      if (/^\d+$/.test(segment) && s.items !== undefined && typeof s.items === 'object' && !Array.isArray(s.items)) return [s.items];
      return [];
    });
  }
  return current.flatMap(branches);
}

function branches(schema: JSONSchema): JSONSchema[] {
  const nested = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])].filter(
    (s): s is JSONSchema => typeof s === 'object',
  );
  return [schema, ...nested.flatMap(branches)];
}

/** The values the schema allows at `path`, when it lists them (`enum`, `const`), for hovers. */
export function allowedValues(kind: SchemaKind, path: readonly string[]): unknown[] {
  const values = schemasAt(schemaFor(kind), path).flatMap((s) => [...(s.enum ?? []), ...(s.const !== undefined ? [s.const] : [])]);
  return [...new Map(values.map((v) => [JSON.stringify(v), v])).values()];
}

function batchLineSchema(api: 'chat.completions' | 'responses'): JSONSchema {
  const descriptions: Record<(typeof BATCH_LINE_KEYS)[number], string> = {
    custom_id: 'Your id for this request; the results file matches results to requests by it, so it must be unique in the file.',
    method: 'Always `POST`.',
    url: 'The endpoint every request in this batch goes to; one batch has one endpoint.',
    body: 'The request body, as sent to `url`.',
  };
  return {
    type: 'object',
    description: 'One line of an OpenAI Batch API input file.',
    properties: {
      custom_id: { type: 'string', description: descriptions.custom_id },
      method: { enum: ['POST'], description: descriptions.method },
      url: { enum: [...BATCH_ENDPOINTS], description: descriptions.url },
      body: { ...schemaNamed(SCHEMA_FILE[api]), description: descriptions.body },
    },
    required: [...BATCH_LINE_KEYS],
  };
}

/** The config schema with every rule id spelled out under `rules`, so rule ids complete and hover. */
function configSchemaWithRules(): JSONSchema {
  const base = schemaNamed('config');
  const rules = (base.properties?.rules ?? {}) as JSONSchema;
  const setting = (rules.additionalProperties ?? {}) as JSONSchema;
  const properties = Object.fromEntries(
    listRules().map((rule) => {
      const description = `${rule.description} Default: \`${rule.defaultSeverity}\`${rule.fixable ? ', fixable' : ''}. [Documentation](${rule.docsUrl})`;
      return [rule.id, { ...setting, description, markdownDescription: description }];
    }),
  );
  return { ...base, properties: { ...base.properties, rules: { ...rules, properties } } };
}

const builtSchemas = new Map<SchemaKind, JSONSchema>();

function schemaFor(kind: SchemaKind): JSONSchema {
  let schema = builtSchemas.get(kind);
  if (schema === undefined) {
    schema = buildSchema(kind);
    builtSchemas.set(kind, schema);
  }
  return schema;
}

function buildSchema(kind: SchemaKind): JSONSchema {
  switch (kind) {
    case 'config':
      return configSchemaWithRules();
    case 'batch:chat.completions':
      return batchLineSchema('chat.completions');
    case 'batch:responses':
      return batchLineSchema('responses');
    case 'unknown':
      // Nothing decides the dialect yet (an empty object being typed): offer what either API takes.
      return { anyOf: [schemaNamed(SCHEMA_FILE['chat.completions']), schemaNamed(SCHEMA_FILE.responses)] };
    default:
      return schemaNamed(SCHEMA_FILE[kind]);
  }
}

const services = new Map<SchemaKind, LanguageService>();

export function jsonServiceFor(kind: SchemaKind): LanguageService {
  let service = services.get(kind);
  if (service === undefined) {
    service = getLanguageService({
      clientCapabilities: { textDocument: { completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } } } },
    });
    const uri = `reqlint://schemas/${kind}.schema.json`;
    service.configure({ validate: false, allowComments: true, schemas: [{ uri, fileMatch: ['*'], schema: schemaFor(kind) }] });
    services.set(kind, service);
  }
  return service;
}
