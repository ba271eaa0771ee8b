import { applyFixes } from '../engine/fix/apply-fixes.js';
import { lint, type LintOptions } from '../engine/lint.js';
import { ConfigError } from '../engine/settings.js';
import { pointerToDisplayPath } from '../json-pointer.js';
import { printable } from '../printable.js';
import { RequestLintError } from '../assert.js';
import { lintJsonLines } from '../jsonl/index.js';
import type { Api, Diagnostic, Dialect } from '../types.js';
import { compileBaseURLs, endpointOf, type Endpoint, type EndpointOptions } from './endpoints.js';
import { explainApiError, type ApiErrorExplanation } from './explain-api-error.js';
import { contentTypeOf, readBody, type ReadBody } from './request-body.js';

/**
 * `throw` (default): a request with errors is not sent, and the client raises an error naming every
 * finding (see `rejectWith`); warnings are reported and the request sent. `warn`: every request is
 * sent; findings are reported. `off`: nothing is linted (API errors are still explained).
 */
export type GuardMode = 'throw' | 'warn' | 'off';

/** What the guard found in one request. */
export interface GuardReport {
  /** What was linted: `POST https://api.openai.com/v1/chat/completions`, or `ChatOpenAI call` from `withReqlint`. */
  target: string;
  /** The API the endpoint implies (`batch` for a Batch input file upload, whose lines name their own), or `langchain`. */
  api: Dialect | 'batch';
  /** Findings on the request as it is sent (after fixes, with `fix: true`). */
  diagnostics: Diagnostic[];
  /** With `fix: true`: the findings whose safe fixes were applied to the body before sending. */
  fixed: Diagnostic[];
  /** Whether the request is sent (false when `throw` mode stops it). */
  sent: boolean;
}

/** Where an API error came from, for `onApiError`. */
export interface ApiErrorContext {
  url: string;
  method: string;
  api: Api | 'batch';
  status: number;
}

export interface GuardLogger {
  warn(message: string): void;
}

export interface ReqlintFetchOptions extends Omit<LintOptions, 'api'>, EndpointOptions {
  mode?: GuardMode;
  /** Apply safe fixes to the body before sending (never on by default: the body is sent byte for byte). */
  fix?: boolean;
  /** Receives every request's findings (all severities); replaces the logger for them. */
  onDiagnostics?: (report: GuardReport) => void;
  /** Receives the explanation of every 400 the API returns; replaces the logger for them. */
  onApiError?: (explanation: ApiErrorExplanation, context: ApiErrorContext) => void;
  /** Where warnings go when no callback is given (default `console`); `false` for silence. */
  logger?: GuardLogger | false;
  /**
   * How `throw` mode stops a request. `response` (default): the guard answers in the API's place with
   * a 400 in the API's error format, so every client raises its usual error at once; SDKs retry a
   * failed fetch (openai-node twice, LangChain six times, with back-off) and report it as a
   * "Connection error", but never retry a 400. `throw`: the fetch rejects with the `RequestLintError`,
   * for code that calls `fetch` itself. Either way `requestLintErrorOf(error)` gives the findings.
   */
  rejectWith?: 'response' | 'throw';
}

type Fetch = typeof globalThis.fetch;

/** The values each of the guard's own options takes, as the error for a bad one lists them. */
const GUARD_CHOICES = { mode: ['throw', 'warn', 'off'], rejectWith: ['response', 'throw'] } as const;

/**
 * The guard's own options, checked when the guard is made, as a `ConfigError` naming the option and
 * what it takes, like a bad rule setting (`lint()` checks those): a JavaScript caller (or a value
 * from an environment variable) gets no type check, and a typo in `mode` must not pass silently.
 */
export function checkGuardOptions(options: ReqlintFetchOptions, caller: string): void {
  for (const [key, allowed] of Object.entries(GUARD_CHOICES)) {
    const value = (options as Record<string, unknown>)[key];
    if (value !== undefined && !(allowed as readonly unknown[]).includes(value))
      throw new ConfigError(
        `${caller}: \`${key}\` must be one of ${allowed.map((v) => `'${v}'`).join(', ')}; got ${describe(value)}.`,
        key,
      );
  }
  if (options.fix !== undefined && typeof options.fix !== 'boolean')
    throw new ConfigError(`${caller}: \`fix\` must be true or false; got ${describe(options.fix)}.`, 'fix');
  for (const key of ['onDiagnostics', 'onApiError'] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'function')
      throw new ConfigError(`${caller}: \`${key}\` must be a function; got ${describe(options[key])}.`, key);
  }
  const logger = options.logger as unknown;
  if (logger !== undefined && logger !== false && typeof (logger as { warn?: unknown } | null)?.warn !== 'function')
    throw new ConfigError(
      `${caller}: \`logger\` must be an object with a \`warn\` method (such as \`console\`), or false; got ${describe(logger)}.`,
      'logger',
    );
}

function describe(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  try {
    return JSON.stringify(value) ?? printable(value);
  } catch {
    return printable(value);
  }
}

interface Linted {
  /** The request as linted, for locating an API error in it. */
  request: unknown;
  /** The fixed body to send (with `fix: true`); undefined to send the client's. */
  body?: string | Uint8Array;
  report: GuardReport;
}

/**
 * A `fetch` that lints every request to an OpenAI-style endpoint before sending it. Pass it to any
 * client that accepts a custom fetch:
 *
 *   new OpenAI({ fetch: reqlintFetch() })
 *   new ChatOpenAI({ model: 'o3', configuration: { fetch: reqlintFetch() } })
 *   createOpenAI({ fetch: reqlintFetch() })
 *
 * The endpoint decides the API (see `endpoints.ts`); other requests pass through untouched. The body
 * sent is the client's own, byte for byte, unless `fix: true`. Streaming and non-streaming calls alike
 * get the response untouched; a 400 is explained (`explainApiError`) in every mode.
 */
export function reqlintFetch(fetchImpl?: Fetch, options: ReqlintFetchOptions = {}): Fetch {
  const {
    mode = 'throw',
    rejectWith = 'response',
    fix = false,
    onDiagnostics,
    onApiError,
    logger = console,
    baseURLs,
    ...lintOptions
  } = options;
  checkGuardOptions(options, 'reqlintFetch');
  const bases = compileBaseURLs(baseURLs);
  // One options object per API, made once: lint() prepares its rules once per options object.
  const optionsFor: Record<Api | 'batch', LintOptions> = {
    'chat.completions': { ...lintOptions, api: 'chat.completions' },
    responses: { ...lintOptions, api: 'responses' },
    batch: { ...lintOptions },
  };
  // A mistake in the options (an unknown rule id, a bad severity) is reported now, as a `ConfigError`,
  // not on the first request; this also prepares the rules once, off the first request's path.
  if (mode !== 'off') lint('{}', optionsFor['chat.completions']);
  const report = (found: GuardReport) => {
    if (onDiagnostics) onDiagnostics(found);
    // A stopped request's findings are in the error the client raises; logging them too would say it twice.
    else if (logger && found.sent) logFindings(logger, found);
  };

  const guardedFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const send = fetchImpl ?? globalThis.fetch;
    const url = absoluteURL(input instanceof Request ? input.url : String(input));
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const endpoint = url === undefined ? undefined : endpointOf(url, method, bases);
    if (endpoint === undefined || url === undefined) return send(input, init);

    let linted: Linted | undefined;
    // A new body to send: a one-shot stream's bytes once read, or the fixed body.
    let outgoing: string | Uint8Array | undefined;
    if (mode !== 'off') {
      // Only an upload can be multipart; a request body is JSON whatever its header says.
      const contentType = endpoint.kind === 'file-upload' ? contentTypeOf(input, init) : '';
      const body = await readBody(input, init, contentType);
      outgoing = body?.replacement;
      linted = body === undefined ? undefined : await lintBody(endpoint, body, { url: url.href, method, fix, optionsFor });
      if (linted?.body !== undefined) outgoing = linted.body;
      if (linted !== undefined) {
        const { report: found } = linted;
        const errors = found.diagnostics.some((d) => d.severity === 'error');
        if (mode === 'throw' && errors) found.sent = false;
        if (found.diagnostics.length > 0 || found.fixed.length > 0) report(found);
        if (!found.sent) {
          const error = new RequestLintError(found.diagnostics);
          if (rejectWith === 'throw') throw error;
          return rejectionResponse(error);
        }
      }
    }

    const response = outgoing === undefined ? await send(input, init) : await send(...withBody(input, init, outgoing));
    if (response.status === 400) {
      const api = endpoint.kind === 'request' ? endpoint.api : 'batch';
      const request = linted?.request ?? (typeof init?.body === 'string' && endpoint.kind === 'request' ? init.body : undefined);
      // Read from a clone, after handing the response back: the client reads its own copy, unhurried.
      void explainLater(response.clone(), request, endpoint, optionsFor[api], (explanation) => {
        const context: ApiErrorContext = { url: url.href, method, api, status: response.status };
        if (!onApiError) {
          if (logger) logger.warn(`reqlint: ${method} ${url.href} was rejected by the API (400). ${explanation.summary}`);
          return;
        }
        try {
          onApiError(explanation, context);
        } catch (error) {
          // Called after the response went back to the client: a throw here would be an unhandled rejection.
          if (logger) logger.warn(`reqlint: onApiError threw: ${error instanceof Error ? error.message : String(error)}`);
        }
      });
    }
    return response;
  };
  GUARDED_FETCHES.set(guardedFetch, { inner: fetchImpl });
  return guardedFetch as Fetch;
}

/** Each guard and the fetch it sends with (undefined: the global one), so a client is never guarded twice. */
const GUARDED_FETCHES = new WeakMap<object, { inner: Fetch | undefined }>();

/** The fetch under a guard, or `fetch` itself when it is not one. */
export function unguardedFetch(fetch: Fetch | undefined): Fetch | undefined {
  const guard = fetch === undefined ? undefined : GUARDED_FETCHES.get(fetch);
  return guard === undefined ? fetch : guard.inner;
}

/** A relative URL (in a browser) is resolved against the page; one that cannot be is not linted. */
function absoluteURL(href: string): URL | undefined {
  const page = (globalThis as { location?: { href?: string } }).location?.href;
  try {
    return new URL(href, page);
  } catch {
    return undefined;
  }
}

interface LintContext {
  url: string;
  method: string;
  fix: boolean;
  optionsFor: Record<Api | 'batch', LintOptions>;
}

async function lintBody(endpoint: Endpoint, body: ReadBody, context: LintContext): Promise<Linted | undefined> {
  const base = { target: `${context.method} ${context.url}`, sent: true, fixed: [] as Diagnostic[] };
  if (endpoint.kind === 'file-upload') {
    const file = batchFileOf(body.form);
    if (file === undefined) return undefined;
    const text = await file.text();
    // Fixes are not applied to uploads: the file is the user's data, and rebuilding a multipart body
    // could change more than the fixed tokens. The findings say what to fix in the file.
    const diagnostics = lintJsonLines(text, context.optionsFor.batch);
    return { request: undefined, report: { ...base, api: 'batch', diagnostics } };
  }
  if (body.text === undefined) return undefined;
  const options = context.optionsFor[endpoint.api];
  const document = documentFor(body.text, endpoint);
  if (context.fix) {
    const fixedBody = fixBody(body.text, document, options);
    if (fixedBody.fixed.length > 0)
      return {
        request: fixedBody.request,
        body: fixedBody.body,
        report: { ...base, api: endpoint.api, diagnostics: fixedBody.remaining, fixed: fixedBody.fixed },
      };
  }
  const diagnostics = lint(document.value, options).diagnostics;
  return { request: document.value, report: { ...base, api: endpoint.api, diagnostics } };
}

interface Document {
  /** The text itself, or, for an Azure deployment URL whose body names no model, the body with it. */
  value: unknown;
  /** Whether `model` was taken from the deployment path (so it is not added to a fixed body). */
  modelFromDeployment: boolean;
}

/**
 * Text is linted as text (findings get line and column, fixes keep the client's formatting). On an
 * Azure deployment path the deployment names the model; when the body has none, the deployment name
 * stands in for it (map it to its base model with `modelAliases`).
 */
function documentFor(text: string, endpoint: Endpoint & { kind: 'request' }): Document {
  if (endpoint.deployment === undefined) return { value: text, modelFromDeployment: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { value: text, modelFromDeployment: false };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || 'model' in parsed)
    return { value: text, modelFromDeployment: false };
  return { value: { model: endpoint.deployment, ...parsed }, modelFromDeployment: true };
}

function fixBody(
  text: string,
  document: Document,
  options: LintOptions,
): { body: string; request: unknown; fixed: Diagnostic[]; remaining: Diagnostic[] } {
  if (typeof document.value === 'string') {
    const result = applyFixes(text, options);
    return { body: result.output, request: result.output, fixed: result.fixed, remaining: result.remaining };
  }
  const result = applyFixes(document.value as Record<string, unknown>, options);
  const output: Record<string, unknown> = { ...result.output };
  if (document.modelFromDeployment) delete output['model'];
  return { body: JSON.stringify(output), request: result.output, fixed: result.fixed, remaining: result.remaining };
}

/** The JSONL file of a Batch input upload (`purpose=batch`); other uploads are not requests. */
function batchFileOf(form: FormData | undefined): Blob | undefined {
  if (form === undefined || form.get('purpose') !== 'batch') return undefined;
  const file = form.get('file');
  return file instanceof Blob ? file : undefined;
}

/** The same call with a new body; a length the client computed for the old body would now be wrong. */
function withBody(
  input: string | URL | Request,
  init: RequestInit | undefined,
  body: string | Uint8Array,
): [string | URL | Request, RequestInit?] {
  const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
  headers.delete('content-length');
  if (input instanceof Request && init?.body === undefined) return [new Request(input, { ...init, headers, body })];
  return [input, { ...init, headers, body }];
}

async function explainLater(
  response: Response,
  request: unknown,
  endpoint: Endpoint,
  options: LintOptions,
  done: (explanation: ApiErrorExplanation) => void,
): Promise<void> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    // The body could not be read (the connection dropped): nothing to explain; the client sees its own error.
    return;
  }
  done(explainApiError(text, endpoint.kind === 'request' ? request : undefined, options));
}

/** Header on the guard's own 400, so it is never mistaken for the API's. */
export const REJECTION_HEADER = 'x-reqlint';

/**
 * The guard's answer in place of the API's: the API's error format (`{ error: { message, type, param,
 * code } }`), so each SDK raises its usual 400 error with reqlint's message (rule, key and fix), plus
 * every finding under `error.reqlint` for `requestLintErrorOf`.
 */
function rejectionResponse(error: RequestLintError): Response {
  const first = error.diagnostics.find((d) => d.severity === 'error');
  const body = {
    error: {
      message: `reqlint: ${error.message}`,
      type: 'invalid_request_error',
      param: first === undefined || first.path === '' ? null : pointerToDisplayPath(first.path),
      code: 'reqlint_rejected',
      reqlint: { diagnostics: error.diagnostics },
    },
  };
  return new Response(JSON.stringify(body), {
    status: 400,
    statusText: 'Rejected by reqlint',
    headers: { 'content-type': 'application/json', [REJECTION_HEADER]: 'rejected', 'x-should-retry': 'false' },
  });
}

function logFindings(logger: GuardLogger, found: GuardReport): void {
  const shown = found.diagnostics.filter((d) => d.severity !== 'info');
  if (shown.length === 0 && found.fixed.length === 0) return;
  const lines = shown.map(
    (d) =>
      `  ${d.line !== undefined ? `line ${d.line} ` : ''}${d.path === '' ? '(request)' : pointerToDisplayPath(d.path)}: ${d.severity} ${d.message} [${d.ruleId}]`,
  );
  const fixed = found.fixed.map((d) => `  fixed ${d.path === '' ? '(request)' : pointerToDisplayPath(d.path)}: ${d.message} [${d.ruleId}]`);
  logger.warn(`reqlint: ${found.target}:\n${[...fixed, ...lines].join('\n')}`);
}
