import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintSource } from '../../src/cli/lint-file.js';
import { computeFindings } from '../../src/lsp/lint-pass.js';
import { OpenDocument } from '../../src/lsp/open-document.js';
import { toLspRange } from '../../src/lsp/convert.js';
import { minimalEdit } from '../../src/lsp/text-edit.js';

const HOW = { keepSource: false, hashValues: false };

/** Lines that exercise every JSONL path: batch lines (ids that repeat, two urls), plain bodies, junk, blanks, directives. */
const batch = (id: string, url = '/v1/chat/completions') =>
  JSON.stringify({ custom_id: id, method: 'POST', url, body: { model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }] } });
const LINES = [
  batch('a'),
  batch('b'),
  batch('a'),
  batch('c', '/v1/responses'),
  JSON.stringify({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'x' }], tool_choice: 'auto' }),
  JSON.stringify({ model: 'o3', input: 'y', temperature: 0.1 }),
  '{ "model": "gpt-4.1", ',
  '',
  '[1, 2]',
  // Directives, whose reach (next line, blocks, a line of its own) moves with every edit.
  '// reqlint-disable-next-line tools/no-tool-choice-without-tools',
  '/* reqlint-disable batch/duplicate-custom-id, batch/mixed-urls */',
  '/* reqlint-enable */',
  `${batch('a')} // reqlint-disable-line batch/duplicate-custom-id`,
];

const line = fc.constantFrom(...LINES);
/** An edit as an editor sends it: replace lines [from, to) (clamped) with some lines, or type inside a line. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('lines' as const), from: fc.nat(12), count: fc.nat(3), lines: fc.array(line, { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(12), column: fc.nat(80), text: fc.constantFrom('x', '"', ', ', '\n', 'a"') }),
);

function shape(findings: Awaited<ReturnType<typeof computeFindings>>) {
  return findings
    .map((f) => `${f.diagnostic.ruleId} ${JSON.stringify(toLspRange(f.diagnostic.range, f.lineDelta))} ${f.diagnostic.message}`)
    .sort();
}

describe('incremental JSONL linting in the language server', () => {
  it('after any sequence of edits, equals the CLI linting the whole new text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 8 }), fc.array(edit, { maxLength: 5 }), async (initial, edits) => {
        const doc = new OpenDocument('file:///tmp/p.jsonl', 'jsonl', 1, initial.join('\n'));
        await computeFindings(doc, {});
        let version = 1;
        for (const change of edits) {
          const lines = doc.text.split('\n');
          const last = lines.length - 1;
          if (change.kind === 'lines') {
            const from = Math.min(change.from, last);
            const to = Math.min(from + change.count, last);
            const range = { start: { line: from, character: 0 }, end: { line: to, character: change.count === 0 ? 0 : lines[to]!.length } };
            doc.update([{ range, text: change.lines.join('\n') }], ++version);
          } else {
            const at = Math.min(change.at, last);
            const column = Math.min(change.column, lines[at]!.length);
            doc.update(
              [{ range: { start: { line: at, character: column }, end: { line: at, character: column } }, text: change.text }],
              ++version,
            );
          }
          // Half of the edits are linted right away, the rest pile up as a fast typist's would.
          if (version % 2 === 0) await computeFindings(doc, {});
        }
        expect(doc.lines.join('\n')).toBe(doc.text);
        // The count that lets a pass skip the directive step must follow every edit.
        expect(doc.markedLines).toBe(doc.lines.filter((text) => text.includes('reqlint-')).length);
        const expected = lintSource(doc.text, 'p.jsonl', {}, HOW)
          .diagnostics.map((d) => `${d.ruleId} ${JSON.stringify(toLspRange(d.range))} ${d.message}`)
          .sort();
        expect(shape(await computeFindings(doc, {}))).toEqual(expected);
      }),
    );
  });

  it('reduces any change to one edit that turns the old text into the new', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'grapheme' }),
        (prefix, removed, inserted, suffix) => {
          const before = prefix + removed + suffix;
          const after = prefix + inserted + suffix;
          const document = TextDocument.create('file:///t.json', 'json', 1, before);
          const edit = minimalEdit(document, before, after);
          if (before === after) {
            expect(edit).toBeUndefined();
            return;
          }
          const applied = TextDocument.applyEdits(document, [edit!]);
          expect(applied).toBe(after);
          expect(edit!.newText.length).toBeLessThanOrEqual(inserted.length + removed.length + 2);
        },
      ),
    );
  });
});
