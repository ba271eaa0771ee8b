import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLines } from '../../src/cli/read-lines.js';
import { lintYaml } from '../../src/cli/yaml.js';
import { lintJsonLines } from '../../src/jsonl/index.js';
import { brokenLine, cleanLine, fixtureDir, parseJson, run } from './helpers.js';

describe('YAML fixtures', () => {
  it('points at the key or value in the YAML source', () => {
    const text = '# o3 request\nmodel: o3\nmessages:\n  - role: user\n    content: hi\nmax_tokens: 100\ntemperature: 0.2\n';
    const found = lintYaml(text, {}).map((d) => [d.ruleId, d.range?.start.line, d.range?.start.column, d.range?.end.column]);
    expect(found).toEqual([
      ['reasoning/no-max-tokens-on-reasoning-model', 6, 1, 11],
      ['sampling/no-unsupported-sampling-parameters', 7, 14, 17],
    ]);
  });

  it('lints each document of a stream, carrying its first line', () => {
    const text =
      'model: gpt-4.1\nmessages: [{role: user, content: hi}]\n---\nmodel: gpt-4.1\nmessages: [{role: user, content: hi}]\ntool_choice: none\n';
    expect(lintYaml(text, {}).map((d) => [d.ruleId, d.line, d.range?.start.line])).toEqual([['tools/no-tool-choice-without-tools', 4, 6]]);
  });

  it('reports YAML syntax errors at their position', () => {
    const [d] = lintYaml('model: gpt-4.1\nmessages: [\n', {});
    expect(d).toMatchObject({ ruleId: 'parse/syntax', severity: 'error' });
    expect(d!.range!.start.line).toBeGreaterThanOrEqual(2);
  });
});

describe('JSONL streaming', () => {
  it('reads lines with exact offsets for LF, CRLF, a BOM and a missing final newline', async () => {
    const dir = fixtureDir({});
    const text = `${brokenLine}\r\n\r\n${cleanLine}\n${brokenLine}`;
    writeFileSync(join(dir, 'x.jsonl'), '\ufeff' + text);
    const lines = [];
    for await (const line of readLines(join(dir, 'x.jsonl'))) lines.push(line);
    expect(lines.map((l) => [l.lineNumber, l.offset, l.text === '' ? '' : l.text.slice(0, 9)])).toEqual([
      [1, 0, '{"model":'],
      [2, brokenLine.length + 2, ''],
      [3, brokenLine.length + 4, '{"model":'],
      [4, brokenLine.length + cleanLine.length + 5, '{"model":'],
    ]);
  });

  it('streams a file to the same diagnostics as linting it whole', async () => {
    const text = Array.from({ length: 300 }, (_, i) => (i % 7 === 3 ? brokenLine : cleanLine)).join('\r\n') + '\r\n';
    const dir = fixtureDir({ 'big.jsonl': text });
    const { stdout } = await run(['big.jsonl', '-f', 'json'], { cwd: dir });
    expect(parseJson(stdout)[0]!.diagnostics).toEqual(JSON.parse(JSON.stringify(lintJsonLines(text, {}))));
    expect(parseJson(stdout)[0]!.diagnostics).toHaveLength(43);
  });
});
