import { builtinRules } from '../../rules/index.js';
import { detectDialect, dialectById, mappedRequestSchema, NODE_EXTRACTORS } from '../dialects/index.js';
import { ALL_TRUSTED, identityPointer, type DialectAdapter, type NodeLists, type TrustPredicate, type WireRequest } from '../dialects/types.js';
import { docsUrlFor } from '../docs-url.js';
import { createModelRegistry, defaultModelRegistry, type ModelRegistry } from '../models/registry.js';
import type { ModelAliases, ResolvedModel } from '../models/types.js';
import type { AnyRule } from '../rule.js';
import type { ApiOption, Diagnostic, Dialect, JsonPatch, LintResult, Range, Severity } from '../types.js';
import { findDuplicateKeys } from './parse/duplicate-keys.js';
import { parseJsonText, type ParsedText } from './parse/parse.js';
import { isWithin, pointerToDisplayPath } from '../json-pointer.js';
import { LineIndex, rangeForPointer } from './parse/positions.js';
import type { RawFinding } from './findings.js';
import { RulePlans } from './rule-plan.js';
import { runRules } from './run-rules.js';
import { NO_ISSUES, shapeSchemaErrors, type SchemaIssue } from './validate/schema-errors.js';
import { resolveRuleStates, type Preset, type RuleSetting, type RuleState } from './settings.js';
import { validate } from './validate/validator.js';

export interface LintOptions {
  /** Which request format the document is; `auto` (default) tells it from the body's shape. */
  api?: ApiOption;
  preset?: Preset;
  /** Per-rule severity (`off`, `info`, `warning`, `error`) or `[severity, options]`. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Deployment names and other aliases mapped to the base model whose capabilities apply. */
  modelAliases?: ModelAliases;
  /** A registry to use instead of the bundled one (custom model entries, test fixtures). */
  registry?: ModelRegistry;
  /** Rules to run instead of the built-in catalogue (tests, plugins). */
  ruleModules?: readonly AnyRule[];
}

/** Everything that depends only on the options (not on `api`), computed once per options object and shared by options that say the same. */
interface Session {
  states: Map<string, RuleState>;
  /** Which rules run on which request, built once per API (see `rule-plan.ts`). */
  plans: RulePlans;
  registry: ModelRegistry;
}

const sessions = new WeakMap<LintOptions, Session>();
const DEFAULT_OPTIONS: LintOptions = {};
/**
 * The last options seen: an application nearly always lints with one options object. (It keeps that
 * one options object and its session alive, never a request.)
 */
let lastSession: { options: LintOptions; session: Session } | undefined;

/**
 * The session for these options: by identity first, then by what they say, so that a caller who
 * writes the options inline (`lint(body, { api: 'responses' })`, a new object on every call) still
 * shares one session instead of building every rule's visitors again (~80 µs) for each request.
 */
function sessionFor(options: LintOptions): Session {
  if (lastSession !== undefined && lastSession.options === options) return lastSession.session;
  let session = sessions.get(options);
  if (session === undefined) {
    const key = sessionKey(options);
    session = key === undefined ? undefined : sessionsByContent.get(key);
    if (session === undefined) {
      const rules = options.ruleModules ?? builtinRules;
      const registry = options.registry ?? (options.modelAliases ? createModelRegistry({ aliases: options.modelAliases }) : defaultModelRegistry);
      const states = resolveRuleStates(rules, options.preset, options.rules);
      session = { states, plans: new RulePlans(rules, states), registry };
      if (key !== undefined) {
        if (sessionsByContent.size >= MAX_SESSIONS_BY_CONTENT) sessionsByContent.clear();
        sessionsByContent.set(key, session);
      }
    }
    sessions.set(options, session);
  }
  lastSession = { options, session };
  return session;
}

/** Sessions by what their options say (`sessionKey`); bounded for a process that makes many configurations. */
const sessionsByContent = new Map<string, Session>();
const MAX_SESSIONS_BY_CONTENT = 64;

/**
 * What a session depends on, as a string: the rule list and registry by identity, the preset, rule
 * settings and aliases by value (`api` is per request, not per session). `undefined` when the options
 * hold something JSON cannot say exactly (JSON would drop an `undefined` or a function and write a
 * RegExp as `{}`, so two different settings would share a session): such options get a session of
 * their own.
 */
function sessionKey(options: LintOptions): string | undefined {
  try {
    return `${identityOf(options.ruleModules)} ${identityOf(options.registry)} ${JSON.stringify([options.preset ?? null, options.rules ?? null, options.modelAliases ?? null], onlyPlainJson)}`;
  } catch {
    return undefined;
  }
}

/** A `JSON.stringify` replacer that throws on any value JSON would not write back as it is. */
function onlyPlainJson(_key: string, value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'object' && (Array.isArray(value) || isPlainObject(value))) return value;
  throw new Error('not plain JSON');
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

const identities = new WeakMap<object, number>();
let nextIdentity = 1;

function identityOf(value: object | undefined): number {
  if (value === undefined) return 0;
  let id = identities.get(value);
  if (id === undefined) identities.set(value, (id = nextIdentity++));
  return id;
}

/**
 * The effective severities and options for these lint options, from the same per-options cache that
 * `lint` uses (for front-ends that report findings of their own, such as the batch-file checks).
 */
export function ruleStatesFor(options: LintOptions): ReadonlyMap<string, RuleState> {
  return sessionFor(options).states;
}

/**
 * Lints one request. `input` is a parsed value, or JSON/JSONC text (a string is always treated as
 * text). Never throws on any input and never mutates it; a configuration error (unknown rule, bad
 * options) throws `ConfigError` because it is the caller's mistake, not the document's.
 */
export function lint(input: unknown, options: LintOptions = DEFAULT_OPTIONS): LintResult {
  const session = sessionFor(options);
  const text = typeof input === 'string' ? input : undefined;
  const collector = new Collector(session.states);
  let document: unknown = input;
  // The parsed text; its syntax tree is built only if a diagnostic needs a range (see parse.ts).
  let tree: ParsedText | undefined;

  if (text !== undefined) {
    const parsed = parseJsonText(text);
    if (parsed.syntaxError !== undefined) {
      const lines = new LineIndex(text);
      const { offset, length } = parsed.syntaxError;
      collector.addRaw({ ruleId: 'parse/syntax', message: parsed.syntaxError.message + '.', path: '', target: 'value', range: lines.range(offset, length) });
      return { diagnostics: collector.finish(undefined, undefined), api: undefined };
    }
    document = parsed.value;
    tree = parsed;
  }

  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    collector.addRaw({ ruleId: 'parse/not-an-object', message: `A request body must be a JSON object, not ${Array.isArray(document) ? 'an array' : document === null ? 'null' : typeof document}.`, path: '', target: 'value' });
    return { diagnostics: collector.finish(text, tree), api: undefined };
  }
  const body = document as Record<string, unknown>;

  if (tree?.mayHaveDuplicateKeys === true && tree.tree !== undefined) {
    for (const duplicate of findDuplicateKeys(tree.tree)) {
      const lines = new LineIndex(text!);
      const kept = lines.position(duplicate.kept.offset);
      collector.addRaw({
        ruleId: 'parse/duplicate-key',
        message: `\`${duplicate.key}\` appears more than once in ${duplicate.pointer.lastIndexOf('/') === 0 ? 'the request' : `\`${pointerToDisplayPath(duplicate.pointer.slice(0, duplicate.pointer.lastIndexOf('/')))}\``}; the API keeps only the last one (line ${kept.line}) and ignores this one.`,
        path: duplicate.pointer,
        target: 'key',
        range: lines.range(duplicate.ignored.offset, duplicate.ignored.length),
      });
    }
  }

  const dialect = chooseDialect(body, options.api ?? 'auto', collector);
  if (dialect === undefined) return { diagnostics: collector.finish(text, tree), api: undefined };

  // A tool list sent before and unchanged since is valid: only the rest of the request is validated.
  // (Text parses into new objects: nothing of it was sent before.)
  const keptTools = text === undefined ? dialect.keptTools : undefined;
  let kept = keptTools?.peek(body);
  const errors = kept === undefined ? validate(dialect.schema, body, dialect.id) : validate(keptTools!.restSchema.schema, body, keptTools!.restSchema.name);
  const schemaIssues = shapeSchemaErrors(errors, body);
  for (const issue of schemaIssues) collector.addSchemaIssue(issue);

  if (kept === undefined && keptTools !== undefined && schemaIssues.length === 0) kept = keptTools.keep(body);

  const wire = dialect.toWire(body);
  // The dialect's own findings (LangChain: dropped options, API routing) already point at user keys.
  if (wire.findings !== undefined) for (const finding of wire.findings) collector.addRaw(finding);
  const wireIssues = dialect.id === wire.api ? NO_ISSUES : wireSchemaIssues(wire, schemaIssues);
  for (const issue of wireIssues) collector.addSchemaIssue(issue);
  const model = resolveRequestModel(wire, session.registry, collector);
  const schemaValid = schemaIssues.length + wireIssues.length === 0;
  const structural = schemaValid ? NO_ISSUES : [...schemaIssues, ...wireIssues].filter((issue) => issue.keyword !== 'additionalProperties');
  const findings = runRequestRules(session, wire, structural, schemaValid, model, kept?.nodes);
  for (const finding of findings) collector.addFinding(finding, wire);

  const diagnostics = collector.finish(text, tree);
  const requested = wire.request.model;
  // Built directly rather than spread: this runs on every request.
  return typeof requested === 'string' ? { diagnostics, api: dialect.id, model: { requested, resolved: model?.id } } : { diagnostics, api: dialect.id };
}

/**
 * A client-library dialect (LangChain options) passes the user's schema and still builds a request the
 * API rejects: `maxTokens: 8` becomes `max_output_tokens: 8` on the Responses route (minimum 16), and
 * `modelKwargs` go through unchecked. So the keys of the mapped request that the user's schema has not
 * already checked as the wire schema would are validated against it too, and each finding is moved
 * onto the user's own key. Findings the user's schema already made at
 * the same key are not repeated, and the conversation (passed at call time, not in options) is not
 * asked for.
 */
function wireSchemaIssues(wire: WireRequest, userIssues: readonly SchemaIssue[]): readonly SchemaIssue[] {
  const mapped = mappedRequestSchema(wire.api);
  if (mapped === undefined) return NO_ISSUES;
  const toCheck = wire.uncheckedKeys === undefined ? wire.request : pick(wire.request, wire.uncheckedKeys);
  if (toCheck === undefined) return NO_ISSUES;
  const issues: SchemaIssue[] = [];
  for (const issue of shapeSchemaErrors(validate(mapped.schema, toCheck, mapped.name), toCheck)) {
    const userPath = wire.toUserPointer(issue.path);
    if (userPath === undefined || userPath === '') continue;
    if (userIssues.some((known) => isWithin(userPath, known.path) || isWithin(known.path, userPath))) continue;
    const wireName = pointerToDisplayPath(issue.path);
    const userName = pointerToDisplayPath(userPath);
    const message = wireName === userName ? issue.message : `\`${userName}\` is sent as \`${wireName}\`, and ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`;
    // Suggestions name wire keys, which are not the user's to edit: the message says what to change.
    issues.push({ ruleId: issue.ruleId, keyword: issue.keyword, path: userPath, target: issue.target, message, data: issue.data });
  }
  return issues;
}

/**
 * The request with only `keys` (the root schema requires nothing and constrains keys one by one, so
 * leaving the others out changes no finding about these); `undefined` when there are none.
 */
function pick(request: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> | undefined {
  if (keys.length === 0) return undefined;
  const picked: Record<string, unknown> = {};
  for (const key of keys) picked[key] = request[key];
  return picked;
}

function chooseDialect(body: Record<string, unknown>, api: ApiOption, collector: Collector): DialectAdapter | undefined {
  if (api !== 'auto') {
    const dialect = dialectById(api as Dialect);
    if (dialect === undefined) collector.addRaw({ ruleId: 'dialect/unknown', message: `reqlint cannot lint \`${String(api)}\` requests yet.`, path: '', target: 'value' });
    return dialect;
  }
  const detection = detectDialect(body);
  if (detection.kind === 'detected') {
    // Only a guess from secondary keys is worth an info; a body with `messages` or `input` is plainly what it is.
    if (!detection.decisive) collector.addRaw({ ruleId: 'dialect/assumed', message: `Linted as a ${detection.dialect.title} request because it has ${detection.evidence}; pass \`api\` if it is for another API.`, path: '', target: 'value' });
    return detection.dialect;
  }
  const message =
    detection.kind === 'ambiguous'
      ? `This body could be ${detection.candidates.map((c) => `${c.dialect.title} (it has ${c.evidence})`).join(' or ')}; pass \`api\` to say which.`
      : 'This body does not look like a request reqlint knows (no `messages` or `input`); pass `api` to say which API it is for.';
  collector.addRaw({ ruleId: 'dialect/unknown', message, path: '', target: 'value' });
  return undefined;
}

function resolveRequestModel(wire: WireRequest, registry: ModelRegistry, collector: Collector): ResolvedModel | undefined {
  const id = wire.request.model;
  if (typeof id !== 'string') return undefined;
  const model = registry.resolve(id);
  if (model === undefined) {
    collector.addFinding(
      {
        ruleId: 'model/unknown',
        message: `Model \`${id}\` is not in reqlint's capability registry, so model-specific checks were skipped; if it is a deployment name, map it to its base model with a model alias.`,
        path: '/model',
        target: 'value',
      },
      wire,
    );
  }
  return model;
}

function runRequestRules(session: Session, wire: WireRequest, structural: readonly SchemaIssue[], schemaValid: boolean, model: ResolvedModel | undefined, keptToolNodes: NodeLists | undefined): RawFinding[] {
  const extract = NODE_EXTRACTORS[wire.api];
  if (extract === undefined) return [];
  const requestTrusted = structural.length === 0;
  const nodes = extract(wire.request, requestTrusted ? ALL_TRUSTED : trustedOutside(structural, wire), requestTrusted, keptToolNodes);
  const nameOf = wire.toUserPointer === identityPointer ? displayName : (pointer: string) => displayName(wire.toUserPointer(pointer) ?? pointer);
  return runRules({ plans: session.plans, api: wire.api, model, request: wire.request, nodes, schemaValid, nameOf });
}

/** A node may be dispatched when no schema error lies at or below it. */
function trustedOutside(structural: readonly SchemaIssue[], wire: WireRequest): TrustPredicate {
  const errorPaths = structural.map((issue) => issue.path);
  return (wirePointer) => {
    const userPointer = wire.toUserPointer(wirePointer);
    if (userPointer === undefined) return false;
    return !errorPaths.some((path) => isWithin(path, userPointer));
  };
}

const NOTHING_PENDING: Pending[] = Object.freeze([]) as unknown as Pending[];

interface Pending {
  ruleId: string;
  message: string;
  path: string;
  target: 'key' | 'value';
  range?: Range;
  fix?: JsonPatch;
  suggestions?: Diagnostic['suggestions'];
  messageId?: string;
  data?: Record<string, string>;
  explainsSchemaError?: boolean;
}

/** Gathers findings, applies severities, maps pointers to the user's document and adds ranges. */
class Collector {
  /** Most requests have no findings: a shared empty list until the first one. */
  private pending: Pending[] = NOTHING_PENDING;

  constructor(private readonly states: Map<string, RuleState>) {}

  addRaw(finding: Pending): void {
    if (this.pending === NOTHING_PENDING) this.pending = [];
    this.pending.push(finding);
  }

  addSchemaIssue(issue: SchemaIssue): void {
    this.addRaw({ ruleId: issue.ruleId, message: issue.message, path: issue.path, target: issue.target, data: issue.data, ...(issue.suggestions ? { suggestions: issue.suggestions } : {}) });
  }

  /** A finding on the wire request: its pointers are mapped into the user's document. */
  addFinding(finding: RawFinding, wire: WireRequest): void {
    const path = wire.toUserPointer(finding.path) ?? '';
    const fix = finding.fix === undefined ? undefined : mapPatch(finding.fix, wire);
    const suggestions = finding.suggestions?.flatMap((s) => {
      const mapped = mapPatch(s.fix, wire);
      return mapped === undefined ? [] : [{ message: s.message, fix: mapped }];
    });
    this.addRaw({
      ruleId: finding.ruleId,
      message: finding.message,
      path,
      target: finding.target,
      ...(fix ? { fix } : {}),
      ...(suggestions && suggestions.length > 0 ? { suggestions } : {}),
      ...(finding.messageId ? { messageId: finding.messageId } : {}),
      ...(finding.data ? { data: finding.data } : {}),
      ...(finding.explainsSchemaError ? { explainsSchemaError: true } : {}),
    });
  }

  finish(text: string | undefined, parsed: ParsedText | undefined): Diagnostic[] {
    if (this.pending.length === 0) return [];
    // A rule that says it explains a schema error (a Responses parameter sent to Chat Completions, a
    // `tool_choice` shaped for another API...) replaces every generic schema finding in that subtree.
    // Only rules that say so: a duplicate-key warning at an unknown key must not hide that it is unknown.
    const explainedSubtrees = this.pending.filter((p) => p.explainsSchemaError === true).map((p) => p.path);
    const lines = text === undefined ? undefined : new LineIndex(text);
    const diagnostics: Diagnostic[] = [];
    for (const pending of this.pending) {
      if (pending.ruleId.startsWith('schema/') && explainedSubtrees.some((root) => isWithin(pending.path, root))) continue;
      const state = this.states.get(pending.ruleId);
      const severity: Severity | undefined = state?.severity ?? (pending.ruleId.startsWith('parse/syntax') || pending.ruleId === 'dialect/unknown' ? 'error' : undefined);
      if (severity === undefined) continue;
      const tree = pending.range === undefined ? parsed?.tree : undefined;
      const range = pending.range ?? (tree !== undefined && lines !== undefined ? rangeForPointer(tree, lines, pending.path, pending.target) : undefined);
      diagnostics.push({
        ruleId: pending.ruleId,
        severity,
        message: pending.message,
        path: pending.path,
        target: pending.target,
        ...(range ? { range } : {}),
        ...(pending.fix ? { fix: pending.fix } : {}),
        ...(pending.suggestions ? { suggestions: pending.suggestions } : {}),
        docsUrl: docsUrlFor(pending.ruleId),
        ...(pending.messageId ? { messageId: pending.messageId } : {}),
        ...(pending.data ? { data: pending.data } : {}),
      });
    }
    if (lines !== undefined) diagnostics.sort((a, b) => (a.range?.start.offset ?? 0) - (b.range?.start.offset ?? 0) || a.ruleId.localeCompare(b.ruleId));
    return diagnostics;
  }
}

function mapPatch(patch: JsonPatch, wire: WireRequest): JsonPatch | undefined {
  const mapped = [];
  for (const operation of patch) {
    const path = wire.toUserPointer(operation.path);
    if (path === undefined) return undefined;
    if ('from' in operation) {
      const from = wire.toUserPointer(operation.from);
      if (from === undefined) return undefined;
      mapped.push({ ...operation, path, from });
    } else {
      mapped.push({ ...operation, path });
    }
  }
  return mapped;
}

/**
 * How messages name a key: the API's own path notation (`reasoning.effort`, `tools[0].function.strict`),
 * which is also what users search their code for. For a client-library dialect the pointer is already
 * mapped into the user's document, so LangChain users read `maxTokens`.
 */
function displayName(userPointer: string): string {
  let name = displayNames.get(userPointer);
  if (name === undefined) {
    if (displayNames.size >= MAX_DISPLAY_NAMES) displayNames.clear();
    displayNames.set(userPointer, (name = userPointer === '' ? 'request' : pointerToDisplayPath(userPointer)));
  }
  return name;
}

/** Messages name the same few keys on every request; bounded, since pointers into lists are many. */
const displayNames = new Map<string, string>();
const MAX_DISPLAY_NAMES = 1024;
