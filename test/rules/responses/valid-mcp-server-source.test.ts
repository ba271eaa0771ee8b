import rule from '../../../rules/responses/valid-mcp-server-source.js';
import { runRuleTests } from '../../support/rule-tester.js';

const request = (tool: object) => ({
  model: 'gpt-5',
  input: 'List my issues.',
  tools: [{ type: 'mcp', server_label: 'tracker', ...tool }],
});

runRuleTests(rule, {
  valid: [
    { name: 'server_url', code: request({ server_url: 'https://mcp.example.com/sse' }) },
    { name: 'connector_id', code: request({ connector_id: 'connector_gmail' }) },
  ],
  invalid: [
    { name: 'none', code: request({}), errors: [{ messageId: 'none', path: '/tools/0', data: { label: 'tracker' } }], output: null },
    {
      name: 'two: reported on the second',
      code: request({ server_url: 'https://mcp.example.com/sse', connector_id: 'connector_gmail' }),
      errors: [
        { messageId: 'several', path: '/tools/0/connector_id', data: { label: 'tracker', found: '`server_url` and `connector_id`' } },
      ],
    },
  ],
});
