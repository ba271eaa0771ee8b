import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainApiError, reqlintFetch, type GuardReport } from '../../src/index.js';
import { apiErrorsData } from '../../src/integrations/api-error-wordings.js';
import { fakeFetch } from './fake-fetch.js';

const chatBody = fc.record(
  {
    model: fc.constantFrom('gpt-4o', 'o3', 'gpt-5', 'acme-model'),
    messages: fc.array(fc.record({ role: fc.constantFrom('user', 'system', 'tool'), content: fc.string() }), { maxLength: 3 }),
    max_tokens: fc.integer({ min: 1, max: 4096 }),
    temperature: fc.double({ min: 0, max: 3, noNaN: true }),
    stream: fc.boolean(),
    extra: fc.jsonValue(),
  },
  { requiredKeys: ['model'] },
);

describe('guard properties', () => {
  it('in warn mode, whatever the body, the network receives the exact text the client built', async () => {
    await fc.assert(
      fc.asyncProperty(chatBody, fc.integer({ min: 0, max: 4 }), async (body, indent) => {
        const network = fakeFetch();
        const reports: GuardReport[] = [];
        const text = JSON.stringify(body, null, indent);
        const response = await reqlintFetch(network.fetch, { mode: 'warn', onDiagnostics: (r) => reports.push(r) })(
          'https://api.openai.com/v1/chat/completions',
          { method: 'POST', body: text },
        );
        expect(response.status).toBe(200);
        expect(network.sent.map((s) => s.body)).toEqual([text]);
        expect(reports.every((r) => r.sent)).toBe(true);
      }),
    );
  });

  it('in throw mode a request is sent exactly when it has no error', async () => {
    await fc.assert(
      fc.asyncProperty(chatBody, async (body) => {
        const network = fakeFetch();
        const reports: GuardReport[] = [];
        const response = await reqlintFetch(network.fetch, { onDiagnostics: (r) => reports.push(r) })(
          'https://api.openai.com/v1/chat/completions',
          { method: 'POST', body: JSON.stringify(body) },
        );
        const hasError = reports.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
        expect(network.sent.length).toBe(hasError ? 0 : 1);
        expect(response.status).toBe(hasError ? 400 : 200);
      }),
    );
  });

  it('explainApiError never throws, and a known wording survives being embedded, requoted and respaced', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue(), fc.object()), fc.option(fc.jsonValue()), (error, request) => {
        const explanation = explainApiError(error, request ?? undefined);
        expect(typeof explanation.summary).toBe('string');
      }),
    );
    const examples = apiErrorsData.errors.flatMap((entry) => entry.examples.map((example) => ({ id: entry.id, example })));
    fc.assert(
      fc.property(
        fc.constantFrom(...examples),
        fc.constantFrom('', '400 ', 'Error code: 400 - '),
        fc.constantFrom("'", '\u2019', '"'),
        fc.constantFrom(' ', '  '),
        ({ id, example }, prefix, quote, space) => {
          const mangled = prefix + example.replace(/'/g, quote).replace(/ /g, space);
          expect(explainApiError(mangled).wording?.id).toBe(id);
        },
      ),
    );
  });
});
