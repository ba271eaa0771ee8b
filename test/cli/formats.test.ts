import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/cli/formatters/github.js';
import { broken, brokenLine, clean, cleanLine, fixtureDir, run } from './helpers.js';

/**
 * The official SARIF 2.1.0 schema (OASIS, "2.1.0-rtm.5", JSON Schema draft-04). Vendored from the npm
 * package @microsoft/jest-sarif@1.0.0-beta.0 (lib/schemas/sarif-2.1.0-rtm.5.json, MIT), because
 * the schema is not downloadable here and no smaller package ships it.
 */
const sarifSchema = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/sarif-schema-2.1.0.json'), 'utf8')) as object;

const files = {
  'fx/bad.json': broken,
  'fx/ok.json': clean,
  'fx/log.jsonl': `${cleanLine}\n${brokenLine}\n`,
  'fx/r.yaml': 'model: o3\nmessages:\n  - { role: user, content: hi }\nmax_tokens: 5\n',
};

describe('stylish', () => {
  it('shows a code frame with a caret under the range, without colour when not a terminal', async () => {
    const { stdout } = await run(['fx'], { cwd: fixtureDir(files) });
    expect(stdout).not.toContain('\u001b[');
    expect(stdout).toContain('fx/bad.json\n  4:3  error  `tool_choice` is "none"');
    expect(stdout).toContain('    4 |   "tool_choice": "none"\n      |   ^^^^^^^^^^^^^\n');
    // JSONL: the line of the request, from the streamed file.
    expect(stdout).toMatch(/ {4}2 \| \{"model".*"tool_choice":"none"\}\n {6}\| {64}\^{13}\n/);
    expect(stdout).toMatch(/✖ 3 problems \(3 errors, 0 warnings\)/);
  });

  it('puts the carets under the range when wide or combining characters come before it; the column stays UTF-16', async () => {
    const caretsAt = (stdout: string) => {
      const [, spaces, carets] = /\n {6}\| ( *)(\^+)\n/.exec(stdout) ?? [];
      return [spaces?.length, carets?.length];
    };
    // A terminal gives 日 and 本 (East Asian Wide) and ✅ (emoji, one UTF-16 unit) two columns each,
    // 😀 two (as its two UTF-16 units), and the combining acute accent none.
    const line = '{"model":"o3","messages":[{"role":"user","content":"héllo 😀 日本 ✅ e\u0301"}],"max_tokens":5}';
    const key = line.indexOf('"max_tokens"');
    const wide = await run(['r.jsonl'], { cwd: fixtureDir({ 'r.jsonl': line + '\n' }) });
    expect(wide.stdout).toContain(`  1:${key + 1}  error  \`max_tokens\``);
    expect(caretsAt(wide.stdout)).toEqual([key + 2 + 1 - 1, '"max_tokens"'.length]);
    // A long line is shown as a window from 50 UTF-16 units before the range: `…`, then 46 of the 日
    // and the 4 characters `"}],` before the key.
    const long = `{"model":"o3","messages":[{"role":"user","content":"${'日'.repeat(120)}"}],"max_tokens":5}`;
    const windowed = await run(['r.json'], { cwd: fixtureDir({ 'r.json': long }) });
    expect(caretsAt(windowed.stdout)).toEqual([1 + 46 * 2 + 4, '"max_tokens"'.length]);
  });

  it('uses colour on a terminal; NO_COLOR / FORCE_COLOR override that, and --color / --no-color override both', async () => {
    const dir = fixtureDir(files);
    const stdout = async (argv: string[], env: NodeJS.ProcessEnv, stdoutTTY: boolean) =>
      (await run(['fx/bad.json', ...argv], { cwd: dir, stdoutTTY, env })).stdout;
    expect(await stdout([], {}, true)).toContain('\u001b[31merror');
    expect(await stdout([], {}, false)).not.toContain('\u001b[');
    expect(await stdout([], { NO_COLOR: '1' }, true)).not.toContain('\u001b[');
    expect(await stdout([], { FORCE_COLOR: '1' }, false)).toContain('\u001b[');
    expect(await stdout([], { FORCE_COLOR: '0' }, true)).not.toContain('\u001b[');
    expect(await stdout(['--color'], { NO_COLOR: '1' }, false)).toContain('\u001b[31merror');
    expect(await stdout(['--no-color'], { FORCE_COLOR: '1' }, true)).not.toContain('\u001b[');
    expect((await run(['fx/bad.json', '--color', '--no-color'], { cwd: dir })).code).toBe(2);
  });
});

describe('stylish and control characters', () => {
  it("prints a key's control characters as escapes, so they cannot restyle the terminal or break the layout", async () => {
    const text = '{"model":"gpt-4.1","messages":[{"role":"user","content":"x"}],"bad\\u001b[31mkey\\nX\\u0085":1}';
    const dir = fixtureDir({ 'r.json': text });
    const { stdout } = await run(['r.json'], { cwd: dir });
    expect(stdout).toContain('Unknown parameter `bad\\u001b[31mkey\\nX\\u0085`');
    // eslint-disable-next-line no-control-regex -- no control character but the line breaks may reach the terminal
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('sarif', () => {
  it('is valid SARIF 2.1.0 with rule metadata, regions and fixes', async () => {
    const { stdout, code } = await run(['fx', '-f', 'sarif'], { cwd: fixtureDir(files) });
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as Sarif.Log;
    // `unicodeRegExp: false`: the published schema's `language` pattern is not a valid Unicode-mode regex.
    const ajv = new Ajv04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats.default(ajv);
    const validate = ajv.compile(sarifSchema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // The validator does catch mistakes: a level SARIF does not define is rejected.
    expect(validate({ ...log, runs: [{ ...log.runs[0]!, results: [{ ...log.runs[0]!.results![0]!, level: 'fatal' }] }] })).toBe(false);

    const run0 = log.runs[0]!;
    const rules = run0.tool.driver.rules!;
    const rule = rules.find((r) => r.id === 'tools/no-tool-choice-without-tools')!;
    expect(rule.helpUri).toMatch(/rules\/tools\/no-tool-choice-without-tools\.md$/);
    expect(rule.defaultConfiguration?.level).toBe('error');
    expect(rule.shortDescription?.text.length).toBeGreaterThan(10);

    const results = run0.results!;
    expect(results.map((r) => `${r.locations![0]!.physicalLocation!.artifactLocation!.uri}:${r.ruleId}`).sort()).toEqual([
      'fx/bad.json:tools/no-tool-choice-without-tools',
      'fx/log.jsonl:tools/no-tool-choice-without-tools',
      'fx/r.yaml:reasoning/no-max-tokens-on-reasoning-model',
    ]);
    for (const result of results) expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId);
    // YAML is not fixed by --fix, so SARIF offers no fix for it either.
    expect(results.find((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri === 'fx/r.yaml')!.fixes).toBeUndefined();
    const json = results.find((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri === 'fx/bad.json')!;
    expect(json.locations![0]!.physicalLocation!.region).toEqual({ startLine: 4, startColumn: 3, endLine: 4, endColumn: 16 });
    // The fix, applied as a replacement, gives what --fix writes.
    const replacement = json.fixes![0]!.artifactChanges[0]!.replacements[0]!;
    const { charOffset, charLength } = replacement.deletedRegion;
    const fixed = broken.slice(0, charOffset) + (replacement.insertedContent?.text ?? '') + broken.slice(charOffset! + charLength!);
    expect(JSON.parse(fixed)).toEqual(JSON.parse(clean));
  });
});

describe('paths in CI formats', () => {
  it('are relative to the working directory even when given as absolute paths', async () => {
    const dir = fixtureDir(files);
    const sarif = JSON.parse((await run([join(dir, 'fx/bad.json'), '-f', 'sarif'], { cwd: dir })).stdout) as Sarif.Log;
    expect(sarif.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('fx/bad.json');
    expect((await run([join(dir, 'fx/bad.json'), '-f', 'github'], { cwd: dir })).stdout).toMatch(/^::error file=fx\/bad\.json,/);
  });
});

describe('github', () => {
  it('prints one workflow command per problem at file, line and column', async () => {
    const { stdout } = await run(['fx', '-f', 'github'], { cwd: fixtureDir(files) });
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^::error file=fx\/bad\.json,line=4,col=3,endLine=4,endColumn=16,title=tools\/no-tool-choice-without-tools::`tool_choice` is "none"/,
    );
    expect(lines[1]).toMatch(
      /^::error file=fx\/log\.jsonl,line=2,col=64,endLine=2,endColumn=77,title=tools\/no-tool-choice-without-tools::/,
    );
  });

  it('escapes the characters workflow commands reserve', () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b');
    expect(escapeProperty('dir:x,y%\n')).toBe('dir%3Ax%2Cy%25%0A');
  });
});

describe('junit', () => {
  it('writes a testsuite per file, a failing testcase per problem and a passing one for a clean file', async () => {
    const { stdout } = await run(['fx/bad.json', 'fx/ok.json', '-f', 'junit'], { cwd: fixtureDir(files) });
    expect(stdout).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<testsuites>\n/);
    expect(stdout).toContain('<testsuite package="org.reqlint" time="0" tests="1" errors="1" name="fx/bad.json">');
    expect(stdout).toContain('<testcase time="0" name="org.reqlint.tools/no-tool-choice-without-tools" classname="fx/bad">');
    expect(stdout).toMatch(/<failure message="`tool_choice` is &quot;none&quot;[^"]*"><!\[CDATA\[line 4, col 3, Error - `tool_choice`/);
    expect(stdout).toContain(
      '<testsuite package="org.reqlint" time="0" tests="1" errors="0" name="fx/ok.json">\n<testcase time="0" name="fx/ok.json" classname="fx/ok" />',
    );
    expect(stdout.trimEnd().endsWith('</testsuites>')).toBe(true);
  });

  it('shows an info as a passing testcase with the message in system-out, so a passing job stays green', async () => {
    // Two warnings (failures, as ESLint reports warnings) and one info (`langchain/uses-responses-api`).
    const { stdout, code } = await run(['examples/langchain/chatopenai-options.json', '-f', 'junit']);
    expect(code).toBe(0);
    expect(stdout).toContain('tests="3" errors="2" name="examples/langchain/chatopenai-options.json"');
    expect(stdout.match(/<failure /g)).toHaveLength(2);
    expect(stdout).toMatch(
      /<testcase time="0" name="org\.reqlint\.langchain\/uses-responses-api" classname="[^"]*">\n<system-out><!\[CDATA\[line 8, col 5, Info - LangChain sends this call/,
    );
  });
});

describe('--output-file', () => {
  it('writes the report to the file and nothing to stdout', async () => {
    const dir = fixtureDir(files);
    const { stdout, code } = await run(['fx/bad.json', '-f', 'sarif', '-o', 'reports/reqlint.sarif'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect((JSON.parse(readFileSync(join(dir, 'reports/reqlint.sarif'), 'utf8')) as Sarif.Log).runs[0]!.results).toHaveLength(1);
  });

  it('says it cannot write the report (not read it) when the output path is a directory or under a file', async () => {
    const dir = fixtureDir(files);
    const intoDir = await run(['fx/ok.json', '-o', 'fx'], { cwd: dir });
    expect(intoDir.code).toBe(2);
    expect(intoDir.stderr).toBe('reqlint: cannot write the report to fx: it is a directory, not a file.\n');
    const underFile = await run(['fx/ok.json', '-o', 'fx/ok.json/report.txt'], { cwd: dir });
    expect(underFile.code).toBe(2);
    expect(underFile.stderr).toBe(
      'reqlint: cannot write the report to fx/ok.json/report.txt: a part of the path is a file, not a directory.\n',
    );
  });
});
