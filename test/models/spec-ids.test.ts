import { describe, expect, it } from 'vitest';
import { defaultModelRegistry } from '../../src/models/registry.js';
import { loadOpenApiExtract } from '../support/spec-path.js';

/**
 * Every model id the official spec names must resolve: a new spec snapshot that adds ids fails here
 * until the capability table says something (even "unknown") about them.
 */

interface EnumBranch {
  enum?: unknown[];
  title?: string;
}

function readModelIdEnums(): { shared: string[]; responsesOnly: string[] } {
  const spec = loadOpenApiExtract() as { components: { schemas: Record<string, { anyOf?: EnumBranch[] }> } };
  const enumOf = (name: string): string[] => {
    const branches = spec.components.schemas[name]?.anyOf ?? [];
    const ids = branches.flatMap((branch) => branch.enum ?? []).filter((id): id is string => typeof id === 'string');
    if (ids.length === 0) throw new Error(`${name} has no enum branch in the spec extract`);
    return ids;
  };
  return { shared: enumOf('ModelIdsShared'), responsesOnly: enumOf('ModelIdsResponses') };
}

const { shared, responsesOnly } = readModelIdEnums();

describe('model ids of the spec (test/fixtures/openapi)', () => {
  it('reads a plausible number of ids', () => {
    expect(shared.length).toBeGreaterThan(50);
    expect(responsesOnly.length).toBeGreaterThan(10);
  });

  it.each(shared)('resolves ModelIdsShared id %s exactly, and it is not ruled out of either API', (id) => {
    const model = defaultModelRegistry.resolve(id);
    expect(model, `${id} is not in data/models.json`).toBeDefined();
    expect(model?.via).toBe('exact');
    // ModelIdsResponses includes ModelIdsShared, and Chat takes ModelIdsShared: never `false` here.
    expect(model?.servesApi?.('responses')).not.toBe(false);
    expect(model?.servesApi?.('chat.completions')).not.toBe(false);
  });

  it.each(responsesOnly)('resolves Responses-only id %s exactly, and not for Chat Completions', (id) => {
    const model = defaultModelRegistry.resolve(id);
    expect(model, `${id} is not in data/models.json`).toBeDefined();
    expect(model?.via).toBe('exact');
    expect(model?.servesApi?.('responses')).toBe(true);
    expect(model?.servesApi?.('chat.completions')).toBe(false);
  });
});

describe('model ids seen outside the spec (api-facts §3.5, §9)', () => {
  const seenElsewhere = [
    'gpt-5.6',
    'gpt-5.4-2026-03-05',
    'gpt-5.4-pro',
    'gpt-5.4-pro-2026-03-05',
    'gpt-5.1-codex-mini',
    'gpt-5.2-codex',
    'gpt-5.3-codex',
    'gpt-5-search-api',
    'gpt-5-search-api-2025-10-14',
    'gpt-audio',
    'gpt-audio-2025-08-28',
    'gpt-audio-mini',
    'gpt-audio-mini-2025-10-06',
    'gpt-audio-mini-2025-12-15',
    'gpt-audio-1.5',
    'gpt-6-astra',
    'gpt-6.1-sol',
    'gpt-6-sol',
    'gpt-6-luna',
  ];
  it.each(seenElsewhere)('resolves %s exactly', (id) => {
    expect(defaultModelRegistry.resolve(id)?.via).toBe('exact');
  });
});
