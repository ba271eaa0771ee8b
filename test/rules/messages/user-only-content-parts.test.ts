import { describe, expect, it } from 'vitest';
import rule from '../../../rules/messages/user-only-content-parts.js';
import { lint } from '../../../src/engine/lint.js';
import { runRuleTests } from '../../support/rule-tester.js';

const image = { type: 'image_url', image_url: { url: 'https://example.com/a.png' } };
const file = { type: 'file', file: { file_id: 'file-abc' } };
const user = { role: 'user', content: 'Describe it.' };

runRuleTests(rule, {
  valid: [
    { name: 'image in a user message', code: { model: 'gpt-4.1', messages: [{ role: 'user', content: [image] }] } },
    {
      name: 'text parts in a system message',
      code: { model: 'gpt-4.1', messages: [{ role: 'system', content: [{ type: 'text', text: 'Be brief.' }] }, user] },
    },
  ],
  invalid: [
    {
      name: 'image in system',
      code: { model: 'gpt-4.1', messages: [{ role: 'system', content: [image] }, user] },
      errors: [{ messageId: 'userOnly', path: '/messages/0/content/0', data: { role: 'system', type: 'image_url' } }],
      output: null,
    },
    {
      name: 'file in a tool answer',
      code: {
        model: 'gpt-4.1',
        messages: [
          user,
          { role: 'assistant', content: null, tool_calls: [{ id: 'a', type: 'function', function: { name: 'f', arguments: '{}' } }] },
          { role: 'tool', tool_call_id: 'a', content: [{ type: 'text', text: 'ok' }, file] },
        ],
      },
      errors: [{ messageId: 'userOnly', path: '/messages/2/content/1', data: { role: 'tool', type: 'file' } }],
    },
    {
      name: 'image in assistant',
      code: { model: 'gpt-4.1', messages: [user, { role: 'assistant', content: [image] }, user] },
      errors: [{ messageId: 'userOnly', path: '/messages/1/content/0' }],
    },
  ],
});

describe('messages/user-only-content-parts replaces the schema findings it explains', () => {
  it('leaves one diagnostic for an image in a system message, and keeps unrelated schema errors', () => {
    const body = {
      model: 'gpt-4.1',
      messages: [
        { role: 'system', content: [image] },
        { role: 'user', content: 42 },
      ],
    };
    const found = lint(body)
      .diagnostics.map((d) => `${d.ruleId} ${d.path}`)
      .sort();
    expect(found).toEqual(['messages/user-only-content-parts /messages/0/content/0', 'schema/type /messages/1/content']);
  });

  it('brings the schema findings back when the rule is off', () => {
    const body = { model: 'gpt-4.1', messages: [{ role: 'system', content: [image] }, user] };
    const found = lint(body, { rules: { 'messages/user-only-content-parts': 'off' } }).diagnostics.map((d) => d.ruleId);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((id) => id.startsWith('schema/'))).toBe(true);
  });
});
