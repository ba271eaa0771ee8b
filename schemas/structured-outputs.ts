import type { FromSchema } from 'json-schema-to-ts';
import { isoDateSchema } from './model-capabilities.js';

/**
 * The shape of `data/structured-outputs.json`: the strict-mode subset of JSON Schema and its size
 * limits as dated profiles. One `as const` schema feeds ajv (`test/structured-outputs/data.test.ts`)
 * and the type the checker reads. Every list cites `sources` (keys of the top-level table) and may say
 * in `notes` what is uncertain.
 */

const sourceKeysSchema = { type: 'array', items: { type: 'string' }, minItems: 1 } as const;
const notesSchema = { type: 'array', items: { type: 'string' } } as const;
const keywordListSchema = { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true } as const;

const citedListSchema = {
  type: 'object',
  properties: { keywords: keywordListSchema, sources: sourceKeysSchema, notes: notesSchema },
  required: ['keywords', 'sources'],
  additionalProperties: false,
} as const;

const citedValuesSchema = {
  type: 'object',
  properties: { values: keywordListSchema, sources: sourceKeysSchema, notes: notesSchema },
  required: ['values', 'sources'],
  additionalProperties: false,
} as const;

const citedNoteSchema = {
  type: 'object',
  properties: { sources: sourceKeysSchema, notes: notesSchema },
  required: ['sources', 'notes'],
  additionalProperties: false,
} as const;

const positiveInteger = { type: 'integer', minimum: 1 } as const;

export const limitProfileSchema = {
  type: 'object',
  properties: {
    title: { type: 'string' },
    since: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}(-\\d{2})?$',
      description: 'When these limits took effect (month precision when the day is unknown).',
    },
    sources: sourceKeysSchema,
    notes: notesSchema,
    maxProperties: { ...positiveInteger, description: 'Object properties in total, definitions included.' },
    maxDepth: { ...positiveInteger, description: 'Object nesting levels; the root object is level 1.' },
    maxStringLength: { ...positiveInteger, description: 'Total length of property names, definition names, enum values and const values.' },
    maxEnumValues: { ...positiveInteger, description: 'Enum values across all enums.' },
    maxLargeEnumLength: {
      ...positiveInteger,
      description: 'Total length of the values of one string enum with more than `largeEnumThreshold` values.',
    },
  },
  required: ['title', 'since', 'sources', 'maxProperties', 'maxDepth', 'maxStringLength', 'maxEnumValues', 'maxLargeEnumLength'],
  additionalProperties: false,
} as const;

export const structuredOutputsDataSchema = {
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    description: { type: 'string' },
    checked: isoDateSchema,
    sources: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        properties: { title: { type: 'string' }, url: { type: 'string' }, snapshot: isoDateSchema },
        required: ['title', 'snapshot'],
        additionalProperties: false,
      },
    },
    types: citedValuesSchema,
    formats: citedValuesSchema,
    structure: citedNoteSchema,
    rootOnlyKeywords: citedListSchema,
    unsupportedKeywords: {
      type: 'object',
      properties: {
        sources: sourceKeysSchema,
        notes: notesSchema,
        keywords: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            properties: {
              keyword: { type: 'string' },
              replacement: { type: 'string', description: 'A supported keyword that says nearly the same (offered as a suggestion).' },
            },
            required: ['keyword'],
            additionalProperties: false,
          },
        },
      },
      required: ['sources', 'keywords'],
      additionalProperties: false,
    },
    uncertainKeywords: {
      type: 'object',
      properties: { default: citedNoteSchema, minLength: citedNoteSchema, maxLength: citedNoteSchema },
      required: ['default', 'minLength', 'maxLength'],
      additionalProperties: false,
    },
    fineTuneUnsupportedKeywords: citedListSchema,
    limits: {
      type: 'object',
      properties: {
        defaultProfile: { type: 'string', enum: ['current', 'original'] },
        largeEnumThreshold: positiveInteger,
        notes: notesSchema,
        profiles: {
          type: 'object',
          properties: { current: limitProfileSchema, original: limitProfileSchema },
          required: ['current', 'original'],
          additionalProperties: false,
        },
      },
      required: ['defaultProfile', 'largeEnumThreshold', 'profiles'],
      additionalProperties: false,
    },
  },
  required: [
    'description',
    'checked',
    'sources',
    'types',
    'formats',
    'structure',
    'rootOnlyKeywords',
    'unsupportedKeywords',
    'uncertainKeywords',
    'fineTuneUnsupportedKeywords',
    'limits',
  ],
  additionalProperties: false,
} as const;

export type StructuredOutputsData = FromSchema<typeof structuredOutputsDataSchema>;
export type LimitProfile = FromSchema<typeof limitProfileSchema>;
export const LIMIT_PROFILES = ['current', 'original'] as const;
export type LimitProfileName = (typeof LIMIT_PROFILES)[number];
