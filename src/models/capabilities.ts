import type { Api } from '../types.js';
import type {
  Feature,
  FineTuneOverrides,
  ModelEntry,
  ModelParameter,
  ModelSource,
  ParameterSupport,
  ReasoningCapability,
  ResolvedModel,
  ServiceTier,
  SourceRef,
  TokenLimits,
  Tri,
} from './types.js';

/**
 * The facts of one data entry in the form `ResolvedModel` exposes them, computed once per entry (and
 * once more for its fine-tunes) and shared, frozen, by every id that resolves to it.
 */
export interface Capabilities {
  entryId: string;
  apis: readonly Api[];
  servesApi(api: Api): Tri;
  isReasoning: Tri;
  reasoning: ReasoningCapability | null;
  supports(feature: Feature): Tri;
  parameter(name: ModelParameter): ParameterSupport | null;
  serviceTiers: readonly ServiceTier[] | null;
  serviceTier(tier: ServiceTier): Tri;
  sources: readonly SourceRef[];
  checked: string;
  limits: TokenLimits | null;
  notes: readonly string[];
}

type TierFacts = NonNullable<ModelEntry['serviceTiers']>;

/** `null` as soon as one tier is unknown: a list must not pretend that an unknown tier is absent. */
function tierList(tiers: TierFacts | null): readonly ServiceTier[] | null {
  if (tiers === null || tiers.flex === null || tiers.priority === null || tiers.ultrafast === null) return null;
  const list: ServiceTier[] = ['auto', 'default'];
  if (tiers.flex) list.push('flex');
  if (tiers.priority) list.push('priority', 'fast');
  if (tiers.ultrafast) list.push('ultrafast');
  return Object.freeze(list);
}

function tierLookup(tiers: TierFacts | null): (tier: ServiceTier) => Tri {
  return (tier) => {
    switch (tier) {
      case 'auto':
      case 'default':
        return true;
      case 'flex':
        return tiers?.flex ?? null;
      // One tier under two names (SPEC ServiceTier: `fast` is reported back as `priority`).
      case 'priority':
      case 'fast':
        return tiers?.priority ?? null;
      case 'ultrafast':
        return tiers?.ultrafast ?? null;
      default:
        // `scale` is an account contract, not a per-model fact; anything else is not a tier we know.
        return null;
    }
  };
}

function sourceRefs(keys: readonly string[], table: Readonly<Record<string, ModelSource>>, checked: string): readonly SourceRef[] {
  return Object.freeze(
    keys.map((key) => {
      const source = table[key];
      // Custom entries may cite their own evidence by a key we do not know; keep the citation as written.
      if (source === undefined) return Object.freeze({ key, title: key, snapshot: checked });
      return Object.freeze({
        key,
        title: source.title,
        snapshot: source.snapshot,
        ...(source.url === undefined ? {} : { url: source.url }),
      });
    }),
  );
}

function lookup<K extends string, V>(record: Readonly<Record<K, V>>): (key: K) => V | null {
  // Rules are typed, but configs and JS callers are not: an unknown name is "unknown", not a throw.
  return (key) => (Object.hasOwn(record, key) ? record[key] : null);
}

export function capabilitiesOf(
  entry: ModelEntry,
  table: Readonly<Record<string, ModelSource>>,
  fineTune?: FineTuneOverrides,
): Capabilities {
  const features = Object.freeze({ ...entry.features, ...fineTune?.features });
  const parameters = Object.freeze({ ...entry.parameters, ...fineTune?.parameters });
  const tiers = fineTune !== undefined && 'serviceTiers' in fineTune ? (fineTune.serviceTiers ?? null) : entry.serviceTiers;
  const apiFacts = Object.freeze({ ...entry.apis });
  const reasoning =
    entry.reasoning === null
      ? null
      : Object.freeze({
          efforts: entry.reasoning.efforts === null ? null : Object.freeze([...entry.reasoning.efforts]),
          defaultEffort: entry.reasoning.defaultEffort,
          acceptsNullEffort: entry.reasoning.acceptsNullEffort,
        });
  const sourceKeys = [...new Set([...entry.sources, ...(fineTune?.sources ?? [])])];
  return Object.freeze({
    entryId: entry.ids[0] as string,
    apis: Object.freeze((Object.keys(apiFacts) as Api[]).filter((api) => apiFacts[api] === true)),
    servesApi: lookup<Api, Tri>(apiFacts),
    // `isReasoning` is present in the data only as `null` (the sources conflict).
    isReasoning: entry.isReasoning === null ? null : entry.reasoning !== null,
    reasoning,
    supports: lookup<Feature, Tri>(features),
    parameter: lookup<ModelParameter, ParameterSupport | null>(parameters),
    serviceTiers: tierList(tiers),
    serviceTier: tierLookup(tiers),
    sources: sourceRefs(sourceKeys, table, entry.checked),
    checked: entry.checked,
    // Fine-tunes share their base model's token limits (the fine-tuning guide trains within them).
    limits:
      entry.limits === undefined
        ? null
        : Object.freeze({
            maxOutputTokens: entry.limits.maxOutputTokens,
            maxInputTokens: entry.limits.maxInputTokens,
            source: sourceRefs([entry.limits.source], table, entry.limits.checked)[0]!,
            checked: entry.limits.checked,
          }),
    notes: Object.freeze([...(entry.notes ?? []), ...(fineTune?.notes ?? [])]),
  });
}

export function resolvedModel(
  capabilities: Capabilities,
  match: { requestedId: string; id: string; via: ResolvedModel['via']; fineTuned: boolean },
): ResolvedModel {
  return Object.freeze({ ...capabilities, ...match });
}
