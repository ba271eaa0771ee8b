import { defineRule } from '../../src/rule-api.js';

/**
 * `audio` shapes audio *output*, which only happens when `modalities` includes `"audio"`
 * (api-facts §1.5, §8 #10: ineffective; the API's exact behaviour is not verified, so a warning).
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
        context.report({
          messageId: 'noModality',
          data: { audio: context.nameOf('/audio'), modalities: context.nameOf('/modalities') },
          path: '/audio',
          suggestions: [
            {
              messageId: 'addModality',
              fix: [{ op: Array.isArray(modalities) ? 'replace' : 'add', path: '/modalities', value: ['text', 'audio'] }],
            },
            { messageId: 'dropAudio', fix: [{ op: 'remove', path: '/audio' }] },
          ],
        });
      },
    };
  },
});
