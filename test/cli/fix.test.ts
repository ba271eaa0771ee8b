import { chmodSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/engine/fix/apply-fixes.js';
import { fixFile, writeFixed } from '../../src/cli/fix.js';
import { keepFormatting } from '../../src/engine/fix/keep-formatting.js';
import { broken, brokenLine, cleanLine, fixtureDir, parseJson, run } from './helpers.js';

const commented = `{
  // Ported from a gpt-4o call.
  "model": "o3",
  "messages": [
    { "role": "user", "content": "Find the bug." }  // keep this layout
  ],
  "max_tokens": 4000,
  "temperature": 0.2
}
`;

describe('--fix', () => {
  it('applies safe fixes as minimal text edits: comments, layout and key order kept', async () => {
    const dir = fixtureDir({ 'a.jsonc': commented, 'b.json': broken });
    chmodSync(join(dir, 'a.jsonc'), 0o640);
    const { code, stdout, stderr } = await run(['--fix', '.'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('fixed 3 problems in 2 files');
    expect(readFileSync(join(dir, 'a.jsonc'), 'utf8')).toBe(
      commented.replace('"max_tokens": 4000,\n  "temperature": 0.2\n', '"max_completion_tokens": 4000\n'),
    );
    // Removing the last key changes nothing else (the engine's edit alone would re-flow `messages`).
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(
      '{\n  "model": "gpt-4.1",\n  "messages": [{ "role": "user", "content": "hi" }]\n}\n',
    );
    expect(statSync(join(dir, 'a.jsonc')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('fixes JSONL line by line, keeping each line as it was written', async () => {
    const spaced = '{"model": "gpt-4.1", "messages": [{"role": "user", "content": "hi"}], "tool_choice": "none", "n": 1}';
    const dir = fixtureDir({ 'log.jsonl': `${cleanLine}\r\n${brokenLine}\r\n${spaced}\r\n` });
    await run(['--fix', 'log.jsonl'], { cwd: dir });
    expect(readFileSync(join(dir, 'log.jsonl'), 'utf8')).toBe(
      `${cleanLine}\r\n${cleanLine}\r\n{"model": "gpt-4.1", "messages": [{"role": "user", "content": "hi"}], "n": 1}\r\n`,
    );
  });

  it('fixes the body of Batch API lines, leaving the envelope as it is', async () => {
    const line =
      '{"custom_id": "t-1", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "o3", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 120, "temperature": 0.2}}';
    const dir = fixtureDir({ 'batch.jsonl': `${line}\n` });
    const { stderr } = await run(['--fix', 'batch.jsonl'], { cwd: dir });
    expect(stderr).toContain('fixed 2 problems in 1 file');
    expect(readFileSync(join(dir, 'batch.jsonl'), 'utf8')).toBe(
      '{"custom_id": "t-1", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "o3", "messages": [{"role": "user", "content": "hi"}], "max_completion_tokens": 120}}\n',
    );
  });

  it('reports the problems that remain after fixing', async () => {
    const dir = fixtureDir({
      'r.json': JSON.stringify({
        model: 'gpt-5-mini',
        messages: [{ role: 'user', content: 'x' }],
        reasoning_effort: 'xhigh',
        tool_choice: 'none',
      }),
    });
    const { code, stdout } = await run(['--fix', 'r.json', '-f', 'json'], { cwd: dir });
    expect(code).toBe(1);
    expect(parseJson(stdout)[0]!.diagnostics.map((d) => d.ruleId)).toEqual(['reasoning/valid-reasoning-effort']);
  });

  it('does not fix YAML, and says so', async () => {
    const yaml = 'model: gpt-4.1\nmessages: [{role: user, content: hi}]\ntool_choice: none\n';
    const dir = fixtureDir({ 'r.yaml': yaml });
    const { stderr } = await run(['--fix', 'r.yaml'], { cwd: dir });
    expect(stderr).toContain('r.yaml: YAML files are not fixed automatically');
    expect(readFileSync(join(dir, 'r.yaml'), 'utf8')).toBe(yaml);
  });
});

describe('--fix-dry-run', () => {
  it('writes nothing and puts the fixed text in the json output', async () => {
    const dir = fixtureDir({ 'b.json': broken });
    const { stdout, stderr } = await run(['--fix-dry-run', 'b.json', '-f', 'json'], { cwd: dir });
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(broken);
    expect(parseJson(stdout)[0]).toMatchObject({
      diagnostics: [],
      output: '{\n  "model": "gpt-4.1",\n  "messages": [{ "role": "user", "content": "hi" }]\n}\n',
    });
    expect(stderr).toContain('nothing was written');
  });
});

describe('safe writes', () => {
  it('does not overwrite a file that changed on disk since it was read', async () => {
    const dir = fixtureDir({ 'b.json': broken });
    const path = join(dir, 'b.json');
    const read = await fixFile(path, 'b.json', {}, { keepSource: false, hashValues: false });
    writeFileSync(path, `${broken} `); // an editor saved meanwhile
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect((await writeFixed(path, read.result.output!, read))?.message).toMatch(/changed on disk/);
    expect(readFileSync(path, 'utf8')).toBe(`${broken} `);
    expect(readdirSync(dir)).toEqual(['b.json']);
    const fresh = await fixFile(path, 'b.json', {}, { keepSource: false, hashValues: false });
    expect(await writeFixed(path, fresh.result.output!, fresh)).toBeUndefined();
  });
});

describe('keepFormatting', () => {
  it('gives text with the same meaning as the engine fix, whatever the request', () => {
    const request = fc.record(
      {
        model: fc.constantFrom('gpt-4.1', 'o3', 'gpt-5-mini'),
        messages: fc.constant([{ role: 'user', content: 'hi' }]),
        max_tokens: fc.integer({ min: 1, max: 100 }),
        temperature: fc.constantFrom(0.2, 1),
        tool_choice: fc.constant('none'),
        parallel_tool_calls: fc.boolean(),
        stream_options: fc.constant({ include_usage: true }),
      },
      { requiredKeys: ['model', 'messages'] },
    );
    fc.assert(
      fc.property(request, fc.constantFrom(0, 2, '\t'), (body, indent) => {
        const text = JSON.stringify(body, null, indent);
        const engine = applyFixes(text).output;
        const kept = keepFormatting(text, engine);
        expect(JSON.parse(kept)).toEqual(JSON.parse(engine));
        if (indent === 0) expect(kept.includes('\n')).toBe(false);
      }),
    );
  });
});
