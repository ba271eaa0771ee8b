import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/cli/lint-file.js';
import { jsoncComments, Suppressions, yamlComments, DEFAULT_DIRECTIVE_SETTINGS } from '../../src/directives/index.js';

const how = { keepSource: false, hashValues: false };
/** Requests with and without problems: arbitrary JSON objects with request-ish keys mixed in. */
const requestish = fc.record(
  {
    model: fc.constantFrom('gpt-4.1', 'o3', 'gpt-4o-mini', 'unknown-model'),
    messages: fc.constant([{ role: 'user', content: 'hi' }]),
    tool_choice: fc.constantFrom('auto', 'none'),
    temperature: fc.oneof(fc.double({ noNaN: true, min: -5, max: 5 }), fc.string()),
    max_tokens: fc.integer({ min: -2, max: 10 }),
    extra: fc.jsonValue(),
  },
  { requiredKeys: ['model'] },
);

describe('directive properties', () => {
  it('scanning comments and applying directives never throws, on any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('a.jsonc', 'a.jsonl', 'a.yaml', 'a.json'), (text, name) => {
        const suppressions = new Suppressions(DEFAULT_DIRECTIVE_SETTINGS);
        suppressions.addComments(jsoncComments(text));
        suppressions.addComments(yamlComments(text));
        suppressions.finish();
        lintSource(`// reqlint-disable-next-line ${text}\n${text}`, name, {}, how);
      }),
    );
  });

  it('a blanket disable leaves only what cannot be suppressed, and is reported unused exactly when there was nothing to suppress', () => {
    fc.assert(
      fc.property(requestish, (body) => {
        const text = JSON.stringify(body, null, 2);
        const plain = lintSource(text, 'a.jsonc', {}, how).diagnostics;
        const disabled = lintSource(`/* reqlint-disable */\n${text}`, 'a.jsonc', {}, how).diagnostics;
        const suppressible = plain.filter((d) => d.ruleId !== 'parse/syntax');
        expect(disabled.map((d) => d.ruleId)).toEqual(suppressible.length === 0 ? ['directive/unused'] : []);
      }),
    );
  });

  it("a disable-next-line for the rules on a line removes exactly that line's findings", () => {
    fc.assert(
      fc.property(requestish, (body) => {
        const text = JSON.stringify(body, null, 2);
        const plain = lintSource(text, 'a.jsonc', {}, how).diagnostics.filter((d) => d.range !== undefined && d.ruleId !== 'parse/syntax');
        fc.pre(plain.length > 0);
        const line = plain[0]!.range!.start.line;
        const onLine = plain.filter((d) => d.range!.start.line === line);
        const lines = text.split('\n');
        lines.splice(line - 1, 0, `// reqlint-disable-next-line ${[...new Set(onLine.map((d) => d.ruleId))].join(', ')} -- property`);
        const after = lintSource(lines.join('\n'), 'a.jsonc', {}, how).diagnostics.filter((d) => d.range !== undefined);
        const shifted = (d: (typeof plain)[number]) =>
          `${d.ruleId}@${d.range!.start.line >= line ? d.range!.start.line + 1 : d.range!.start.line}`;
        expect(after.map((d) => `${d.ruleId}@${d.range!.start.line}`).sort()).toEqual(
          plain
            .filter((d) => d.range!.start.line !== line)
            .map(shifted)
            .sort(),
        );
      }),
    );
  });
});
