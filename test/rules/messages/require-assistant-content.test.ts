import rule from '../../../rules/messages/require-assistant-content.js';
import { runRuleTests } from '../../support/rule-tester.js';

const user = { role: 'user', content: 'Hello' };

runRuleTests(rule, {
  valid: [
    {
      name: 'null content with tool calls',
      code: {
        model: 'gpt-4.1',
        messages: [
          user,
          { role: 'assistant', content: null, tool_calls: [{ id: 'a', type: 'function', function: { name: 'f', arguments: '{}' } }] },
          { role: 'tool', tool_call_id: 'a', content: 'x' },
        ],
      },
    },
    {
      name: 'null content with a legacy function_call',
      code: {
        model: 'gpt-4.1',
        messages: [user, { role: 'assistant', content: null, function_call: { name: 'f', arguments: '{}' } }, user],
      },
    },
    {
      name: 'an audio reply reference stands in for content',
      code: { model: 'gpt-4o-audio-preview', messages: [user, { role: 'assistant', audio: { id: 'audio_abc' } }, user] },
    },
    {
      name: 'empty tool_calls is the other rule',
      code: { model: 'gpt-4.1', messages: [user, { role: 'assistant', content: null, tool_calls: [] }, user] },
    },
    { name: 'empty string content is content', code: { model: 'gpt-4.1', messages: [user, { role: 'assistant', content: '' }, user] } },
  ],
  invalid: [
    {
      name: 'explicit null',
      code: { model: 'gpt-4.1', messages: [user, { role: 'assistant', content: null }, user] },
      errors: [{ messageId: 'nullContent', path: '/messages/1/content' }],
      output: null,
    },
    {
      name: 'no content key: reported at the message',
      code: { model: 'gpt-4.1', messages: [user, { role: 'assistant', name: 'bot' }, user] },
      errors: [{ messageId: 'missingContent', path: '/messages/1' }],
    },
    {
      name: 'null function_call does not count',
      code: { model: 'gpt-4.1', messages: [user, { role: 'assistant', content: null, function_call: null }, user] },
      errors: [{ messageId: 'nullContent', path: '/messages/1/content' }],
    },
  ],
});
