import rule from '../../../rules/responses/no-previous-response-id-with-conversation.js';
import { runRuleTests } from '../../support/rule-tester.js';

const base = { model: 'gpt-5', input: 'And then?' };

runRuleTests(rule, {
  valid: [
    { name: 'only a previous response', code: { ...base, previous_response_id: 'resp_123' } },
    { name: 'only a conversation', code: { ...base, conversation: 'conv_123' } },
    { name: 'previous_response_id: null', code: { ...base, previous_response_id: null, conversation: 'conv_123' } },
    { name: 'conversation: null', code: { ...base, previous_response_id: 'resp_123', conversation: null } },
  ],
  invalid: [
    {
      name: 'both, conversation by id',
      code: { ...base, previous_response_id: 'resp_123', conversation: 'conv_123' },
      errors: [
        {
          messageId: 'both',
          path: '/previous_response_id',
          data: { previous: 'previous_response_id', conversation: 'conversation' },
          suggestions: 2,
        },
      ],
      output: null,
    },
    {
      name: 'both, conversation as an object',
      code: { ...base, previous_response_id: 'resp_123', conversation: { id: 'conv_123' } },
      errors: [{ messageId: 'both', path: '/previous_response_id' }],
    },
  ],
});
