import { langchainChatOpenAIOptionsSchema } from '../../../schemas/langchain/options.js';
import type { DialectAdapter } from '../types.js';
import { mapLangChainOptions } from './to-wire.js';

/**
 * Keys only a LangChain options object has (camelCase, api-facts §6); their presence is the
 * auto-detection evidence. `useResponsesApi`, `modelName`, `maxTokens`... are decisive.
 */
/**
 * Every camelCase key is decisive: no wire API spells a top-level key in camelCase, so
 * `{ model, verbosity, promptCacheKey, service_tier, reasoning }` (the README's example) is LangChain
 * options even though `reasoning` alone would also fit Responses.
 */
const DECISIVE_KEYS = [
  'useResponsesApi',
  'modelName',
  'maxTokens',
  'maxCompletionTokens',
  'topP',
  'streaming',
  'streamUsage',
  'modelKwargs',
  'zdrEnabled',
  'stopSequences',
  'reasoningEffort',
  'frequencyPenalty',
  'presencePenalty',
  'logitBias',
  'topLogprobs',
  'promptCacheKey',
  'promptCacheRetention',
  'supportsStrictToolCalling',
  'useWebSocket',
  'apiKey',
  'openAIApiKey',
  // AzureChatOpenAI's client settings
  'azureOpenAIApiKey',
  'azureOpenAIApiInstanceName',
  'azureOpenAIApiDeploymentName',
  'azureOpenAIApiVersion',
  'azureOpenAIEndpoint',
  'deploymentName',
];
const OTHER_KEYS: string[] = [];

export const langchainDialect: DialectAdapter = {
  id: 'langchain',
  title: 'LangChain ChatOpenAI options',
  description: '`ChatOpenAI` fields and call options (`@langchain/openai`), linted as the request LangChain sends',
  schema: langchainChatOpenAIOptionsSchema,
  jsonSchemaName: 'langchain-chatopenai-options',
  evidence: { decisive: DECISIVE_KEYS, supporting: OTHER_KEYS },
  toWire(document) {
    const mapping = mapLangChainOptions(document);
    return {
      api: mapping.api,
      request: mapping.request,
      toUserPointer: (pointer) => mapping.pointers.toUser(pointer),
      findings: mapping.findings,
      uncheckedKeys: mapping.unchecked,
    };
  },
};
