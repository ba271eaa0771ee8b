import rule from '../../../rules/streaming/no-stream-options-without-stream.js';
import { runRuleTests } from '../../support/rule-tester.js';

const chat = { model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }] };
const responses = { model: 'gpt-4.1', input: 'hi' };

runRuleTests(rule, {
  valid: [
    { name: 'streamed', code: { ...chat, stream: true, stream_options: { include_usage: true } } },
    { name: 'stream_options: null', code: { ...chat, stream_options: null } },
    { name: 'Responses, streamed', code: { ...responses, stream: true, stream_options: { include_obfuscation: false } } },
    { name: 'LangChain streaming', code: { model: 'gpt-4.1', streaming: true, streamUsage: true }, api: 'langchain' },
  ],
  invalid: [
    {
      name: 'no stream: removed by the fix',
      code: { ...chat, stream_options: { include_usage: true } },
      errors: [{ messageId: 'notStreaming', path: '/stream_options', data: { param: 'stream_options', stream: 'stream' } }],
      output: chat,
    },
    {
      name: 'stream: false',
      code: { ...chat, stream: false, stream_options: { include_usage: true } },
      errors: [{ messageId: 'notStreaming' }],
      output: { ...chat, stream: false },
    },
    { name: 'stream: null is not streaming', code: { ...chat, stream: null, stream_options: {} }, errors: [{ messageId: 'notStreaming' }] },
    {
      name: 'Responses',
      code: { ...responses, stream_options: { include_obfuscation: false } },
      errors: [{ messageId: 'notStreaming', path: '/stream_options' }],
      output: responses,
    },
  ],
});
