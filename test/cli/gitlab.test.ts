import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/rule-docs.js';
import { broken, brokenLine, fixtureDir, run } from './helpers.js';

const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'test/fixtures/gitlab/code-quality-report.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

interface Issue {
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

async function report(files: Record<string, string>) {
  const { stdout, code } = await run(['fx', '-f', 'gitlab'], { cwd: fixtureDir(files) });
  return { code, issues: JSON.parse(stdout) as Issue[] };
}

describe('gitlab (Code Quality) format', () => {
  const files = {
    'fx/a.json': broken,
    'fx/sub/b.jsonl': `${brokenLine}\n${brokenLine}\n`,
    'fx/c.yaml': 'model: gpt-4.1\nmessages: [{ role: user, content: hi }]\ntemperature: 7\n',
  };

  it("matches GitLab's documented report format, with relative paths and GitLab severities", async () => {
    const { code, issues } = await report(files);
    expect(code).toBe(1);
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
    expect(issues.map((i) => [i.location.path, i.location.lines.begin, i.check_name, i.severity])).toEqual([
      ['fx/a.json', 4, 'tools/no-tool-choice-without-tools', 'major'],
      ['fx/c.yaml', 3, 'schema/range', 'major'],
      ['fx/sub/b.jsonl', 1, 'tools/no-tool-choice-without-tools', 'major'],
      ['fx/sub/b.jsonl', 2, 'tools/no-tool-choice-without-tools', 'major'],
    ]);
  });

  it('gives every issue its own fingerprint, stable when the file is reformatted', async () => {
    const first = (await report(files)).issues;
    expect(new Set(first.map((i) => i.fingerprint)).size).toBe(first.length);
    const reformatted = (await report({ ...files, 'fx/a.json': JSON.stringify(JSON.parse(broken)) })).issues;
    expect(reformatted.map((i) => i.fingerprint)).toEqual(first.map((i) => i.fingerprint));
  });

  it('is an empty array when nothing is found', async () => {
    const { issues, code } = await report({ 'fx/a.json': '{ "model": "gpt-4.1", "messages": [{ "role": "user", "content": "hi" }] }' });
    expect(code).toBe(0);
    expect(issues).toEqual([]);
  });
});
