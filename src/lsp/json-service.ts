import { getLanguageService, type JSONSchema, type LanguageService } from 'vscode-json-languageservice';
import { listRules } from '../cli/rules-list.js';
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
  'chat.completions': 'chat-completions-request',
  responses: 'responses-request',
  langchain: 'langchain-chatopenai-options',
  config: 'config',
};

let schemas: Map<string, JSONSchema> | undefined;

function schemaNamed(name: string): JSONSchema {
  schemas ??= new Map(jsonSchemaFiles().map((file) => [/schemas\/json\/(.+)\.schema\.json$/.exec(file.path)![1]!, stripIds(JSON.parse(file.content) as JSONSchema)]));
  return schemas.get(name)!;
}

/** `$schema`/`$id` point at published URLs; the service must not try to fetch or resolve against them. */
function stripIds(schema: JSONSchema): JSONSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
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
  const properties = Object.fromEntries(listRules().map((rule) => [rule.id, { ...setting, description: `${rule.description} (default: ${rule.defaultSeverity}${rule.fixable ? ', fixable' : ''}) ${rule.docsUrl}` }]));
  return { ...base, properties: { ...base.properties, rules: { ...rules, properties } } };
}

function schemaFor(kind: SchemaKind): JSONSchema {
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
    service = getLanguageService({ clientCapabilities: { textDocument: { completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } } } } });
    const uri = `reqlint://schemas/${kind}.schema.json`;
    service.configure({ validate: false, allowComments: true, schemas: [{ uri, fileMatch: ['*'], schema: schemaFor(kind) }] });
    services.set(kind, service);
  }
  return service;
}
