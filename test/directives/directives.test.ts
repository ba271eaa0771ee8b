import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile, lintSource } from '../../src/cli/lint-file.js';
import { jsoncComments, parseDirective, yamlComments } from '../../src/directives/index.js';
import { lintJsonLines } from '../../src/jsonl/index.js';
import { brokenLine, cleanLine, fixtureDir, parseJson, run } from '../cli/helpers.js';

const TOOL = 'tools/no-tool-choice-without-tools';
const how = { keepSource: false, hashValues: false };
const ids = (text: string, name: string, options = {}) =>
  lintSource(text, name, options, how).diagnostics.map((d) => `${d.range?.start.line ?? d.line}:${d.ruleId}`);

/** A request with one error (`tool_choice` without tools) on line 4. */
const jsonc = (comment: string) =>
  `{\n  "model": "gpt-4.1",\n  "messages": [{ "role": "user", "content": "hi" }],\n${comment}\n  "tool_choice": "auto"\n}\n`;

describe('parsing directives', () => {
  it('reads kind, rule ids with their columns, and the reason after --', () => {
    const [comment] = jsoncComments('{} // reqlint-disable-next-line a/b, c/d -- the proxy accepts it');
    const directive = parseDirective(comment!)!;
    expect(directive.kind).toBe('disable-next-line');
    expect(directive.rules.map((r) => [r.id, r.range.start.column])).toEqual([
      ['a/b', 33],
      ['c/d', 38],
    ]);
    expect(directive.reason).toBe('the proxy accepts it');
    expect(parseDirective(jsoncComments('// reqlint-disabled x')[0]!)).toBeUndefined();
    expect(parseDirective(jsoncComments('/* reqlint-disable */')[0]!)?.rules).toEqual([]);
  });

  it('does not take `//` or `#` inside strings for comments', () => {
    expect(jsoncComments('{ "url": "https://x/y // reqlint-disable" }')).toEqual([]);
    expect(
      yamlComments('a: "# reqlint-disable-line x"\nb: |\n  # reqlint-disable\nc: 1 # real\n').map((c) => [c.body, c.start.line]),
    ).toEqual([[' real', 4]]);
  });
});

describe('suppressing in JSONC', () => {
  it('disable-next-line, disable-line, and disable/enable blocks suppress the named rule only', () => {
    expect(ids(jsonc(''), 'a.jsonc')).toEqual([`5:${TOOL}`]);
    expect(ids(jsonc(`  // reqlint-disable-next-line ${TOOL} -- fixture for the proxy test`), 'a.jsonc')).toEqual([]);
    expect(ids(jsonc('').replace('"auto"', `"auto" // reqlint-disable-line ${TOOL}`), 'a.jsonc')).toEqual([]);
    expect(ids(`/* reqlint-disable ${TOOL} */\n${jsonc('')}`, 'a.jsonc')).toEqual([]);
    // The block ends before the problem, so it suppressed nothing: that is reported too.
    expect(ids(`/* reqlint-disable */\n${jsonc('  /* reqlint-enable */')}`, 'a.jsonc')).toEqual([`6:${TOOL}`, '1:directive/unused']);
    // ESLint's semantics: `enable x` re-enables x under a blanket disable.
    expect(ids(`/* reqlint-disable */\n${jsonc(`  /* reqlint-enable ${TOOL} */`)}`, 'a.jsonc')).toEqual([
      `6:${TOOL}`,
      '1:directive/unused',
    ]);
    expect(ids(`/* reqlint-disable */\n${jsonc(`  /* reqlint-enable schema/enum */`)}`, 'a.jsonc')).toEqual([]);
  });

  it('reports a directive that suppresses nothing, at the configured severity, and never suppresses it', () => {
    const result = lintSource(jsonc('  // reqlint-disable-next-line schema/enum'), 'a.jsonc', {}, how);
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.range?.start.line])).toEqual([
      [TOOL, 'error', 5],
      ['directive/unused', 'warning', 4],
    ]);
    expect(result.diagnostics[1]!.message).toBe(
      'Unused `reqlint-disable-next-line` directive (no problems were reported from "schema/enum"); remove it.',
    );
    const off = { directives: { reportUnused: 'off' as const, requireReason: false, noInlineConfig: false } };
    expect(ids(jsonc('  // reqlint-disable-next-line schema/enum'), 'a.jsonc', off)).toEqual([`5:${TOOL}`]);
  });

  it('reports an unknown rule id with a did-you-mean, and does not let it disable everything', () => {
    const result = lintSource(jsonc('  // reqlint-disable-next-line tools/no-tool-choice-without-tool'), 'a.jsonc', {}, how);
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual([TOOL, 'directive/unknown-rule']);
    expect(result.diagnostics[1]!.message).toContain(`did you mean "${TOOL}"?`);
    expect(result.diagnostics[1]!.range?.start).toMatchObject({ line: 4, column: 32 });
  });

  it('requires a reason when the config says so', () => {
    const strict = { directives: { reportUnused: 'warning' as const, requireReason: true, noInlineConfig: false } };
    expect(ids(jsonc(`  // reqlint-disable-next-line ${TOOL}`), 'a.jsonc', strict)).toEqual(['4:directive/missing-reason']);
    expect(ids(jsonc(`  // reqlint-disable-next-line ${TOOL} -- the proxy adds tools`), 'a.jsonc', strict)).toEqual([]);
  });

  it('plain .json has no comments: a directive there is reported as having no effect', () => {
    expect(ids(jsonc(`  // reqlint-disable-next-line ${TOOL}`), 'a.json')).toEqual([`5:${TOOL}`, '4:directive/not-applied']);
  });

  it('cannot suppress a syntax error', () => {
    expect(ids('// reqlint-disable\n{ "model": ', 'a.jsonc')).toContain('2:parse/syntax');
  });
});

describe('suppressing in JSONL and YAML', () => {
  const jsonl = [cleanLine, `// reqlint-disable-next-line ${TOOL} -- replayed from production logs`, brokenLine, brokenLine, ''].join('\n');

  it('a JSONL directive line applies to the next line and is not itself a request', () => {
    expect(ids(jsonl, 'log.jsonl')).toEqual([`4:${TOOL}`]);
  });

  it('the streamed JSONL path gives the same answer as the in-memory one', async () => {
    const dir = fixtureDir({ 'log.jsonl': jsonl });
    const streamed = await lintFile(join(dir, 'log.jsonl'), 'log.jsonl', {}, how);
    expect(streamed.diagnostics).toEqual(lintSource(jsonl, 'log.jsonl', {}, how).diagnostics);
  });

  const envelope = (body: string) => `{"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":${body}}`;
  const messagesOf = (text: string, name: string) =>
    lintSource(text, name, {}, how)
      .diagnostics.filter((d) => d.ruleId === 'parse/jsonl-comments')
      .map((d) => `${d.range?.start.line}:${d.message.slice(0, 40)}`);

  it('a directive line in a Batch file is an error (the file is uploaded as it is), but still applies', () => {
    const batch = [`// reqlint-disable-next-line ${TOOL}`, envelope(brokenLine), ''].join('\n');
    expect(ids(batch, 'batch.jsonl')).toEqual(['1:parse/jsonl-comments']);
    expect(messagesOf(batch, 'batch.jsonl')).toEqual(['1:A `reqlint-disable` comment in a Batch i']);
    // The same directive in a file of plain request bodies (logs, fixtures) is only a directive.
    expect(ids([`// reqlint-disable-next-line ${TOOL}`, brokenLine, ''].join('\n'), 'log.jsonl')).toEqual([]);
  });

  it('a directive on a request line is an error there, and cannot excuse itself', () => {
    expect(messagesOf(`${brokenLine} // reqlint-disable-line ${TOOL}\n`, 'log.jsonl')).toEqual([
      '1:A `reqlint-disable` comment on a request',
    ]);
    expect(messagesOf(`${envelope(brokenLine)} // reqlint-disable-line ${TOOL}\n`, 'batch.jsonl')).toEqual([
      '1:A `reqlint-disable` comment in a Batch i',
    ]);
    // Without ids a directive turns every rule off on its line: not the finding about the comment itself.
    expect(ids(`${cleanLine.replace('"messages"', '/* reqlint-disable-line */ "messages"')}\n`, 'log.jsonl')).toEqual([
      '1:parse/jsonl-comments',
      '1:directive/unused',
    ]);
  });

  it('the library finds the directive line of a Batch file too, as the fetch guard lints an upload', () => {
    const batch = [`// reqlint-disable-next-line ${TOOL}`, envelope(cleanLine), ''].join('\n');
    expect(lintJsonLines(batch).map((d) => `${d.line}:${d.ruleId}:${d.severity}`)).toEqual(['1:parse/jsonl-comments:error']);
  });

  it('YAML takes # directives, in single documents and --- streams', () => {
    const yaml = 'model: gpt-4.1\nmessages:\n  - role: user\n    content: hi\ntool_choice: auto\n';
    expect(ids(yaml, 'a.yaml')).toEqual([`5:${TOOL}`]);
    expect(ids(yaml.replace('tool_choice', `# reqlint-disable-next-line ${TOOL}\ntool_choice`), 'a.yaml')).toEqual([]);
    expect(ids(`${yaml}---\n${yaml.replace('tool_choice: auto', `tool_choice: auto # reqlint-disable-line ${TOOL}`)}`, 'a.yml')).toEqual([
      `5:${TOOL}`,
    ]);
  });
});

describe('directives on the command line', () => {
  it('a directive with an unknown rule is exit 2, naming file, line and the fix', async () => {
    const dir = fixtureDir({ 'a.jsonc': jsonc('  // reqlint-disable-next-line zzz/unknown-thing') });
    const { code, stderr } = await run(['a.jsonc', '-f', 'json'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^reqlint: a\.jsonc:4:32: `reqlint-disable-next-line` names unknown rule "zzz\/unknown-thing"; `reqlint rules` lists them all\.$/m,
    );
  });

  it('--report-unused-disable-directives makes unused directives errors (exit 1)', async () => {
    const dir = fixtureDir({
      'a.jsonc': jsonc('  // reqlint-disable-next-line schema/enum').replace('"tool_choice": "auto"', '"temperature": 1'),
    });
    expect((await run(['a.jsonc'], { cwd: dir })).code).toBe(0);
    const { code, stdout } = await run(['a.jsonc', '--report-unused-disable-directives', '-f', 'json'], { cwd: dir });
    expect(code).toBe(1);
    expect(parseJson(stdout)[0]!.diagnostics.map((d) => `${d.ruleId}:${d.severity}`)).toEqual(['directive/unused:error']);
    const viaConfig = fixtureDir({
      'a.jsonc': readFileSync(join(dir, 'a.jsonc'), 'utf8'),
      '.reqlintrc.yaml': 'reportUnusedDisableDirectives: off\n',
    });
    expect(parseJson((await run(['a.jsonc', '-f', 'json'], { cwd: viaConfig })).stdout)[0]!.diagnostics).toEqual([]);
  });

  it('--fix keeps directives and does not fix what they suppress', async () => {
    // The third line's `"none"` is what the safe fix removes ("auto" would only get a suggestion).
    const text = `// reqlint-disable-next-line ${TOOL} -- kept on purpose\n${brokenLine}\n${brokenLine.replace('"auto"', '"none"')}\n`;
    const dir = fixtureDir({ 'log.jsonl': text, 'a.jsonc': jsonc(`  // reqlint-disable-next-line ${TOOL}`) });
    const { code } = await run(['--fix', 'log.jsonl', 'a.jsonc'], { cwd: dir });
    expect(code).toBe(0);
    const fixed = readFileSync(join(dir, 'log.jsonl'), 'utf8').split('\n');
    expect(fixed[0]).toBe(`// reqlint-disable-next-line ${TOOL} -- kept on purpose`);
    expect(fixed[1]).toBe(brokenLine);
    expect(fixed[2]).not.toContain('tool_choice');
    expect(readFileSync(join(dir, 'a.jsonc'), 'utf8')).toBe(jsonc(`  // reqlint-disable-next-line ${TOOL}`));
  });
});

describe('code frames for directive findings in a streamed JSONL file', () => {
  it('keeps the directive line, so stylish shows it', async () => {
    const dir = fixtureDir({ 'log.jsonl': `// reqlint-disable-next-line schema/enum\n${cleanLine}\n` });
    const { stdout, code } = await run(['log.jsonl'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain(
      '1:1  warning  Unused `reqlint-disable-next-line` directive (no problems were reported from "schema/enum"); remove it.  directive/unused',
    );
    expect(stdout).toContain('    1 | // reqlint-disable-next-line schema/enum');
  });
});
