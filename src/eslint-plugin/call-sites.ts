/**
 * Which calls send a request, as data: adding a client is one entry here (or, for a user's own
 * wrapper, one entry in the plugin's `callSites` setting, which has the same shape).
 *
 * Sources (checked 2026-12-06): openai-node 7 `src/resources/chat/completions/completions.ts`
 * (`create`, `parse`, `stream`, which sends `stream: true`) and `src/resources/responses/responses.ts`
 * (the same three); `@langchain/openai` 1.6 `dist/chat_models/base.js` (`ChatOpenAI` fields, call
 * options, `bindTools`, `withStructuredOutput`) and `@langchain/core` 1.4 `Runnable` (`invoke`,
 * `stream`, `batch`, `withConfig`, `bind`).
 */
import type { Dialect } from '../types.js';
import type { JsonPrimitive } from './static-value.js';

/** A function or method whose argument is a request body (or LangChain options). */
export interface CallSite {
  /** `a.b.c`, or `*.b.c` for "any receiver whose last members are `b.c`". */
  callee: string;
  api: Dialect;
  /** Which argument is the request (0-based). */
  argument: number;
  /** Keys the client adds itself when the argument does not set them. */
  adds?: Readonly<Record<string, JsonPrimitive>>;
}

export const OPENAI_CALL_SITES: readonly CallSite[] = [
  { callee: '*.chat.completions.create', api: 'chat.completions', argument: 0 },
  { callee: '*.chat.completions.parse', api: 'chat.completions', argument: 0 },
  { callee: '*.chat.completions.stream', api: 'chat.completions', argument: 0, adds: { stream: true } },
  { callee: '*.responses.create', api: 'responses', argument: 0 },
  { callee: '*.responses.parse', api: 'responses', argument: 0 },
  { callee: '*.responses.stream', api: 'responses', argument: 0, adds: { stream: true } },
];

/**
 * LangChain chat model classes whose constructor takes `ChatOpenAI` fields as its first argument.
 * `AzureChatOpenAI` extends `ChatOpenAI` and builds the same request, except that `withStructuredOutput`
 * defaults to function calling for `gpt-4o*` models (`structured-output.ts`); its own fields choose
 * the endpoint (`@langchain/openai` 1.6 `dist/azure/chat_models/`). Its model is often a deployment
 * name: `modelAliases` in the settings maps it to the model whose capabilities apply.
 */
export const LANGCHAIN_CHAT_MODEL_CLASSES: readonly string[] = ['ChatOpenAI', 'AzureChatOpenAI'];

/**
 * Methods of a `ChatOpenAI` (or of what `bind`/`withConfig`/`bindTools` return) whose arguments are
 * options LangChain merges into the request. Only calls on a receiver known to be a `ChatOpenAI`
 * (a `new ChatOpenAI(...)` in the same file, directly or through a `const`) count: `invoke` on any
 * other Runnable takes options of its own.
 */
export const LANGCHAIN_METHODS = {
  invoke: { callOptions: 1, returnsModel: false },
  stream: { callOptions: 1, returnsModel: false, adds: { streaming: true } },
  /** `batch(inputs, options)`: one options object, or one per input. */
  batch: { callOptions: 1, returnsModel: false },
  withConfig: { callOptions: 0, returnsModel: true },
  bind: { callOptions: 0, returnsModel: true },
  /** `bindTools(tools, options)`: the tools become the request's `tools`. */
  bindTools: { tools: 0, callOptions: 1, returnsModel: true },
  /** `withStructuredOutput(schema, { method, name, strict })`: see `structured-output.ts`. */
  withStructuredOutput: { schema: 0, structuredOptions: 1, returnsModel: false },
} as const satisfies Record<string, LangChainMethod>;

export interface LangChainMethod {
  callOptions?: number;
  tools?: number;
  schema?: number;
  structuredOptions?: number;
  /** The method returns a chat model whose later calls carry these options too. */
  returnsModel: boolean;
  adds?: Readonly<Record<string, JsonPrimitive>>;
}

export type LangChainMethodName = keyof typeof LANGCHAIN_METHODS;

export function isLangChainMethod(name: string): name is LangChainMethodName {
  return Object.hasOwn(LANGCHAIN_METHODS, name);
}

/** Whether a member chain (`['client', 'chat', 'completions', 'create']`) matches a site's callee. */
export function calleeMatches(pattern: string, chain: readonly string[]): boolean {
  const wanted = pattern.split('.');
  if (wanted[0] === '*') {
    const tail = wanted.slice(1);
    return chain.length > tail.length && tail.every((name, i) => chain[chain.length - tail.length + i] === name);
  }
  return chain.length === wanted.length && wanted.every((name, i) => chain[i] === name);
}
