import { describe, expect, it } from 'vitest';
import { defaultModelRegistry } from '../../src/models/registry.js';
import type { ResolvedModel } from '../../src/models/types.js';

/**
 * Spot checks of the capability table against docs/reference/api-facts.md. Each test names the
 * section it restates, so a failing test points at the fact to re-check rather than at the code.
 */

function model(id: string): ResolvedModel {
  const resolved = defaultModelRegistry.resolve(id);
  if (resolved === undefined) throw new Error(`${id} does not resolve`);
  return resolved;
}

const entryHeads = defaultModelRegistry.entries().map((entry) => entry.ids[0] as string);

describe('§3.2 parameters reasoning models reject or ignore', () => {
  it('o3-mini rejects temperature entirely, while o3 and gpt-5 accept only the default (§5 #10, #11)', () => {
    expect(model('o3-mini').parameter('temperature')).toBe('rejected');
    expect(model('o3').parameter('temperature')).toBe('default-only');
    expect(model('gpt-5').parameter('temperature')).toBe('default-only');
    expect(model('gpt-5-mini').parameter('top_p')).toBe('rejected');
  });

  it('gpt-5.1 and later accept temperature, top_p and logprobs only with effort none', () => {
    for (const id of ['gpt-5.1', 'gpt-5.2', 'gpt-5.4', 'gpt-5.5', 'gpt-5.6-luna']) {
      for (const parameter of ['temperature', 'top_p', 'logprobs'] as const) {
        expect(model(id).parameter(parameter), `${id} ${parameter}`).toBe('effort-none-only');
      }
    }
  });

  it('max_tokens, penalties and logit_bias are rejected on every o-series and gpt-5 family reasoning model (§5 #9)', () => {
    const reasoning = entryHeads.filter((id) => /^(o\d|gpt-5)/.test(id) && model(id).isReasoning === true);
    expect(reasoning.length).toBeGreaterThan(15);
    for (const id of reasoning) {
      for (const parameter of ['max_tokens', 'frequency_penalty', 'presence_penalty', 'logit_bias'] as const) {
        expect(model(id).parameter(parameter), `${id} ${parameter}`).toBe('rejected');
      }
    }
  });

  it('stop is rejected on o3 and o4-mini (SPEC StopConfiguration) and the gpt-5 family', () => {
    for (const id of ['o3', 'o4-mini', 'gpt-5', 'gpt-5.4']) expect(model(id).parameter('stop'), id).toBe('rejected');
    expect(model('gpt-4o').parameter('stop')).toBe('supported');
  });

  it('parallel_tool_calls is refused by o1, o3-mini, o3 and o4-mini, even as false (§5 #15)', () => {
    for (const id of ['o1', 'o3-mini', 'o3', 'o4-mini']) expect(model(id).supports('parallelToolCalls'), id).toBe(false);
    expect(model('gpt-5').supports('parallelToolCalls')).toBe(true);
  });

  it('o1-mini and o1-preview refuse the system role (§5 #13); o1 and o3 accept it', () => {
    expect(model('o1-mini').supports('systemRole')).toBe(false);
    expect(model('o1-preview-2024-09-12').supports('systemRole')).toBe(false);
    expect(model('o1').supports('systemRole')).toBe(true);
    expect(model('o3').supports('systemRole')).toBe(true);
  });
});

describe('§3.3 reasoning_effort values per model', () => {
  it('gpt-5.1 rejects reasoning_effort: null and defaults to none (§5 #20)', () => {
    expect(model('gpt-5.1').reasoning).toEqual({
      efforts: ['none', 'low', 'medium', 'high'],
      defaultEffort: 'none',
      acceptsNullEffort: false,
    });
  });

  it('gpt-5 family takes minimal…high with default medium; gpt-5-mini rejects xhigh (§5 #18)', () => {
    expect(model('gpt-5-mini').reasoning?.efforts).toEqual(['minimal', 'low', 'medium', 'high']);
    expect(model('gpt-5-2025-08-07').reasoning?.defaultEffort).toBe('medium');
  });

  it('gpt-5.1-codex refuses none (§5 #19) and gpt-5-pro takes only high', () => {
    expect(model('gpt-5.1-codex').reasoning?.efforts).toEqual(['low', 'medium', 'high']);
    expect(model('gpt-5-pro').reasoning).toMatchObject({ efforts: ['high'], defaultEffort: 'high' });
  });

  it('gpt-5.6 adds max and defaults to medium; gpt-5.2-chat-latest takes only medium', () => {
    expect(model('gpt-5.6-terra').reasoning).toMatchObject({
      efforts: ['none', 'low', 'medium', 'high', 'xhigh', 'max'],
      defaultEffort: 'medium',
    });
    expect(model('gpt-5.2-chat-latest').reasoning?.efforts).toEqual(['medium']);
  });

  it('o1-mini reasons but accepts no reasoning_effort at all; gpt-4o does not reason (§5 #16, #17)', () => {
    expect(model('o1-mini')).toMatchObject({ isReasoning: true, reasoning: { efforts: [] } });
    expect(model('gpt-4o')).toMatchObject({ isReasoning: false, reasoning: null });
  });

  it('deep-research models accept only medium (settled: opencode PR #26273)', () => {
    expect(model('o4-mini-deep-research').reasoning?.efforts).toEqual(['medium']);
  });

  it('the *-chat-latest grey zone is unknown, not guessed (§3.1)', () => {
    expect(model('gpt-5-chat-latest').isReasoning).toBeNull();
    expect(model('gpt-5.3-chat-latest').isReasoning).toBeNull();
  });
});

describe('§1.3 function tools with reasoning on Chat Completions (§5 #27)', () => {
  it('gpt-5.4 and later refuse function tools unless effort is none', () => {
    for (const id of ['gpt-5.4', 'gpt-5.4-mini', 'gpt-5.5', 'gpt-5.6-sol', 'gpt-5.6']) {
      expect(model(id).supports('functionToolsWithReasoningOnChat'), id).toBe(false);
    }
  });

  it('gpt-5 and gpt-5.1 accept them; non-reasoning models have no such restriction', () => {
    for (const id of ['gpt-5', 'gpt-5.1', 'o3', 'gpt-4.1']) expect(model(id).supports('functionToolsWithReasoningOnChat'), id).toBe(true);
  });
});

describe('§1.5 audio', () => {
  it('audio-preview models require audio in or out (§5 #25) and have no vision or Structured Outputs', () => {
    for (const id of ['gpt-4o-audio-preview', 'gpt-4o-audio-preview-2025-06-03', 'gpt-4o-mini-audio-preview']) {
      const audio = model(id);
      expect(audio.supports('requiresAudio'), id).toBe(true);
      expect(audio.supports('audioOutput'), id).toBe(true);
      expect(audio.supports('vision'), id).toBe(false);
      expect(audio.supports('structuredOutputs'), id).toBe(false);
    }
  });

  it('no other model is said to require audio', () => {
    const requiring = entryHeads.filter((id) => model(id).supports('requiresAudio') === true);
    expect(requiring).toEqual(['gpt-4o-audio-preview']);
  });
});

describe('§1.6 Predicted Outputs, §1.7 web search, §3.4 verbosity', () => {
  it('prediction is offered by the gpt-4o and gpt-4.1 series only', () => {
    const offering = entryHeads.filter((id) => model(id).supports('prediction') === true).sort();
    expect(offering).toEqual(['gpt-4.1', 'gpt-4o', 'gpt-4o-2024-05-13', 'gpt-4o-2024-08-06']);
  });

  it('web_search_options is for the search models, which reject sampling parameters (§5 #24)', () => {
    const search = model('gpt-4o-mini-search-preview');
    expect(search.supports('webSearchOptions')).toBe(true);
    for (const parameter of ['temperature', 'top_p', 'frequency_penalty', 'presence_penalty'] as const) {
      expect(search.parameter(parameter)).toBe('rejected');
    }
    expect(model('gpt-5').supports('webSearchOptions')).toBe(false);
  });

  it('verbosity other than medium: gpt-5 family yes, gpt-4o no (§5 #21), codex models have no verbosity', () => {
    expect(model('gpt-5.2').supports('verbosity')).toBe(true);
    expect(model('gpt-4o').supports('verbosity')).toBe(false);
    expect(model('gpt-5-codex').supports('verbosity')).toBe(false);
  });
});

describe('§3.5 Responses-only ids, §1.8 service tiers, §1.1 prompt_cache_options', () => {
  it('Responses-only ids are not served on Chat; SPEC/litellm conflicts are null, not false', () => {
    for (const id of ['o1-pro', 'o3-pro', 'gpt-5-pro', 'gpt-5-codex', 'gpt-5.5-pro', 'gpt-5.4-pro', 'gpt-5.3-codex']) {
      expect(model(id).servesApi?.('chat.completions'), id).toBe(false);
      expect(model(id).apis, id).toEqual(['responses']);
    }
    for (const id of ['gpt-5.2-pro', 'gpt-5.1-codex', 'codex-mini-latest'])
      expect(model(id).servesApi?.('chat.completions'), id).toBeNull();
  });

  it('ultrafast is offered only by gpt-5.6-sol (and its gpt-5.6 alias) among known models', () => {
    const offering = entryHeads.filter((id) => model(id).serviceTier?.('ultrafast') === true);
    expect(offering).toEqual(['gpt-5.6-sol']);
    expect(model('gpt-5.6').serviceTier?.('ultrafast')).toBe(true);
  });

  it('flex on o3/o4-mini and gpt-5, not on gpt-4o or the audio models', () => {
    expect(model('o4-mini').serviceTier?.('flex')).toBe(true);
    expect(model('gpt-5-mini').serviceTier?.('flex')).toBe(true);
    expect(model('gpt-4o').serviceTier?.('flex')).toBe(false);
    expect(model('gpt-audio').serviceTier?.('flex')).toBe(false);
  });

  it('prompt_cache_options only from gpt-5.6 on', () => {
    expect(model('gpt-5.6-luna').supports('promptCacheOptions')).toBe(true);
    expect(model('gpt-5.5').supports('promptCacheOptions')).toBe(false);
  });

  it('prompt_cache_retention "in_memory" refused from gpt-5.5 and gpt-5.5-pro on, unknown before', () => {
    for (const id of ['gpt-5.5', 'gpt-5.5-pro', 'gpt-5.6-sol', 'gpt-5.6-luna'])
      expect(model(id).supports('promptCacheRetentionInMemory'), id).toBe(false);
    expect(model('gpt-5.4').supports('promptCacheRetentionInMemory')).toBeNull();
  });
});

describe('§3.6 fine-tunes and §9 GPT-6', () => {
  it('a fine-tune of o4-mini gets the reasoning rules of its base', () => {
    const tuned = model('ft:o4-mini-2025-04-16:acme::Ab12');
    expect(tuned).toMatchObject({ isReasoning: true, fineTuned: true });
    expect(tuned.parameter('max_tokens')).toBe('rejected');
    expect(tuned.supports('parallelToolCalls')).toBe(false);
  });

  it('GPT-6 entries cite only the uncertain guide capture and say so', () => {
    for (const id of ['gpt-6-astra', 'gpt-6.1-sol', 'gpt-6-sol', 'gpt-6-luna']) {
      const gpt6 = model(id);
      expect(
        gpt6.sources.map((source) => source.key),
        id,
      ).toEqual(['LATEST-GUIDE']);
      expect(gpt6.notes?.[0], id).toMatch(/^UNCERTAIN/);
      expect(gpt6.parameter('temperature'), id).toBeNull();
    }
  });
});
