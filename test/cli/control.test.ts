import { describe, expect, it } from 'vitest';
import { parseRuleFlag } from '../../src/cli/args.js';
import { broken, brokenLine, clean, fixtureDir, parseJson, run } from './helpers.js';

const TOOL_RULE = 'tools/no-tool-choice-without-tools';
const warningOnly = JSON.stringify({ rules: { [TOOL_RULE]: 'warning' } });

describe('exit codes, --max-warnings and --quiet', () => {
  it('exits 0 on warnings within --max-warnings and 1 above it', async () => {
    const dir = fixtureDir({ 'reqlint.config.json': warningOnly, 'a.json': broken, 'b.json': broken });
    expect((await run(['.'], { cwd: dir })).code).toBe(0);
    expect((await run(['.', '--max-warnings', '2'], { cwd: dir })).code).toBe(0);
    const over = await run(['.', '--max-warnings', '1'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('too many warnings (maximum: 1, found: 2)');
  });

  it('--quiet reports errors only', async () => {
    const dir = fixtureDir({ 'reqlint.config.json': warningOnly, 'w.json': broken });
    const { stdout, code } = await run(['w.json', '--quiet', '-f', 'json'], { cwd: dir });
    expect(code).toBe(0);
    expect(parseJson(stdout)[0]!.diagnostics).toEqual([]);
  });

  it('exits 2 on bad flags', async () => {
    for (const argv of [
      ['--max-warnings', 'x', 'a.json'],
      ['--concurrency', '-1', 'a.json'],
      ['--preset', 'loose', 'a.json'],
      ['--fix', '--fix-dry-run', 'a.json'],
      ['--rule', 'nope', 'a.json'],
      ['--rule', 'tools/nope:off', 'a.json'],
      ['baseline', 'create', 'a.json'],
    ]) {
      const { code, stderr } = await run(argv, { cwd: fixtureDir({ 'a.json': clean }) });
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toMatch(/^reqlint: /);
    }
  });
});

describe('--rule', () => {
  it('accepts id:severity, ESLint\'s "id: severity" and JSON arrays', () => {
    expect(parseRuleFlag(`${TOOL_RULE}:off`)).toEqual([TOOL_RULE, 'off']);
    expect(parseRuleFlag(`${TOOL_RULE}: warning`)).toEqual([TOOL_RULE, 'warning']);
    expect(parseRuleFlag(`${TOOL_RULE}: ["error"]`)).toEqual([TOOL_RULE, ['error']]);
  });

  it('overrides the config and --preset', async () => {
    const dir = fixtureDir({ 'a.json': broken });
    const { stdout, code } = await run(['a.json', '--preset', 'strict', '--rule', `${TOOL_RULE}: warning`, '-f', 'json'], { cwd: dir });
    expect(code).toBe(0);
    expect(parseJson(stdout)[0]!.diagnostics.map((d) => d.severity)).toEqual(['warning']);
  });
});

describe('reqlint rules', () => {
  it('lists every rule and engine check with description, default severity, fixable flag and docs URL', async () => {
    const { stdout, code } = await run(['rules', '--format', 'json']);
    expect(code).toBe(0);
    const rules = JSON.parse(stdout) as Array<{
      id: string;
      description: string;
      defaultSeverity: string;
      fixable: boolean;
      docsUrl: string;
      kind: string;
    }>;
    expect(rules.find((r) => r.id === TOOL_RULE)).toMatchObject({
      kind: 'rule',
      defaultSeverity: 'error',
      fixable: true,
      docsUrl: expect.stringMatching(/no-tool-choice-without-tools\.md$/),
    });
    expect(rules.find((r) => r.id === 'parse/syntax')).toMatchObject({ kind: 'engine', defaultSeverity: 'error' });
    expect(rules.every((r) => r.description.length > 0)).toBe(true);
    const text = await run(['rules']);
    expect(text.stdout).toContain(TOOL_RULE);
    expect(text.stdout).toMatch(/\[error, recommended, fixable.*\] https:\/\//);
  });
});

describe('--stdin', () => {
  it("lints standard input as the --stdin-filename kind, with that name's config overrides", async () => {
    const dir = fixtureDir({
      'reqlint.config.json': JSON.stringify({ overrides: [{ files: ['logs/**'], rules: { [TOOL_RULE]: 'warning' } }] }),
    });
    const jsonl = await run(['--stdin', '--stdin-filename', 'logs/today.jsonl', '-f', 'json'], {
      cwd: dir,
      stdin: `${brokenLine}\n${brokenLine}\n`,
    });
    expect(jsonl.code).toBe(0);
    const [result] = parseJson(jsonl.stdout);
    expect(result!.filePath).toBe('logs/today.jsonl');
    expect(result!.diagnostics.map((d) => [d.line, d.severity])).toEqual([
      [1, 'warning'],
      [2, 'warning'],
    ]);
    const yaml = await run(['--stdin', '--stdin-filename', 'x.yaml', '-f', 'json'], {
      cwd: dir,
      stdin: 'model: gpt-4.1\nmessages: [{role: user, content: hi}]\ntool_choice: none\n',
    });
    expect(yaml.code).toBe(1);
    expect(parseJson(yaml.stdout)[0]!.diagnostics[0]).toMatchObject({ ruleId: TOOL_RULE, range: { start: { line: 3, column: 1 } } });
    const plain = await run(['--stdin'], { cwd: dir, stdin: broken });
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain('<stdin>\n  4:3  error');
  });

  it('prints the fixed text with --fix-dry-run -f json', async () => {
    const { stdout } = await run(['--stdin', '--fix-dry-run', '-f', 'json'], { cwd: fixtureDir({}), stdin: broken });
    const [result] = parseJson(stdout);
    expect(result!.diagnostics).toEqual([]);
    expect(result!.output).toBe('{\n  "model": "gpt-4.1",\n  "messages": [{ "role": "user", "content": "hi" }]\n}\n');
  });
});

describe('inputs', () => {
  it('skips --ignore-pattern matches and warns about ignored files named explicitly', async () => {
    const dir = fixtureDir({
      'fx/a.json': clean,
      'fx/legacy/b.json': broken,
      'fx/c.yml': 'model: gpt-4.1\nmessages: [{role: user, content: hi}]\n',
    });
    const { stdout, code } = await run(['fx', '--ignore-pattern', 'fx/legacy/**', '-f', 'json'], { cwd: dir });
    expect(code).toBe(0);
    expect(parseJson(stdout).map((r) => r.filePath)).toEqual(['fx/a.json', 'fx/c.yml']);
    const named = await run(['fx/legacy/b.json', 'fx/a.json', '--ignore-pattern', 'fx/legacy/**'], { cwd: dir });
    expect(named.code).toBe(0);
    expect(named.stderr).toContain('fx/legacy/b.json is ignored');
  });
});

describe('usage errors a newcomer can act on', () => {
  it('names an empty directory as such and points at --help instead of printing the whole usage', async () => {
    const dir = fixtureDir({ 'fixtures.json/notes.txt': 'x' });
    const { code, stderr } = await run(['fixtures.json'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'reqlint: "fixtures.json" is a directory with no .json, .jsonc, .jsonl, .yaml, .yml files to lint.\nRun `reqlint --help` for usage.\n',
    );
  });

  it('prints the defaults in force with --print-config', async () => {
    const { code, stdout } = await run(['--print-config', 'a.json'], { cwd: fixtureDir({}) });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ api: 'auto', preset: 'recommended' });
  });
});

describe('bounded memory on huge JSONL files is not silent', () => {
  it('says when lines beyond the kept ones get no SARIF fixes', async () => {
    const dir = fixtureDir({ 'big.jsonl': Array.from({ length: 1003 }, () => brokenLine).join('\n') + '\n' });
    const { code, stderr } = await run(['big.jsonl', '-f', 'sarif'], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toBe(
      'reqlint: big.jsonl: only the first 1000 lines with findings get code frames and SARIF fixes; 3 more lines are reported without them.\n',
    );
  });
});

describe('a mistyped flag', () => {
  it('names it in backticks with a did-you-mean from the known flags, and exits 2', async () => {
    const first = async (argv: string[]) => {
      const { code, stderr } = await run(argv);
      expect(code).toBe(2);
      return stderr.split('\n')[0];
    };
    expect(await first(['x.json', '--fromat', 'json'])).toBe('reqlint: Unknown option `--fromat`. Did you mean `--format`?');
    expect(await first(['x.json', '--max-warning', '3'])).toBe('reqlint: Unknown option `--max-warning`. Did you mean `--max-warnings`?');
    expect(await first(['x.json', '--bogus'])).toBe('reqlint: Unknown option `--bogus`.');
    expect(await first(['x.json', '--fix=yes'])).toBe('reqlint: `--fix` does not take a value.');
    expect(await first(['x.json', '--format'])).toBe('reqlint: `--format` needs a value.');
    expect(await first(['explain', 'x', '--requets', 'r.json'])).toBe('reqlint: Unknown option `--requets`. Did you mean `--request`?');
    // An API error that starts with a dash is read as flags: the message says how to pass it.
    expect(await first(['explain', "-1 is less than the minimum of 0 - 'temperature'"])).toBe(
      'reqlint: Unknown option `-1`. An argument that starts with `-` (an API error, a file name) goes after `--`.',
    );
  });
});
