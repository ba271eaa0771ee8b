import { lint, type LintOptions } from '../engine/lint.js';
import { RequestLintError } from '../assert.js';
import { langchainChatOpenAIOptionsSchema } from '../../schemas/langchain/options.js';
import type { Diagnostic } from '../types.js';
import { checkGuardOptions, reqlintFetch, unguardedFetch, type GuardReport, type ReqlintFetchOptions } from './fetch-guard.js';

/**
 * `withReqlint(client)` guards a client the user already has, without knowing which library made it:
 * the client is recognised by its shape (duck typing), so neither `openai` nor `@langchain/openai` is
 * imported here and neither needs the other installed.
 *
 * - openai-node (`OpenAI`, `AzureOpenAI`): a copy of the client made by its own `withOptions`, whose
 *   fetch is `reqlintFetch` over the client's fetch, with the client's `baseURL` watched too (so an
 *   Azure resource or a proxy the client points at is linted). Same type, same settings; the original
 *   client is untouched.
 * - LangChain `ChatOpenAI`: the constructor fields are linted now, and each call's options with them,
 *   through the LangChain dialect, so findings name the user's keys (`maxTokens`). LangChain has no
 *   copy method that keeps the model's type, so a callback handler is added to the model itself (once)
 *   and the same model is returned. `reqlintCallbackHandler()` is the handler on its own, for `callbacks`.
 */
export function withReqlint<Client extends object>(client: Client, options: ReqlintFetchOptions = {}): Client {
  // Checked here, so a mistake names the function the caller wrote, whichever client it wraps.
  checkGuardOptions(options, 'withReqlint');
  if (isOpenAIClient(client)) {
    const baseURLs = [...(options.baseURLs ?? []), client.baseURL];
    // A client already given a guard gets this one in its place, not a second one on top.
    return client.withOptions({ fetch: reqlintFetch(unguardedFetch(client.fetch), { ...options, baseURLs }) }) as Client;
  }
  if (isLangChainChatModel(client)) {
    guardLangChainModel(client, options);
    return client;
  }
  throw new TypeError(
    'withReqlint: expected an openai-node client (`new OpenAI()`) or a LangChain `ChatOpenAI` model. For any other client of an OpenAI-compatible API, pass `reqlintFetch()` as its `fetch`.',
  );
}

interface OpenAIClientShape {
  baseURL: string;
  fetch?: typeof globalThis.fetch;
  withOptions(options: { fetch: typeof globalThis.fetch }): unknown;
  chat: { completions: { create: unknown } };
}

function isOpenAIClient(client: object): client is OpenAIClientShape {
  const candidate = client as Partial<Record<string, unknown>>;
  const chat = candidate['chat'] as { completions?: { create?: unknown } } | undefined;
  return (
    typeof candidate['withOptions'] === 'function' &&
    typeof candidate['baseURL'] === 'string' &&
    typeof chat?.completions?.create === 'function'
  );
}

interface LangChainChatModelShape {
  lc_kwargs: Record<string, unknown>;
  callbacks?: unknown;
  invoke: unknown;
}

/**
 * A LangChain chat model of the OpenAI family (`ChatOpenAI`, `AzureChatOpenAI`): LangChain names a chat
 * model's namespace after its provider (`['langchain', 'chat_models', 'openai']`). Other providers'
 * models take other options, which the `ChatOpenAI` dialect would misread.
 */
function isLangChainChatModel(client: object): client is LangChainChatModelShape {
  const candidate = client as Partial<Record<string, unknown>>;
  const namespace = candidate['lc_namespace'];
  const provider = Array.isArray(namespace) && namespace[1] === 'chat_models' ? namespace[2] : undefined;
  return (
    (provider === 'openai' || provider === 'azure_openai') &&
    typeof candidate['invoke'] === 'function' &&
    candidate['lc_kwargs'] !== null &&
    typeof candidate['lc_kwargs'] === 'object'
  );
}

/** The keys the LangChain dialect knows; call options also carry LangChain's own (`signal`, `runName`...). */
const LANGCHAIN_KEYS = new Set(Object.keys(langchainChatOpenAIOptionsSchema.properties));
const GUARDED = Symbol.for('reqlint.guarded');

/** A LangChain callback handler, as the plain-object form LangChain accepts (no import of its classes). */
export interface ReqlintCallbackHandler {
  /** LangChain awaits the handler and lets its error stop the call: that is how `throw` mode works. */
  raiseError: boolean;
  awaitHandlers: boolean;
  handleChatModelStart(
    llm: unknown,
    messages: unknown,
    runId?: string,
    parentRunId?: string,
    extraParams?: Record<string, unknown>,
  ): Promise<void>;
}

/**
 * A callback handler that lints each call's options, merged over the model's own fields (as LangChain
 * reports them to callbacks), through the LangChain dialect:
 *
 *   new ChatOpenAI({ model: 'o3', maxTokens: 100, callbacks: [reqlintCallbackHandler({ mode: 'warn' })] })
 */
export function reqlintCallbackHandler(options: ReqlintFetchOptions = {}): ReqlintCallbackHandler {
  checkGuardOptions(options, 'reqlintCallbackHandler');
  return createCallbackHandler(options, undefined, undefined);
}

/** With the model's fields known (from `withReqlint`), and the findings on them already reported. */
function createCallbackHandler(
  options: ReqlintFetchOptions,
  constructorFields: Record<string, unknown> | undefined,
  alreadyReported: ReadonlySet<string> | undefined,
): ReqlintCallbackHandler {
  const mode = options.mode ?? 'throw';
  const lintOptions: LintOptions = { ...lintOptionsOf(options), api: 'langchain' };
  return {
    raiseError: mode === 'throw',
    awaitHandlers: true,
    async handleChatModelStart(llm, _messages, _runId, _parentRunId, extraParams) {
      if (mode === 'off') return;
      const fields = constructorFields ?? serializedFieldsOf(llm);
      const callOptions = pickLangChainKeys(extraParams?.['options']);
      // The call's own keys are judged as call options (LangChain reads some only there).
      const callKeys = Object.keys(callOptions);
      // A new options object only when there are call options: each one is checked and keyed again.
      const callLintOptions = callKeys.length === 0 ? lintOptions : { ...lintOptions, langchainCallOptions: callKeys };
      const diagnostics = lint({ ...fields, ...callOptions }, callLintOptions).diagnostics.filter((d) => !alreadyReported?.has(keyOf(d)));
      reportOrThrow(diagnostics, options, 'ChatOpenAI call');
    },
  };
}

function guardLangChainModel(model: LangChainChatModelShape, options: ReqlintFetchOptions): void {
  const fields = pickLangChainKeys(model.lc_kwargs);
  const lintOptions: LintOptions = { ...lintOptionsOf(options), api: 'langchain' };
  const mode = options.mode ?? 'throw';
  const atConstruction = mode === 'off' ? [] : lint(fields, lintOptions).diagnostics;
  reportOrThrow(atConstruction, options, 'ChatOpenAI fields');
  if (GUARDED in model) return;
  // The constructor's findings were reported once, above; each call reports only what its options add.
  const handler = createCallbackHandler(options, fields, new Set(atConstruction.map(keyOf)));
  const callbacks = model.callbacks;
  if (callbacks === undefined || callbacks === null) model.callbacks = [handler];
  else if (Array.isArray(callbacks)) model.callbacks = [...(callbacks as unknown[]), handler];
  else if (typeof (callbacks as { addHandler?: unknown }).addHandler === 'function')
    (callbacks as { addHandler(handler: unknown, inherit: boolean): void }).addHandler(handler, true);
  Object.defineProperty(model, GUARDED, { value: true });
}

function reportOrThrow(diagnostics: Diagnostic[], options: ReqlintFetchOptions, what: string): void {
  if (diagnostics.length === 0) return;
  const mode = options.mode ?? 'throw';
  const sent = !(mode === 'throw' && diagnostics.some((d) => d.severity === 'error'));
  const report: GuardReport = { target: what, api: 'langchain', diagnostics, fixed: [], sent };
  if (options.onDiagnostics) options.onDiagnostics(report);
  // A stopped call's findings are in the error it raises; logging them too would say it twice.
  else if (options.logger !== false && sent) {
    const shown = diagnostics.filter((d) => d.severity !== 'info');
    if (shown.length > 0)
      (options.logger ?? console).warn(
        `reqlint: ${what}:\n${shown.map((d) => `  ${d.path}: ${d.severity} ${d.message} [${d.ruleId}]`).join('\n')}`,
      );
  }
  if (!sent) throw new RequestLintError(diagnostics);
}

function lintOptionsOf(options: ReqlintFetchOptions): LintOptions {
  const { mode: _mode, fix: _fix, onDiagnostics: _d, onApiError: _e, logger: _l, baseURLs: _b, ...lintOptions } = options;
  return lintOptions;
}

function pickLangChainKeys(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object') return {};
  const picked: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (LANGCHAIN_KEYS.has(key) && field !== undefined) picked[key] = field;
  return picked;
}

/**
 * `model.toJSON()` as LangChain passes it to callbacks: `{ kwargs: {...fields} }`, with the field names
 * turned to snake case by LangChain's serializer (`maxTokens` → `max_tokens`); turned back here, so
 * findings name the keys the user wrote. (Secrets are serialized as placeholders and not kept.)
 */
function serializedFieldsOf(llm: unknown): Record<string, unknown> {
  const kwargs = llm !== null && typeof llm === 'object' ? (llm as { kwargs?: unknown }).kwargs : undefined;
  if (kwargs === null || typeof kwargs !== 'object') return {};
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(kwargs)) {
    const name = LANGCHAIN_KEYS.has(key) ? key : key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
    if (LANGCHAIN_KEYS.has(name) && value !== undefined) fields[name] = value;
  }
  return fields;
}

function keyOf(diagnostic: Diagnostic): string {
  return `${diagnostic.ruleId}\u0000${diagnostic.path}\u0000${diagnostic.message}`;
}
