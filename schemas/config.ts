/**
 * The shape of a reqlint config (`reqlint.config.json`/`.yaml`, `.reqlintrc.json`/`.yaml`, or the
 * `reqlint` key of `package.json`). One source: the CLI validates configs
 * against it, and `npm run generate` writes `schemas/json/config.schema.json` for editors
 * (`"$schema": "https://unpkg.com/reqlint/dist/schemas/json/config.schema.json"` or `./node_modules/reqlint/...`).
 * Rule ids are not enumerated here on purpose: the loader checks them with a did-you-mean.
 */
import { API_OPTIONS } from '../src/dialect-ids.js';
import { modelEntrySchema } from './model-capabilities.js';

const severitySchema = {
  enum: ['off', 'info', 'warning', 'error', 'warn', 0, 1, 2],
  description: "`off`, `info`, `warning` or `error`; ESLint's `warn` and `0` (off), `1` (warning), `2` (error) work too.",
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
  description: "The request format of the files; `auto` tells it from each body's shape.",
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

const reportUnusedSchema = {
  anyOf: [severitySchema, { type: 'boolean' }],
  description:
    'Report `reqlint-disable` comments that suppress nothing, at this severity (`true`: `warning`, `false`: `off`). Default: `warning` (`error` with the `strict` preset).',
} as const;

/** Settings an override may change as well as the top level. */
const directiveSettings = {
  reportUnusedDisableDirectives: reportUnusedSchema,
  requireDisableReason: {
    type: 'boolean',
    description:
      'Every `reqlint-disable` comment must say why, after ` -- ` (e.g. `// reqlint-disable-next-line schema/enum -- the proxy accepts it`).',
  },
  noInlineConfig: { type: 'boolean', description: 'Ignore `reqlint-disable` comments: only the config and the baseline decide.' },
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
    ...directiveSettings,
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
    extends: {
      description:
        'Configs this one builds on, later ones winning, this file last: `reqlint:recommended`, `reqlint:strict`, `reqlint:all`, a relative path, or a shareable config package (`reqlint-config-<name>`, `@scope/reqlint-config`).',
      anyOf: [
        { type: 'string', minLength: 1 },
        { type: 'array', items: { type: 'string', minLength: 1 } },
      ],
    },
    preset: presetSchema,
    api: apiSchema,
    rules: rulesSchema,
    models: modelsSchema,
    overrides: { type: 'array', items: overrideSchema },
    ignorePatterns: {
      ...globsSchema,
      description: 'Files not to lint, as globs relative to this config file (node_modules and .git are always skipped).',
    },
    ...directiveSettings,
  },
  additionalProperties: false,
} as const;
