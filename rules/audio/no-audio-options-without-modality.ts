import { defineRule } from '../../src/rule-api.js';

/**
 * `audio` shapes audio *output*, which only happens when `modalities` includes `"audio"`
 * (api-facts §1.5, §8 #10: ineffective; the API's exact behaviour is not verified, so a warning).
 * Adding the modality is offered only when the model can speak (or is not known): on a model that
 * cannot, it would trade this finding for `audio/no-audio-output-on-unsupported-model`, so removing
 * `audio` is the one way out offered.
 */
export default defineRule({
  id: 'audio/no-audio-options-without-modality',
  meta: {
    type: 'suggestion',
    description: '`audio` output options have no effect unless `modalities` contains `"audio"`.',
    apis: ['chat.completions'],
    triggers: ['audio'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      noModality:
        '`{{audio}}` is set but `{{modalities}}` does not include `"audio"`, so no audio is generated and these options are ignored; add `"audio"` to `{{modalities}}` or remove `{{audio}}`.',
      noModalityNoAudioModel:
        '`{{audio}}` is set but `{{modalities}}` does not include `"audio"`, and `{{model}}` cannot produce audio, so these options are ignored; remove `{{audio}}`.',
      addModality: 'Set `modalities` to `["text", "audio"]` (the response will include audio).',
      dropAudio: 'Remove the `audio` options.',
    },
  },
  create() {
    return {
      request({ value }, context) {
        if (value.audio === undefined || value.audio === null) return;
        const modalities = value.modalities;
        if (Array.isArray(modalities) && modalities.includes('audio')) return;
        const data = { audio: context.nameOf('/audio'), modalities: context.nameOf('/modalities') };
        const dropAudio = { messageId: 'dropAudio' as const, fix: [{ op: 'remove' as const, path: '/audio' }] };
        if (context.model?.supports('audioOutput') === false) {
          context.report({
            messageId: 'noModalityNoAudioModel',
            data: { ...data, model: context.model.requestedId },
            path: '/audio',
            suggestions: [dropAudio],
          });
          return;
        }
        context.report({
          messageId: 'noModality',
          data,
          path: '/audio',
          suggestions: [
            {
              messageId: 'addModality',
              fix: [{ op: Array.isArray(modalities) ? 'replace' : 'add', path: '/modalities', value: ['text', 'audio'] }],
            },
            dropAudio,
          ],
        });
      },
    };
  },
});
