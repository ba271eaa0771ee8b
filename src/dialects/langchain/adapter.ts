import { langchainChatOpenAIOptionsSchema } from '../../../schemas/langchain/options.js';
import { DerivationCache } from '../../derivation-cache.js';
import { KeptTools, restSchemaOf } from '../kept-tools.js';
import type { DialectAdapter, WireRequest } from '../types.js';
import { mapLangChainOptions } from './to-wire.js';

/**
 * Keys only a LangChain options object has (camelCase, api-facts §6); their presence is the
 * auto-detection evidence. `useResponsesApi`, `modelName`, `maxTokens`... are decisive.
 */
const DECISIVE_KEYS = ['useResponsesApi', 'modelName', 'maxTokens', 'maxCompletionTokens', 'topP', 'streaming', 'streamUsage', 'modelKwargs', 'zdrEnabled', 'stopSequences', 'reasoningEffort'];
const OTHER_KEYS = ['frequencyPenalty', 'presencePenalty', 'logitBias', 'topLogprobs', 'promptCacheKey', 'promptCacheRetention', 'supportsStrictToolCalling', 'useWebSocket', 'apiKey', 'openAIApiKey'];

export const langchainDialect: DialectAdapter = {
  id: 'langchain',
  title: 'LangChain ChatOpenAI options',
  schema: langchainChatOpenAIOptionsSchema,
  evidence: { decisive: DECISIVE_KEYS, supporting: OTHER_KEYS },
  // Only validity is kept of a tool list here: the wire request's nodes come from the kept mapping.
  keptTools: new KeptTools(restSchemaOf('langchain', langchainChatOpenAIOptionsSchema)),
  toWire(document) {
    return KEPT_MAPPINGS.derive(document);
  },
};

function toWireRequest(options: Record<string, unknown>): WireRequest {
  const mapping = mapLangChainOptions(options);
  return { api: mapping.api, request: mapping.request, toUserPointer: (pointer) => mapping.pointers.toUser(pointer), findings: mapping.findings, uncheckedKeys: mapping.unchecked };
}

/**
 * A model's options are usually made once and passed with every call, and mapping them (a dozen small
 * objects) cost, in context, as much as the rest of linting them; so the mapping is kept while the
 * options are unchanged (see `derivation-cache.ts`). The mapped request holds objects of the mapping's
 * own that a fix may hand to the caller, so they are watched too.
 */
const KEPT_MAPPINGS = new DerivationCache<Record<string, unknown>, WireRequest>(toWireRequest, { watched: (wire) => wire.request });
