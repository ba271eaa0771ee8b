/**
 * The plugin object, its rule names, its settings and its pre-check; and every call option LangChain's
 * `ChatOpenAI` takes in `invoke(input, options)` (as the seed lists them) is linted there.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import ts from 'typescript';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { mayHaveCallSites } from '../../src/eslint-plugin/analyze-file.js';
import { OPENAI_CALL_SITES } from '../../src/eslint-plugin/call-sites.js';
import reqlint, { eslintRuleName } from '../../src/eslint-plugin/index.js';
import { ENGINE_CHECKS } from '../../src/engine/checks.js';

describe('plugin object', () => {
  it('names itself and its version in meta, as ESLint caches and `--print-config` expect', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(reqlint.meta).toEqual({ name: 'reqlint', version: pkg.version });
  });

  it('has one ESLint rule per reqlint rule and per engine check that can happen in code, under distinct names', () => {
    const expected = [
      ...builtinRules.map((r) => r.id),
      ...ENGINE_CHECKS.map((c) => c.id).filter((id) => !/^(parse|dialect|batch)\//.test(id)),
    ];
    const names = expected.map(eslintRuleName);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(reqlint.rules).sort()).toEqual([...names].sort());
    expect(reqlint.rules['reasoning-no-max-tokens-on-reasoning-model']?.meta?.docs?.url).toBe(
      'https://github.com/reqlint/reqlint/blob/main/rules/reasoning/no-max-tokens-on-reasoning-model.md',
    );
    expect(reqlint.rules['reasoning-no-max-tokens-on-reasoning-model']?.meta?.fixable).toBe('code');
  });

  it("recommended mirrors reqlint's recommended preset: errors as error, warnings as warn, infos off", () => {
    const rules = reqlint.configs.recommended.rules ?? {};
    expect(rules['reqlint/reasoning-no-max-tokens-on-reasoning-model']).toBe('error');
    expect(rules['reqlint/langchain-no-dropped-options']).toBe('warn');
    expect(rules['reqlint/model-unknown']).toBeUndefined();
    const notRecommended = builtinRules.find((r) => !r.meta.recommended);
    if (notRecommended) expect(rules[`reqlint/${eslintRuleName(notRecommended.id)}`]).toBeUndefined();
    expect(reqlint.configs.all.rules?.['reqlint/model-unknown']).toBe('warn');
    expect(reqlint.configs.recommended.plugins?.['reqlint']).toBe(reqlint);
  });
});

describe('pre-check', () => {
  it('lets through only text that may hold a call site', () => {
    expect(mayHaveCallSites('const x = JSON.parse(text); Object.create(null); stream.on("data", f);', OPENAI_CALL_SITES)).toBe(false);
    expect(mayHaveCallSites('await client.chat.completions.create({})', OPENAI_CALL_SITES)).toBe(true);
    expect(mayHaveCallSites('await client.chat.completions\n  .create({})', OPENAI_CALL_SITES)).toBe(true);
    expect(mayHaveCallSites('openai.responses?.stream(body)', OPENAI_CALL_SITES)).toBe(true);
    expect(mayHaveCallSites("import { ChatOpenAI } from '@langchain/openai';", OPENAI_CALL_SITES)).toBe(true);
    expect(mayHaveCallSites('llm.ask(body)', [...OPENAI_CALL_SITES, { callee: 'llm.ask', api: 'chat.completions', argument: 0 }])).toBe(
      true,
    );
    expect(
      mayHaveCallSites('this.$llm.ask(body)', [...OPENAI_CALL_SITES, { callee: '*.$llm.ask', api: 'chat.completions', argument: 0 }]),
    ).toBe(true);
    expect(
      mayHaveCallSites('llm.asks(body); allm.ask(body)', [
        ...OPENAI_CALL_SITES,
        { callee: 'llm.ask', api: 'chat.completions', argument: 0 },
      ]),
    ).toBe(false);
  });
});

describe('settings', () => {
  const linter = new Linter({ configType: 'flat' });
  const verify = (code: string, settings: unknown) =>
    linter.verify(
      code,
      [
        { files: ['**/*.ts'], languageOptions: { parser: tsParser }, settings: { reqlint: settings } },
        { ...reqlint.configs.recommended, files: ['**/*.ts'] },
      ],
      'a.ts',
    );
  const code = "client.chat.completions.create({ model: 'prod', max_tokens: 5, tool_choice: 'auto', messages });";

  it('turns reqlint rules off and maps model aliases, as a reqlint config does', () => {
    expect(verify(code, { configFile: false }).map((m) => m.ruleId)).toEqual(['reqlint/tools-no-tool-choice-without-tools']);
    const configured = verify(code, {
      configFile: false,
      rules: { 'tools/no-tool-choice-without-tools': 'off' },
      models: { aliases: { prod: 'o3' } },
    });
    expect(configured.map((m) => m.ruleId)).toEqual(['reqlint/reasoning-no-max-tokens-on-reasoning-model']);
  });

  it('stops with a message naming the setting on a mistake', () => {
    expect(() => verify(code, { configFile: false, rules: { 'tools/no-tol-choice': 'off' } })).toThrow(
      /settings\.reqlint\.rules: tools\/no-tol-choice: unknown rule; did you mean "tools\/no-tool-choice-without-tools"/,
    );
    expect(() => verify(code, { configFile: false, callSites: [{ callee: 'llm.ask', api: 'chat' }] })).toThrow(
      'reqlint ESLint settings: settings.reqlint.callSites[0].api: must be one of "chat.completions", "responses", "langchain".',
    );
    expect(() => verify(code, { configFile: false, extra: 1 })).toThrow(/settings\.reqlint\.extra: unknown key/);
  });
});

// Every call option: a value of the wrong type is reported at that value, by the schema check.
const CALL_OPTIONS = [
  'audio',
  'modalities',
  'parallel_tool_calls',
  'prediction',
  'reasoning',
  'response_format',
  'service_tier',
  'stream_options',
  'strict',
  'tool_choice',
  'tools',
  'verbosity',
];

const callOptionsLinter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser }, settings: { reqlint: { configFile: false } } },
  { ...reqlint.configs.recommended, files: ['**/*.ts'] },
];

describe('LangChain call options in model.invoke(input, {...})', () => {
  it.each(CALL_OPTIONS)('`%s` is checked', (option) => {
    // A number is the wrong type for every one of them.
    const code = `const model = new ChatOpenAI({ model: 'gpt-4.1' });\nawait model.invoke(input, { ${option}: 12345 });`;
    const messages = callOptionsLinter.verify(code, config, 'example.ts');
    const value = code.indexOf('12345');
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toContainEqual(['reqlint/schema-type', 2, value - code.indexOf('\n')]);
  });

  it('an option whose finding would depend on its unknown value is not reported', () => {
    // `verbosity: "high"` or `service_tier: "flex"` would be wrong for gpt-4o; "medium" and "auto" are not.
    const code = `const model = new ChatOpenAI({ model: 'gpt-4o' });\nexport const run = (verbosity: 'low' | 'medium' | 'high') => model.invoke(input, { verbosity, service_tier: tier() });`;
    expect(callOptionsLinter.verify(code, config, 'example.ts')).toEqual([]);
  });
});

describe('with type information (optional)', () => {
  it('a model typed as a union of literals is linted for each of them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reqlint-types-'));
    try {
      const file = join(dir, 'ask.ts');
      const code = [
        'declare const client: any;',
        'declare const messages: unknown[];',
        "type ReasoningModel = 'o3' | 'o4-mini';",
        'export const ask = (model: ReasoningModel) => client.chat.completions.create({ model, max_tokens: 500, messages });',
        "export const either = (model: 'o3' | 'gpt-4.1') => client.chat.completions.create({ model, max_tokens: 500, messages });",
        'export const anyModel = (model: string) => client.chat.completions.create({ model, max_tokens: 500, messages });',
      ].join('\n');
      writeFileSync(file, code);
      // No lib files: the program stays small, and literal types need none.
      const program = ts.createProgram({ rootNames: [file], options: { noLib: true, strict: true, types: [] } });
      const linter = new Linter({ configType: 'flat', cwd: dir });
      const messages = linter.verify(
        code,
        [
          {
            files: ['**/*.ts'],
            languageOptions: { parser: tsParser, parserOptions: { programs: [program] } },
            settings: { reqlint: { configFile: false } },
          },
          { ...reqlint.configs.recommended, files: ['**/*.ts'] },
        ],
        file,
      );
      // Only where every possible model rejects `max_tokens`.
      expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
        ['reqlint/reasoning-no-max-tokens-on-reasoning-model', 4, code.split('\n')[3]!.indexOf('max_tokens') + 1],
      ]);
      expect(messages[0]?.message).toBe(
        '`max_tokens` is not supported by `o3` or `o4-mini`; rename it to `max_completion_tokens` (which also counts reasoning tokens).',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
