/**
 * Audio output settings (`audio`, `modalities`). Which models can produce audio is capability data,
 * not schema.
 */

/**
 * Built-in voice names from the spec's `VoiceIdsShared`. The voice stays an open string, as in the
 * spec: its own description names other voices (fable, nova, onyx), so the list is advisory
 * (api-facts §1.5). They are `examples` so editors can offer them without rejecting others.
 */
export const builtInVoiceIds = ['alloy', 'ash', 'ballad', 'coral', 'echo', 'sage', 'shimmer', 'verse', 'marin', 'cedar'] as const;

export const chatAudioVoiceSchema = {
  description: 'A built-in voice name, or `{ "id": … }` for a custom voice.',
  anyOf: [
    { type: 'string', examples: builtInVoiceIds, description: 'A built-in voice name.' },
    {
      type: 'object',
      description: 'A custom voice.',
      properties: { id: { type: 'string', description: 'The custom voice id, e.g. `voice_1234`.' } },
      required: ['id'],
      additionalProperties: false,
    },
  ],
} as const;

export const chatAudioFormatValues = ['wav', 'aac', 'mp3', 'flac', 'opus', 'pcm16'] as const;

export const chatAudioOutputSchema = {
  type: ['object', 'null'],
  description: 'Audio output settings; required when `modalities` includes `audio`.',
  properties: {
    voice: chatAudioVoiceSchema,
    format: { type: 'string', enum: chatAudioFormatValues, description: 'The output audio encoding.' },
  },
  required: ['voice', 'format'],
  additionalProperties: false,
} as const;

export const chatModalitiesSchema = {
  type: ['array', 'null'],
  items: { type: 'string', enum: ['text', 'audio'], description: 'An output type.' },
  description: 'Output types to generate: `["text"]` by default, `["text", "audio"]` for audio models.',
} as const;
