import { defineRule, fastestLevenshtein, KNOWN_VOICES } from '../../src/rule-api.js';

/**
 * `audio.voice` is an open string in the spec, whose own lists of built-in voices disagree (api-facts
 * §1.5, "warn, don't error"). A name in neither list is most likely a typo; custom voices are sent as
 * `{ "id": … }` and are never reported.
 */
export default defineRule({
  id: 'audio/no-unknown-voice',
  meta: {
    type: 'suggestion',
    description: '`audio.voice` names a voice that is not one of the built-in voices.',
    apis: ['chat.completions'],
    triggers: ['audio'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      unknown:
        '`{{param}}` is "{{value}}", which is not a built-in voice ({{known}}); check the spelling, or send a custom voice as `{ "id": … }`.',
      useVoice: 'Use "{{voice}}".',
    },
  },
  create() {
    return {
      request({ value }, context) {
        const voice = value.audio?.voice;
        if (typeof voice !== 'string' || KNOWN_VOICES.includes(voice)) return;
        const path = '/audio/voice';
        const suggestion = fastestLevenshtein().closest(voice.toLowerCase(), [...KNOWN_VOICES]);
        const data = { param: context.nameOf(path), value: voice, known: KNOWN_VOICES.map((v) => `"${v}"`).join(', ') };
        context.report({
          messageId: 'unknown',
          data,
          path,
          target: 'value',
          suggestions: [{ messageId: 'useVoice', data: { voice: suggestion }, fix: [{ op: 'replace', path, value: suggestion }] }],
        });
      },
    };
  },
});
