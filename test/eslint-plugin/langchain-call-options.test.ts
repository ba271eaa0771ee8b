/**
 * Every call option LangChain's `ChatOpenAI` takes in `invoke(input, options)` (as the seed lists
 * them) is linted there: a value of the wrong type is reported at that value, by the schema check.
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import reqlint from '../../src/eslint-plugin/index.js';

const CALL_OPTIONS = ['audio', 'modalities', 'parallel_tool_calls', 'prediction', 'reasoning', 'response_format', 'service_tier', 'stream_options', 'strict', 'tool_choice', 'tools', 'verbosity'];

const linter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, settings: { reqlint: { configFile: false } } }, { ...reqlint.configs.recommended, files: ['**/*.ts'] }];

describe('LangChain call options in model.invoke(input, {...})', () => {
  it.each(CALL_OPTIONS)('`%s` is checked', (option) => {
    // A number is the wrong type for every one of them.
    const code = `const model = new ChatOpenAI({ model: 'gpt-4.1' });\nawait model.invoke(input, { ${option}: 12345 });`;
    const messages = linter.verify(code, config, 'example.ts');
    const value = code.indexOf('12345');
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toContainEqual(['reqlint/schema-type', 2, value - code.indexOf('\n')]);
  });

  it('an option whose finding would depend on its unknown value is not reported', () => {
    // `verbosity: "high"` or `service_tier: "flex"` would be wrong for gpt-4o; "medium" and "auto" are not.
    const code = `const model = new ChatOpenAI({ model: 'gpt-4o' });\nexport const run = (verbosity: 'low' | 'medium' | 'high') => model.invoke(input, { verbosity, service_tier: tier() });`;
    expect(linter.verify(code, config, 'example.ts')).toEqual([]);
  });
});
