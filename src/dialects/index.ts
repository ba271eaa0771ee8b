import { chatCompletionsDialect } from './chat-completions/adapter.js';
import { isRecord } from '../json-value.js';
import { langchainDialect } from './langchain/adapter.js';
import { responsesDialect } from './responses/adapter.js';
import type { DialectAdapter } from './types.js';
import type { Dialect } from '../types.js';

/**
 * Every input format the engine can lint, in the order `--help` lists them. A new dialect registers
 * here (and its id in `DIALECT_IDS`, `src/dialect-ids.ts`) and nowhere else: the `Dialect` type, the
 * config schema's `api` enum, the CLI's `--api` values and help come from these two lists.
 */
export const DIALECTS = [chatCompletionsDialect, responsesDialect, langchainDialect] as const satisfies readonly DialectAdapter[];

const BY_ID = new Map<string, DialectAdapter>(DIALECTS.map((dialect) => [dialect.id, dialect]));

export function dialectById(id: Dialect): DialectAdapter | undefined {
  return BY_ID.get(id);
}

export type Detection =
  /** `decisive`: the body has the key that defines the dialect (`messages`, `input`...), so nothing was guessed. */
  | { kind: 'detected'; dialect: DialectAdapter; decisive: boolean }
  | { kind: 'ambiguous'; candidates: Array<{ dialect: DialectAdapter; evidence: string }> }
  | { kind: 'unknown' };

/**
 * Tells the dialect from the body's shape: a dialect whose defining key is there beats one with only
 * supporting keys, then more keys beat fewer; a tie is reported as ambiguous rather than guessed.
 */
export function detectDialect(document: Record<string, unknown>): Detection {
  // The common case, decided without scoring every dialect: exactly one dialect's defining key is there
  // (`messages`, `input`...), so that dialect wins whatever supporting keys the others have.
  // The evidence is only words for a message: `evidenceFor` words it when a message needs it.
  const defined = definingDialects(document);
  if (defined.length === 1) return { kind: 'detected', dialect: defined[0]!, decisive: true };
  const scored = DIALECTS.map((dialect) => {
    const { decisive, keys } = evidenceKeys(dialect, document);
    return { dialect, decisive, count: keys.length, evidence: describeKeys(keys) };
  })
    .filter((entry) => entry.count > 0)
    .sort((a, b) => Number(b.decisive) - Number(a.decisive) || b.count - a.count);
  const [first, second] = scored;
  if (first === undefined) return { kind: 'unknown' };
  const ties = (entry: (typeof scored)[number]) => entry.decisive === first.decisive && entry.count === first.count;
  if (second !== undefined && ties(second)) return { kind: 'ambiguous', candidates: scored.filter(ties) };
  return { kind: 'detected', dialect: first.dialect, decisive: first.decisive };
}

/** The dialect each defining key belongs to (no key defines two). */
const DEFINED_BY = new Map<string, DialectAdapter>(
  DIALECTS.flatMap((dialect) => dialect.evidence.decisive.map((key) => [key, dialect] as const)),
);

/** The dialects whose defining keys the body has: one look-up per key of the body, which has few. */
function definingDialects(document: Record<string, unknown>): DialectAdapter[] {
  const defined: DialectAdapter[] = [];
  for (const key in document) {
    const dialect = DEFINED_BY.get(key);
    if (dialect !== undefined && !defined.includes(dialect)) defined.push(dialect);
  }
  return defined;
}

/** The body's keys that speak for `dialect`, as words for a message: "`messages`, `n`". */
export function evidenceFor(dialect: DialectAdapter, document: Record<string, unknown>): string {
  return describeKeys(evidenceKeys(dialect, document).keys);
}

/** The body's keys that speak for `dialect`, its defining ones first; `decisive` when there is one of those. */
function evidenceKeys(dialect: DialectAdapter, document: Record<string, unknown>): { decisive: boolean; keys: string[] } {
  const decisive = dialect.evidence.decisive.filter((key) => key in document);
  return { decisive: decisive.length > 0, keys: [...decisive, ...dialect.evidence.supporting.filter((key) => key in document)] };
}

function describeKeys(keys: readonly string[]): string {
  return keys.map((key) => `\`${key}\``).join(', ');
}

/**
 * Whether a parsed document is a request at all, for the places that meet files nobody asked to lint
 * (a directory walk in `reqlint .`, an editor that opens every JSON file): package.json, tsconfig.json,
 * lockfiles, compose files. A request has a `model` (every API requires one) or a key that defines a
 * dialect (`messages`, `input`, LangChain's camelCase options); supporting keys alone (`include`,
 * `text`, `metadata`) are too common elsewhere to count.
 */
export function holdsRequest(value: unknown): boolean {
  return isRecord(value) && (Object.hasOwn(value, 'model') || definingDialects(value).length > 0);
}

/**
 * `holdsRequest` for one line of a JSON Lines file, which is stricter: a Batch line (`custom_id`) or a
 * request with its `model`. Fine-tuning data has one `{"messages": [...]}` example a line and no model.
 */
export function holdsRequestLine(value: unknown): boolean {
  return isRecord(value) && (Object.hasOwn(value, 'custom_id') || Object.hasOwn(value, 'model'));
}
