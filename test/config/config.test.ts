import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { didYouMean } from '../../src/config/resolve.js';
import { REPO_ROOT } from '../support/rule-docs.js';
import { broken, clean, fixtureDir, parseJson, run } from '../cli/helpers.js';

const TOOL_RULE = 'tools/no-tool-choice-without-tools';
const reasoningBody = JSON.stringify({ model: 'my-o3-deployment', messages: [{ role: 'user', content: 'hi' }], max_tokens: 5 }, null, 2);

async function severities(dir: string, file: string, extra: string[] = []) {
  const { stdout, stderr, code } = await run([file, '-f', 'json', ...extra], { cwd: dir });
  expect(stderr, stderr).toBe('');
  return { code, found: parseJson(stdout)[0]!.diagnostics.map((d) => `${d.ruleId}:${d.severity}`) };
}

describe('config discovery', () => {
  it('applies the nearest config, merged over its parents, and stops at "root": true', async () => {
    const dir = fixtureDir({
      'reqlint.config.json': JSON.stringify({ rules: { [TOOL_RULE]: 'warning' } }),
      'a/bad.json': broken,
      'a/b/reqlint.config.json':
        '// JSONC: comments and trailing commas are fine\n{ "rules": { "tools/no-tool-choice-without-tools": "info", }, }',
      'a/b/bad.json': broken,
      'c/.reqlintrc.json': JSON.stringify({ root: true }),
      'c/bad.json': broken,
    });
    expect((await severities(dir, 'a/bad.json')).found).toEqual([`${TOOL_RULE}:warning`]);
    expect((await severities(dir, 'a/b/bad.json')).found).toEqual([`${TOOL_RULE}:info`]);
    // The root config cuts off the parent's "warning": the rule's default applies.
    expect((await severities(dir, 'c/bad.json')).found).toEqual([`${TOOL_RULE}:error`]);
  });

  it('uses only the --config file when given', async () => {
    const dir = fixtureDir({
      'reqlint.config.json': JSON.stringify({ rules: { [TOOL_RULE]: 'off' } }),
      'other.json': JSON.stringify({ rules: { [TOOL_RULE]: 'info' } }),
      'bad.json': broken,
    });
    expect((await severities(dir, 'bad.json')).found).toEqual([]);
    expect((await severities(dir, 'bad.json', ['--config', 'other.json'])).found).toEqual([`${TOOL_RULE}:info`]);
  });

  it('applies overrides by glob, later ones winning, with excludedFiles', async () => {
    const dir = fixtureDir({
      'reqlint.config.json': JSON.stringify({
        overrides: [
          { files: ['legacy/**'], rules: { [TOOL_RULE]: 'warning' } },
          { files: ['legacy/keep/*.json'], excludedFiles: ['legacy/keep/strict.json'], rules: { [TOOL_RULE]: 'off' } },
        ],
      }),
      'legacy/x.json': broken,
      'legacy/keep/y.json': broken,
      'legacy/keep/strict.json': broken,
      'new/z.json': broken,
    });
    expect((await severities(dir, 'legacy/x.json')).found).toEqual([`${TOOL_RULE}:warning`]);
    expect((await severities(dir, 'legacy/keep/y.json')).found).toEqual([]);
    expect((await severities(dir, 'legacy/keep/strict.json')).found).toEqual([`${TOOL_RULE}:warning`]);
    expect((await severities(dir, 'new/z.json')).found).toEqual([`${TOOL_RULE}:error`]);
  });

  it('maps deployment names with model aliases, and lets the command line win', async () => {
    const dir = fixtureDir({
      'reqlint.config.json': JSON.stringify({ models: { aliases: { 'my-o3-deployment': 'o3' } } }),
      'r.json': reasoningBody,
    });
    const { found } = await severities(dir, 'r.json');
    expect(found).toEqual(['reasoning/no-max-tokens-on-reasoning-model:error']);
    expect((await severities(dir, 'r.json', ['--rule', 'reasoning/no-max-tokens-on-reasoning-model: warning'])).found).toEqual([
      'reasoning/no-max-tokens-on-reasoning-model:warning',
    ]);
    const noConfig = fixtureDir({ 'r.json': reasoningBody });
    expect((await severities(noConfig, 'r.json')).found).toEqual(['model/unknown:info']);
  });

  it('skips files matched by ignorePatterns, relative to the config', async () => {
    const dir = fixtureDir({
      'fx/reqlint.config.json': JSON.stringify({ ignorePatterns: ['generated/**'] }),
      'fx/generated/g.json': broken,
      'fx/ok.json': clean,
    });
    const { stdout, code } = await run(['fx', '-f', 'json'], { cwd: dir });
    expect(code).toBe(0);
    expect(parseJson(stdout).map((r) => r.filePath)).toEqual(['fx/ok.json']);
  });

  it('prints the effective config for a file', async () => {
    const dir = fixtureDir({
      'reqlint.config.json': JSON.stringify({
        preset: 'all',
        api: 'chat.completions',
        overrides: [{ files: ['strict/**'], preset: 'strict' }],
      }),
    });
    const { stdout, code } = await run(['--print-config', 'strict/a.json', '--rule', `${TOOL_RULE}:warn`], { cwd: dir });
    expect(code).toBe(0);
    // `warn` is shown as reqlint spells it; `strict` reports unused disable comments as errors.
    expect(JSON.parse(stdout)).toEqual({
      api: 'chat.completions',
      preset: 'strict',
      rules: { [TOOL_RULE]: 'warning' },
      models: { aliases: {}, custom: [] },
      reportUnusedDisableDirectives: 'error',
      requireDisableReason: false,
      noInlineConfig: false,
    });
  });
});

describe('bad configs are exit 2 with the file and the key', () => {
  it.each([
    [
      '{ "rules": { "tools/no-tol-choice": "off" } }',
      /^reqlint: reqlint\.config\.json:1:14: rules\.tools\/no-tol-choice: unknown rule; did you mean "tools\/no-tool-choice-without-tools"\?/,
    ],
    [
      '{ "rules": { "tools/no-tool-choice-without-tools": "eror" } }',
      /reqlint\.config\.json:1:14: rules\.tools\/no-tool-choice-without-tools: severity must be one of "off" \(or 0\), "info", "warning" \(or "warn", 1\), "error" \(or 2\); got "eror"\. Did you mean "error"\?$/m,
    ],
    [
      '{ "rules": { "tools/no-tool-choice-without-tools": 3 } }',
      /reqlint\.config\.json:1:14: rules\.tools\/no-tool-choice-without-tools: severity must be one of .*; got 3\./,
    ],
    ['{ "rulez": {} }', /reqlint\.config\.json:1:3: rulez: unknown key; allowed keys are .*rules/],
    ['{ "overrides": [{ "rules": {} }] }', /reqlint\.config\.json:1:17: overrides\[0\]: `files` is required/],
    ['{ "preset": "loose" }', /reqlint\.config\.json:1:3: preset: must be one of "recommended", "strict", "all"; got "loose"/],
    [
      '{ "rules": { "tools/no-tool-choice-without-tools": ["error", { "x": 1 }] } }',
      /rules\.tools\/no-tool-choice-without-tools: .*takes no options/,
    ],
    ['{ "models": { "aliases": { "a": "b", "b": "a" } } }', /reqlint\.config\.json:1:3: models: Model aliases form a cycle/],
    ['{ "models": { "custom": [{ "ids": ["x"] }] } }', /reqlint\.config\.json:1:26: models\.custom\[0\]: `apis` is required/],
    ['{ "rules": {', /reqlint\.config\.json:1:13: invalid JSON: .*; fix the syntax there\./],
  ])('%s', async (config, message) => {
    const dir = fixtureDir({ 'reqlint.config.json': config, 'a.json': clean });
    const { code, stdout, stderr } = await run(['a.json'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('names a --config file that cannot be read', async () => {
    const { code, stderr } = await run(['a.json', '--config', 'missing.json'], { cwd: fixtureDir({ 'a.json': clean }) });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^reqlint: missing\.json: cannot read the config file \(ENOENT\)/);
  });

  it('suggests rule ids only when one is close', () => {
    expect(didYouMean('tools/no-tool-choice-without-tool')).toBe(TOOL_RULE);
    expect(didYouMean('x')).toBeUndefined();
  });
});

describe('the config JSON Schema for editors', () => {
  const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/json/config.schema.json'), 'utf8')) as Record<string, unknown>;
  const validate = new Ajv({ strict: false }).compile(schema);

  it('accepts a full config and rejects a misspelt key', () => {
    const full = {
      $schema: './node_modules/reqlint/dist/schemas/json/config.schema.json',
      root: true,
      preset: 'recommended',
      api: 'chat.completions',
      rules: { [TOOL_RULE]: ['warning'], 'parse/duplicate-key': 'off' },
      models: { aliases: { 'prod-gpt': 'gpt-4.1' } },
      overrides: [{ files: ['legacy/**'], rules: { [TOOL_RULE]: 'off' } }],
      ignorePatterns: ['generated/**'],
    };
    expect(validate(full), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ rule: {} })).toBe(false);
  });

  it('has a stable $id editors can reference', () => {
    expect(schema['$id']).toBe('https://unpkg.com/reqlint/dist/schemas/json/config.schema.json');
  });
});
