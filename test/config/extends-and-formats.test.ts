import { describe, expect, it } from 'vitest';
import { broken, clean, fixtureDir, parseJson, run } from '../cli/helpers.js';

const TOOL = 'tools/no-tool-choice-without-tools';

async function found(dir: string, file = 'a.json', extra: string[] = []) {
  const { stdout, stderr, code } = await run([file, '-f', 'json', ...extra], { cwd: dir });
  return { code, stderr, found: code === 2 ? [] : parseJson(stdout)[0]!.diagnostics.map((d) => `${d.ruleId}:${d.severity}`) };
}

async function failure(files: Record<string, string>, file = 'a.json') {
  const { code, stdout, stderr } = await run([file], { cwd: fixtureDir(files) });
  expect(code).toBe(2);
  expect(stdout).toBe('');
  return stderr;
}

describe('severities as ESLint spells them', () => {
  it.each([
    ['"warn"', 'warning'],
    ['1', 'warning'],
    ['2', 'error'],
    ['["warn"]', 'warning'],
    ['"info"', 'info'],
  ])('%s in a config is %s', async (setting, severity) => {
    const dir = fixtureDir({ 'reqlint.config.json': `{ "rules": { "${TOOL}": ${setting} } }`, 'a.json': broken });
    expect((await found(dir)).found).toEqual([`${TOOL}:${severity}`]);
  });

  it('0 and "off" turn a rule off, in overrides too', async () => {
    const dir = fixtureDir({
      'reqlint.config.json': JSON.stringify({ rules: { [TOOL]: 2 }, overrides: [{ files: ['a.json'], rules: { [TOOL]: 0 } }] }),
      'a.json': broken,
      'b.json': broken,
    });
    expect((await found(dir)).found).toEqual([]);
    expect((await found(dir, 'b.json')).found).toEqual([`${TOOL}:error`]);
  });

  it('--rule takes warn and numbers, and a typo gets a did-you-mean', async () => {
    const dir = fixtureDir({ 'a.json': broken });
    expect((await found(dir, 'a.json', ['--rule', `${TOOL}: warn`])).found).toEqual([`${TOOL}:warning`]);
    expect((await found(dir, 'a.json', ['--rule', `${TOOL}:1`])).found).toEqual([`${TOOL}:warning`]);
    const { code, stderr } = await run(['a.json', '--rule', `${TOOL}:wran`], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain(
      `--rule ${TOOL}: severity must be one of "off" (or 0), "info", "warning" (or "warn", 1), "error" (or 2); got "wran". Did you mean "warn"?\n`,
    );
  });
});

describe('config files in JSON, JSONC, YAML and package.json', () => {
  it.each([
    ['.reqlintrc.yaml', `rules:\n  ${TOOL}: warn\n`],
    ['.reqlintrc.yml', `rules:\n  ${TOOL}: warn\n`],
    ['reqlint.config.yaml', `# YAML comments are fine\nrules: { ${TOOL}: 1 }\n`],
    ['.reqlintrc.json', `{ "rules": { "${TOOL}": "warn" } }`],
    ['reqlint.config.jsonc', `// JSONC\n{ "rules": { "${TOOL}": "warn", }, }`],
    ['package.json', JSON.stringify({ name: 'x', reqlint: { rules: { [TOOL]: 'warn' } } })],
  ])('%s is found and applied', async (name, text) => {
    expect((await found(fixtureDir({ [name]: text, 'a.json': broken }))).found).toEqual([`${TOOL}:warning`]);
  });

  it('a package.json without a "reqlint" key is not a config', async () => {
    expect((await found(fixtureDir({ 'package.json': '{ "name": "x" }', 'a.json': broken }))).found).toEqual([`${TOOL}:error`]);
  });

  it('warns, naming it, about a config-like file that is not loaded', async () => {
    const dir = fixtureDir({
      'reqlint.config.json': `{ "rules": { "${TOOL}": "warn" } }`,
      '.reqlintrc.yaml': `rules: { ${TOOL}: off }\n`,
      '.reqlintrc.js': 'module.exports = {}',
      'package.json': '{ "reqlint": {} }',
      'a.json': broken,
    });
    const { stdout, stderr, code } = await run(['a.json', '-f', 'json'], { cwd: dir });
    expect(code).toBe(0);
    expect(parseJson(stdout)[0]!.diagnostics.map((d) => d.severity)).toEqual(['warning']);
    expect(stderr).toContain('reqlint: warning: .reqlintrc.yaml is not loaded: reqlint.config.json in the same folder is used');
    expect(stderr).toContain(
      'reqlint: warning: the "reqlint" key of package.json is not loaded: reqlint.config.json in the same folder is used',
    );
    expect(stderr).toMatch(/reqlint: warning: \.reqlintrc\.js is not loaded: reqlint reads configs from .*never runs code/);
  });

  it('a broken YAML config is exit 2 with file, line and column', async () => {
    expect(await failure({ '.reqlintrc.yaml': 'rules:\n  a: [1\nb: 2\n', 'a.json': clean })).toMatch(
      /^reqlint: \.reqlintrc\.yaml:\d+:\d+: invalid YAML: .*; fix the syntax there\.\n$/,
    );
    expect(await failure({ '.reqlintrc.yaml': 'rules: {}\nrules: {}\n', 'a.json': clean })).toMatch(
      /^reqlint: \.reqlintrc\.yaml:2:1: invalid YAML: Map keys must be unique/,
    );
  });

  it('a YAML config cannot run code: a JavaScript tag is refused', async () => {
    expect(await failure({ '.reqlintrc.yaml': 'preset: !!js/function "function () { return 1 }"\n', 'a.json': clean })).toMatch(
      /^reqlint: \.reqlintrc\.yaml:1:9: invalid YAML: .*tag/i,
    );
  });

  it('a YAML config with a bad rule names the line', async () => {
    expect(await failure({ 'reqlint.config.yaml': `preset: all\nrules:\n  tools/no-tol-choice: off\n`, 'a.json': clean })).toMatch(
      /^reqlint: reqlint\.config\.yaml:3:3: rules\.tools\/no-tol-choice: unknown rule; did you mean "tools\/no-tool-choice-without-tools"\?/,
    );
  });
});

describe('extends', () => {
  it('built-in presets, later entries and the file itself winning', async () => {
    const dir = fixtureDir({ 'reqlint.config.json': JSON.stringify({ extends: ['reqlint:strict', 'reqlint:all'] }), 'a.json': broken });
    const printed = JSON.parse((await run(['--print-config', 'a.json'], { cwd: dir })).stdout) as {
      preset: string;
      reportUnusedDisableDirectives: string;
    };
    expect(printed.preset).toBe('all');
    expect(printed.reportUnusedDisableDirectives).toBe('warning');
  });

  it('relative paths, merged in order: rules, overrides and model aliases', async () => {
    const dir = fixtureDir({
      'shared/base.yaml': `rules:\n  ${TOOL}: warn\n  model/unknown: off\nmodels:\n  aliases: { my-o3: o3, my-4o: gpt-4o }\noverrides:\n  - files: ["legacy/**"]\n    rules: { ${TOOL}: info }\n`,
      'shared/team.json': JSON.stringify({ extends: './base.yaml', models: { aliases: { 'my-4o': 'gpt-4.1' } } }),
      'reqlint.config.json': JSON.stringify({ extends: './shared/team.json', rules: { 'model/unknown': 'info' } }),
      'a.json': broken,
      'legacy/b.json': broken,
    });
    const printed = JSON.parse((await run(['--print-config', 'a.json'], { cwd: dir })).stdout) as { rules: object; models: object };
    expect(printed.rules).toEqual({ [TOOL]: 'warning', 'model/unknown': 'info' });
    expect(printed.models).toEqual({ aliases: { 'my-o3': 'o3', 'my-4o': 'gpt-4.1' }, custom: [] });
    // The extended config's override globs are relative to the config that extends it.
    expect((await found(dir, 'legacy/b.json')).found).toEqual([`${TOOL}:info`]);
  });

  it("shareable configs from node_modules, by ESLint's naming convention, read as data", async () => {
    const dir = fixtureDir({
      'node_modules/reqlint-config-acme/package.json': JSON.stringify({ name: 'reqlint-config-acme', main: 'reqlint.json' }),
      'node_modules/reqlint-config-acme/reqlint.json': JSON.stringify({ rules: { [TOOL]: 'warn' } }),
      'node_modules/@corp/reqlint-config/package.json': JSON.stringify({ name: '@corp/reqlint-config', main: 'index.yaml' }),
      'node_modules/@corp/reqlint-config/index.yaml': `rules: { ${TOOL}: info }\n`,
      'node_modules/reqlint-config-code/package.json': JSON.stringify({ name: 'reqlint-config-code', main: 'index.js' }),
      'node_modules/reqlint-config-code/index.js': 'throw new Error("a config must never run")',
      'one/reqlint.config.json': JSON.stringify({ extends: 'acme' }),
      'one/a.json': broken,
      'two/reqlint.config.json': JSON.stringify({ extends: ['acme', '@corp'] }),
      'two/a.json': broken,
      'three/reqlint.config.json': JSON.stringify({ extends: ['reqlint-config-code'] }),
      'three/a.json': broken,
    });
    expect((await found(dir, 'one/a.json')).found).toEqual([`${TOOL}:warning`]);
    expect((await found(dir, 'two/a.json')).found).toEqual([`${TOOL}:info`]);
    const { code, stderr } = await run(['three/a.json'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^reqlint: three\/reqlint\.config\.json:1:13: extends\[0\]: the shareable config `reqlint-config-code` points to node_modules\/reqlint-config-code\/index\.js, which reqlint will not run/,
    );
  });

  it('an extends that cannot be found is exit 2 with the line and what to do', async () => {
    expect(await failure({ 'reqlint.config.json': '{\n  "extends": ["reqlint:recommended", "missing"]\n}', 'a.json': clean })).toBe(
      'reqlint: reqlint.config.json:2:38: extends[1]: cannot find the shareable config "missing" (package `reqlint-config-missing`) from .; install it with `npm install --save-dev reqlint-config-missing`, or fix the name.\n',
    );
    expect(await failure({ 'reqlint.config.yaml': 'extends:\n  - ./nope.json\n', 'a.json': clean })).toMatch(
      /^reqlint: reqlint\.config\.yaml:2:5: extends\[0\]: cannot find "\.\/nope\.json" \(no file at nope\.json\); the path is relative to this config file\./,
    );
    expect(await failure({ 'reqlint.config.json': '{ "extends": "reqlint:recomended" }', 'a.json': clean })).toMatch(
      /extends: unknown built-in config "reqlint:recomended"; use one of reqlint:recommended, reqlint:strict, reqlint:all\./,
    );
  });

  it('a cycle of extends is exit 2, naming the cycle', async () => {
    const stderr = await failure({
      'reqlint.config.json': '{ "extends": "./b.yaml" }',
      'b.yaml': 'extends: ./c.json\n',
      'c.json': '{ "extends": ["./b.yaml"] }',
      'a.json': clean,
    });
    expect(stderr).toBe(
      'reqlint: c.json:1:15: extends[0]: `extends` forms a cycle (b.yaml → c.json → b.yaml); remove one of these `extends` entries.\n',
    );
  });

  it('a bad rule in an extended config names that file', async () => {
    expect(
      await failure({
        'reqlint.config.json': '{ "extends": "./base.json" }',
        'base.json': '{\n  "rules": { "nope/never": "warn" }\n}',
        'a.json': clean,
      }),
    ).toMatch(/^reqlint: base\.json:2:14: rules\.nope\/never: unknown rule/);
  });
});
