import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintFile, lintSource } from '../../src/cli/lint-file.js';
import { readLines } from '../../src/cli/read-lines.js';
import { lintJsonLines } from '../../src/jsonl/index.js';
import { jsonlLines, jsonlLinesOf, JsonlLineSplitter, mapJsonlLines, type JsonlLine } from '../../src/jsonl/lines.js';
import { firstRequestLine, requestLines } from '../../src/jsonl/request-lines.js';
import { fixtureDir } from '../cli/helpers.js';

const lines = (text: string) => [...jsonlLines(text)];

/** Text made of the characters that matter to cutting lines, with ordinary ones between. */
const jsonlishText = fc
  .array(fc.constantFrom('\n', '\r', '\r\n', '\ufeff', '{"model":"gpt-4.1"}', ' ', '//c', 'é', ''), { maxLength: 30 })
  .map((parts) => parts.join(''));

/** The same text fed to the stream splitter in chunks cut at the given places. */
function streamed(text: string, cuts: number[]): JsonlLine[] {
  const splitter = new JsonlLineSplitter();
  const found: JsonlLine[] = [];
  let from = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)) {
    found.push(...splitter.push(text.slice(from, cut)));
    from = cut;
  }
  found.push(...splitter.push(text.slice(from)));
  const last = splitter.end();
  if (last !== undefined) found.push(last);
  return found;
}

describe('jsonlLines: one way to cut JSON Lines text', () => {
  it('drops the line break (LF, CRLF, a CR at the very end) and a leading BOM, and numbers and places each line', () => {
    expect(lines('\ufeff{"a":1}\r\n\n{"b":2}\n{"c":3}\r')).toEqual([
      { text: '{"a":1}', lineNumber: 1, offset: 0, lineBreak: '\r\n' },
      { text: '', lineNumber: 2, offset: 9, lineBreak: '\n' },
      { text: '{"b":2}', lineNumber: 3, offset: 10, lineBreak: '\n' },
      { text: '{"c":3}', lineNumber: 4, offset: 18, lineBreak: '\r' },
    ]);
  });

  it('yields no empty line after a final line break, and a last line without one', () => {
    expect(lines('a\n').map((l) => [l.text, l.lineBreak])).toEqual([['a', '\n']]);
    expect(lines('a\n\n').map((l) => [l.text, l.lineBreak])).toEqual([
      ['a', '\n'],
      ['', '\n'],
    ]);
    expect(lines('a\nb').map((l) => [l.text, l.lineBreak])).toEqual([
      ['a', '\n'],
      ['b', ''],
    ]);
    expect(lines('')).toEqual([]);
    // Only a BOM: line 1 is there, and blank (as in an editor).
    expect(lines('\ufeff').map((l) => [l.text, l.lineBreak])).toEqual([['', '']]);
  });

  it('keeps a lone CR inside a line (JSON whitespace, not a line break) and a BOM after line 1', () => {
    expect(lines('{"a":\r1}\n\ufeff{}').map((l) => l.text)).toEqual(['{"a":\r1}', '\ufeff{}']);
  });

  it('cuts the same lines from text in memory, in chunks (a stream) and from an editor line list', () => {
    fc.assert(
      fc.property(jsonlishText, fc.array(fc.nat(), { maxLength: 5 }), (text, cuts) => {
        const whole = lines(text);
        expect(streamed(text, cuts)).toEqual(whole);
        expect([...jsonlLinesOf(text.split('\n'))]).toEqual(whole);
      }),
    );
  });

  it('loses nothing: offsets index the text without its BOM, and lines with their breaks rebuild it', () => {
    fc.assert(
      fc.property(jsonlishText, (text) => {
        const withoutBom = text.startsWith('\ufeff') ? text.slice(1) : text;
        let rebuilt = '';
        for (const line of jsonlLines(text)) {
          expect(line.text).not.toContain('\n');
          expect(withoutBom.slice(line.offset, line.offset + line.text.length)).toBe(line.text);
          expect(line.offset).toBe(rebuilt.length);
          rebuilt += line.text + line.lineBreak;
        }
        expect(rebuilt).toBe(withoutBom);
        expect(mapJsonlLines(text, (line) => line.text)).toBe(text);
      }),
    );
  });

  it('mapJsonlLines replaces only the lines it is asked to, keeping the BOM and every line break', () => {
    expect(mapJsonlLines('\ufeffa\r\nb\nc', (line) => (line.lineNumber === 2 ? 'B' : line.text))).toBe('\ufeffa\r\nB\nc');
  });

  it('tells request lines from blank and comment-only lines', () => {
    const text = '\n  \r\n// reqlint-disable-next-line x\n/* note */\n{"model":"o3"}\n// after\n';
    expect([...requestLines(jsonlLines(text))].map((l) => l.lineNumber)).toEqual([5]);
    expect(firstRequestLine(jsonlLines(text))?.text).toBe('{"model":"o3"}');
    expect(firstRequestLine(jsonlLines('\n// only a note\n'))).toBeUndefined();
  });
});

describe('every JSONL front end cuts lines the same way', () => {
  const text =
    '\ufeff{"model":"gpt-4.1","messages":[{"role":"user","content":"hi"}],"tool_choice":"none"}\r\n' +
    '\r\n' +
    '// a note\r\n' +
    '{"model":"o3","messages":[{"role":"user","content":"hi"}],"max_tokens":1}';

  it('streamed file, text in memory and lintJsonLines report the same lines and ranges', async () => {
    const dir = fixtureDir({});
    const path = join(dir, 'requests.jsonl');
    writeFileSync(path, text);
    const how = { keepSource: false, hashValues: false };
    const fromFile = (await lintFile(path, 'requests.jsonl', {}, how)).diagnostics;
    const inMemory = lintSource(text.slice(1), 'requests.jsonl', {}, how).diagnostics;
    const at = (d: { ruleId: string; line?: number; range?: { start: { offset: number; column: number } } }) => [
      d.ruleId,
      d.line,
      d.range?.start.column,
      d.range?.start.offset,
    ];
    expect(fromFile.map(at)).toEqual(inMemory.map(at));
    // The note is a comment line: its finding, on line 3, and the two requests' findings on 1 and 4.
    expect(fromFile.map((d) => d.line)).toEqual([1, 3, 4]);
    expect(fromFile[2]!.range!.start.offset).toBe(text.indexOf('"max_tokens"') - 1);
    // The library's function, given the BOM: the same findings.
    expect(lintJsonLines(text).map(at)).toEqual(inMemory.map(at));
  });

  it('the stream reports bad bytes on the line they are in, after a BOM and across chunks', async () => {
    const dir = fixtureDir({});
    const path = join(dir, 'latin1.jsonl');
    const filler = '{"model":"gpt-4.1","messages":[{"role":"user","content":"' + 'x'.repeat(70_000) + '"}]}\n';
    writeFileSync(
      path,
      Buffer.concat([Buffer.from('\ufeff' + filler), Buffer.from('{"model":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]),
    );
    const found: Array<[number, number | undefined]> = [];
    for await (const line of readLines(path)) found.push([line.lineNumber, line.invalidUtf8?.at]);
    expect(found).toEqual([
      [1, undefined],
      [2, '{"model":"caf'.length],
    ]);
  });
});
