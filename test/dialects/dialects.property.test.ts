/**
 * Properties per dialect, as for Chat in `test/properties/`: lint never throws, valid requests give
 * no errors or warnings, and every diagnostic points at a key the user wrote.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { hasPointer, parentPointer } from '../../src/json-pointer.js';
import {
  chatPointerToResponses,
  chatToResponses,
  validLangChainOptions,
  validResponsesRequest,
} from '../support/valid-dialect-requests.js';
import { builtinRules } from '../../rules/index.js';
import { VIOLATIONS } from '../properties/violations/index.js';
import { lintJsonLines } from '../../src/jsonl/index.js';
import { validChatRequest } from '../support/valid-requests.js';

const notInfo = (d: { severity: string }) => d.severity !== 'info';
const describeAll = (ds: Array<{ ruleId: string; path: string; message: string }>) => ds.map((d) => `${d.ruleId} @${d.path}: ${d.message}`);

/** A diagnostic's path resolves in the document (a missing key is reported at its parent, which exists). */
function resolves(document: unknown, path: string): boolean {
  return hasPointer(document, path) || hasPointer(document, parentPointer(path));
}

describe.each(['responses', 'langchain'] as const)('%s dialect', (api) => {
  it('never throws on any JSON value or text', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue())), (value) => void lint(value, { api })));
    fc.assert(fc.property(fc.string(), (text) => void lint(text, { api })));
  });
});

describe('Responses', () => {
  it('valid requests give no errors or warnings', () => {
    fc.assert(
      fc.property(validResponsesRequest(), ({ request }) => {
        expect(describeAll(lint(request, { api: 'responses', preset: 'all' }).diagnostics.filter(notInfo))).toEqual([]);
      }),
    );
  });

  it('is detected from its shape, without an info, when it has `input`', () => {
    fc.assert(
      fc.property(validResponsesRequest(), ({ request }) => {
        const result = lint(request);
        expect(result.api).toBe('responses');
        expect(result.diagnostics.filter((d) => d.ruleId.startsWith('dialect/'))).toEqual([]);
      }),
    );
  });
});

/** Mistakes a LangChain user makes, spelt the LangChain way. */
const langchainMistakes = fc.record(
  {
    temperature: fc.constantFrom(0.2, 1.5),
    maxTokens: fc.integer({ min: 1, max: 20 }),
    reasoningEffort: fc.constantFrom('low', 'high', 'xhigh'),
    tool_choice: fc.constantFrom('auto', 'required'),
    stream_options: fc.constant({ include_usage: true }),
    frequencyPenalty: fc.constant(0.5),
    useResponsesApi: fc.boolean(),
    topLogprobs: fc.integer({ min: 0, max: 5 }),
    response_format: fc.constant({
      type: 'json_schema',
      json_schema: { name: 'out', strict: true, schema: { type: 'object', properties: { a: { type: 'string' } } } },
    }),
  },
  { requiredKeys: [] },
);

describe('LangChain options', () => {
  it('valid options give no errors or warnings', () => {
    fc.assert(
      fc.property(validLangChainOptions(), ({ request }) => {
        expect(describeAll(lint(request, { api: 'langchain', preset: 'all' }).diagnostics.filter(notInfo))).toEqual([]);
      }),
    );
  });

  it("every diagnostic points at a key in the user's own options, never at a wire name", () => {
    let checked = 0;
    fc.assert(
      fc.property(validLangChainOptions(), langchainMistakes, ({ request }, mistakes) => {
        const options = { ...request, ...mistakes };
        for (const d of lint(options, { api: 'langchain', preset: 'all' }).diagnostics) {
          expect(resolves(options, d.path), `${d.ruleId} at ${d.path}`).toBe(true);
          expect(d.path).not.toMatch(
            /\/(max_tokens|max_completion_tokens|max_output_tokens|top_p|frequency_penalty|reasoning_effort|top_logprobs|text)(\/|$)/,
          );
          checked++;
        }
      }),
    );
    // The mistakes must actually produce findings, or the property says nothing.
    expect(checked).toBeGreaterThan(fc.readConfigureGlobal().numRuns ?? 0);
  });
});

describe('Batch files', () => {
  it('valid Chat and Responses requests wrapped in batch lines give no errors or warnings', () => {
    fc.assert(
      fc.property(
        fc
          .boolean()
          .chain((responses) =>
            fc.tuple(
              fc.constant(responses),
              fc.array(responses ? validResponsesRequest() : validChatRequest(), { minLength: 1, maxLength: 4 }),
            ),
          ),
        ([responses, requests]) => {
          const url = responses ? '/v1/responses' : '/v1/chat/completions';
          // The Batch API does not stream (batch/no-stream): a valid batch body never asks to.
          const body = (request: Record<string, unknown>) =>
            Object.fromEntries(Object.entries(request).filter(([key]) => key !== 'stream' && key !== 'stream_options'));
          const lines = requests.map(({ request }, index) =>
            JSON.stringify({ custom_id: `r${index}`, method: 'POST', url, body: body(request) }),
          );
          expect(describeAll(lintJsonLines(lines.join('\n'), { preset: 'all' }).filter(notInfo))).toEqual([]);
        },
      ),
    );
  });

  it('every body finding points under `/body` and resolves in its line', () => {
    fc.assert(
      fc.property(validChatRequest(), fc.constantFrom('seed', 'tool_choice', 'stream_options'), ({ request }, key) => {
        const body = { ...request, [key]: key === 'seed' ? 'x' : key === 'tool_choice' ? 'auto' : { include_usage: true } };
        delete body.tools;
        delete body.stream;
        const line = { custom_id: 'a', method: 'POST', url: '/v1/chat/completions', body };
        const diagnostics = lintJsonLines(JSON.stringify(line), {});
        expect(diagnostics.length).toBeGreaterThan(0);
        for (const d of diagnostics) {
          expect(d.path.startsWith('/body')).toBe(true);
          expect(resolves(line, d.path)).toBe(true);
          expect(d.line).toBe(1);
        }
      }),
    );
  });
});

const FOREIGN_SHAPE_RULES = new Set([
  'tools/no-foreign-tool-shape',
  'output-format/no-foreign-format-shape',
  'messages/no-foreign-content-parts',
]);

describe('rules for both APIs find the Chat violation in its Responses translation', () => {
  const both = builtinRules.filter((rule) => rule.meta.apis.includes('responses') && rule.meta.apis.includes('chat.completions'));
  it('has rules to check', () => expect(both.length).toBeGreaterThan(5));
  for (const rule of both) {
    const violation = VIOLATIONS[rule.id];
    // A rule about one API's shape written in the other has no translation to carry over: its
    // violation is a Chat-shaped tool, format or part in a Responses body (or the reverse), and the
    // translation is what it asks for.
    if (violation === undefined || FOREIGN_SHAPE_RULES.has(rule.id)) continue;
    it(rule.id, () => {
      let translated = 0;
      fc.assert(
        fc.property(violation, ({ request, path, api: violationApi = 'chat.completions' }) => {
          if (violationApi !== 'chat.completions') return;
          const body = chatToResponses(request);
          const target = chatPointerToResponses(path);
          // Only mistakes the translation carries over (a Chat-only key has no Responses counterpart).
          if (target === undefined || !hasPointer(body, target)) return;
          translated++;
          const found = lint(body, { api: 'responses', preset: 'all' }).diagnostics.filter((d) => d.ruleId === rule.id);
          expect(found.map((d) => d.path)).toContain(target);
        }),
      );
      // The property must have been exercised, or it proves nothing for this rule.
      expect(translated, 'violations that carry over to Responses').toBeGreaterThan(0);
    });
  }
});
