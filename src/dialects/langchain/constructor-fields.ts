import { LANGCHAIN_CALL_ONLY_OPTIONS, LANGCHAIN_CONSTRUCTOR_ALTERNATIVES } from './facts.js';

/**
 * What LangChain does with an option given to the `ChatOpenAI` constructor, for the front-ends that
 * know where an option was written (the ESLint plugin sees `new ChatOpenAI({...})`). The options
 * document itself cannot tell a constructor field from a call option, so the dialect reads those as
 * call options (docs/langchain.md, "One object for two places").
 */
const CALL_ONLY: ReadonlySet<string> = new Set(LANGCHAIN_CALL_ONLY_OPTIONS);

/** Whether the constructor drops this option (it is read only from a call). */
export function isDroppedByLangChainConstructor(option: string): boolean {
  return CALL_ONLY.has(option);
}

/** The `langchain/no-dropped-options` message for a call-only option written on the constructor. */
export function droppedConstructorFieldMessage(option: string, modelClass: string): string {
  const alternative = LANGCHAIN_CONSTRUCTOR_ALTERNATIVES[option];
  const instead =
    alternative === undefined
      ? 'pass it to `invoke()` or `withConfig()` instead'
      : `use ${alternative} instead, or pass it to \`invoke()\``;
  return `LangChain reads \`${option}\` only as a call option, so the \`${modelClass}\` constructor drops it without a word; ${instead}.`;
}
