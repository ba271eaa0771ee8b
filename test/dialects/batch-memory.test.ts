import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createJsonlCrossLineChecks, type JsonlLineResult } from '../../src/jsonl/index.js';
import { FirstLineById } from '../../src/jsonl/first-line-by-id.js';

// A full collection on demand, to measure what stays reachable (not what awaits collection).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/**
 * JavaScript heap bytes that `build` leaves reachable through what it returns. The heap is this
 * worker's own; buffers outside it (typed arrays) are shared by the process's test workers, so those
 * are counted from the structure's own figure instead (`retainedBytes`).
 */
function heapRetainedBy(build: () => unknown): number {
  collect();
  const before = process.memoryUsage().heapUsed;
  const kept = build();
  collect();
  const after = process.memoryUsage().heapUsed;
  expect(kept).toBeDefined();
  return after - before;
}

const LINES = 200_000;
/** Ids as a Batch file writes them: short, distinct, made fresh per line as parsing makes them. */
const idOf = (line: number) => `req-${line}`;
const lineResult = (line: number): JsonlLineResult => ({ diagnostics: [], customId: { id: idOf(line), range: undefined } });

describe('Batch custom_id duplicates: memory per line', () => {
  it('the cross-line checks keep no string or map entry per clean line', () => {
    const map = heapRetainedBy(() => {
      const ids = new Map<string, number>();
      for (let line = 1; line <= LINES; line++) ids.set(idOf(line), line);
      return ids;
    });
    const checks = heapRetainedBy(() => {
      const cross = createJsonlCrossLineChecks({});
      for (let line = 1; line <= LINES; line++) cross.line(lineResult(line), line, 0);
      return cross;
    });
    // A Map keeps about 60 bytes a line on the heap here; the checks keep their ids in buffers.
    expect(map / LINES).toBeGreaterThan(40);
    expect(checks / LINES).toBeLessThan(4);
  });

  it('keeps each id in about its length plus 20 bytes, far less than a Map does', () => {
    const map = heapRetainedBy(() => {
      const ids = new Map<string, number>();
      for (let line = 1; line <= LINES; line++) ids.set(idOf(line), line);
      return ids;
    });
    const compact = new FirstLineById();
    const javascript = heapRetainedBy(() => {
      for (let line = 1; line <= LINES; line++) compact.firstLineOf(idOf(line), line);
      return compact;
    });
    const perLine = (compact.retainedBytes + javascript) / LINES;
    // `req-123456`: 10 bytes of id; the rest is the table and the doubling slack of the buffers.
    expect(perLine).toBeLessThan(40);
    expect(perLine * LINES).toBeLessThan(map * 0.7);
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
