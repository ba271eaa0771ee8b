import type { NodeLists } from '../dialects/types.js';
import type { ResolvedModel } from '../models/types.js';
import type { Api } from '../types.js';
import type { NodeKinds } from '../nodes.js';
import type { RawFinding } from './findings.js';
import { inDispatchOrder, runListFor, type RulePlans, type Step } from './rule-plan.js';

export interface RunRulesInput {
  plans: RulePlans;
  api: Api;
  model: ResolvedModel | undefined;
  request: Record<string, unknown>;
  nodes: NodeLists;
  /** The user's document and the request passed their schemas (no schema finding at all). */
  schemaValid: boolean;
  nameOf(pointer: string): string;
}

/**
 * Runs the enabled rules that apply to this API (model rules only with a known model), that the
 * request's top-level keys trigger and its model does not rule out (`RuleMeta.triggers`,
 * `appliesTo`, `onlyOnSchemaErrors`; see `runListFor`), on the nodes whose facts they look for
 * (`nodeFacts`). Each rule's visitors see only the node
 * kinds they name (extracted in one walk), so a kind with no nodes in this request costs nothing. A
 * rule that throws is a bug in reqlint, not in the user's request: it becomes an
 * `internal/rule-error` finding instead of crashing the caller.
 */
export function runRules(input: RunRulesInput): RawFinding[] {
  const plan = input.plans.planFor(input.api, input.model !== undefined);
  const findings: RawFinding[] = [];
  const frame = plan.frame;
  // What the frame held before: empty between requests, or the outer request's when a rule lints
  // another request from inside a visitor. Put back afterwards, however this run ends.
  const { model, raw, nameOf, findings: outerFindings } = frame;
  frame.model = input.model;
  frame.raw = input.request;
  frame.nameOf = input.nameOf;
  frame.findings = findings;
  try {
    dispatch(runListFor(plan, input.request, input.model, input.schemaValid), inDispatchOrder(input.nodes), findings);
  } finally {
    frame.model = model;
    frame.raw = raw;
    frame.nameOf = nameOf;
    frame.findings = outerFindings;
  }
  return findings;
}

/** Runs each step's visitor over its kind's nodes; a rule that throws becomes one `internal/rule-error`. */
function dispatch(steps: readonly Step[], lists: ReadonlyArray<readonly unknown[]>, findings: RawFinding[]): void {
  let at = 0;
  // One `try` around the whole loop, re-entered after the step of a rule that failed.
  while (at < steps.length) {
    try {
      for (; at < steps.length; at++) {
        const step = steps[at]!;
        const list = lists[step.kind]!;
        const visit = step.visit;
        const mask = step.mask;
        if (mask === undefined) {
          for (let i = 0; i < list.length; i++) visit(list[i]);
        } else {
          for (let i = 0; i < list.length; i++) if (((list[i] as FactfulNode).facts & mask) !== 0) visit(list[i]);
        }
      }
    } catch (error) {
      const failed = steps[at]!.planned;
      findings.push({
        ruleId: 'internal/rule-error',
        message: `Rule \`${failed.rule.id}\` failed on this request (${error instanceof Error ? error.message : String(error)}); please report this bug.`,
        path: '',
        target: 'value',
      });
      // The failed rule's other steps are skipped: one error per rule and request.
      do at++;
      while (at < steps.length && steps[at]!.planned === failed);
    }
  }
}

/** A node of a kind in `FACTFUL_KINDS`. */
type FactfulNode = Pick<NodeKinds['strictSchema'], 'facts'>;
