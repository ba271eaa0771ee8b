import { checkAliases, followAliases } from './aliases.js';
import { bundledModelData } from './bundled-data.js';
import { capabilitiesOf, resolvedModel, type Capabilities } from './capabilities.js';
import { parseFineTuneId, stripSnapshotSuffix } from './model-id.js';
import type { ModelAliases, ModelCapabilitiesFile, ModelEntry, ResolvedModel } from './types.js';
import { checkCustomEntry } from './validate-entry.js';

export interface ModelRegistry {
  /**
   * The capabilities behind a model id as written in a request, or `undefined` when the id is unknown.
   * Never throws. Order: user aliases, custom entries, exact ids, dated snapshots of a known id,
   * fine-tunes of a known id. Unknown ids are never matched by prefix.
   */
  resolve(modelId: string): ResolvedModel | undefined;
  /** Every id `resolve` matches exactly (data and custom entry ids, alias names), sorted: for did-you-mean. */
  knownIds(): readonly string[];
  /** Where an alias chain ends (the id itself when it is no alias): for "alias points at an unknown model". */
  aliasTarget(modelId: string): string;
  /** The entries in effect, custom ones first. */
  entries(): readonly ModelEntry[];
}

export interface ModelRegistryOptions {
  /** Deployment names and other aliases → base model ids; chains allowed, cycles rejected. */
  aliases?: ModelAliases;
  /** Extra entries, same shape as `data/models.json` entries; they win over bundled ids. */
  customModels?: readonly ModelEntry[];
  /** Another capability table (tests); defaults to the bundled `data/models.json`. */
  data?: ModelCapabilitiesFile;
}

/** Bounds memory when a long-lived process (language server) sees many distinct ids. */
const maxCachedIds = 10_000;

/** Capabilities are built on first use: a run resolves a few of the table's entries, seldom fine-tuned. */
interface IndexedEntry {
  capabilities?: Capabilities;
  fineTuned?: Capabilities;
  entry: ModelEntry;
  custom: boolean;
}

export function createModelRegistry(options: ModelRegistryOptions = {}): ModelRegistry {
  const data = options.data ?? bundledModelData;
  const aliases = checkAliases(options.aliases ?? {});
  const customEntries = (options.customModels ?? []).map((entry, index) => checkCustomEntry(entry, index));

  const index = new Map<string, IndexedEntry>();
  const customIds = new Set<string>();
  for (const entry of customEntries) {
    const indexed: IndexedEntry = { entry, custom: true };
    for (const id of entry.ids) {
      if (customIds.has(id)) throw new Error(`Model id \`${id}\` appears in more than one custom model entry.`);
      customIds.add(id);
      index.set(id, indexed);
    }
  }
  for (const entry of data.models) {
    const indexed: IndexedEntry = { entry, custom: false };
    // Custom entries override bundled ids; the bundled table's own uniqueness is a data test.
    for (const id of entry.ids) if (!index.has(id)) index.set(id, indexed);
  }

  function baseCapabilities(indexed: IndexedEntry): Capabilities {
    indexed.capabilities ??= capabilitiesOf(indexed.entry, data.sources);
    return indexed.capabilities;
  }

  function fineTunedCapabilities(indexed: IndexedEntry): Capabilities {
    indexed.fineTuned ??= capabilitiesOf(indexed.entry, data.sources, data.fineTune);
    return indexed.fineTuned;
  }

  /** Exact id, then a snapshot suffix stripped once: `gpt-4o-2099-01-01` → `gpt-4o`. */
  function findBase(id: string): { id: string; indexed: IndexedEntry; exact: boolean } | undefined {
    const exact = index.get(id);
    if (exact !== undefined) return { id, indexed: exact, exact: true };
    const base = stripSnapshotSuffix(id);
    const snapshot = base === undefined ? undefined : index.get(base);
    return base === undefined || snapshot === undefined ? undefined : { id: base, indexed: snapshot, exact: false };
  }

  function resolveTarget(requestedId: string, target: string, viaAlias: boolean): ResolvedModel | undefined {
    const fineTune = parseFineTuneId(target);
    if (fineTune !== undefined) {
      const base = findBase(fineTune.base);
      if (base === undefined) return undefined;
      return resolvedModel(fineTunedCapabilities(base.indexed), {
        requestedId,
        id: base.id,
        via: viaAlias ? 'alias' : 'fine-tune',
        fineTuned: true,
      });
    }
    const base = findBase(target);
    if (base === undefined) return undefined;
    const via = viaAlias ? 'alias' : !base.exact ? 'snapshot' : base.indexed.custom ? 'custom' : 'exact';
    return resolvedModel(baseCapabilities(base.indexed), { requestedId, id: base.id, via, fineTuned: false });
  }

  const cache = new Map<string, ResolvedModel | undefined>();

  function resolve(modelId: string): ResolvedModel | undefined {
    if (typeof modelId !== 'string') return undefined;
    const cached = cache.get(modelId);
    if (cached !== undefined || cache.has(modelId)) return cached;
    const target = followAliases(aliases, modelId);
    const resolved = resolveTarget(modelId, target, target !== modelId);
    if (cache.size >= maxCachedIds) cache.clear();
    cache.set(modelId, resolved);
    return resolved;
  }

  let known: readonly string[] | undefined;
  const entries = Object.freeze([...customEntries, ...data.models]);

  return Object.freeze({
    resolve,
    knownIds: () => (known ??= Object.freeze([...new Set([...index.keys(), ...aliases.keys()])].sort())),
    aliasTarget: (modelId: string) => followAliases(aliases, modelId),
    entries: () => entries,
  });
}

/** The bundled table with no aliases or custom entries. */
export const defaultModelRegistry: ModelRegistry = createModelRegistry();
