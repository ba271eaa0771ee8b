import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { broken, brokenLine, clean, cleanLine, fixtureDir, run } from './helpers.js';

const reasoning = '{\n  "model": "o3",\n  "messages": [{ "role": "user", "content": "hi" }],\n  "max_tokens": 100\n}\n';

async function setup() {
  const dir = fixtureDir({
    'fx/a.json': broken,
    'fx/b.json': reasoning,
    'fx/log.jsonl': `${brokenLine}\n${cleanLine}\n${brokenLine}\n`,
    'fx/ok.json': clean,
  });
  const created = await run(['baseline', 'create', 'fx', '--baseline', 'reqlint-baseline.json'], { cwd: dir });
  expect(created.code).toBe(0);
  expect(created.stderr).toContain('with 4 known problems');
  return dir;
}

describe('baseline', () => {
  it('is documented, sorted JSON keyed by file, rule, pointer and value hash, without line numbers', async () => {
    const dir = await setup();
    const text = readFileSync(join(dir, 'reqlint-baseline.json'), 'utf8');
    const baseline = JSON.parse(text) as { version: number; entries: Array<Record<string, unknown>> };
    expect(baseline.version).toBe(1);
    expect(baseline.entries.map((e) => [e['file'], e['ruleId'], e['path'], e['count']])).toEqual([
      ['fx/a.json', 'tools/no-tool-choice-without-tools', '/tool_choice', 1],
      ['fx/b.json', 'reasoning/no-max-tokens-on-reasoning-model', '/max_tokens', 1],
      ['fx/log.jsonl', 'tools/no-tool-choice-without-tools', '/tool_choice', 2],
    ]);
    expect(Object.keys(baseline.entries[0]!).sort()).toEqual(['count', 'file', 'path', 'ruleId', 'valueHash']);
    expect(text).not.toMatch(/"line"/);
    // Re-creating from the same tree gives the same bytes: diffs stay reviewable.
    await run(['baseline', 'create', 'fx', '--baseline', 'reqlint-baseline.json'], { cwd: dir });
    expect(readFileSync(join(dir, 'reqlint-baseline.json'), 'utf8')).toBe(text);
  });

  it('accepts known problems, also after reformatting, and fails on new ones', async () => {
    const dir = await setup();
    const accepted = await run(['fx', '--baseline', 'reqlint-baseline.json'], { cwd: dir });
    expect(accepted).toMatchObject({ code: 0, stdout: '' });
    expect(accepted.stderr).toContain('4 known problems are accepted');

    writeFileSync(join(dir, 'fx/a.json'), JSON.stringify(JSON.parse(broken), null, 4));
    writeFileSync(join(dir, 'fx/log.jsonl'), `\n${cleanLine}\n${brokenLine}\n${brokenLine}\n`);
    expect((await run(['fx', '--baseline', 'reqlint-baseline.json'], { cwd: dir })).code).toBe(0);

    // A third bad line and a changed value are new problems.
    writeFileSync(join(dir, 'fx/log.jsonl'), `${brokenLine}\n${brokenLine}\n${brokenLine}\n`);
    writeFileSync(join(dir, 'fx/b.json'), reasoning.replace('100', '200'));
    const { code, stdout } = await run(['fx', '--baseline', 'reqlint-baseline.json', '-f', 'json'], { cwd: dir });
    expect(code).toBe(1);
    const found = (JSON.parse(stdout) as Array<{ filePath: string; diagnostics: Array<{ ruleId: string }> }>).flatMap((r) =>
      r.diagnostics.map((d) => `${r.filePath}:${d.ruleId}`),
    );
    expect(found).toEqual(['fx/b.json:reasoning/no-max-tokens-on-reasoning-model', 'fx/log.jsonl:tools/no-tool-choice-without-tools']);
  });

  it('prunes entries that no longer occur, and never adds new ones when pruning', async () => {
    const dir = await setup();
    writeFileSync(join(dir, 'fx/a.json'), clean);
    writeFileSync(join(dir, 'fx/log.jsonl'), `${brokenLine}\n${brokenLine}\n${brokenLine}\n`);
    writeFileSync(join(dir, 'fx/new.json'), broken);
    const pruned = await run(['baseline', 'prune', 'fx', '--baseline', 'reqlint-baseline.json'], { cwd: dir });
    expect(pruned.stderr).toContain('(1 no longer found, removed)');
    const entries = (
      JSON.parse(readFileSync(join(dir, 'reqlint-baseline.json'), 'utf8')) as { entries: Array<{ file: string; count: number }> }
    ).entries;
    expect(entries.map((e) => [e.file, e.count])).toEqual([
      ['fx/b.json', 1],
      ['fx/log.jsonl', 2],
    ]);
  });

  it('exits 2 with a clear message for a missing or malformed baseline', async () => {
    const dir = fixtureDir({ 'a.json': clean, 'bad.json': '{"entries": 1}' });
    const missing = await run(['a.json', '--baseline', 'nope.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read the baseline .*nope\.json.*reqlint baseline create/);
    const malformed = await run(['a.json', '--baseline', 'bad.json'], { cwd: dir });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('not a reqlint baseline');
  });
});
