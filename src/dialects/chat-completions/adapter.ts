import { chatCompletionRequestSchema } from '../../../schemas/index.js';
import { extractChatNodes } from './nodes.js';
import { identityPointer, type DialectAdapter } from '../types.js';

/** Keys that only a Chat Completions body has; their presence is the evidence auto-detection reports. */
const CHAT_ONLY_KEYS = [
  'messages',
  'max_completion_tokens',
  'response_format',
  'reasoning_effort',
  'functions',
  'function_call',
  'modalities',
  'audio',
  'prediction',
  'web_search_options',
  'logit_bias',
  'n',
];

export const chatCompletionsDialect: DialectAdapter = {
  id: 'chat.completions',
  title: 'Chat Completions',
  description: 'a Chat Completions request body (`POST /v1/chat/completions`)',
  schema: chatCompletionRequestSchema,
  jsonSchemaName: 'chat-completions-request',
  // `messages` alone is decisive; other Chat-only keys count less.
  evidence: { decisive: ['messages'], supporting: CHAT_ONLY_KEYS.filter((key) => key !== 'messages') },
  toWire(document) {
    return { api: 'chat.completions', request: document, toUserPointer: identityPointer };
  },
  conversationPlaceholder: { messages: [{ role: 'user', content: 'Hi' }] },
  extractNodes: extractChatNodes,
};
