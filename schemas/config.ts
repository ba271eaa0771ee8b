/**
 * The shape of `reqlint.config.json` / `.reqlintrc.json`. One source: the CLI validates configs
 * against it, and `npm run generate` writes `schemas/json/config.schema.json` for editors
 * (`"$schema": "https://unpkg.com/reqlint/dist/schemas/json/config.schema.json"` or `./node_modules/reqlint/...`).
 * Rule ids are not enumerated here on purpose: the loader checks them with a did-you-mean.
 */
import { API_OPTIONS } from '../src/dialect-ids.js';
import { modelEntrySchema } from './model-capabilities.js';

const severitySchema = {
  type: 'string',
  enum: ['off', 'info', 'warning', 'error'],
  description: '`off`, `info`, `warning` or `error`.',
} as const;

export const ruleSettingSchema = {
  description: 'A severity, or `[severity]`, or `[severity, options]` as in ESLint configs.',
  anyOf: [
    severitySchema,
    { type: 'array', items: [severitySchema], minItems: 1, maxItems: 1, additionalItems: false },
    { type: 'array', items: [severitySchema, {}], minItems: 2, maxItems: 2, additionalItems: false },
  ],
} as const;

const rulesSchema = {
  type: 'object',
  description: 'Per-rule severity and options, by rule id (`reqlint rules` lists them).',
  additionalProperties: ruleSettingSchema,
} as const;

const apiSchema = {
  type: 'string',
  enum: API_OPTIONS,
  description: 'The request format of the files; `auto` tells it from each body\'s shape.',
} as const;

const globsSchema = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  description: 'Glob patterns, relative to the directory of this config file.',
} as const;

const presetSchema = {
  type: 'string',
  enum: ['recommended', 'strict', 'all'],
  description: '`recommended` (default), `all` (every rule), `strict` (every rule, warnings raised to errors).',
} as const;

const modelsSchema = {
  type: 'object',
  description: 'Model ids reqlint should know besides the bundled capability table.',
  properties: {
    aliases: {
      type: 'object',
      description: 'Deployment names and other aliases mapped to the base model whose capabilities apply.',
      additionalProperties: { type: 'string', minLength: 1 },
    },
    custom: {
      type: 'array',
      description: 'Extra capability entries, in the shape of `data/models.json` entries; they win over bundled ids.',
      items: modelEntrySchema,
    },
  },
  additionalProperties: false,
} as const;

const overrideSchema = {
  type: 'object',
  description: 'Settings for the files matching `files` (and not `excludedFiles`); later overrides win.',
  properties: {
    files: { ...globsSchema, minItems: 1 },
    excludedFiles: globsSchema,
    api: apiSchema,
    preset: presetSchema,
    rules: rulesSchema,
    models: modelsSchema,
  },
  required: ['files'],
  additionalProperties: false,
} as const;

export const configSchema = {
  title: 'reqlint configuration',
  description: 'Configuration for reqlint, the linter for OpenAI-style request bodies.',
  type: 'object',
  properties: {
    $schema: { type: 'string', description: 'The JSON Schema of this file, for editor completion.' },
    root: { type: 'boolean', description: 'Stop looking for configs in parent directories.' },
    preset: presetSchema,
    api: apiSchema,
    rules: rulesSchema,
    models: modelsSchema,
    overrides: { type: 'array', items: overrideSchema },
    ignorePatterns: { ...globsSchema, description: 'Files not to lint, as globs relative to this config file (node_modules and .git are always skipped).' },
  },
  additionalProperties: false,
} as const;
