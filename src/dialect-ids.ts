/**
 * The ids of the dialects (`src/dialects/index.ts` has one adapter per id): the wire APIs first, then
 * the client libraries' options that map onto one. Kept apart from the adapters so that types, the
 * config schema and the CLI can name dialects without loading any of them.
 */
export const WIRE_APIS = ['chat.completions', 'responses'] as const;
export const DIALECT_IDS = [...WIRE_APIS, 'langchain'] as const;
/** What `api` accepts: a dialect, or `auto` to tell it from the body's shape. */
export const API_OPTIONS = ['auto', ...DIALECT_IDS] as const;
