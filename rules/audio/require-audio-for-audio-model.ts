import { defineRule, EXAMPLE_AUDIO_OPTIONS } from '../../src/rule-api.js';

/**
 * The audio-preview models refuse a request with no audio in it: "This model requires that either
 * input content or output modality contain audio." (param `model`; api-facts §1.5, §5 #25). The
 * registry's `requiresAudio` fact says which models.
 */
export default defineRule({
  id: 'audio/require-audio-for-audio-model',
  meta: {
    type: 'problem',
    description: 'Audio models need audio input (`input_audio` parts) or audio output (`modalities` with "audio").',
    apis: ['chat.completions'],
    triggers: ['model'],
    recommended: true,
    requiresModel: true,
    hasSuggestions: true,
    messages: {
      noAudio:
        '`{{model}}` only takes requests with audio, but no message has an `input_audio` part and `{{modalities}}` does not ask for audio; add audio, or use a text model.',
      addAudioOutput:
        'Ask for spoken output: `modalities: ["text", "audio"]` with `audio: { "voice": "alloy", "format": "wav" }` (the response will include audio).',
    },
  },
  create() {
    return {
      request({ value }, context) {
        const model = context.model!;
        if (model.supports('requiresAudio') !== true) return;
        if (Array.isArray(value.modalities) && value.modalities.includes('audio')) return;
        // Client-library options (LangChain's) carry no messages: the conversation comes at call time,
        // so audio input cannot be ruled out and the rule stays silent.
        if (!Array.isArray(value.messages)) return;
        const hasAudioInput = value.messages.some(
          (message) => Array.isArray(message.content) && message.content.some((part) => part.type === 'input_audio'),
        );
        if (hasAudioInput) return;
        const fix = [
          { op: Array.isArray(value.modalities) ? ('replace' as const) : ('add' as const), path: '/modalities', value: ['text', 'audio'] },
          ...(value.audio === undefined || value.audio === null
            ? [{ op: value.audio === null ? ('replace' as const) : ('add' as const), path: '/audio', value: EXAMPLE_AUDIO_OPTIONS }]
            : []),
        ];
        context.report({
          messageId: 'noAudio',
          data: { model: model.requestedId, modalities: context.nameOf('/modalities') },
          // The API names `model` as the offending parameter.
          path: '/model',
          target: 'value',
          suggestions: [{ messageId: 'addAudioOutput', fix }],
        });
      },
    };
  },
});
