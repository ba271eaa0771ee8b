/**
 * Linting a request of which some values are not known statically, without reporting anything that
 * depends on them.
 *
 * The request is linted several times, with each unknown replaced by type-diverse sample values
 * (strings, numbers, booleans, null, arrays, objects, model ids, messages). A sample that the request
 * schema rejects at that place is not a value the user's code could hold there (their SDK's types
 * would not allow it) and would only silence every rule, so such rounds are not counted. A finding is
 * kept only when every counted round gives it with the same message, and only when it is not inside
 * an unknown value (a finding on the key of a property whose value is unknown is about the key, and
 * is kept). A fix is kept only when every round gives the same one and it leaves unknown values
 * alone (renaming or removing the property that holds one is fine; replacing it is not).
 *
 * `test/eslint-plugin/unknown-values.property.test.ts` checks the promise: every kept finding is
 * also found when the unknowns are replaced by any concrete values the schema accepts.
 */
import { lint, type LintOptions } from '../engine/lint.js';
import type { Diagnostic, Dialect, JsonPatch } from '../types.js';
import type { JsonPrimitive } from './static-value.js';

/**
 * Marks a value that is present but not known; `pointer` is its place in the request. `candidates`,
 * when given (a TypeScript literal union type), are all the values it can have.
 */
export class UnknownValue {
  /** Samples made from the request's own known values (see `namedToolSamples`), set before linting. */
  private fromRequest: readonly Json[] = [];

  constructor(
    readonly pointer: string,
    readonly candidates?: readonly Json[],
  ) {}

  get samples(): readonly Json[] {
    return this.candidates ?? (this.fromRequest.length === 0 ? UNKNOWN_SAMPLES : [...UNKNOWN_SAMPLES, ...this.fromRequest]);
  }

  sampleAlso(values: readonly Json[]): void {
    this.fromRequest = values;
  }
}

/**
 * Tool lists whose tool is named as the request's `tool_choice` names one: rules read that name
 * against the tools (a bare tool name, a forced tool that must exist), so an unknown tool list is also
 * tried as one that has that tool.
 */
function namedToolSamples(template: PartialJson): Json[] {
  const names = new Set<string>();
  const collect = (value: PartialJson | undefined) => {
    if (typeof value === 'string') names.add(value);
    else if (Array.isArray(value)) for (const item of value as readonly PartialJson[]) collect(item);
    else if (value !== null && typeof value === 'object' && !(value instanceof UnknownValue))
      for (const item of Object.values(value)) collect(item as PartialJson);
  };
  if (template !== null && typeof template === 'object' && !Array.isArray(template) && !(template instanceof UnknownValue))
    collect((template as Record<string, PartialJson>)['tool_choice']);
  return [...names]
    .filter((name) => /^[a-zA-Z0-9_-]{1,64}$/.test(name))
    .flatMap((name): Json[] => [
      [{ type: 'function', function: { name, parameters: { type: 'object', properties: {} } } }],
      [{ type: 'function', name, parameters: { type: 'object', properties: {} } }],
    ]);
}

export type PartialJson = JsonPrimitive | UnknownValue | readonly PartialJson[] | { readonly [key: string]: PartialJson };

type Json = JsonPrimitive | Json[] | { [key: string]: Json };

/**
 * Values an unknown is replaced by. Type-diverse, and with the values rules look at: reasoning,
 * non-reasoning and fine-tuned model ids, message and tool lists (empty and not, in both APIs' shapes), messages
 * with and without the word "json", modality lists with and without audio, the enum words the API's
 * options take, 0/1/2 for sampling ranges. A sample the schema rejects at a place is skipped there.
 */
const CHAT_TOOL = { type: 'function', function: { name: 'f', parameters: { type: 'object', properties: {} } } };
const RESPONSES_TOOL = { type: 'function', name: 'f', parameters: { type: 'object', properties: {} } };
export const UNKNOWN_SAMPLES: readonly Json[] = [
  'json',
  [{ role: 'user', content: 'Answer in json.' }],
  1,
  true,
  {},
  [],
  '',
  0,
  false,
  null,
  'gpt-4.1',
  'o3',
  'gpt-4o-audio-preview',
  // A fine-tune: some rules hold fine-tuned models to other limits (the strict subset's keywords).
  'ft:gpt-4o-mini-2024-07-18:acme::sample',
  [{ role: 'user', content: 'Hi.' }],
  0.5,
  2,
  4096,
  { type: 'text' },
  [CHAT_TOOL],
  [RESPONSES_TOOL],
  CHAT_TOOL,
  RESPONSES_TOOL,
  ['text'],
  ['text', 'audio'],
  'auto',
  'none',
  'required',
  'text',
  'low',
  'high',
  'default',
  'flex',
  'json_schema',
];

export interface LintWithUnknownsOptions extends LintOptions {
  api: Dialect;
}

/** The findings that hold whatever the unknown values are (see the module comment). */
export function lintWithUnknowns(template: PartialJson, options: LintWithUnknownsOptions): Diagnostic[] {
  const slots: UnknownValue[] = [];
  collectUnknowns(template, slots);
  if (slots.length === 0) return lint(template, options).diagnostics;
  const named = namedToolSamples(template);
  for (const slot of slots) slot.sampleAlso(named);

  const base = findLegalAssignment(template, slots, options);
  if (base === undefined) return [];
  const keyIn = (assignment: ReadonlyMap<UnknownValue, number>) => (d: Diagnostic) =>
    `${d.ruleId}\0${d.path}\0${d.target}\0${maskCandidates(d.message, slots, assignment)}`;
  const baseKey = keyIn(base.assignment);
  const kept = new Map(base.diagnostics.filter((d) => !insideUnknown(d, slots)).map((d) => [baseKey(d), d] as const));
  const fixes = new Map<string, string | undefined>([...kept].map(([key, d]) => [key, fixKey(d)] as const));

  for (const slot of slots) {
    for (let sample = 0; sample < slot.samples.length && kept.size > 0; sample++) {
      if (sample === base.assignment.get(slot)) continue;
      const round = new Map(base.assignment).set(slot, sample);
      const diagnostics = lint(instantiate(template, round), options).diagnostics;
      if (!isLegal(diagnostics, slots)) continue;
      const found = new Map(diagnostics.map((d) => [keyIn(round)(d), d] as const));
      for (const [key] of kept) {
        const again = found.get(key);
        if (again === undefined) kept.delete(key);
        else if (fixKey(again) !== fixes.get(key)) fixes.set(key, undefined);
      }
    }
  }
  return [...kept].map(([key, d]) => {
    const message = unmaskCandidates(maskCandidates(d.message, slots, base.assignment), slots);
    return keepSafeFixes({ ...d, message }, fixes.get(key) !== undefined, slots);
  });
}

/**
 * A value typed as a union of literals is each of them in turn, and a message names the one of the
 * round (`max_tokens` is not supported by `o3`). Such names are masked for comparing rounds, and the
 * reported message names them all (`o3` or `o4-mini`).
 */
function maskCandidates(message: string, slots: readonly UnknownValue[], assignment: ReadonlyMap<UnknownValue, number>): string {
  let masked = message;
  slots.forEach((slot, index) => {
    const value = slot.candidates === undefined ? undefined : slot.samples[assignment.get(slot) ?? 0];
    if (typeof value === 'string') masked = masked.split(`\`${value}\``).join(`\u0000${index}\u0000`);
  });
  return masked;
}

function unmaskCandidates(masked: string, slots: readonly UnknownValue[]): string {
  // eslint-disable-next-line no-control-regex -- NUL delimits the slots because no message contains it
  return masked.replace(/\u0000(\d+)\u0000/g, (_, index: string) =>
    (slots[Number(index)]?.candidates ?? []).map((c) => `\`${String(c)}\``).join(' or '),
  );
}

/** A first assignment of samples that the schema accepts at every unknown, or undefined if there is none. */
function findLegalAssignment(
  template: PartialJson,
  slots: readonly UnknownValue[],
  options: LintWithUnknownsOptions,
): { assignment: Map<UnknownValue, number>; diagnostics: Diagnostic[] } | undefined {
  const assignment = new Map<UnknownValue, number>(slots.map((slot) => [slot, 0] as const));
  const attempts = Math.max(...slots.map((slot) => slot.samples.length));
  for (let attempt = 0; attempt < attempts; attempt++) {
    const diagnostics = lint(instantiate(template, assignment), options).diagnostics;
    const rejected = slots.filter((slot) => diagnostics.some((d) => isSchemaFinding(d) && within(d.path, slot.pointer)));
    if (rejected.length === 0) return { assignment, diagnostics };
    for (const slot of rejected) {
      const next = assignment.get(slot)! + 1;
      if (next >= slot.samples.length) return undefined;
      assignment.set(slot, next);
    }
  }
  return undefined;
}

function isLegal(diagnostics: readonly Diagnostic[], slots: readonly UnknownValue[]): boolean {
  return !diagnostics.some((d) => isSchemaFinding(d) && slots.some((slot) => within(d.path, slot.pointer)));
}

/**
 * Rules that report a value of the other API's shape in place of the schema's findings (they
 * explain a schema rejection): a sample they report is one the schema rejects, so the round does not count.
 */
const EXPLAINS_SHAPE_REJECTION = new Set(['tools/no-foreign-tool-shape', 'tools/no-foreign-tool-choice-shape']);

export function isSchemaFinding(diagnostic: Diagnostic): boolean {
  return diagnostic.ruleId.startsWith('schema/') || EXPLAINS_SHAPE_REJECTION.has(diagnostic.ruleId);
}

/** Inside an unknown value; a finding on the key of a property whose value is unknown is not. */
function insideUnknown(diagnostic: Diagnostic, slots: readonly UnknownValue[]): boolean {
  return slots.some((slot) => within(diagnostic.path, slot.pointer) && !(diagnostic.target === 'key' && diagnostic.path === slot.pointer));
}

function fixKey(diagnostic: Diagnostic): string {
  return JSON.stringify([diagnostic.fix ?? null, diagnostic.suggestions ?? null]);
}

/** Drops a fix or suggestion that differs between rounds or would overwrite an unknown value. */
function keepSafeFixes(diagnostic: Diagnostic, sameInEveryRound: boolean, slots: readonly UnknownValue[]): Diagnostic {
  const { fix, suggestions, ...rest } = diagnostic;
  if (!sameInEveryRound) return rest;
  const safeFix = fix !== undefined && leavesUnknownsAlone(fix, slots) ? fix : undefined;
  const safeSuggestions = (suggestions ?? []).filter((s) => leavesUnknownsAlone(s.fix, slots));
  return { ...rest, ...(safeFix ? { fix: safeFix } : {}), ...(safeSuggestions.length > 0 ? { suggestions: safeSuggestions } : {}) };
}

function leavesUnknownsAlone(patch: JsonPatch, slots: readonly UnknownValue[]): boolean {
  return patch.every((op) => {
    const touched = op.op === 'move' || op.op === 'copy' ? [op.from, op.path] : [op.path];
    return touched.every((path) =>
      slots.every((slot) => {
        // Moving or removing the property that holds an unknown keeps its text as it is.
        if (path === slot.pointer && (op.op === 'move' || op.op === 'remove')) return true;
        return !within(path, slot.pointer) && !within(slot.pointer, path);
      }),
    );
  });
}

/** `path` is `base` or below it. */
export function within(path: string, base: string): boolean {
  return path === base || base === '' || path.startsWith(base + '/');
}

function collectUnknowns(value: PartialJson, out: UnknownValue[]): void {
  if (value instanceof UnknownValue) out.push(value);
  else if (Array.isArray(value)) for (const item of value as readonly PartialJson[]) collectUnknowns(item, out);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) collectUnknowns(item, out);
}

function instantiate(value: PartialJson, assignment: ReadonlyMap<UnknownValue, number>): Json {
  if (value instanceof UnknownValue) return structuredClone(value.samples[assignment.get(value) ?? 0]!);
  if (Array.isArray(value)) return (value as readonly PartialJson[]).map((item) => instantiate(item, assignment));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, Json> = {};
    // defineProperty: a `__proto__` key in the user's literal is data, not a prototype.
    for (const [key, item] of Object.entries(value as Record<string, PartialJson>))
      Object.defineProperty(out, key, { value: instantiate(item, assignment), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value as JsonPrimitive;
}
