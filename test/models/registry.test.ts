import { describe, expect, it } from 'vitest';
import { createModelRegistry, defaultModelRegistry } from '../../src/models/registry.js';
import { customEntry } from './fixtures.js';

const resolve = (id: string) => defaultModelRegistry.resolve(id);

describe('exact ids', () => {
  it('keeps the requested id and names the entry it belongs to', () => {
    const model = resolve('gpt-4o-mini');
    expect(model).toMatchObject({ requestedId: 'gpt-4o-mini', id: 'gpt-4o-mini', entryId: 'gpt-4o', via: 'exact', fineTuned: false });
  });

  it('returns the same frozen object for the same id (cached per registry)', () => {
    const first = resolve('gpt-5');
    expect(resolve('gpt-5')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.reasoning?.efforts)).toBe(true);
  });
});

describe('dated snapshots of known ids', () => {
  it.each([
    ['gpt-4o-2099-01-31', 'gpt-4o', 'gpt-4o'],
    ['gpt-5.1-2026-02-28', 'gpt-5.1', 'gpt-5.1'],
    ['gpt-4o-mini-2024-07-18', 'gpt-4o-mini-2024-07-18', 'gpt-4o-2024-08-06'],
    ['o3-mini-2031-12-24', 'o3-mini', 'o3-mini'],
  ])('%s resolves to %s', (requested, id, entryId) => {
    const model = resolve(requested);
    expect(model?.id).toBe(id);
    expect(model?.entryId).toBe(entryId);
    expect(model?.via).toBe(requested === id ? 'exact' : 'snapshot');
  });

  it.each([
    ['gpt-4-1106', 'gpt-4'],
    ['gpt-3.5-turbo-0914', 'gpt-3.5-turbo'],
    ['gpt-4o-2406', 'gpt-4o'],
  ])('legacy four-digit suffix %s resolves to %s', (requested, id) => {
    expect(resolve(requested)).toMatchObject({ id, via: 'snapshot' });
  });

  it('lets a listed snapshot keep its own facts (gpt-4o-2024-05-13 has no Structured Outputs)', () => {
    expect(resolve('gpt-4o-2024-05-13')?.supports('structuredOutputs')).toBe(false);
    expect(resolve('gpt-4o-2099-05-13')?.supports('structuredOutputs')).toBe(true);
  });

  it.each(['gpt-4o-2024-13-01', 'gpt-4o-2024-02-30', 'gpt-4o-9999', 'gpt-4o-20240806', 'gpt-4o-2024-08', 'unknown-model-2024-08-06'])(
    'does not treat %s as a snapshot',
    (id) => {
      expect(resolve(id)).toBeUndefined();
    },
  );
});

describe('fine-tuned ids', () => {
  it('resolves ft:<base>:<org>:<suffix>:<job> to the base, marked fine-tuned', () => {
    const model = resolve('ft:gpt-4o-mini-2024-07-18:personal:sammyv8:A2ospTCd');
    expect(model).toMatchObject({ id: 'gpt-4o-mini-2024-07-18', via: 'fine-tune', fineTuned: true, entryId: 'gpt-4o-2024-08-06' });
    expect(model?.supports('structuredOutputs')).toBe(true);
  });

  it('accepts an empty suffix and a checkpoint tail', () => {
    expect(resolve('ft:gpt-4o-mini-2024-07-18:personal::AmcYzgWT')?.via).toBe('fine-tune');
    expect(resolve('ft:gpt-4.1-2025-04-14:acme::BxY12:ckpt-step-88')?.id).toBe('gpt-4.1-2025-04-14');
  });

  it('applies the fine-tune overrides of the data (prediction unknown, no web_search_options, tiers unknown)', () => {
    const base = resolve('gpt-4o');
    const tuned = resolve('ft:gpt-4o:org::job');
    expect(base?.supports('prediction')).toBe(true);
    expect(tuned?.supports('prediction')).toBeNull();
    expect(tuned?.supports('webSearchOptions')).toBe(false);
    expect(base?.serviceTier?.('priority')).toBe(true);
    expect(tuned?.serviceTier?.('priority')).toBeNull();
    expect(tuned?.sources.map((source) => source.key)).toEqual(expect.arrayContaining(['SO-GUIDE']));
  });

  it('resolves a fine-tune of an unlisted snapshot of a known id', () => {
    expect(resolve('ft:gpt-4o-mini-2099-01-01:org::job')).toMatchObject({ id: 'gpt-4o-mini', fineTuned: true });
  });

  it.each([
    'ft:gpt-4o-mini-2024-07-18',
    'ft:gpt-4o-mini-2024-07-18:personal',
    'ft:gpt-4o-mini-2024-07-18::suffix:job',
    'ft:gpt-4o-mini-2024-07-18:org:suffix:',
    'ft:gpt-4o-mini-2024-07-18:org:suffix:job:ckpt-7',
    'ft:gpt-4o-mini-2024-07-18:org:suffix:job:ckpt-step-1:extra',
    'ft::org:suffix:job',
    'ft:my-own-model:org::job',
  ])('rejects the malformed or unknown-base fine-tune id %s', (id) => {
    expect(resolve(id)).toBeUndefined();
  });
});

describe('unknown ids', () => {
  it.each(['', ' ', 'gpt-4o ', 'GPT-4O', 'gpt-4o-turbo', 'gpt-5.7', 'o5', 'gpt-4o-mini-foo', 'claude-3-opus', 'gpt-4o:latest'])(
    'returns undefined for %j rather than guessing by prefix',
    (id) => {
      expect(resolve(id)).toBeUndefined();
    },
  );

  it('does not throw on non-string input from untyped callers', () => {
    expect(defaultModelRegistry.resolve(42 as unknown as string)).toBeUndefined();
  });
});

describe('user aliases', () => {
  const registry = createModelRegistry({
    aliases: {
      'prod-chat': 'eu-chat',
      'eu-chat': 'gpt-4o-2024-08-06',
      tuned: 'ft:o4-mini-2025-04-16:org::job',
      later: 'gpt-4o-2099-01-01',
      'gpt-4': 'gpt-5',
    },
  });

  it('resolves chains recursively and says the model came from an alias', () => {
    expect(registry.resolve('prod-chat')).toMatchObject({
      requestedId: 'prod-chat',
      id: 'gpt-4o-2024-08-06',
      via: 'alias',
      fineTuned: false,
    });
    expect(registry.aliasTarget('prod-chat')).toBe('gpt-4o-2024-08-06');
    expect(registry.aliasTarget('gpt-4o')).toBe('gpt-4o');
  });

  it('resolves aliases to fine-tunes and to snapshots', () => {
    expect(registry.resolve('tuned')).toMatchObject({ id: 'o4-mini-2025-04-16', via: 'alias', fineTuned: true, isReasoning: true });
    expect(registry.resolve('later')).toMatchObject({ id: 'gpt-4o', via: 'alias' });
  });

  it('comes before exact ids (a deployment may reuse a model name)', () => {
    expect(registry.resolve('gpt-4')?.id).toBe('gpt-5');
    expect(defaultModelRegistry.resolve('gpt-4')?.id).toBe('gpt-4');
  });

  it('leaves an alias to an unknown id unknown', () => {
    expect(createModelRegistry({ aliases: { mine: 'not-a-model' } }).resolve('mine')).toBeUndefined();
  });

  it('lists alias names among the known ids', () => {
    expect(registry.knownIds()).toContain('prod-chat');
    expect(registry.knownIds()).toEqual([...registry.knownIds()].sort());
  });

  it('throws at creation on a cycle, naming it', () => {
    expect(() => createModelRegistry({ aliases: { a: 'b', b: 'a' } })).toThrow('Model aliases form a cycle: `a` → `b` → `a`');
    expect(() => createModelRegistry({ aliases: { self: 'self' } })).toThrow('`self` → `self`');
    expect(() => createModelRegistry({ aliases: { start: 'x', x: 'y', y: 'x' } })).toThrow(
      'Model aliases form a cycle: `x` → `y` → `x` (reached from alias `start`)',
    );
  });

  it('throws at creation when an alias does not map to an id string', () => {
    expect(() => createModelRegistry({ aliases: { bad: 42 as unknown as string } })).toThrow(
      'Model alias `bad` must map to a model id string, got 42.',
    );
    expect(() => createModelRegistry({ aliases: { bad: '' } })).toThrow('`bad`');
  });
});

describe('custom model entries', () => {
  it('resolves custom ids (via custom) and their snapshots and fine-tunes', () => {
    const registry = createModelRegistry({ customModels: [customEntry(['acme-large', 'acme-large-v2'])] });
    expect(registry.resolve('acme-large')).toMatchObject({ via: 'custom', entryId: 'acme-large', isReasoning: false });
    expect(registry.resolve('acme-large-2026-01-01')).toMatchObject({ via: 'snapshot', id: 'acme-large' });
    expect(registry.resolve('ft:acme-large:org::job')).toMatchObject({ via: 'fine-tune', fineTuned: true });
    expect(registry.resolve('acme-large')?.parameter('logit_bias')).toBe('ignored');
  });

  it('keeps an unknown source key as the user wrote it', () => {
    const model = createModelRegistry({ customModels: [customEntry(['acme'])] }).resolve('acme');
    expect(model?.sources).toEqual([{ key: 'our-load-test', title: 'our-load-test', snapshot: '2026-11-20' }]);
  });

  it('wins over a bundled id', () => {
    const registry = createModelRegistry({
      customModels: [customEntry(['gpt-4o'], { reasoning: { efforts: ['high'], defaultEffort: 'high', acceptsNullEffort: null } })],
    });
    expect(registry.resolve('gpt-4o')).toMatchObject({ via: 'custom', isReasoning: true });
    expect(registry.resolve('gpt-4o-mini')?.via).toBe('exact');
  });

  it('throws naming the entry and the field when an entry is invalid', () => {
    const bad = { ...customEntry(['acme']), features: { ...customEntry(['acme']).features, vision: 'yes' } };
    expect(() => createModelRegistry({ customModels: [customEntry(['ok']), bad as never] })).toThrow(
      'Invalid custom model entry 1 (`acme`): `/features/vision` must be boolean,null.',
    );
    const missing: Record<string, unknown> = { ...customEntry(['acme']) };
    delete missing['checked'];
    expect(() => createModelRegistry({ customModels: [missing as never] })).toThrow('the entry is missing `checked`');
    expect(() => createModelRegistry({ customModels: [{ ...customEntry(['acme']), colour: 'red' } as never] })).toThrow(
      'the entry has unknown property `colour`',
    );
    const badParam = { ...customEntry(['acme']), parameters: { ...customEntry(['acme']).parameters, top_p: 'maybe' } };
    expect(() => createModelRegistry({ customModels: [badParam as never] })).toThrow(
      '`/parameters/top_p` must be one of "supported", "rejected"',
    );
  });

  it('throws when two custom entries claim the same id', () => {
    expect(() => createModelRegistry({ customModels: [customEntry(['acme']), customEntry(['x', 'acme'])] })).toThrow(
      'Model id `acme` appears in more than one custom model entry.',
    );
  });
});

describe('what a resolved model answers', () => {
  it('maps fast to priority and keeps auto/default always offered', () => {
    const model = resolve('gpt-4.1');
    expect(model?.serviceTier?.('fast')).toBe(true);
    expect(model?.serviceTier?.('flex')).toBe(false);
    expect(model?.serviceTier?.('auto')).toBe(true);
    expect(model?.serviceTier?.('scale')).toBeNull();
    expect(model?.serviceTiers).toEqual(['auto', 'default', 'priority', 'fast']);
  });

  it('gives a null tier list as soon as one tier is unknown', () => {
    const nano = resolve('gpt-5-nano');
    expect(nano?.serviceTier?.('flex')).toBe(true);
    expect(nano?.serviceTier?.('priority')).toBeNull();
    expect(nano?.serviceTiers).toBeNull();
  });

  it('answers null, not a throw, for names outside the vocabulary', () => {
    const model = resolve('gpt-4o');
    expect(model?.supports('teleportation' as never)).toBeNull();
    expect(model?.parameter('toString' as never)).toBeNull();
  });

  it('resolves sources to titled references with snapshot dates', () => {
    const spec = resolve('gpt-5')?.sources.find((source) => source.key === 'SPEC');
    expect(spec).toMatchObject({ snapshot: '2026-08-21', url: expect.stringContaining('openai-openapi') });
  });
});
