import { describe, expect, it } from 'vitest';
import { fixtureDir, run } from './helpers.js';

describe('--print-request', () => {
  it('prints the request LangChain sends for the options in a file, as JSON on stdout', async () => {
    const cwd = fixtureDir({
      'agent.json': JSON.stringify({
        model: 'o3',
        maxTokens: 500,
        streaming: true,
        tool_choice: 'any',
        tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' } } }],
      }),
    });
    const { code, stdout, stderr } = await run(['--print-request', 'agent.json'], { cwd });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      api: 'chat.completions',
      request: {
        model: 'o3',
        max_completion_tokens: 500,
        stream: true,
        stream_options: { include_usage: true },
        tool_choice: 'required',
        tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' } } }],
      },
    });
  });

  it('reads YAML and follows the config file api, and says which API LangChain picks', async () => {
    const cwd = fixtureDir({
      'agent.yaml': 'model: gpt-5\nuseResponsesApi: true\nverbosity: low\n',
      'reqlint.config.json': JSON.stringify({ api: 'langchain' }),
    });
    const { code, stdout } = await run(['--print-request', 'agent.yaml'], { cwd });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ api: 'responses', request: { model: 'gpt-5', text: { verbosity: 'low' } } });
  });

  it('refuses a body that is not LangChain options, with usage exit code 2', async () => {
    const cwd = fixtureDir({ 'chat.json': JSON.stringify({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }] }) });
    const { code, stdout, stderr } = await run(['--print-request', 'chat.json'], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('read as chat.completions');
  });
});
