import fc from 'fast-check';
import type { Violation } from './types.js';
import { SAMPLE_MODELS, modelFor, validChatRequest } from '../../support/valid-requests.js';
import { modelIdsWhere } from '../../support/model-ids.js';
import { KNOWN_VOICES } from '../../../src/facts/voices.js';

function without(request: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  const copy = { ...request };
  for (const key of keys) delete copy[key];
  return copy;
}

const noAudioOutput = SAMPLE_MODELS.filter((id) => modelFor(id).supports('audioOutput') === false);

export const violations: Record<string, fc.Arbitrary<Violation>> = {
  'audio/require-audio-for-audio-model': fc
    .tuple(validChatRequest(modelIdsWhere((m) => m.supports('requiresAudio') === true)), fc.constantFrom(undefined, null, ['text']))
    .map(([{ request }, modalities]) => ({
      request: { ...without(request, 'modalities', 'audio'), ...(modalities === undefined ? {} : { modalities }) },
      path: '/model',
    })),
  'audio/no-audio-output-on-unsupported-model': fc
    .tuple(validChatRequest(noAudioOutput), fc.constantFrom(['audio'], ['text', 'audio']))
    .map(([{ request }, modalities]) => ({
      request: { ...request, modalities, audio: { voice: 'alloy', format: 'wav' } },
      path: `/modalities/${modalities.indexOf('audio')}`,
    })),
  'audio/require-pcm16-when-streaming': fc
    .tuple(validChatRequest(), fc.constantFrom('wav', 'mp3', 'flac', 'opus', 'aac'))
    .map(([{ request }, format]) => ({
      request: { ...request, stream: true, modalities: ['text', 'audio'], audio: { voice: 'alloy', format } },
      path: '/audio/format',
    })),
  'audio/no-unknown-voice': fc
    .tuple(
      validChatRequest(),
      fc.stringMatching(/^[a-z]{3,10}$/).filter((voice) => !KNOWN_VOICES.includes(voice)),
    )
    .map(([{ request }, voice]) => ({
      request: { ...request, modalities: ['text', 'audio'], audio: { voice, format: 'wav' } },
      path: '/audio/voice',
    })),
};
