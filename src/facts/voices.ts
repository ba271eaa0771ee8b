import { builtInVoiceIds } from '../../schemas/chat-completions/audio.js';
import type { FactSource } from './deprecations.js';

/**
 * Built-in output voices. The spec contradicts itself (api-facts §1.5): its `VoiceIdsShared` enum has
 * alloy, ash, ballad, coral, echo, sage, shimmer, verse, marin and cedar, while the `audio.voice`
 * description also names fable, nova and onyx (and SPEC@2025-04-29 listed those in the enum). Every
 * name from either list counts as known; `audio/no-unknown-voice` only warns about other strings.
 */
export const VOICES_SOURCE: FactSource = {
  title: 'OpenAI OpenAPI spec, openai/openai-openapi openapi.yaml, VoiceIdsShared and the audio.voice description (commit f85dbe2)',
  url: 'https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.yaml',
  checked: '2026-11-25',
};

export const KNOWN_VOICES: readonly string[] = [...builtInVoiceIds, 'fable', 'nova', 'onyx'];

/** What a suggestion adds when a request needs audio output options and has none: the user picks the real ones. */
export const EXAMPLE_AUDIO_OPTIONS = { voice: 'alloy', format: 'wav' } as const;
