import type { ResolvedModel } from './models/types.js';
import type { FactfulKind, Visitors } from './nodes.js';
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
  /** The rule needs a known model; the engine skips it (and says so once) when the model is unknown. */
  requiresModel?: boolean;
  /**
   * Top-level wire keys at least one of which a request must have for this rule to have anything to
   * say (as Spectral's `given` narrows where a rule looks). The engine indexes rules by these keys and
   * skips a rule on requests that have none of them, so a small request pays only for the rules that
   * could fire. List the keys of every API in `apis` (`['reasoning_effort', 'reasoning']`).
   *
   * Visitors of list node kinds imply their keys (`message` → `messages`, see `NODE_KIND_KEYS`), so a
   * rule that visits only those needs no `triggers`. A rule with a `request` or `document` visitor and
   * no `triggers` runs on every request: correct, only slower. `test/properties/triggers.property.test.ts`
   * checks that declared triggers never change what is found.
   */
  triggers?: readonly string[];
  /**
   * For `requiresModel` rules: whether the rule can report anything at all for requests to this model
   * (`model.supports('requiresAudio') === true`). Asked once per model, not per request; the engine
   * skips the rule for models where it is `false`, so a model that supports everything a rule checks
   * costs nothing. The visitors still check what they need: this is a filter, and the triggers
   * property test checks it never changes what is found.
   */
  appliesTo?: (model: ResolvedModel) => boolean;
  /**
   * The rule only explains what the request schema rejects (a key from another API, a part in the
   * wrong role): every report sets `explainsSchemaError`. The engine then skips it for requests that
   * pass the schema, which is nearly every request an application sends.
   */
  onlyOnSchemaErrors?: boolean;
  /**
   * For node kinds whose nodes carry `facts` (a bit set of what a node may concern: a strict schema's
   * structured-outputs `Fact`s, see `FACTFUL_KINDS`), the facts this rule looks for. A node with none
   * of them is not dispatched to the rule: as `triggers` does for a request's keys, per node, so a
   * dozen rules facing a clean schema cost a bit test each instead of a call. The visitor still
   * decides from the node; the triggers property test checks this never changes what is found.
   */
  nodeFacts?: { readonly [K in FactfulKind]?: number };
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
  /** A safe fix as JSON Patch on the wire request. */
  fix?: JsonPatch;
  suggestions?: Array<SuggestionReport<MessageId>>;
  /**
   * The report explains why the value at `path` fails the request schema (e.g. a shape from another
   * API); the engine then drops the generic `schema/*` findings at and below `path`, which say less.
   * Such a rule cannot visit the failed node, so it reads `context.raw` (untyped) instead.
   */
  explainsSchemaError?: boolean;
}

export interface RuleContext<MessageId extends string = string, Options = undefined> {
  readonly api: Api;
  readonly options: Options;
  /** The resolved model; `undefined` when the request names none or the registry does not know it. */
  readonly model: ResolvedModel | undefined;
  /** The wire request as sent (after dialect mapping), untyped: for reading keys the schema does not know. */
  readonly raw: Readonly<Record<string, unknown>>;
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
   * Called once per lint session (options object and API), not per request: a pre-flight check runs
   * on every request an application sends, and building visitors each time cost more than running
   * them. So `create` may read `context.options` and `context.api` (a plan serves one API) but not
   * the request: `context.model` and `context.raw` are only meaningful inside a visitor, where they
   * describe the request being linted. State kept across nodes of one request (names seen so far) must be reset in the `document`
   * visitor, which runs first on every request. `A` (inferred from `meta.apis`) narrows the `request`
   * node the visitors receive.
   */
  create(context: RuleContext<MessageId, Options>): Visitors<A>;
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
