import type { ResolvedModel } from './models/types.js';
import type { NodeLists, Visitors } from './nodes.js';
import type { Api, JsonPatch, Severity } from './types.js';

/**
 * The rule contract, after ESLint's `create(context)` and typescript-eslint's `createRule`: a rule is
 * metadata plus a function that returns visitors for the node kinds it cares about. Rules report
 * pointers and message ids; the engine owns severity, ranges, docs links and path mapping.
 */

export interface RuleMeta<MessageId extends string = string, Options = undefined, A extends Api = Api> {
  /** `problem`: the API rejects the request. `suggestion`: accepted but ineffective, deprecated or risky. */
  type: 'problem' | 'suggestion';
  /** One line, shown in `reqlint rules`, the README and editor hovers. */
  description: string;
  /** The wire APIs this rule applies to. */
  apis: readonly A[];
  /** In the `recommended` preset. */
  recommended: boolean;
  /** Default severity when enabled; `problem` → `error`, `suggestion` → `warning` unless set here. */
  severity?: Severity;
  /** The rule needs a known model; the engine skips it when the request's model is unknown. */
  requiresModel?: boolean;
  /**
   * A hint, never needed for correctness: the top-level wire keys (of every API in `apis`) at least
   * one of which a request must have for the rule's `request` and `document` visitors to find
   * anything (`['reasoning_effort', 'reasoning']`). The engine may skip those visitors on a request
   * that has none; leaving `triggers` out only means they run on every request. Visitors of the other
   * node kinds run when there are such nodes, whatever this says. A property test checks that linting
   * with and without the hints finds the same.
   */
  triggers?: readonly string[];
  fixable?: boolean;
  hasSuggestions?: boolean;
  /** Message templates with `{{placeholders}}`. Field names in backticks. */
  messages: Record<MessageId, string>;
  /** JSON Schema of the rule's options (validated when a config sets them). */
  optionsSchema?: Record<string, unknown>;
  defaultOptions?: Options;
}

export interface SuggestionReport<MessageId extends string> {
  messageId: MessageId;
  data?: Record<string, string | number>;
  fix: JsonPatch;
}

export interface Report<MessageId extends string> {
  messageId: MessageId;
  data?: Record<string, string | number>;
  /** Pointer into the wire request (see `nodes.ts`). For a missing key: its parent. */
  path: string;
  /** Underline the property key (default for "this parameter should not be here") or its value. */
  target?: 'key' | 'value';
  /** A safe fix as JSON Patch on the wire request: it may only remove what the API ignores or rejects anyway. */
  fix?: JsonPatch;
  suggestions?: Array<SuggestionReport<MessageId>>;
  /**
   * The report explains why the value at `path` fails the request schema (e.g. a shape from another
   * API); the engine then drops the generic `schema/*` findings at and below `path`, which say less.
   * Such a rule cannot visit the failed node, so it visits `document` (the raw body) instead.
   */
  explainsSchemaError?: boolean;
}

/** What a rule's `create` receives: what stays the same for every request it will see. */
export interface RuleSetup<Options = undefined> {
  /** The wire API the visitors will run on (one of `meta.apis`). */
  readonly api: Api;
  /** The rule's options: the config's, or `meta.defaultOptions`. */
  readonly options: Options;
}

/** What every visitor receives beside its node: the request being linted, and where to report. */
export interface RuleContext<MessageId extends string = string> {
  readonly api: Api;
  /** The resolved model; `undefined` when the request names none or the registry does not know it. */
  readonly model: ResolvedModel | undefined;
  /** The wire request as sent (after dialect mapping), untyped: for reading keys the schema does not know. */
  readonly raw: Readonly<Record<string, unknown>>;
  /** Every typed node of this request, by kind: for a rule that weighs several nodes together. */
  readonly nodes: NodeLists;
  report(report: Report<MessageId>): void;
  /**
   * How the user's document names the key at `path`, in the API's path notation and without
   * backticks: `max_tokens`, `reasoning.effort`, `tools[0].function.strict` on the wire, `maxTokens`
   * in LangChain options. Use it in messages instead of hard-coding wire names.
   */
  nameOf(path: string): string;
}

export interface RuleModule<MessageId extends string = string, Options = undefined, A extends Api = Api> {
  /** `area/name`, equal to the module's path under `rules/`. */
  id: string;
  meta: RuleMeta<MessageId, Options, A>;
  /**
   * Returns the visitors. Called once per set of lint options and API, so it may prepare what depends
   * on the options; everything about a request comes to the visitors as their `context` argument.
   * `A` (inferred from `meta.apis`) narrows the `request` node the visitors receive.
   */
  create(setup: RuleSetup<Options>): Visitors<A, MessageId>;
}

/** Identity helper that gives rule authors type inference for message ids and options. */
export function defineRule<MessageId extends string, Options = undefined, const A extends Api = Api>(
  rule: RuleModule<MessageId, Options, A>,
): RuleModule<MessageId, Options, A> {
  return rule;
}

// Rules live in a heterogeneous list; the engine only needs the erased shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = RuleModule<string, any, any>;

export function defaultSeverity(meta: RuleMeta<string, unknown>): Severity {
  return meta.severity ?? (meta.type === 'problem' ? 'error' : 'warning');
}
