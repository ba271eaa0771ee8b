import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { LIMIT_PROFILES, type LimitProfileName } from '../../schemas/structured-outputs.js';

/**
 * Boundary tests for every size limit under both dated profiles: exactly at the limit passes, one over
 * fails, reported at the node where the running total crosses, with the total and the limit in the
 * message. The limits are written out here (api-facts §4.5), not read from the data file, so a change
 * to the data must be a deliberate change to these tests.
 */
const LIMITS: Record<LimitProfileName, { properties: number; depth: number; stringLength: number; enumValues: number; largeEnum: number }> =
  {
    current: { properties: 5000, depth: 10, stringLength: 120000, enumValues: 1000, largeEnum: 15000 },
    original: { properties: 100, depth: 5, stringLength: 15000, enumValues: 500, largeEnum: 7500 },
  };

const SCHEMA = '/response_format/json_schema/schema';
const closed = (properties: Record<string, unknown>) => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});
const request = (schema: Record<string, unknown>) => ({
  model: 'gpt-4o',
  messages: [{ role: 'user', content: 'Go.' }],
  response_format: { type: 'json_schema', json_schema: { name: 'r', strict: true, schema } },
});

function findings(body: object, ruleId: string, options: Record<string, unknown>) {
  return lint(body, { rules: { [ruleId]: ['error', options] } }).diagnostics.filter((d) => d.ruleId === ruleId);
}

/** Property names `p0`... that each take `width` characters, so the string budget is predictable. */
const names = (count: number) => Array.from({ length: count }, (_, i) => `p${i}`);
const propertiesSchema = (count: number) => closed(Object.fromEntries(names(count).map((n) => [n, { type: 'boolean' }])));
function chain(levels: number): Record<string, unknown> {
  let node: Record<string, unknown> = { type: 'string' };
  for (let i = 0; i < levels; i++) node = closed({ n: node });
  return node;
}
/** `count` distinct strings whose lengths add up to exactly `total`. */
function stringsOfTotalLength(count: number, total: number): string[] {
  const each = Math.floor(total / count);
  const values = Array.from({ length: count }, (_, i) => String(i).padEnd(each, 'a'));
  values[0] = values[0]!.padEnd(each + (total - each * count), 'b');
  return values;
}

for (const profile of LIMIT_PROFILES) {
  const limit = LIMITS[profile];
  describe(`profile ${profile}`, () => {
    const sizeRule = 'structured-outputs/max-schema-size';
    const depthRule = 'structured-outputs/max-nesting-depth';

    it(`allows ${limit.properties} properties and reports the next one`, () => {
      expect(findings(request(propertiesSchema(limit.properties)), sizeRule, { profile })).toEqual([]);
      const over = findings(request(propertiesSchema(limit.properties + 1)), sizeRule, { profile });
      expect(over.map((d) => [d.messageId, d.path])).toEqual([['properties', `${SCHEMA}/properties/p${limit.properties}`]]);
      expect(over[0]!.message).toContain(
        `${(limit.properties + 1).toLocaleString('en-US')} object properties, over the limit of ${limit.properties.toLocaleString('en-US')}`,
      );
    });

    it(`allows ${limit.depth} levels of nesting and reports the object at the next level`, () => {
      expect(findings(request(chain(limit.depth)), depthRule, { profile })).toEqual([]);
      const over = findings(request(chain(limit.depth + 1)), depthRule, { profile });
      expect(over.map((d) => d.path)).toEqual([SCHEMA + '/properties/n'.repeat(limit.depth)]);
      expect(over[0]!.message).toContain(`level ${limit.depth + 1}`);
      expect(over[0]!.message).toContain(`over the limit of ${limit.depth}`);
    });

    it(`allows ${limit.stringLength} characters of names and values and reports the value that passes it`, () => {
      // One property name `s` (1 character) plus one enum value.
      const schema = (length: number) => closed({ s: { type: 'string', enum: ['x'.repeat(length)] } });
      expect(findings(request(schema(limit.stringLength - 1)), sizeRule, { profile })).toEqual([]);
      const over = findings(request(schema(limit.stringLength)), sizeRule, { profile });
      expect(over.map((d) => [d.messageId, d.path])).toEqual([['stringLength', `${SCHEMA}/properties/s/enum`]]);
      expect(over[0]!.message).toContain(
        `${(limit.stringLength + 1).toLocaleString('en-US')} characters, over the limit of ${limit.stringLength.toLocaleString('en-US')}`,
      );
    });

    it(`allows ${limit.enumValues} enum values across enums and reports the enum that passes it`, () => {
      const schema = (second: number) =>
        closed({ a: { type: 'integer', enum: [1, 2] }, b: { type: 'integer', enum: Array.from({ length: second }, (_, i) => i) } });
      expect(findings(request(schema(limit.enumValues - 2)), sizeRule, { profile })).toEqual([]);
      const over = findings(request(schema(limit.enumValues - 1)), sizeRule, { profile });
      expect(over.map((d) => [d.messageId, d.path])).toEqual([['enumValues', `${SCHEMA}/properties/b/enum`]]);
      expect(over[0]!.message).toContain(
        `${(limit.enumValues + 1).toLocaleString('en-US')} enum values, over the limit of ${limit.enumValues.toLocaleString('en-US')}`,
      );
    });

    it(`allows ${limit.largeEnum} characters in one string enum of more than 250 values and reports one more`, () => {
      const schema = (total: number) => closed({ e: { type: 'string', enum: stringsOfTotalLength(251, total) } });
      expect(findings(request(schema(limit.largeEnum)), sizeRule, { profile })).toEqual([]);
      const over = findings(request(schema(limit.largeEnum + 1)), sizeRule, { profile });
      expect(over.map((d) => [d.messageId, d.path])).toEqual([['largeEnum', `${SCHEMA}/properties/e/enum`]]);
      expect(over[0]!.message).toContain(
        `${(limit.largeEnum + 1).toLocaleString('en-US')} characters of values, over the limit of ${limit.largeEnum.toLocaleString('en-US')}`,
      );
    });

    it('does not apply the large-enum budget to an enum of exactly 250 values', () => {
      const schema = closed({ e: { type: 'string', enum: stringsOfTotalLength(250, limit.largeEnum + 500) } });
      expect(findings(request(schema), sizeRule, { profile }).filter((d) => d.messageId === 'largeEnum')).toEqual([]);
    });
  });
}

describe('scope', () => {
  const half = 51;
  const body = {
    model: 'gpt-4o',
    messages: [{ role: 'user', content: 'Go.' }],
    tools: [0, 1].map((i) => ({ type: 'function', function: { name: `t${i}`, strict: true, parameters: propertiesSchema(half) } })),
    parallel_tool_calls: false,
  };

  it('gives each schema its own budget by default', () => {
    expect(findings(body, 'structured-outputs/max-schema-size', { profile: 'original' })).toEqual([]);
  });

  it('shares one budget across the strict schemas of the request with `scope: "request"`, reporting where it is crossed', () => {
    const over = findings(body, 'structured-outputs/max-schema-size', { profile: 'original', scope: 'request' });
    expect(over.map((d) => d.path)).toEqual([`/tools/1/function/parameters/properties/p${100 - half}`]);
    expect(over[0]!.message).toContain('102 object properties');
    expect(over[0]!.message).toContain('strict schemas of this request');
  });

  it('starts every request of a session with an empty budget under `scope: "request"`', () => {
    // One options object is one session: the rule's visitors are made once and serve every request.
    const options = { rules: { 'structured-outputs/max-schema-size': ['error', { profile: 'original', scope: 'request' }] as const } };
    const single = { ...body, tools: body.tools.slice(0, 1) };
    const sizeFindings = (request: object) =>
      lint(request, options)
        .diagnostics.filter((d) => d.ruleId === 'structured-outputs/max-schema-size')
        .map((d) => d.path);
    expect(sizeFindings(single)).toEqual([]);
    expect(sizeFindings(single)).toEqual([]);
    expect(sizeFindings(body)).toEqual([`/tools/1/function/parameters/properties/p${100 - half}`]);
    expect(sizeFindings(body)).toEqual([`/tools/1/function/parameters/properties/p${100 - half}`]);
    expect(sizeFindings(single)).toEqual([]);
  });

  it('does not count non-strict schemas', () => {
    const loose = { ...body, tools: body.tools.map((t) => ({ ...t, function: { ...t.function, strict: false } })) };
    expect(findings(loose, 'structured-outputs/max-schema-size', { profile: 'original', scope: 'request' })).toEqual([]);
  });
});
