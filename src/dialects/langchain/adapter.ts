import { langchainChatOpenAIOptionsSchema } from '../../../schemas/langchain/options.js';
import type { DialectAdapter } from '../types.js';
import { mapLangChainOptions } from './to-wire.js';

/**
 * Keys only a LangChain options object has (api-facts §6), the auto-detection evidence: every
 * camelCase option of its schema, since no wire API spells a top-level key in camelCase (so
 * `{ model, verbosity, promptCacheKey, service_tier, reasoning }`, the README's example, is LangChain
 * options even though `reasoning` alone would also fit Responses), and `streaming`.
 */
const DECISIVE_KEYS = [...Object.keys(langchainChatOpenAIOptionsSchema.properties).filter((key) => /[A-Z]/.test(key)), 'streaming'];
const OTHER_KEYS: string[] = [];

export const langchainDialect: DialectAdapter = {
  id: 'langchain',
  title: 'LangChain ChatOpenAI options',
  description: '`ChatOpenAI` fields and call options (`@langchain/openai`), linted as the request LangChain sends',
  schema: langchainChatOpenAIOptionsSchema,
  jsonSchemaName: 'langchain-chatopenai-options',
  // The key never reaches the API: `ChatOpenAI` is what does not know it, and drops it.
  unknownKeyNote:
    '`ChatOpenAI` has no such field or call option, so LangChain does not send it (API parameters it does not know go in `modelKwargs`)',
  evidence: { decisive: DECISIVE_KEYS, supporting: OTHER_KEYS },
  toWire(document, written) {
    const mapping = mapLangChainOptions(document, written?.langchainCallOptions);
    return {
      api: mapping.api,
      request: mapping.request,
      toUserPointer: (pointer) => mapping.pointers.toUser(pointer),
      findings: mapping.findings,
      uncheckedKeys: mapping.unchecked,
    };
  },
};
