import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { structuredOutputsDataSchema } from '../../schemas/structured-outputs.js';
import {
  FINE_TUNE_UNSUPPORTED,
  limitProfile,
  subsetData,
  SUPPORTED_FORMATS,
  UNSUPPORTED_KEYWORDS,
} from '../../src/structured-outputs/subset.js';

const raw: unknown = JSON.parse(readFileSync(new URL('../../data/structured-outputs.json', import.meta.url), 'utf8'));

describe('data/structured-outputs.json', () => {
  it('validates against schemas/structured-outputs.ts', () => {
    const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(structuredOutputsDataSchema);
    const valid = validate(raw);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('cites only sources that exist, and every source is cited', () => {
    const known = new Set(Object.keys(subsetData.sources));
    const cited = [
      ...subsetData.types.sources,
      ...subsetData.formats.sources,
      ...subsetData.structure.sources,
      ...subsetData.rootOnlyKeywords.sources,
      ...subsetData.unsupportedKeywords.sources,
      ...Object.values(subsetData.uncertainKeywords).flatMap((k) => k.sources),
      ...subsetData.fineTuneUnsupportedKeywords.sources,
      ...Object.values(subsetData.limits.profiles).flatMap((p) => p.sources),
    ];
    for (const key of cited) expect(known.has(key), `unknown source ${key}`).toBe(true);
    expect([...known].filter((key) => !cited.includes(key))).toEqual([]);
  });

  it('keeps the keyword lists apart: a keyword is unsupported, uncertain or supported, never two of them', () => {
    for (const keyword of Object.keys(subsetData.uncertainKeywords)) expect(UNSUPPORTED_KEYWORDS.has(keyword), keyword).toBe(false);
    // The supported features the guide documents must not be listed as unsupported.
    for (const keyword of [
      'anyOf',
      'pattern',
      'format',
      'minimum',
      'maximum',
      'multipleOf',
      'minItems',
      'maxItems',
      'enum',
      'const',
      '$ref',
      '$defs',
    ])
      expect(UNSUPPORTED_KEYWORDS.has(keyword), keyword).toBe(false);
    expect(UNSUPPORTED_KEYWORDS.get('oneOf')).toBe('anyOf');
    expect(SUPPORTED_FORMATS).toContain('date-time');
    expect(SUPPORTED_FORMATS).not.toContain('uri');
    expect(FINE_TUNE_UNSUPPORTED).toContain('pattern');
  });

  it('has the dated limit profiles of api-facts §4.5, the current one by default', () => {
    // Written out here, not read from the file: a change to the data must be a deliberate change to this test.
    expect(limitProfile(undefined)).toMatchObject({
      name: 'current',
      maxProperties: 5000,
      maxDepth: 10,
      maxStringLength: 120000,
      maxEnumValues: 1000,
      maxLargeEnumLength: 15000,
    });
    expect(limitProfile('original')).toMatchObject({
      name: 'original',
      maxProperties: 100,
      maxDepth: 5,
      maxStringLength: 15000,
      maxEnumValues: 500,
      maxLargeEnumLength: 7500,
    });
    expect(subsetData.limits.largeEnumThreshold).toBe(250);
  });
});
