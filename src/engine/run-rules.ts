import type { NodeLists } from '../dialects/types.js';
import type { ResolvedModel } from '../models/types.js';
import { NODE_KIND_KEYS, type NodeKind, type Visitors } from '../nodes.js';
import type { AnyRule, Report, RuleContext } from '../rule.js';
import type { Api, JsonPatch } from '../types.js';
import type { RuleState } from './settings.js';

export interface RawFinding {
  ruleId: string;
  message: string;
  path: string;
  target: 'key' | 'value';
  fix?: JsonPatch;
  suggestions?: Array<{ message: string; fix: JsonPatch }>;
  messageId?: string;
  data?: Record<string, string>;
  /** See `Report.explainsSchemaError`. */
  explainsSchemaError?: boolean;
}

export interface RunRulesInput {
  rules: readonly AnyRule[];
  states: ReadonlyMap<string, RuleState>;
  api: Api;
  model: ResolvedModel | undefined;
  request: Record<string, unknown>;
  nodes: NodeLists;
  /** The user's document and the request passed their schemas (no schema finding at all). */
  schemaValid: boolean;
  nameOf(pointer: string): string;
}

/**
 * What a visitor may ask about the request being linted. One frame per plan, refilled for each
 * request; every rule's context inherits from it, so a request costs one write per field rather than
 * one per rule. Linting is synchronous, so no two requests ever share a frame at the same time.
 */
interface RequestFrame {
  api: Api;
  model: ResolvedModel | undefined;
  raw: Readonly<Record<string, unknown>>;
  nameOf(pointer: string): string;
  findings: RawFinding[];
}

/** An enabled rule that applies to one API, with its visitors built once. */
interface PlannedRule {
  rule: AnyRule;
  /** The node kinds the rule visits, in dispatch order, and the visitor for each (same index). */
  kinds: readonly NodeKind[];
  visitors: ReadonlyArray<(node: unknown) => void>;
  /** Runs on every request: it visits `request` or `document` and names no `triggers`. */
  always: boolean;
  /** What `create` threw, if it did: reported as a rule error on every request instead. */
  createError: unknown;
}

/** The rules to run for one rule list + settings + API + "model known", and how to pick them per request. */
interface Plan {
  rules: readonly PlannedRule[];
  frame: RequestFrame;
  /** Top-level key → a small number naming it, for the keys that trigger some rule. */
  keyIds: ReadonlyMap<string, number>;
  /** Key id → indexes (in `rules`) of the rules that key triggers. */
  rulesByKeyId: ReadonlyArray<readonly number[]>;
  /**
   * Per model, the rules a set of trigger keys selects (key ids as one string), in plan order: most
   * requests share a few shapes and models. Weak, so models the registry forgets take their lists along.
   */
  runLists: WeakMap<ResolvedModel | typeof NO_MODEL, Map<string, readonly PlannedRule[]>>;
  /** The last request's keys (in order), model, schema validity and list. */
  last: { keys: readonly string[]; model: ResolvedModel | undefined; schemaValid: boolean; list: readonly PlannedRule[] } | undefined;
}

/** The run-list key for requests without a known model. */
const NO_MODEL = Object.freeze({});

/** Starts the signature of a request that passed the schema (key ids are small numbers, never this). */
const VALID_MARK = '\uffff';

/** Bounds the run-list cache for a process that sees requests of very many shapes. */
const MAX_RUN_LISTS = 512;

/** Visit order: the whole body first (rules reset per-request state there), then the typed request. */
const DISPATCH_ORDER: readonly NodeKind[] = ['document', 'request', ...(Object.keys(NODE_KIND_KEYS) as NodeKind[]).filter((kind) => kind !== 'document' && kind !== 'request')];

/**
 * Plans per rule list + settings (one per `lint` options object), per API and per "model known":
 * decided once instead of on every request, so rules that are off or do not apply cost nothing, and
 * each rule's `create` runs once.
 */
interface Plans {
  withModel: Map<Api, Plan>;
  withoutModel: Map<Api, Plan>;
}

const plans = new WeakMap<readonly AnyRule[], WeakMap<ReadonlyMap<string, RuleState>, Plans>>();
/** The last rule list + settings seen: a process nearly always lints with one options object. */
let last: { rules: readonly AnyRule[]; states: ReadonlyMap<string, RuleState>; plans: Plans } | undefined;

function plansFor(rules: readonly AnyRule[], states: ReadonlyMap<string, RuleState>): Plans {
  if (last !== undefined && last.rules === rules && last.states === states) return last.plans;
  let byStates = plans.get(rules);
  if (byStates === undefined) plans.set(rules, (byStates = new WeakMap()));
  let found = byStates.get(states);
  if (found === undefined) byStates.set(states, (found = { withModel: new Map(), withoutModel: new Map() }));
  last = { rules, states, plans: found };
  return found;
}

function planFor(input: RunRulesInput): Plan {
  const found = plansFor(input.rules, input.states);
  const byApi = input.model === undefined ? found.withoutModel : found.withModel;
  let plan = byApi.get(input.api);
  if (plan === undefined) byApi.set(input.api, (plan = buildPlan(input.rules, input.states, input.api, input.model !== undefined)));
  return plan;
}

function buildPlan(rules: readonly AnyRule[], states: ReadonlyMap<string, RuleState>, api: Api, modelKnown: boolean): Plan {
  const frame: RequestFrame = { api, model: undefined, raw: EMPTY_REQUEST, nameOf: (pointer) => pointer, findings: NOT_LINTING };
  const planned: PlannedRule[] = [];
  const keyIds = new Map<string, number>();
  const rulesByKeyId: number[][] = [];
  for (const rule of rules) {
    const state = states.get(rule.id);
    if (state === undefined || !rule.meta.apis.includes(api)) continue;
    if (rule.meta.requiresModel === true && !modelKnown) continue;
    const index = planned.length;
    let visitors: Visitors = {};
    let createError: unknown;
    try {
      visitors = rule.create(contextFor(rule, state.options, frame));
    } catch (error) {
      createError = error ?? new Error('create() threw');
    }
    const kinds = DISPATCH_ORDER.filter((kind) => typeof visitors[kind] === 'function');
    const keys = new Set<string>(rule.meta.triggers ?? []);
    let always = createError !== undefined;
    for (const kind of kinds) {
      const implied = NODE_KIND_KEYS[kind];
      if (implied !== 'whole-request') for (const key of implied) keys.add(key);
      else if (rule.meta.triggers === undefined) always = true;
    }
    if (!always) {
      for (const key of keys) {
        let id = keyIds.get(key);
        if (id === undefined) keyIds.set(key, (id = rulesByKeyId.push([]) - 1));
        rulesByKeyId[id]!.push(index);
      }
    }
    planned.push({ rule, kinds, visitors: kinds.map((kind) => visitors[kind] as (node: unknown) => void), always, createError });
  }
  return { rules: planned, frame, keyIds, rulesByKeyId, runLists: new WeakMap(), last: undefined };
}

/**
 * The planned rules this request's top-level keys trigger, plus those that always run, minus those
 * that do not apply to its model and, for a request that passed the schema, those that only explain
 * schema errors; in plan order.
 */
function runListFor(plan: Plan, request: Record<string, unknown>, model: ResolvedModel | undefined, schemaValid: boolean): readonly PlannedRule[] {
  // An application sends requests built by the same code, with the same keys in the same order, to
  // the same model: then the list is the last one, found without allocating anything.
  const last = plan.last;
  if (last !== undefined && last.model === model && last.schemaValid === schemaValid) {
    let count = 0;
    let same = true;
    for (const key in request) {
      if (last.keys[count++] !== key) {
        same = false;
        break;
      }
    }
    if (same && count === last.keys.length) return last.list;
  }
  const keys = Object.keys(request);
  // Otherwise the trigger keys, as characters, name the list (after a mark for a valid request).
  let signature = schemaValid ? VALID_MARK : '';
  for (const key of keys) {
    const id = plan.keyIds.get(key);
    if (id !== undefined) signature += String.fromCharCode(id);
  }
  let lists = plan.runLists.get(model ?? NO_MODEL);
  if (lists === undefined) plan.runLists.set(model ?? NO_MODEL, (lists = new Map()));
  let list = lists.get(signature);
  if (list === undefined) {
    const triggered = new Set<number>();
    for (let i = schemaValid ? 1 : 0; i < signature.length; i++) for (const index of plan.rulesByKeyId[signature.charCodeAt(i)]!) triggered.add(index);
    list = plan.rules.filter(
      ({ rule, always }, index) => (always || triggered.has(index)) && (model === undefined || appliesTo(rule, model)) && !(schemaValid && rule.meta.onlyOnSchemaErrors === true),
    );
    if (lists.size >= MAX_RUN_LISTS) lists.clear();
    lists.set(signature, list);
  }
  plan.last = { keys, model, schemaValid, list };
  return list;
}

/** A gate that throws is a bug in the rule: the rule then runs, and its visitors say what is wrong. */
function appliesTo(rule: AnyRule, model: ResolvedModel): boolean {
  try {
    return rule.meta.appliesTo?.(model) !== false;
  } catch {
    return true;
  }
}

/** A rule's context: its own options and `report`, the request's facts inherited from the frame. */
function contextFor(rule: AnyRule, options: unknown, frame: RequestFrame): RuleContext<string, unknown> {
  const context = Object.create(frame) as RuleContext<string, unknown> & { options: unknown; report: RuleContext<string, unknown>['report'] };
  context.options = options;
  context.report = (report) => {
    frame.findings.push(explainAlias(toFinding(rule, report), frame.model));
  };
  return context;
}

/**
 * Runs the enabled rules that apply to this API (model rules only with a known model) and that the
 * request's top-level keys trigger (see `RuleMeta.triggers`). Each rule's visitors see only the node
 * kinds they name (extracted in one walk), so a kind with no nodes in this request costs nothing. A
 * rule that throws is a bug in reqlint, not in the user's request: it becomes an
 * `internal/rule-error` finding instead of crashing the caller.
 */
export function runRules(input: RunRulesInput): RawFinding[] {
  const plan = planFor(input);
  const findings: RawFinding[] = [];
  const frame = plan.frame;
  frame.api = input.api;
  frame.model = input.model;
  frame.raw = input.request;
  frame.nameOf = input.nameOf;
  frame.findings = findings;
  const nodes = input.nodes;
  const rules = runListFor(plan, input.request, input.model, input.schemaValid);
  for (let r = 0; r < rules.length; r++) {
    const planned = rules[r]!;
    try {
      if (planned.createError !== undefined) throw planned.createError;
      const { kinds, visitors } = planned;
      for (let k = 0; k < kinds.length; k++) {
        const list = nodes[kinds[k]!] as readonly unknown[];
        const visit = visitors[k]!;
        for (let i = 0; i < list.length; i++) visit(list[i]);
      }
    } catch (error) {
      findings.push({
        ruleId: 'internal/rule-error',
        message: `Rule \`${planned.rule.id}\` failed on this request (${error instanceof Error ? error.message : String(error)}); please report this bug.`,
        path: '',
        target: 'value',
      });
    }
  }
  // Drop the request, so a plan kept for the session does not keep the last request alive.
  frame.raw = EMPTY_REQUEST;
  frame.findings = NOT_LINTING;
  return findings;
}

const EMPTY_REQUEST: Readonly<Record<string, unknown>> = Object.freeze({});
/** Between requests: a report now (from a visitor kept and called later) is a bug, and fails loudly. */
const NOT_LINTING = Object.freeze([]) as unknown as RawFinding[];

/**
 * A finding about `prod-gpt4` must say why reqlint applied another model's facts: when the request's
 * model is a configured alias and the message names it, the message says what it resolved to.
 */
function explainAlias(finding: RawFinding, model: ResolvedModel | undefined): RawFinding {
  if (model === undefined || model.via !== 'alias' || !finding.message.includes(`\`${model.requestedId}\``)) return finding;
  const note = ` (\`${model.requestedId}\` is an alias of \`${model.id}\`)`;
  const message = finding.message.endsWith('.') ? finding.message.slice(0, -1) + note + '.' : finding.message + note;
  return { ...finding, message };
}

function toFinding(rule: AnyRule, report: Report<string>): RawFinding {
  const data = stringify(report.data);
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} reported unknown messageId ${report.messageId}`);
  // As in ESLint: a rule must declare what it offers, so docs, presets and `--fix` can trust meta.
  if (report.fix !== undefined && rule.meta.fixable !== true) throw new Error(`rule ${rule.id} reported a fix but its meta does not declare \`fixable\``);
  if (report.suggestions !== undefined && rule.meta.hasSuggestions !== true) throw new Error(`rule ${rule.id} reported suggestions but its meta does not declare \`hasSuggestions\``);
  // It is skipped on requests that pass the schema, so a report it would make there is lost.
  if (rule.meta.onlyOnSchemaErrors === true && report.explainsSchemaError !== true) throw new Error(`rule ${rule.id} declares \`onlyOnSchemaErrors\` but reported without \`explainsSchemaError\``);
  return {
    ruleId: rule.id,
    message: fillTemplate(template, data),
    path: report.path,
    target: report.target ?? 'key',
    ...(report.fix ? { fix: report.fix } : {}),
    ...(report.suggestions
      ? { suggestions: report.suggestions.map((s) => ({ message: fillTemplate(rule.meta.messages[s.messageId] ?? s.messageId, stringify(s.data)), fix: s.fix })) }
      : {}),
    messageId: report.messageId,
    ...(data ? { data } : {}),
    ...(report.explainsSchemaError ? { explainsSchemaError: true } : {}),
  };
}

function stringify(data: Record<string, string | number> | undefined): Record<string, string> | undefined {
  if (data === undefined) return undefined;
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, String(value)]));
}

/** `{{name}}` placeholders, as in ESLint message templates. */
export function fillTemplate(template: string, data: Record<string, string> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => data?.[name] ?? whole);
}
