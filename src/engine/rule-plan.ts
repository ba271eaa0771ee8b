import type { ResolvedModel } from '../models/types.js';
import type { NodeLists } from '../dialects/types.js';
import { FACTFUL_KINDS, NODE_KIND_KEYS, type FactfulKind, type NodeKind, type Visitors } from '../nodes.js';
import type { AnyRule, RuleContext } from '../rule.js';
import type { Api } from '../types.js';
import { explainAlias, toFinding, type RawFinding } from './findings.js';
import type { RuleState } from './settings.js';

/**
 * Which rules run on a request, decided as little per request as possible: per session (a rule list
 * and its settings), API and "model known" a plan builds every enabled rule's visitors once and
 * indexes the rules by their trigger keys; per key shape and model a run list is worked out once and
 * cached.
 */

/**
 * What a visitor may ask about the request being linted. One frame per plan, refilled for each
 * request; every rule's context inherits from it, so a request costs one write per field rather than
 * one per rule. Linting is synchronous, so no two requests ever share a frame at the same time.
 */
export interface RequestFrame {
  api: Api;
  model: ResolvedModel | undefined;
  raw: Readonly<Record<string, unknown>>;
  nameOf(pointer: string): string;
  findings: RawFinding[];
}

/** An enabled rule that applies to one API, with its visitors built once. */
export interface PlannedRule {
  rule: AnyRule;
  /** One per node kind the rule visits, in dispatch order. */
  steps: readonly Step[];
  /** Runs on every request: it visits `request` or `document` and names no `triggers`. */
  always: boolean;
}

/**
 * One visitor of one planned rule. A run list is a flat list of steps, so dispatching a request is
 * one loop over them rather than a loop over rules and then over each rule's kinds.
 */
export interface Step {
  /** The node kind, as its position in `DISPATCH_ORDER`. */
  kind: number;
  visit: (node: unknown) => void;
  /** The node facts the rule looks for (`RuleMeta.nodeFacts`): only nodes with one are visited. `undefined`: every node. */
  mask: number | undefined;
  planned: PlannedRule;
}

/** The rules to run for one session, API and "model known", and how to pick them per request. */
export interface Plan {
  rules: readonly PlannedRule[];
  /** Its API is the plan's. */
  frame: RequestFrame;
  modelKnown: boolean;
  /** Top-level key → a small number naming it, for the keys that trigger some rule. */
  keyIds: ReadonlyMap<string, number>;
  /** Key id → indexes (in `rules`) of the rules that key triggers. */
  rulesByKeyId: ReadonlyArray<readonly number[]>;
  /**
   * Per model, the rules a set of trigger keys selects (key ids as one string), in plan order: most
   * requests share a few shapes and models. Weak, so models the registry forgets take their lists along.
   */
  runLists: WeakMap<ResolvedModel | typeof NO_MODEL, Map<string, readonly Step[]>>;
  /** The last request's keys (in order), model, schema validity and list (the model stays referenced until the next request). */
  last: { keys: readonly string[]; model: ResolvedModel | undefined; schemaValid: boolean; list: readonly Step[] } | undefined;
}

/** The run-list key for requests without a known model. */
const NO_MODEL = Object.freeze({});

/** Starts the signature of a request that passed the schema (key ids are small numbers, never this). */
const VALID_MARK = '\uffff';

/** Bounds the run-list cache for a process that sees requests of very many shapes. */
const MAX_RUN_LISTS = 512;

/** Visit order: the whole body first (rules reset per-request state there), then the typed request. */
export const DISPATCH_ORDER = ['document', 'request', 'message', 'tool', 'functionTool', 'responseFormat', 'embeddedSchema', 'strictSchema', 'inputItem', 'responsesTool', 'textFormat'] as const satisfies readonly NodeKind[];

const DOCUMENT_POSITION = DISPATCH_ORDER.indexOf('document');

/** Fails to compile when a node kind is added to `NodeKinds` but not to `DISPATCH_ORDER`. */
const EVERY_KIND_DISPATCHED: Exclude<NodeKind, (typeof DISPATCH_ORDER)[number]> extends never ? true : never = true;
void EVERY_KIND_DISPATCHED;

/**
 * The request's node lists by position in `DISPATCH_ORDER`, which is how planned rules name the kinds
 * they visit: looking lists up by kind name (a different name for each rule) was a slow, generic
 * property lookup on every request. Spelled out name by name for the same reason; a test checks the
 * positions. A new array per request: reusing one meant clearing it after each request (so it kept
 * no request alive), which cost more than the allocation.
 */
export function inDispatchOrder(nodes: NodeLists): ReadonlyArray<readonly unknown[]> {
  return [nodes.document, nodes.request, nodes.message, nodes.tool, nodes.functionTool, nodes.responseFormat, nodes.embeddedSchema, nodes.strictSchema, nodes.inputItem, nodes.responsesTool, nodes.textFormat];
}

/**
 * The plans of one lint session (a rule list and its settings; `lint` keeps one per options object):
 * one per API and "model known", built on first use, so rules that are off or do not apply cost
 * nothing and each rule's `create` runs once.
 */
export class RulePlans {
  private readonly withModel = new Map<Api, Plan>();
  private readonly withoutModel = new Map<Api, Plan>();
  /** The plan used last: nearly every request of a session needs the same one. */
  private last: Plan | undefined;

  constructor(
    private readonly rules: readonly AnyRule[],
    private readonly states: ReadonlyMap<string, RuleState>,
  ) {}

  planFor(api: Api, modelKnown: boolean): Plan {
    const last = this.last;
    if (last !== undefined && last.frame.api === api && last.modelKnown === modelKnown) return last;
    const byApi = modelKnown ? this.withModel : this.withoutModel;
    let plan = byApi.get(api);
    if (plan === undefined) byApi.set(api, (plan = buildPlan(this.rules, this.states, api, modelKnown)));
    this.last = plan;
    return plan;
  }
}

function buildPlan(rules: readonly AnyRule[], states: ReadonlyMap<string, RuleState>, api: Api, modelKnown: boolean): Plan {
  // While the rules' `create` runs, reading the request is a mistake worth an error, not an empty object.
  const frame: RequestFrame = { api, model: undefined, raw: NO_REQUEST_IN_CREATE, nameOf: NO_NAMES, findings: NOT_LINTING };
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
    const kindPositions = kinds.map((kind) => (DISPATCH_ORDER as readonly NodeKind[]).indexOf(kind));
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
    const factMasks = kinds.map((kind) => (FACTFUL_KINDS as readonly NodeKind[]).includes(kind) ? rule.meta.nodeFacts?.[kind as FactfulKind] : undefined);
    const plannedRule: PlannedRule = { rule, steps: [], always };
    plannedRule.steps =
      createError === undefined
        ? kinds.map((kind, k) => ({ kind: kindPositions[k]!, visit: visitors[kind] as (node: unknown) => void, mask: factMasks[k], planned: plannedRule }))
        : // The body is dispatched once per request, so a rule whose `create` threw fails once per request.
          [{ kind: DOCUMENT_POSITION, visit: () => { throw createError; }, mask: undefined, planned: plannedRule }];
    planned.push(plannedRule);
  }
  frame.raw = EMPTY_REQUEST;
  return { rules: planned, frame, modelKnown, keyIds, rulesByKeyId, runLists: new WeakMap(), last: undefined };
}

/**
 * The steps of the planned rules this request's top-level keys trigger, plus those that always run,
 * minus those that do not apply to its model and, for a request that passed the schema, those that
 * only explain schema errors; in plan order (a rule's steps are next to each other).
 */
export function runListFor(plan: Plan, request: Record<string, unknown>, model: ResolvedModel | undefined, schemaValid: boolean): readonly Step[] {
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
    list = plan.rules
      .filter(({ rule, always }, index) => (always || triggered.has(index)) && (model === undefined || appliesTo(rule, model)) && !(schemaValid && rule.meta.onlyOnSchemaErrors === true))
      .flatMap((planned) => planned.steps);
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

export const EMPTY_REQUEST: Readonly<Record<string, unknown>> = Object.freeze({});
/** Between requests: a report now (from a visitor kept and called later) is a bug, and fails loudly. */
export const NOT_LINTING = Object.freeze([]) as unknown as RawFinding[];
/**
 * `context.raw` while `create` runs: `create` runs once per session, so a rule that reads the request
 * there would check the same empty object for every request. It fails instead, and the engine turns
 * that into an `internal/rule-error` that says what to do.
 */
const NO_REQUEST_IN_CREATE: Readonly<Record<string, unknown>> = new Proxy(
  {},
  {
    get(_target, key) {
      throw new Error(`it reads \`context.raw${typeof key === 'string' ? `.${key}` : ''}\` in create(), which runs once per session; read the request inside a visitor`);
    },
    has() {
      throw new Error('it reads `context.raw` in create(), which runs once per session; read the request inside a visitor');
    },
    ownKeys() {
      throw new Error('it reads `context.raw` in create(), which runs once per session; read the request inside a visitor');
    },
  },
);

/** Between requests: names nothing (and keeps no request's pointer map alive). */
export const NO_NAMES = (pointer: string): string => pointer;


