import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createJsonlCrossLineChecks, type JsonlLineResult } from '../../src/jsonl/index.js';
import { FirstLineById } from '../../src/jsonl/first-line-by-id.js';

// A full collection on demand, to measure what stays reachable (not what awaits collection).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** The JavaScript heap plus memory outside it (typed arrays' buffers live there). */
function heapAndBuffers(): number {
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
}

/** Bytes that `build` leaves reachable through what it returns. */
function retainedBy(build: () => unknown): number {
  collect();
  const before = heapAndBuffers();
  const kept = build();
  collect();
  const after = heapAndBuffers();
  expect(kept).toBeDefined();
  return after - before;
}

const LINES = 200_000;
/** Ids as a Batch file writes them: short, distinct, made fresh per line as parsing makes them. */
const idOf = (line: number) => `req-${line}`;
const lineResult = (line: number): JsonlLineResult => ({ diagnostics: [], customId: { id: idOf(line), range: undefined } });

describe('Batch custom_id duplicates: memory per line', () => {
  it('the cross-line checks keep far less per clean line than a Map of the ids', () => {
    const map = retainedBy(() => {
      const ids = new Map<string, number>();
      for (let line = 1; line <= LINES; line++) ids.set(idOf(line), line);
      return ids;
    });
    const checks = retainedBy(() => {
      const cross = createJsonlCrossLineChecks({});
      for (let line = 1; line <= LINES; line++) cross.line(lineResult(line), line, 0);
      return cross;
    });
    // A Map costs about 60 bytes a line here; the compact set about 30, doubling slack included.
    expect(checks / LINES).toBeLessThan(40);
    expect(checks).toBeLessThan(map * 0.7);
  });

  it('still finds every repeat, on the right line, after many distinct ids', () => {
    const cross = createJsonlCrossLineChecks({});
    for (let line = 1; line <= 50_000; line++) cross.line(lineResult(line), line, 0);
    cross.line({ diagnostics: [], customId: { id: idOf(7), range: undefined } }, 50_001, 0);
    cross.line({ diagnostics: [], customId: { id: idOf(49_999), range: undefined } }, 50_002, 0);
    expect(cross.finish().map((d) => [d.line, d.message.match(/line (\d+)/)?.[1]])).toEqual([
      [50_001, '7'],
      [50_002, '49999'],
    ]);
  });

  it('answers as a Map would for any ids, non-ASCII and empty included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 600 }),
        (ids) => {
          const compact = new FirstLineById();
          const reference = new Map<string, number>();
          ids.forEach((id, index) => {
            const expected = reference.get(id);
            if (expected === undefined) reference.set(id, index + 1);
            expect(compact.firstLineOf(id, index + 1)).toBe(expected);
          });
        },
      ),
    );
  });
});
