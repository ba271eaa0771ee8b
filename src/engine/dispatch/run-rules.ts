import type { WireRequest } from '../../dialects/types.js';
import { pointerToDisplayPath } from '../../json-pointer.js';
import type { ResolvedModel } from '../../models/types.js';
import { NODE_KINDS, type NodeKind, type NodeLists } from '../../nodes.js';
import type { AnyRule, RuleContext } from '../../rule.js';
import type { Api } from '../../types.js';
import { problemFromReport, type Problem } from '../report/problems.js';
import type { RuleState } from '../settings.js';

/** An enabled rule that applies to one API, with its visitors. */
export interface PreparedRule {
  rule: AnyRule;
  /** The node kinds it visits (as positions in `NODE_KINDS`), in dispatch order, each with its visitor. */
  visits: ReadonlyArray<{ kind: number; visit: (node: unknown, context: RuleContext) => void }>;
  /** Why `create` failed, if it did: the rule then fails on every request. */
  createError?: unknown;
}

/** The positions in `NODE_KINDS` of the kinds whose one node is the whole body. */
const WHOLE_BODY_KINDS: ReadonlySet<number> = new Set([NODE_KINDS.indexOf('document'), NODE_KINDS.indexOf('request')]);

/** Whether the rule's `triggers` hint says its whole-body visitors have nothing to look at in `request`. */
function triggersAbsent(rule: AnyRule, request: Record<string, unknown>): boolean {
  const triggers = rule.meta.triggers;
  return triggers !== undefined && !triggers.some((key) => key in request);
}

/** Calls each enabled rule's `create` for one API (once per set of options and API, see `session.ts`). */
export function prepareRules(rules: readonly AnyRule[], states: ReadonlyMap<string, RuleState>, api: Api): PreparedRule[] {
  const prepared: PreparedRule[] = [];
  for (const rule of rules) {
    const state = states.get(rule.id);
    if (state === undefined || !rule.meta.apis.includes(api)) continue;
    try {
      const visitors = rule.create({ api, options: state.options }) as Partial<
        Record<NodeKind, (node: unknown, context: RuleContext) => void>
      >;
      const visits = NODE_KINDS.flatMap((kind, position) => {
        const visit = visitors[kind];
        return typeof visit === 'function' ? [{ kind: position, visit }] : [];
      });
      prepared.push({ rule, visits });
    } catch (error) {
      prepared.push({ rule, visits: [], createError: error ?? new Error('create() threw') });
    }
  }
  return prepared;
}

/**
 * Runs the prepared rules on one request: each rule's visitors see the nodes of the kinds they name,
 * in document order, with the request's context. A rule that needs a known model is skipped when the
 * model is unknown, and whole-body visitors when the request has none of the rule's `triggers`
 * (a property test proves the hints change nothing). A rule that throws is a bug in reqlint, not in the user's request: it becomes
 * one `internal/rule-error` problem instead of crashing the caller.
 */
export function runRules(rules: readonly PreparedRule[], wire: WireRequest, nodes: NodeLists, model: ResolvedModel | undefined): Problem[] {
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
  const lists = NODE_KINDS.map((kind): readonly unknown[] => nodes[kind]);
  for (const { rule, visits, createError } of rules) {
    if (rule.meta.requiresModel === true && model === undefined) continue;
    current = rule;
    const skipWholeBody = triggersAbsent(rule, wire.request);
    try {
      if (createError !== undefined) throw createError;
      for (const { kind, visit } of visits) {
        if (skipWholeBody && WHOLE_BODY_KINDS.has(kind)) continue;
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
