import { defineRule, EXAMPLE_AUDIO_OPTIONS } from '../../src/rule-api.js';

/**
 * The spec: `audio` "is required when audio output is requested with `modalities: ["audio"]`"
 * (CreateChatCompletionRequest, api-facts §1.1 and §8 #10).
 */
export default defineRule({
  id: 'audio/require-audio-options',
  meta: {
    type: 'problem',
    description: '`modalities` containing `"audio"` requires the `audio` output options (`voice` and `format`).',
    apis: ['chat.completions'],
    triggers: ['modalities'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      missingAudio:
        '`{{modalities}}` asks for audio output but the request has no `{{audio}}` options; add `{{audio}}: { "voice": ..., "format": ... }`.',
      addAudio: 'Add `audio: { "voice": "alloy", "format": "wav" }` (pick the voice and format you want).',
      dropModality: 'Remove `"audio"` from `modalities` (the response will be text only).',
    },
  },
  create() {
    return {
      request({ value }, context) {
        const modalities = value.modalities;
        if (!Array.isArray(modalities) || !modalities.includes('audio')) return;
        if (value.audio !== undefined && value.audio !== null) return;
        // On a model without audio output, `audio/no-audio-output-on-unsupported-model` reports this
        // modality; asking for voice options the model cannot use would point the wrong way.
        if (context.model?.supports('audioOutput') === false) return;
        const index = modalities.indexOf('audio');
        context.report({
          messageId: 'missingAudio',
          data: { modalities: context.nameOf('/modalities'), audio: context.nameOf('/audio') },
          path: `/modalities/${index}`,
          target: 'value',
          suggestions: [
            { messageId: 'addAudio', fix: [{ op: 'add', path: '/audio', value: EXAMPLE_AUDIO_OPTIONS }] },
            { messageId: 'dropModality', fix: [{ op: 'remove', path: `/modalities/${index}` }] },
          ],
        });
      },
    };
  },
});
