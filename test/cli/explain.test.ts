import { describe, expect, it } from 'vitest';
import { fixtureDir, run } from './helpers.js';

const maxTokensError = "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.";

describe('reqlint explain', () => {
  it('names the rule, the fix, the docs and where the wording was seen', async () => {
    const { code, stdout, stderr } = await run(['explain', maxTokensError]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Covered by: reasoning/no-max-tokens-on-reasoning-model\n');
    expect(stdout).toMatch(/^Fix: Rename `max_tokens` to `max_completion_tokens`/m);
    expect(stdout).toContain('Docs: https://github.com/reqlint/reqlint/blob/main/rules/reasoning/no-max-tokens-on-reasoning-model.md');
    expect(stdout).toMatch(/^Seen in: .*CherryHQ\/cherry-studio#1403 \(2025-02\)/m);
  });

  it('prints control characters of the pasted error as escapes, not raw to the terminal', async () => {
    const { stdout } = await run(['explain', 'odd \u001b[31merror\nsecond line']);
    expect(stdout).toContain('API error: odd \\u001b[31merror\\nsecond line');
    expect(stdout).not.toContain('\u001b');
  });

  it('points at the line of the request file with --request', async () => {
    const dir = fixtureDir({
      'req.json': '{\n  "model": "o3",\n  "messages": [{ "role": "user", "content": "hi" }],\n  "max_tokens": 100\n}\n',
    });
    const { code, stdout } = await run(['explain', `400 ${maxTokensError}`, '--request', 'req.json'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^req\.json:4:3 {2}error {2}`max_tokens` is not supported by `o3`.* {2}reasoning\/no-max-tokens-on-reasoning-model$/m,
    );
  });

  it('reads the error from stdin with -, prints JSON with --format json, and exits 1 on an unknown error', async () => {
    const known = await run(['explain', '-', '--format', 'json'], { stdin: JSON.stringify({ error: { message: maxTokensError } }) });
    expect(JSON.parse(known.stdout)).toMatchObject({ known: true, ruleIds: ['reasoning/no-max-tokens-on-reasoning-model'] });
    const unknown = await run(['explain', 'The frobnicator is out of order.']);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toContain('reqlint does not know this error yet');
  });

  const toolChoiceError = "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified.";

  it('explains a JSONL file line by line and names the lines it flags', async () => {
    const { code, stdout } = await run(['explain', toolChoiceError, '--request', 'examples/logged-requests.jsonl']);
    expect(code).toBe(0);
    expect(stdout).toContain('on line 2 of examples/logged-requests.jsonl, of 4 requests');
    expect(stdout).not.toContain('does not flag');
    expect(stdout).toMatch(
      /^examples\/logged-requests\.jsonl:2:\d+ {2}error {2}`tool_choice` is "auto".* {2}tools\/no-tool-choice-without-tools$/m,
    );
    const json = await run(['explain', toolChoiceError, '--request', 'examples/logged-requests.jsonl', '-f', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ known: true, lines: [2], diagnostics: [{ line: 2 }] });
  });

  it('explains Batch lines by their body, with the param the API names under /body, and one line with --line', async () => {
    const batchLine = (id: string, extra: string) =>
      `{"custom_id":"${id}","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4.1","messages":[{"role":"user","content":"hi"}]${extra}}}`;
    const dir = fixtureDir({
      'batch.jsonl':
        [batchLine('a', ''), batchLine('b', ',"tool_choice":"required"'), batchLine('c', ',"tool_choice":"auto"')].join('\n') + '\n',
    });
    const body = JSON.stringify({ error: { message: toolChoiceError, param: 'tool_choice' } });
    const all = await run(['explain', body, '--request', 'batch.jsonl', '-f', 'json'], { cwd: dir });
    const explained = JSON.parse(all.stdout) as { lines: number[]; diagnostics: Array<{ path: string; line: number }> };
    expect(explained.lines).toEqual([2, 3]);
    expect(explained.diagnostics.map((d) => [d.line, d.path])).toEqual([
      [2, '/body/tool_choice'],
      [3, '/body/tool_choice'],
    ]);
    const one = await run(['explain', body, '--request', 'batch.jsonl', '--line', '3'], { cwd: dir });
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^batch\.jsonl:3:\d+ {2}error {2}`tool_choice` is "auto"/m);
    expect(one.stdout).not.toMatch(/^batch\.jsonl:2:/m);
    const clean = await run(['explain', body, '--request', 'batch.jsonl', '--line', '1'], { cwd: dir });
    expect(clean.stdout).toContain('does not flag this request: its facts about `gpt-4.1`');
  });

  describe('with a line of a Batch output or error file', () => {
    const batchLine = (id: string, extra: string) =>
      `{"custom_id":"${id}","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4.1","messages":[{"role":"user","content":"hi"}]${extra}}}`;
    const batchInput =
      [batchLine('a', ',"tool_choice":"auto"'), batchLine('b', ',"tool_choice":"required"'), batchLine('c', '')].join('\n') + '\n';
    // The OpenAI Batch output format: `error` is null when the request got a response, even a 400.
    const outputLine = (id: string, status = 400) =>
      JSON.stringify({
        id: `batch_req_${id}`,
        custom_id: id,
        response: {
          status_code: status,
          request_id: `req_${id}`,
          body:
            status === 200
              ? { id: 'chatcmpl-1', object: 'chat.completion', choices: [] }
              : { error: { message: toolChoiceError, type: 'invalid_request_error', param: 'tool_choice', code: null } },
        },
        error: null,
      });

    it('explains the request line with its custom_id, and only that one', async () => {
      const dir = fixtureDir({ 'batch.jsonl': batchInput });
      const text = await run(['explain', '-', '--request', 'batch.jsonl'], { cwd: dir, stdin: outputLine('b') + '\n' });
      expect(text.code).toBe(0);
      expect(text.stdout).toMatch(/^API error: Invalid value for 'tool_choice'/);
      expect(text.stdout).toContain('Batch request: custom_id "b", line 2 of batch.jsonl\n');
      expect(text.stdout).toMatch(/^batch\.jsonl:2:\d+ {2}error {2}`tool_choice` is "required"/m);
      expect(text.stdout).not.toMatch(/^batch\.jsonl:1:/m);
      expect(text.stdout).not.toContain('[object Object]');
      const json = await run(['explain', '-', '--request', 'batch.jsonl', '-f', 'json'], { cwd: dir, stdin: outputLine('b') });
      expect(JSON.parse(json.stdout)).toMatchObject({
        known: true,
        error: { status: 400, param: 'tool_choice', customId: 'b' },
        requestLine: 2,
        diagnostics: [{ line: 2, path: '/body/tool_choice' }],
      });
      // An error file line names its request the same way.
      const errorFileLine = JSON.stringify({ custom_id: 'a', error: { code: 'invalid_request', message: toolChoiceError } });
      const fromErrorFile = await run(['explain', errorFileLine, '--request', 'batch.jsonl'], { cwd: dir });
      expect(fromErrorFile.stdout).toMatch(/^batch\.jsonl:1:\d+ {2}error {2}`tool_choice` is "auto"/m);
      expect(fromErrorFile.stdout).not.toMatch(/^batch\.jsonl:2:/m);
    });

    it('says when no request has the custom_id, and searches every line instead', async () => {
      const dir = fixtureDir({ 'batch.jsonl': batchInput });
      const { code, stdout } = await run(['explain', outputLine('zz'), '--request', 'batch.jsonl'], { cwd: dir });
      expect(code).toBe(0);
      expect(stdout).toContain('No request in batch.jsonl has the custom_id "zz", so every line was searched. reqlint flags this error');
      expect(stdout).toMatch(/^batch\.jsonl:1:/m);
      expect(stdout).toMatch(/^batch\.jsonl:2:/m);
    });

    it('says it found no error message, instead of printing an object', async () => {
      const noMessage = JSON.stringify({ custom_id: 'b', response: { status_code: 400, body: { error: { message: { nested: true } } } } });
      const { code, stdout } = await run(['explain', '-'], { stdin: noMessage });
      expect(code).toBe(1);
      expect(stdout).toContain(`reqlint could not find an error message in ${noMessage}.`);
      expect(stdout).not.toContain('API error:');
      expect(stdout).not.toContain('[object Object]');
    });

    it('explains each failed line of a whole Batch output file against its request, and counts the rest', async () => {
      const dir = fixtureDir({ 'batch.jsonl': batchInput });
      const output = [outputLine('c', 200), outputLine('b'), outputLine('a'), outputLine('gone')].join('\n') + '\n';
      const json = await run(['explain', '-', '--request', 'batch.jsonl', '-f', 'json'], { cwd: dir, stdin: output });
      expect(json.code).toBe(0);
      const result = JSON.parse(json.stdout) as {
        failed: number;
        succeeded: number;
        explanations: Array<{
          outputLine: number;
          requestLine?: number;
          error: { customId: string };
          diagnostics: Array<{ line: number }>;
        }>;
      };
      expect([result.failed, result.succeeded]).toEqual([3, 1]);
      expect(result.explanations.map((e) => [e.outputLine, e.error.customId, e.requestLine, e.diagnostics.map((d) => d.line)])).toEqual([
        [2, 'b', 2, [2]],
        [3, 'a', 1, [1]],
        [4, 'gone', undefined, []],
      ]);
      const text = await run(['explain', '-', '--request', 'batch.jsonl'], { cwd: dir, stdin: output });
      expect(text.stdout).toMatch(/^Batch output: 3 of 4 lines failed, 1 succeeded\.\n\nLine 2 of the Batch output:\nAPI error: /);
      expect(text.stdout).toContain('Batch request: custom_id "gone" (no request in batch.jsonl has it)\n');
    });

    it('counts a Batch request that expired as explained (exit 0): nothing in it was wrong', async () => {
      const dir = fixtureDir({ 'batch.jsonl': batchInput });
      const expired = JSON.stringify({
        id: 'batch_req_9',
        custom_id: 'a',
        response: null,
        error: { code: 'batch_expired', message: 'This request could not be executed before the completion window expired.' },
      });
      const output = [expired, outputLine('b')].join('\n') + '\n';
      const result = await run(['explain', '-', '--request', 'batch.jsonl'], { cwd: dir, stdin: output });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('The Batch API did not run this request');
      const alone = await run(['explain', '-', '--request', 'batch.jsonl'], { cwd: dir, stdin: expired });
      expect(alone.code).toBe(0);
    });
  });

  it('refuses --line without a JSONL request, and a line that holds no request', async () => {
    const dir = fixtureDir({ 'req.json': '{}', 'log.jsonl': '\n{"model":"gpt-4.1","messages":[]}\n' });
    const notJsonl = await run(['explain', toolChoiceError, '--request', 'req.json', '--line', '1'], { cwd: dir });
    expect(notJsonl.code).toBe(2);
    expect(notJsonl.stderr).toMatch(/^reqlint: --line picks a line of a JSONL request file/);
    const blank = await run(['explain', toolChoiceError, '--request', 'log.jsonl', '--line', '1'], { cwd: dir });
    expect(blank.code).toBe(2);
    expect(blank.stderr).toMatch(/^reqlint: line 1 of log\.jsonl holds no request \(its requests are on lines 2\)/);
    expect((await run(['explain', toolChoiceError, '--request', 'log.jsonl', '--line', '0'], { cwd: dir })).code).toBe(2);
  });

  it('reports usage mistakes with exit code 2', async () => {
    expect((await run(['explain'])).code).toBe(2);
    const bad = await run(['explain', 'x', '--format', 'sarif']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format must be text or json/);
  });
});
