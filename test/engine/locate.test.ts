import fc from 'fast-check';
import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { joinPointer } from '../../src/json-pointer.js';
import { locateInText, type Scanned } from '../../src/engine/parse/locate.js';
import { parseJsonText } from '../../src/engine/parse/parse.js';
import { LineIndex, rangeForPointer, rangeOf } from '../../src/engine/parse/positions.js';
import { lint } from '../../src/engine/lint.js';

/** The range `toDiagnostics` takes from a scan. */
function rangeFromScan(text: string, pointer: string, target: 'key' | 'value') {
  return rangeOf(locateInText(text, pointer)!, new LineIndex(text), target);
}

/** Every pointer into a value, plus some that run past it (missing keys, indexes, through scalars). */
function pointersOf(value: unknown, base = ''): string[] {
  const out = [base, joinPointer(base, 'missing'), joinPointer(base, '7')];
  if (Array.isArray(value)) value.forEach((item, index) => out.push(...pointersOf(item, joinPointer(base, index))));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) out.push(...pointersOf(item, joinPointer(base, key)));
  return out;
}

describe('positioning without a syntax tree', () => {
  it('gives the range the tree gives, for every pointer of any strict JSON without repeated keys', () => {
    const documents = fc
      .jsonValue({ maxDepth: 4 })
      .chain((value) => fc.tuple(fc.constant(value), fc.constantFrom(0, 1, '\t', ' '.repeat(3))))
      .map(([value, indent]) => JSON.stringify(value, null, indent));
    fc.assert(
      fc.property(documents, (text) => {
        const tree = parseTree(text)!;
        const lines = new LineIndex(text);
        for (const pointer of pointersOf(JSON.parse(text)))
          for (const target of ['key', 'value'] as const)
            expect(rangeFromScan(text, pointer, target)).toEqual(rangeForPointer(tree, lines, pointer, target));
      }),
    );
  });

  it('builds no tree for a large document with a few findings, and still places them', () => {
    const properties = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`p${i}`, { type: 'string' }]));
    const text = JSON.stringify({
      model: 'gpt-4.1',
      messages: [{ role: 'user', content: 'x' }],
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'r',
          strict: true,
          schema: { type: 'object', properties, required: Object.keys(properties), additionalProperties: false },
        },
      },
    });
    const parsed = parseJsonText(text);
    const found = parsed.locate('/response_format/json_schema/schema/properties/p5000');
    expect(found?.exact).toBe(true);
    // Found by a scan (an answer from the tree has no `scanned`), which stopped at the node, far before the end of the text.
    expect((found as Scanned).scanned).toBeLessThan(text.length / 2);
    const [size] = lint(text).diagnostics.filter((d) => d.ruleId === 'structured-outputs/max-schema-size');
    expect(text.slice(size!.range!.start.offset, size!.range!.end.offset)).toBe('"p5000"');
  });
});
