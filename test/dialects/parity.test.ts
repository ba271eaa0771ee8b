/**
 * The "done when": a Responses body, a LangChain options object and a Batch file line with the
 * same mistake as a Chat body get the same finding, located at the user's own key (and line).
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { lintJsonLines } from '../../src/jsonl/index.js';
import type { Diagnostic } from '../../src/types.js';

type Json = Record<string, unknown>;

interface Mistake {
  name: string;
  ruleId: string;
  chat: [Json, string];
  responses: [Json, string];
  langchain: [Json, string];
}

const strictLooseSchema = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] };
/** A strict output schema whose property `t` is missing from `required`, as Chat (and LangChain) send it. */
const weatherFormat = {
  type: 'json_schema',
  json_schema: {
    name: 'weather',
    strict: true,
    schema: { type: 'object', properties: { t: { type: 'number' } }, additionalProperties: false },
  },
};
const user = [{ role: 'user', content: 'Weather in Paris?' }];

const MISTAKES: Mistake[] = [
  {
    name: 'temperature on a reasoning model',
    ruleId: 'sampling/no-unsupported-sampling-parameters',
    chat: [{ model: 'o3', messages: user, temperature: 0.2 }, '/temperature'],
    responses: [{ model: 'o3', input: 'Weather in Paris?', temperature: 0.2 }, '/temperature'],
    langchain: [{ model: 'o3', temperature: 0.2 }, '/temperature'],
  },
  {
    name: 'tool_choice without tools',
    ruleId: 'tools/no-tool-choice-without-tools',
    chat: [{ model: 'gpt-4.1', messages: user, tool_choice: 'required' }, '/tool_choice'],
    responses: [{ model: 'gpt-4.1', input: 'Weather in Paris?', tool_choice: 'required' }, '/tool_choice'],
    langchain: [{ model: 'gpt-4.1', tool_choice: 'required' }, '/tool_choice'],
  },
  {
    name: 'stream options without streaming',
    ruleId: 'streaming/no-stream-options-without-stream',
    chat: [{ model: 'gpt-4.1', messages: user, stream_options: { include_usage: true } }, '/stream_options'],
    responses: [{ model: 'gpt-4.1', input: 'Weather in Paris?', stream_options: { include_obfuscation: false } }, '/stream_options'],
    langchain: [{ model: 'gpt-4.1', stream_options: { include_usage: true } }, '/stream_options'],
  },
  {
    name: 'an effort the model does not accept',
    ruleId: 'reasoning/valid-reasoning-effort',
    chat: [{ model: 'o3', messages: user, reasoning_effort: 'xhigh' }, '/reasoning_effort'],
    responses: [{ model: 'o3', input: 'Weather in Paris?', reasoning: { effort: 'xhigh' } }, '/reasoning/effort'],
    langchain: [{ model: 'o3', reasoning: { effort: 'xhigh' } }, '/reasoning/effort'],
  },
  {
    name: 'a strict function schema without additionalProperties: false',
    ruleId: 'structured-outputs/require-additional-properties-false',
    chat: [
      {
        model: 'gpt-4.1',
        messages: user,
        tools: [{ type: 'function', function: { name: 'get_weather', strict: true, parameters: strictLooseSchema } }],
      },
      '/tools/0/function/parameters',
    ],
    responses: [
      {
        model: 'gpt-4.1',
        input: 'Weather in Paris?',
        tools: [{ type: 'function', name: 'get_weather', strict: true, parameters: strictLooseSchema }],
      },
      '/tools/0/parameters',
    ],
    langchain: [
      { model: 'gpt-4.1', strict: true, tools: [{ type: 'function', function: { name: 'get_weather', parameters: strictLooseSchema } }] },
      '/tools/0/function/parameters',
    ],
  },
  {
    name: 'a strict output schema property missing from required',
    ruleId: 'structured-outputs/require-all-properties-required',
    chat: [
      {
        model: 'gpt-4.1',
        messages: user,
        response_format: weatherFormat,
      },
      '/response_format/json_schema/schema/properties/t',
    ],
    responses: [
      {
        model: 'gpt-4.1',
        input: 'Weather in Paris?',
        text: {
          format: {
            type: 'json_schema',
            name: 'weather',
            strict: true,
            schema: { type: 'object', properties: { t: { type: 'number' } }, additionalProperties: false },
          },
        },
      },
      '/text/format/schema/properties/t',
    ],
    langchain: [
      {
        model: 'gpt-4.1',
        useResponsesApi: true,
        response_format: weatherFormat,
      },
      '/response_format/json_schema/schema/properties/t',
    ],
  },
];

const at = (diagnostics: Diagnostic[], ruleId: string) => diagnostics.filter((d) => d.ruleId === ruleId).map((d) => d.path);

describe.each(MISTAKES)('$name', ({ ruleId, chat, responses, langchain }) => {
  it('is found in a Chat body', () => {
    expect(at(lint(chat[0], { api: 'chat.completions' }).diagnostics, ruleId)).toEqual([chat[1]]);
  });
  it('is found in a Responses body, at the Responses key', () => {
    expect(at(lint(responses[0], { api: 'responses' }).diagnostics, ruleId)).toEqual([responses[1]]);
  });
  it("is found in LangChain options, at the user's own key", () => {
    expect(at(lint(langchain[0], { api: 'langchain' }).diagnostics, ruleId)).toEqual([langchain[1]]);
  });
  it('is found in a Batch file, on its line, under /body', () => {
    const lines = [
      { custom_id: 'c', method: 'POST', url: '/v1/chat/completions', body: chat[0] },
      { custom_id: 'r', method: 'POST', url: '/v1/responses', body: responses[0] },
    ].map((line) => JSON.stringify(line));
    // Two files: a batch has one endpoint.
    const chatFile = lintJsonLines(
      `{"custom_id":"x","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4.1","messages":[{"role":"user","content":"hi"}]}}\n${lines[0]}`,
      {},
    );
    expect(chatFile.filter((d) => d.ruleId === ruleId).map((d) => [d.line, d.path])).toEqual([[2, `/body${chat[1]}`]]);
    const responsesFile = lintJsonLines(lines[1]!, {});
    expect(responsesFile.filter((d) => d.ruleId === ruleId).map((d) => [d.line, d.path])).toEqual([[1, `/body${responses[1]}`]]);
  });
  it('names the key the user wrote in the message', () => {
    const [found] = lint(langchain[0], { api: 'langchain' }).diagnostics.filter((d) => d.ruleId === ruleId);
    expect(found?.message).not.toMatch(/`(max_tokens|reasoning_effort|top_p)`/);
  });
});

describe('ranges in text point at the user key', () => {
  it('LangChain options text: the range covers the value of `temperature`', () => {
    const text = '{\n  "model": "o3",\n  "temperature": 0.5\n}';
    const [d] = lint(text, { api: 'langchain' }).diagnostics.filter((x) => x.ruleId === 'sampling/no-unsupported-sampling-parameters');
    expect(d?.range?.start.line).toBe(3);
    expect(text.slice(d!.range!.start.offset, d!.range!.end.offset)).toBe('0.5');
  });
  it('Batch line: the range is in file coordinates', () => {
    const first = '{"custom_id":"a","method":"POST","url":"/v1/responses","body":{"model":"gpt-5","input":"x"}}';
    const second = '{"custom_id":"b","method":"POST","url":"/v1/responses","body":{"model":"o3","input":"x","temperature":0.5}}';
    const text = `${first}\n${second}\n`;
    const [d] = lintJsonLines(text, {}).filter((x) => x.ruleId === 'sampling/no-unsupported-sampling-parameters');
    expect(d?.line).toBe(2);
    expect(text.slice(d!.range!.start.offset, d!.range!.end.offset)).toBe('0.5');
    expect(d?.range?.start.column).toBe(second.indexOf('0.5') + 1);
  });
});
