import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';

const base = { model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }] };
const findings = (body: object) =>
  lint(body, { api: 'chat.completions' }).diagnostics.map((d) => ({ ruleId: d.ruleId, path: d.path, message: d.message }));

describe('schema findings are shaped into our own messages', () => {
  it('suggests the parameter a typo meant', () => {
    const [finding, ...rest] = lint({ ...base, temprature: 0.5 }).diagnostics;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'schema/unknown-property', path: '/temprature', target: 'key' });
    expect(finding!.message).toBe('Unknown parameter `temprature`: did you mean `temperature`?');
    expect(finding!.suggestions?.[0]?.fix).toEqual([{ op: 'move', from: '/temprature', path: '/temperature' }]);
  });

  it('says who does not know an unknown key: the API for a request, `ChatOpenAI` for LangChain options', () => {
    expect(findings({ ...base, frobnicate: 1 })).toEqual([
      {
        ruleId: 'schema/unknown-property',
        path: '/frobnicate',
        message: 'Unknown parameter `frobnicate`; the API rejects keys it does not know.',
      },
    ]);
    const langchain = lint({ model: 'gpt-4o', frobnicate: 1 }, { api: 'langchain' }).diagnostics.filter(
      (d) => d.ruleId === 'schema/unknown-property',
    );
    expect(langchain.map((d) => [d.path, d.message])).toEqual([
      [
        '/frobnicate',
        'Unknown parameter `frobnicate`; `ChatOpenAI` has no such field or call option, so LangChain does not send it (API parameters it does not know go in `modelKwargs`).',
      ],
    ]);
  });

  it('lists the allowed values of an enum, with a did-you-mean', () => {
    const [finding] = findings({ ...base, service_tier: 'flexx' });
    expect(finding!.ruleId).toBe('schema/enum');
    expect(finding!.message).toMatch(/^`service_tier` must be one of `auto`, `default`, `flex`/);
    expect(finding!.message).toMatch(/got "flexx"\. Did you mean `flex`\?$/);
  });

  it('names the expected and actual type', () => {
    expect(findings({ ...base, temperature: '0.5' })).toEqual([
      { ruleId: 'schema/type', path: '/temperature', message: '`temperature` must be a number or null, not a string ("0.5").' },
    ]);
  });

  it('reports ranges with the limit and the value', () => {
    expect(findings({ ...base, temperature: 3 })).toEqual([
      { ruleId: 'schema/range', path: '/temperature', message: '`temperature` must be at most 2; got 3.' },
    ]);
  });

  it('collapses a union to one type error when no branch has the value type', () => {
    const result = findings({ ...base, messages: [{ role: 'user', content: 5 }] });
    expect(result).toHaveLength(1);
    expect(result[0]!.ruleId).toBe('schema/type');
    expect(result[0]!.path).toBe('/messages/0/content');
    expect(result[0]!.message).toMatch(/must be a string or an array/);
  });

  it('reports inside the branch the value was meant for (a content part of the chosen type)', () => {
    const result = findings({ ...base, messages: [{ role: 'user', content: [{ type: 'image_url', image_url: {} }] }] });
    expect(result).toEqual([
      {
        ruleId: 'schema/missing-property',
        path: '/messages/0/content/0/image_url',
        message: '`messages[0].content[0].image_url` is missing the required key `url`.',
      },
    ]);
  });

  it('lists the roles when a role is unknown', () => {
    const result = findings({ ...base, messages: [{ role: 'bot', content: 'hi' }] });
    expect(result).toHaveLength(1);
    expect(result[0]!.path).toBe('/messages/0/role');
    expect(result[0]!.message).toMatch(
      /^`messages\[0\]\.role` must be one of `developer`, `system`, `user`, `assistant`, `tool`, `function`; got "bot"\.$/,
    );
  });

  it('says an empty list must not be empty', () => {
    expect(findings({ model: 'gpt-4.1', messages: [] })).toEqual([
      { ruleId: 'schema/size', path: '/messages', message: '`messages` must not be empty.' },
    ]);
  });

  it('names a missing required parameter', () => {
    expect(findings({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }], stop: ['a', 'b', 'c', 'd', 'e'] })).toEqual([
      { ruleId: 'schema/size', path: '/stop', message: '`stop` must have at most 4 items; it has 5.' },
    ]);
    expect(findings({ messages: [{ role: 'user', content: 'hi' }] })).toEqual([
      { ruleId: 'schema/missing-property', path: '', message: 'The request is missing the required parameter `model`.' },
    ]);
  });
});

describe('integers too large for a JavaScript number are not shown rounded', () => {
  const text = (value: string) => `{"model":"gpt-4.1","messages":[{"role":"user","content":"hi"}],"seed":${value},"temperature":${value}}`;
  const messages = (input: string | object) =>
    lint(input, { api: 'chat.completions' })
      .diagnostics.filter((d) => d.ruleId === 'schema/range')
      .map((d) => [d.path, d.message, d.data?.actual]);

  it('shows the number as written when linting text', () => {
    expect(messages(text('12345678901234567890'))).toEqual([
      ['/seed', '`seed` must be at most 9223372036854775807; got 12345678901234567890.', '12345678901234567890'],
      ['/temperature', '`temperature` must be at most 2; got 12345678901234567890.', '12345678901234567890'],
    ]);
    // Written with an exponent, it stays as written.
    expect(messages(text('1.2345678901234567890e19'))[0]![1]).toContain('got 1.2345678901234567890e19.');
  });

  it('shows the number as written when the wire request of LangChain options rejects it', () => {
    // The options schema accepts any integer `seed`; the wire check finds it out of range at the user's key.
    const found = lint('{"model":"gpt-4o","modelKwargs":{"seed":12345678901234567890}}', { api: 'langchain' }).diagnostics.filter(
      (d) => d.ruleId === 'schema/range',
    );
    expect(found.map((d) => [d.path, d.data?.actual])).toEqual([['/modelKwargs/seed', '12345678901234567890']]);
  });

  it("shows an object's number as JSON.stringify sends it, the value the API will get", () => {
    // The literal was rounded by JavaScript before reqlint (or the client) saw it.
    // eslint-disable-next-line no-loss-of-precision -- the rounding is the point
    expect(messages({ ...base, seed: 12345678901234567890 })).toEqual([
      ['/seed', '`seed` must be at most 9223372036854775807; got 12345678901234567000.', '12345678901234567000'],
    ]);
    expect(JSON.stringify({ seed: 12345678901234567890 })).toBe('{"seed":12345678901234567000}'); // eslint-disable-line no-loss-of-precision
  });

  it('leaves integers a number holds exactly as they were', () => {
    expect(messages({ ...base, temperature: 9007199254740991 })[0]![1]).toBe('`temperature` must be at most 2; got 9007199254740991.');
  });
});
