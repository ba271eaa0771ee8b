import { responsesRequestSchema } from '../../../schemas/index.js';
import { extractResponsesNodes } from './nodes.js';
import { identityPointer, type DialectAdapter } from '../types.js';

/**
 * Keys only a Responses body has (api-facts §2.1, §2.3); their presence is the evidence that
 * auto-detection reports. `input` is decisive the way `messages` is for Chat.
 */
const RESPONSES_ONLY_KEYS = [
  'input',
  'instructions',
  'previous_response_id',
  'conversation',
  'max_output_tokens',
  'text',
  'reasoning',
  'include',
  'background',
  'truncation',
  'max_tool_calls',
  'prompt',
  'context_management',
];

export const responsesDialect: DialectAdapter = {
  id: 'responses',
  title: 'Responses',
  description: 'a Responses API request body (`POST /v1/responses`)',
  schema: responsesRequestSchema,
  jsonSchemaName: 'responses-request',
  evidence: { decisive: ['input'], supporting: RESPONSES_ONLY_KEYS.filter((key) => key !== 'input') },
  toWire(document) {
    return { api: 'responses', request: document, toUserPointer: identityPointer };
  },
  conversationPlaceholder: { input: 'Hi' },
  extractNodes: extractResponsesNodes,
};
