import { defineRule } from '../../src/rule-api.js';

/**
 * Streamed audio output is sent as raw PCM: "Unsupported value: 'audio.format' does not support 'wav'
 * when stream=true. Supported values are: 'pcm16'." (api-facts §1.5, §5 #26). The only report came
 * through OpenRouter, so the origin is uncertain and this is a warning.
 */
export default defineRule({
  id: 'audio/require-pcm16-when-streaming',
  meta: {
    type: 'suggestion',
    description: 'Streamed audio output needs `audio.format: "pcm16"`.',
    apis: ['chat.completions'],
    triggers: ['audio'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      notPcm16:
        '`{{format}}` is "{{value}}" but `{{stream}}` is true, and streamed audio is only sent as "pcm16"; set it to "pcm16" or do not stream.',
      usePcm16: 'Set `{{format}}` to "pcm16" (raw 16-bit PCM: your player must handle it).',
    },
  },
  create() {
    return {
      request({ value }, context) {
        if (value.stream !== true || value.audio === undefined || value.audio === null) return;
        const format = value.audio.format;
        if (format === 'pcm16') return;
        const data = { format: context.nameOf('/audio/format'), stream: context.nameOf('/stream'), value: format };
        context.report({
          messageId: 'notPcm16',
          data,
          path: '/audio/format',
          target: 'value',
          suggestions: [{ messageId: 'usePcm16', data, fix: [{ op: 'replace', path: '/audio/format', value: 'pcm16' }] }],
        });
      },
    };
  },
});
