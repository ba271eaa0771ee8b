import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/engine/fix/apply-fixes.js';
import { lint } from '../../src/engine/lint.js';
import { hasPointer } from '../../src/json-pointer.js';
import type { Diagnostic } from '../../src/types.js';
import { validChatRequest } from '../support/valid-requests.js';
import { VIOLATIONS } from './violations/index.js';

/** What JSON text can carry: `-0` reads back as `0`, so generated values go through a round trip. */
const jsonValue = () => fc.jsonValue().map((value) => JSON.parse(JSON.stringify(value)) as unknown);

/** Requests worth linting: valid ones, one-rule violations, and arbitrary JSON shaped like a request. */
const anyRequest = fc.oneof(
  validChatRequest().map((g) => g.request),
  fc.oneof(...Object.values(VIOLATIONS)).map((v) => v.request),
  fc
    .record(
      { model: fc.oneof(fc.constantFrom('gpt-4.1', 'o3', 'gpt-5', 'nope'), jsonValue()), messages: jsonValue() },
      { requiredKeys: [] },
    )
    .chain((base) => fc.dictionary(fc.string(), jsonValue(), { maxKeys: 4 }).map((extra) => ({ ...extra, ...base }))),
);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const SEVERITIES = ['error', 'warning', 'info'];

function wellFormed(diagnostic: Diagnostic): void {
  expect(SEVERITIES).toContain(diagnostic.severity);
  expect(diagnostic.ruleId).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
  expect(diagnostic.message.length).toBeGreaterThan(0);
  expect(diagnostic.message).not.toMatch(/\{\{/);
  expect(diagnostic.docsUrl).toMatch(/^https:\/\//);
  expect(diagnostic.ruleId).not.toBe('internal/rule-error');
}

describe('engine invariants', () => {
  it('never throws, and returns well-formed diagnostics, on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        lint(value).diagnostics.forEach(wellFormed);
      }),
    );
  });

  it('never throws on any text, and gives a positioned syntax error for non-JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.json().map((t) => t.slice(0, Math.floor(t.length / 2))),
        ),
        (text) => {
          const { diagnostics } = lint(text);
          diagnostics.forEach(wellFormed);
          for (const d of diagnostics.filter((x) => x.ruleId === 'parse/syntax')) {
            expect(d.range!.start.offset).toBeGreaterThanOrEqual(0);
            expect(d.range!.start.offset).toBeLessThanOrEqual(text.length);
          }
        },
      ),
    );
  });

  it('never mutates its input (even deeply frozen input lints fine) and is deterministic', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        const snapshot = structuredClone(request);
        const first = lint(deepFreeze(request), { preset: 'all' });
        expect(request).toEqual(snapshot);
        expect(lint(request, { preset: 'all' })).toEqual(first);
      }),
    );
  });

  it('points every diagnostic at a node that exists in the document', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        for (const d of lint(request, { preset: 'all' }).diagnostics) {
          expect(hasPointer(request, d.path), `${d.ruleId} points at missing ${d.path}`).toBe(true);
        }
      }),
    );
  });

  it('finds the same problems in text as in the parsed object, with ranges that cover the node', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        const text = JSON.stringify(request, null, 2);
        const fromText = lint(text, { preset: 'all' }).diagnostics;
        const fromObject = lint(request, { preset: 'all' }).diagnostics;
        const strip = (ds: Diagnostic[]) =>
          ds
            .map(({ range: _range, ...rest }) => rest)
            .sort((a, b) => (a.path + a.ruleId).localeCompare(b.path + b.ruleId) || a.message.localeCompare(b.message));
        expect(strip(fromText)).toEqual(strip(fromObject));
        for (const d of fromText) {
          expect(d.range).toBeDefined();
          expect(d.range!.end.offset).toBeGreaterThanOrEqual(d.range!.start.offset);
          expect(d.range!.end.offset).toBeLessThanOrEqual(text.length);
        }
      }),
    );
  });

  it('applies fixes that converge and remove their own findings, on objects and on text alike', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        const once = applyFixes(request, { preset: 'all' });
        const twice = applyFixes(once.output, { preset: 'all' });
        expect(twice.changed).toBe(false);
        expect(twice.output).toEqual(once.output);
        const remainingFixable = once.remaining.filter((d) => d.fix !== undefined);
        expect(remainingFixable.map((d) => `${d.ruleId} @${d.path}`)).toEqual([]);
        const viaText = applyFixes(JSON.stringify(request, null, 2), { preset: 'all' });
        expect(JSON.parse(viaText.output)).toEqual(once.output);
      }),
    );
  });
});
