import type { WireRequest } from '../../dialects/types.js';
import { pointerToDisplayPath } from '../../json-pointer.js';
import type { ResolvedModel } from '../../models/types.js';
import { NODE_KINDS, nodeListsInOrder, type NodeKind, type NodeLists } from '../../nodes.js';
import type { AnyRule, RuleContext } from '../../rule.js';
import type { Api } from '../../types.js';
import { problemFromReport, type Problem } from '../report/problems.js';
import type { RuleState } from '../settings.js';

/** An enabled rule that applies to one API, with its visitors. */
export interface PreparedRule {
  rule: AnyRule;
  /** The node kinds it visits (as positions in `NODE_KINDS`), in dispatch order, each with its visitor. */
  visits: ReadonlyArray<{ kind: number; visit: (node: unknown, context: RuleContext) => void }>;
  /**
   * The kinds it visits as a bit set (bit `i` for `NODE_KINDS[i]`), and the same without the
   * whole-body kinds, so that a request with no node of those kinds skips the rule in one test.
   */
  kinds: number;
  partKinds: number;
  /** `meta.requiresModel`, and whether `meta.triggers` is given, copied out of the rule's meta. */
  requiresModel: boolean;
  hinted: boolean;
  /** Why `create` failed, if it did: the rule then fails on every request. */
  createError: unknown;
}

const NONE: readonly number[] = [];

/** The kinds whose one node is the whole body, as a bit set over `NODE_KINDS`. */
const WHOLE_BODY_KINDS = (1 << NODE_KINDS.indexOf('document')) | (1 << NODE_KINDS.indexOf('request'));

/** The prepared rules of one API, and which of them each top-level key wakes through `triggers`. */
export interface PreparedRules {
  rules: readonly PreparedRule[];
  /** For each key some rule's `triggers` hint names, the positions in `rules` of those rules. */
  triggeredBy: ReadonlyMap<string, readonly number[]>;
}

/** Calls each enabled rule's `create` for one API (once per set of options and API, see `session.ts`). */
export function prepareRules(rules: readonly AnyRule[], states: ReadonlyMap<string, RuleState>, api: Api): PreparedRules {
  const prepared: PreparedRule[] = [];
  for (const rule of rules) {
    const state = states.get(rule.id);
    if (state === undefined || !rule.meta.apis.includes(api)) continue;
    prepared.push(prepareRule(rule, api, state));
  }
  const triggeredBy = new Map<string, number[]>();
  prepared.forEach(({ rule }, position) => {
    for (const key of rule.meta.triggers ?? []) triggeredBy.set(key, [...(triggeredBy.get(key) ?? []), position]);
  });
  return { rules: prepared, triggeredBy };
}

/**
 * One rule's visitors, and what dispatch reads of its meta on every request copied into one shape:
 * every rule's meta is an object of its own shape, and reading it in the loop over all rules costs
 * more than the rules.
 */
function prepareRule(rule: AnyRule, api: Api, state: RuleState): PreparedRule {
  const requiresModel = rule.meta.requiresModel === true;
  const hinted = rule.meta.triggers !== undefined;
  try {
    const visitors = rule.create({ api, options: state.options }) as Partial<
      Record<NodeKind, (node: unknown, context: RuleContext) => void>
    >;
    const visits: Array<{ kind: number; visit: (node: unknown, context: RuleContext) => void }> = [];
    let kinds = 0;
    NODE_KINDS.forEach((name, kind) => {
      const visit = visitors[name];
      if (typeof visit !== 'function') return;
      visits.push({ kind, visit });
      kinds |= 1 << kind;
    });
    return { rule, requiresModel, hinted, visits, kinds, partKinds: kinds & ~WHOLE_BODY_KINDS, createError: undefined };
  } catch (error) {
    // Every request must reach the rule, so that its failure is reported on each.
    return { rule, requiresModel, hinted, visits: [], kinds: ~0, partKinds: ~0, createError: error ?? new Error('create() threw') };
  }
}

/**
 * Runs the prepared rules on one request: each rule's visitors see the nodes of the kinds they name,
 * in document order, with the request's context. A rule with no node to visit is skipped, as is a
 * rule that needs a known model when the model is unknown, and whole-body visitors when the request
 * has none of the rule's `triggers` (a property test proves the hints change nothing). A rule that
 * throws is a bug in reqlint, not in the user's request: it becomes one `internal/rule-error`
 * problem instead of crashing the caller.
 */
export function runRules(prepared: PreparedRules, wire: WireRequest, nodes: NodeLists, model: ResolvedModel | undefined): Problem[] {
  const problems: Problem[] = [];
  let current: AnyRule | undefined;
  const context: RuleContext = {
    api: wire.api,
    model,
    raw: wire.request,
    nodes,
    report: (report) => problems.push(problemFromReport(current!, report, wire, model)),
    nameOf: (pointer) => {
      const user = wire.toUserPointer(pointer) ?? pointer;
      return user === '' ? 'request' : pointerToDisplayPath(user);
    },
  };
  // By position in `NODE_KINDS`, as the prepared rules name the kinds they visit.
  const lists: ReadonlyArray<readonly unknown[]> = nodeListsInOrder(nodes);
  let present = 0;
  for (let kind = 0; kind < lists.length; kind++) if (lists[kind]!.length > 0) present |= 1 << kind;
  // One look-up per key of the request, instead of every rule testing each of its triggers. A bit
  // per rule: a few numbers to allocate, where an array of flags cost more than the look-ups.
  const triggered: number[] = [];
  for (let word = 0; word < prepared.rules.length; word += 32) triggered.push(0);
  for (const key in wire.request)
    for (const position of prepared.triggeredBy.get(key) ?? NONE) triggered[position >> 5]! |= 1 << (position & 31);

  for (let position = 0; position < prepared.rules.length; position++) {
    // Most rules have nothing to do on a given request: the tests that skip them read only what they need.
    const entry = prepared.rules[position]!;
    if ((entry.kinds & present) === 0) continue;
    if (entry.requiresModel && model === undefined) continue;
    const visiting = entry.hinted && (triggered[position >> 5]! & (1 << (position & 31))) === 0 ? entry.partKinds & present : present;
    const { rule, visits, kinds, createError } = entry;
    if (createError === undefined && (kinds & visiting) === 0) continue;
    current = rule;
    try {
      if (createError !== undefined) throw createError;
      for (const { kind, visit } of visits) {
        if ((visiting & (1 << kind)) === 0) continue;
        for (const node of lists[kind]!) visit(node, context);
      }
    } catch (error) {
      problems.push({
        ruleId: 'internal/rule-error',
        message: `Rule \`${rule.id}\` failed on this request (${error instanceof Error ? error.message : String(error)}); please report this bug.`,
        path: '',
        target: 'value',
      });
    }
  }
  return problems;
}
