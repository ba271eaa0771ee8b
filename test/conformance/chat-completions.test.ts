/**
 * Our Chat Completions request schema against the official spec's `CreateChatCompletionRequest`:
 * every property, type, enum value, range, union branch, deprecation and default must agree,
 * except the deliberate differences in `schemas/conformance-exceptions.ts`.
 */
import { describe, expect, it } from 'vitest';
import { chatCompletionRequestSchema } from '../../schemas/index.js';
import { conformanceExceptions } from '../../schemas/conformance-exceptions.js';
import { compareWithSpec, formatCompareReport, type OpenApiDocument } from './compare-with-spec.js';
import { loadOpenApiExtract } from '../support/spec-path.js';

const specSchema = 'CreateChatCompletionRequest';

describe(`chatCompletionRequestSchema conforms to the spec's ${specSchema}`, () => {
  const result = compareWithSpec({
    spec: loadOpenApiExtract() as OpenApiDocument,
    specSchema,
    ours: chatCompletionRequestSchema,
    exceptions: conformanceExceptions,
  });

  it('differs only where schemas/conformance-exceptions.ts says why, and every exception is still needed', () => {
    // The report lists each unexplained difference and each stale exception with its path.
    expect(formatCompareReport(result, specSchema)).toBe('');
  });

  it('actually compared something (the exceptions were exercised)', () => {
    expect(result.excused.length).toBeGreaterThan(0);
  });
});

describe('conformance exceptions are documented', () => {
  it.each(conformanceExceptions.map((e) => [`${e.specSchema} ${e.path} ${e.kind} ${e.keyword ?? ''}`, e] as const))('%s', (_label, e) => {
    expect(e.reason.length).toBeGreaterThan(20);
    if (e.source !== undefined) expect(e.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has no duplicate entries', () => {
    const keys = conformanceExceptions.map((e) => `${e.specSchema}|${e.path}|${e.kind}|${e.keyword ?? ''}`);
    expect(keys.length).toBe(new Set(keys).size);
  });
});
