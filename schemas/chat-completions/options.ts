/**
 * Smaller Chat Completions request options that are objects: predicted outputs, web search for
 * search models, and streaming options.
 */
import { chatTextPartSchema } from './content-parts.js';

export const chatPredictionSchema = {
  type: ['object', 'null'],
  description: 'A Predicted Output: text expected to appear in the reply, which speeds up regeneration.',
  properties: {
    type: { const: 'content', description: 'Always `content`.' },
    content: {
      description: 'The predicted text: a string or a non-empty array of text parts.',
      anyOf: [
        { type: 'string', description: 'The predicted text, often the file being regenerated.' },
        { type: 'array', minItems: 1, items: chatTextPartSchema, description: 'Predicted text as text parts.' },
      ],
    },
  },
  required: ['type', 'content'],
  additionalProperties: false,
} as const;

export const chatWebSearchOptionsSchema = {
  type: 'object',
  description: 'Web search settings for the search models.',
  properties: {
    user_location: {
      type: ['object', 'null'],
      description: 'The approximate user location to tailor search results to.',
      properties: {
        type: { const: 'approximate', description: 'Always `approximate`.' },
        approximate: {
          type: 'object',
          description: 'Approximate location fields.',
          properties: {
            country: { type: 'string', description: 'Two-letter ISO country code, e.g. `US`.' },
            region: { type: 'string', description: 'Region in free text, e.g. `California`.' },
            city: { type: 'string', description: 'City in free text, e.g. `San Francisco`.' },
            timezone: { type: 'string', description: 'IANA time zone, e.g. `America/Los_Angeles`.' },
          },
          additionalProperties: false,
        },
      },
      required: ['type', 'approximate'],
      additionalProperties: false,
    },
    search_context_size: {
      type: 'string',
      enum: ['low', 'medium', 'high'],
      default: 'medium',
      description: 'How much context window space search results may use.',
    },
  },
  additionalProperties: false,
} as const;

export const chatStreamOptionsSchema = {
  type: ['object', 'null'],
  description: 'Streaming options; only valid with `stream: true`.',
  properties: {
    include_usage: {
      type: 'boolean',
      description: 'Stream a final chunk with token usage for the whole request.',
    },
    include_obfuscation: {
      type: 'boolean',
      description: 'Pad stream deltas with random `obfuscation` characters against side-channel attacks; on by default.',
    },
  },
  additionalProperties: false,
} as const;
