import data from '../../data/structured-outputs.json' with { type: 'json' };
import type { LimitProfile, LimitProfileName, StructuredOutputsData } from '../../schemas/structured-outputs.js';

/**
 * The strict-mode subset as the rules read it, built once from `data/structured-outputs.json`.
 * `test/structured-outputs/data.test.ts` validates the file against its schema, which makes the cast
 * honest (validating here would cost every start-up).
 */
export const subsetData: StructuredOutputsData = data as unknown as StructuredOutputsData;

const SUPPORTED_TYPES: readonly string[] = subsetData.types.values;

/**
 * A type name strict mode supports. The walk asks it of every node: comparing with the seven names
 * costs less than hashing into a Set.
 */
export function isSupportedType(type: unknown): boolean {
  if (typeof type !== 'string') return false;
  for (let i = 0; i < SUPPORTED_TYPES.length; i++) if (SUPPORTED_TYPES[i] === type) return true;
  return false;
}

/** One supported type name, or a `[T, "null"]` pair of them in either order: the type lists strict mode accepts. */
export function isStrictType(type: unknown): boolean {
  if (!Array.isArray(type)) return isSupportedType(type);
  return type.length === 2 && isSupportedType(type[0]) && isSupportedType(type[1]) && (type[0] === 'null') !== (type[1] === 'null');
}

export const SUPPORTED_FORMATS: readonly string[] = subsetData.formats.values;

/** A `format` value strict mode supports. */
export function isSupportedFormat(format: unknown): boolean {
  return typeof format === 'string' && SUPPORTED_FORMATS.includes(format);
}
export const ROOT_ONLY_KEYWORDS: ReadonlySet<string> = new Set(subsetData.rootOnlyKeywords.keywords);
export const FINE_TUNE_UNSUPPORTED: readonly string[] = subsetData.fineTuneUnsupportedKeywords.keywords;
/** String length bounds: not documented as supported, and uncertain (`uncertainKeywords`). */
export const STRING_LENGTH_BOUNDS: readonly string[] = ['minLength', 'maxLength'];

/** Unsupported keyword → a supported one that says nearly the same, when there is one. */
export const UNSUPPORTED_KEYWORDS: ReadonlyMap<string, string | undefined> = new Map(
  subsetData.unsupportedKeywords.keywords.map((k) => [k.keyword, k.replacement]),
);

export const LARGE_ENUM_THRESHOLD = subsetData.limits.largeEnumThreshold;

const profiles = new Map<LimitProfileName, Readonly<LimitProfile & { name: LimitProfileName }>>();

/** The limits of a profile; built once per name, because every strict-schema rule asks on every request. */
export function limitProfile(name: LimitProfileName | undefined): Readonly<LimitProfile & { name: LimitProfileName }> {
  const chosen = name ?? (subsetData.limits.defaultProfile as LimitProfileName);
  let profile = profiles.get(chosen);
  if (profile === undefined) {
    profile = Object.freeze({ ...subsetData.limits.profiles[chosen], name: chosen });
    profiles.set(chosen, profile);
  }
  return profile;
}

/** `12345` → `12,345`, as the API's own limit messages write numbers. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
