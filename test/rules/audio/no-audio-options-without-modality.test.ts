import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rule from '../../../rules/audio/no-audio-options-without-modality.js';
import { applyFix } from '../../../src/apply-fix.js';
import { lint } from '../../../src/engine/lint.js';
import { modelIdsWhere } from '../../support/model-ids.js';
import { runRuleTests } from '../../support/rule-tester.js';
import { validChatRequest } from '../../support/valid-requests.js';

const base = { model: 'gpt-4o-audio-preview', messages: [{ role: 'user', content: 'Say hi.' }] };
const audio = { voice: 'alloy', format: 'wav' };

runRuleTests(rule, {
  valid: [
    { name: 'audio with the audio modality', code: { ...base, modalities: ['text', 'audio'], audio } },
    { name: 'no audio options', code: { ...base, modalities: ['text'] } },
    { name: 'audio: null is no options', code: { ...base, audio: null } },
  ],
  invalid: [
    {
      name: 'no modalities at all: adding them is a suggestion, not a fix',
      code: { ...base, audio },
      errors: [{ messageId: 'noModality', path: '/audio', data: { audio: 'audio', modalities: 'modalities' }, suggestions: 2 }],
      output: null,
    },
    {
      name: 'text-only modalities',
      code: { ...base, modalities: ['text'], audio },
      errors: [{ messageId: 'noModality', path: '/audio', suggestions: 2 }],
      output: null,
    },
    { name: 'empty modalities', code: { ...base, modalities: [], audio }, errors: [{ messageId: 'noModality', path: '/audio' }] },
    {
      name: 'a model that cannot speak: only the removal is offered',
      code: { ...base, model: 'gpt-4.1', audio: { voice: 'alloy', format: 'mp3' } },
      errors: [{ messageId: 'noModalityNoAudioModel', path: '/audio', data: { model: 'gpt-4.1' }, suggestions: 1 }],
      output: null,
    },
    {
      name: 'an unknown model may speak: both are offered',
      code: { ...base, model: 'acme-voice-1', audio },
      errors: [{ messageId: 'noModality', path: '/audio', suggestions: 2 }],
    },
  ],
});

const AUDIO_RULES = { preset: 'all' as const };
const audioFindings = (request: object) =>
  lint(request, { api: 'chat.completions', ...AUDIO_RULES })
    .diagnostics.filter((d) => d.ruleId.startsWith('audio/'))
    .map((d) => `${d.ruleId} @${d.path}`);

describe(`${rule.id}: its suggestions lead to no new audio finding`, () => {
  // Models that can speak, models that cannot, and one the registry does not know.
  const models = [
    ...modelIdsWhere((m) => m.supports('audioOutput') === true).slice(0, 3),
    'gpt-4.1',
    'gpt-4o',
    'o3',
    'gpt-5',
    'acme-voice-1',
  ];

  it('applying any suggestion removes its finding and adds no audio finding for the same model', () => {
    const request = fc
      .tuple(
        validChatRequest(),
        fc.constantFrom(...models),
        fc.constantFrom(undefined, [], ['text']),
        fc.constantFrom('wav', 'mp3', 'pcm16'),
      )
      .map(([{ request }, model, modalities, format]) => {
        const { modalities: _modalities, audio: _audio, ...rest } = request;
        return { ...rest, model, ...(modalities === undefined ? {} : { modalities }), audio: { voice: 'alloy', format } };
      });
    let suggestionsApplied = 0;
    fc.assert(
      fc.property(request, (body) => {
        const before = audioFindings(body);
        const finding = lint(body, { api: 'chat.completions', ...AUDIO_RULES }).diagnostics.find((d) => d.ruleId === rule.id);
        expect(finding, 'the generated request breaks the rule').toBeDefined();
        for (const suggestion of finding!.suggestions ?? []) {
          suggestionsApplied++;
          const after = audioFindings(applyFix(body, suggestion.fix));
          expect(
            after.filter((id) => !before.includes(id)),
            suggestion.message,
          ).toEqual([]);
          expect(after.filter((id) => id.startsWith(`${rule.id} `))).toEqual([]);
        }
      }),
    );
    expect(suggestionsApplied).toBeGreaterThan(0);
  });
});
