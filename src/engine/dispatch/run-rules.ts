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
  /** The node kinds it visits, in dispatch order, each with its visitor. */
  visits: ReadonlyArray<readonly [NodeKind, (node: unknown, context: RuleContext) => void]>;
  /** Why `create` failed, if it did: the rule then fails on every request. */
  createError?: unknown;
}

/** Calls each enabled rule's `create` for one API (once per set of options and API, see `session.ts`). */
export function prepareRules(rules: readonly AnyRule[], states: ReadonlyMap<string, RuleState>, api: Api): PreparedRule[] {
  const prepared: PreparedRule[] = [];
  for (const rule of rules) {
    const state = states.get(rule.id);
    if (state === undefined || !rule.meta.apis.includes(api)) continue;
    try {
      const visitors = rule.create({ api, options: state.options }) as Partial<Record<NodeKind, (node: unknown, context: RuleContext) => void>>;
      const visits = NODE_KINDS.flatMap((kind) => {
        const visit = visitors[kind];
        return typeof visit === 'function' ? [[kind, visit] as const] : [];
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
 * model is unknown. A rule that throws is a bug in reqlint, not in the user's request: it becomes
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
  for (const { rule, visits, createError } of rules) {
    if (rule.meta.requiresModel === true && model === undefined) continue;
    current = rule;
    try {
      if (createError !== undefined) throw createError;
      for (const [kind, visit] of visits) for (const node of nodes[kind]) visit(node, context);
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
