import { defineRule } from '../../src/rule-api.js';

/**
 * Only the audio models speak (api-facts §1.1 `modalities`, §3.5); litellm lists `modalities` and
 * `audio` as unsupported for the GPT-5 family. The API's answer to audio output on a text model is not
 * recorded in the sources, so this is a warning: at best the request gets no audio.
 */
export default defineRule({
  id: 'audio/no-audio-output-on-unsupported-model',
  meta: {
    type: 'suggestion',
    description: 'Audio output (`modalities` with "audio") on a model that cannot produce audio.',
    apis: ['chat.completions'],
    triggers: ['modalities'],
    recommended: true,
    requiresModel: true,
    hasSuggestions: true,
    messages: {
      noAudioOutput:
        '`{{modalities}}` asks for "audio" but `{{model}}` cannot produce audio; use an audio model, or remove "audio" (and the `{{audio}}` options).',
      textOnly: 'Ask for text only: remove "audio" from `{{modalities}}` and remove `{{audio}}`.',
    },
  },
  create() {
    return {
      request({ value }, context) {
        const modalities = value.modalities;
        if (!Array.isArray(modalities)) return;
        const index = modalities.indexOf('audio');
        if (index === -1) return;
        const model = context.model!;
        if (model.supports('audioOutput') !== false) return;
        const data = { modalities: context.nameOf('/modalities'), audio: context.nameOf('/audio'), model: model.requestedId };
        const fix = [
          { op: 'replace' as const, path: '/modalities', value: ['text'] },
          ...(value.audio === undefined ? [] : [{ op: 'remove' as const, path: '/audio' }]),
        ];
        context.report({
          messageId: 'noAudioOutput',
          data,
          path: `/modalities/${index}`,
          target: 'value',
          suggestions: [{ messageId: 'textOnly', data, fix }],
        });
      },
    };
  },
});
