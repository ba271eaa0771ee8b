import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { explainApiError, type ApiErrorFields } from '../../src/index.js';

const maxTokensError = "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.";
const messages = [{ role: 'user', content: 'Hi' }];

describe('explainApiError', () => {
  it('names the rule and the fix for a known wording, however the message arrived', () => {
    const body = { error: { message: maxTokensError, type: 'invalid_request_error', param: 'max_tokens', code: 'unsupported_parameter' } };
    const apiError = OpenAI.APIError.generate(400, body, undefined, new Headers());
    const forms: unknown[] = [
      maxTokensError,
      `400 ${maxTokensError}`,
      JSON.stringify(body),
      body,
      apiError,
      `Error code: 400 - {'error': {'message': "${maxTokensError}", 'type': 'invalid_request_error'}}`,
      maxTokensError.replace(/'/g, '\u2018').toUpperCase().replace(/ /g, '  '),
      maxTokensError.replace(/\.$/, ''),
    ];
    for (const form of forms) {
      const explanation = explainApiError(form);
      expect(explanation.known, String(form)).toBe(true);
      expect(explanation.ruleIds).toEqual(['reasoning/no-max-tokens-on-reasoning-model']);
      expect(explanation.fix).toMatch(/max_completion_tokens/);
      expect(explanation.summary).toMatch(/^reqlint catches this before sending with rule `reasoning\/no-max-tokens-on-reasoning-model`\./);
    }
    expect(explainApiError(apiError).error).toMatchObject({ status: 400, param: 'max_tokens', code: 'unsupported_parameter' });
  });

  it('captures the names the message gives', () => {
    expect(
      explainApiError(
        "Unsupported value: 'reasoning_effort' does not support 'xhigh' with this model. Supported values are: 'minimal', 'low', 'medium', and 'high'.",
      ).captures,
    ).toEqual({ value: "'xhigh'", values: "'minimal', 'low', 'medium', and 'high'" });
    expect(
      explainApiError(
        "Invalid 'tools': array too long. Expected an array with maximum length 128, but got an array with length 325 instead.",
      ).captures,
    ).toEqual({ param: 'tools', max: '128', actual: '325' });
    expect(explainApiError('Unsupported parameter: “top_p” is not supported with this model.').wording?.id).toBe('top-p-unsupported');
  });

  it('with the request, points at the place in it the API meant', () => {
    const request = { model: 'o3', messages, max_tokens: 100 };
    const explanation = explainApiError(maxTokensError, request);
    expect(explanation.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([['reasoning/no-max-tokens-on-reasoning-model', '/max_tokens']]);
    expect(explanation.summary).toMatch(
      /^The API rejected this request; reqlint would have caught it before sending with rule `reasoning\/no-max-tokens-on-reasoning-model`\. `max_tokens`: /,
    );

    // Two function names break the pattern; the API names the second.
    const tools = [
      { type: 'function', function: { name: 'ok name' } },
      { type: 'function', function: { name: 'bad name' } },
    ];
    const patternError = {
      error: {
        message:
          "Invalid 'tools[1].function.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.",
        param: 'tools[1].function.name',
      },
    };
    expect(explainApiError(patternError, { model: 'gpt-4o', messages, tools }).diagnostics.map((d) => d.path)).toEqual([
      '/tools/1/function/name',
    ]);

    // The API's own spelling `messages.[1].role`.
    const orphan = explainApiError(
      {
        error: {
          message: "Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.",
          param: 'messages.[1].role',
        },
      },
      { model: 'gpt-4o', messages: [...messages, { role: 'tool', tool_call_id: 'call_1', content: '{}' }] },
    );
    expect(orphan.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([['messages/no-orphan-tool-message', '/messages/1/role']]);
  });

  it('says when a known error is one reqlint did not flag in this request', () => {
    const explanation = explainApiError(maxTokensError, { model: 'acme-reasoner', messages, max_tokens: 100 });
    expect(explanation.known).toBe(true);
    expect(explanation.diagnostics).toEqual([]);
    expect(explanation.summary).toMatch(
      /covered by rule `reasoning\/no-max-tokens-on-reasoning-model`, but reqlint does not flag this request: its facts about `acme-reasoner`/,
    );
  });

  it('blames the schema error that kept the rule off the request, not the model facts', () => {
    const toolChoiceError = "400 Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified.";
    const explanation = explainApiError(toolChoiceError, { model: 'gpt-4.1', messages, tool_choice: 'auto', metadata: { a: 1 } });
    expect(explanation.diagnostics).toEqual([]);
    expect(explanation.summary).toMatch(/first found a schema error: `metadata\.a` must be a string.*fix it and lint again/);
    expect(explanation.summary).not.toMatch(/facts about/);
    // A value out of range keeps no rule off: the rule's finding is the answer.
    const inRange = explainApiError(toolChoiceError, { model: 'gpt-4.1', messages, tool_choice: 'auto', n: 0 });
    expect(inRange.diagnostics.map((d) => d.ruleId)).toEqual(['tools/no-tool-choice-without-tools']);
  });

  it('explains whatever was thrown, even what String() cannot print (found by the thorough property tier)', () => {
    const tagThrows = Object.defineProperty({}, Symbol.toStringTag, {
      get() {
        throw new Error('no');
      },
    });
    for (const thrown of [{ toString: {} }, Object.create(null), tagThrows]) {
      const explanation = explainApiError(thrown);
      expect(explanation.known).toBe(false);
      expect(explanation.error.message).toBe('');
      expect(explanation.summary).toMatch(/^reqlint could not find an error message in \{("toString":\{\})?\}\. Give it the API's error/);
    }
  });

  const toolChoiceMessage = "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified.";
  const apiBody = { error: { message: toolChoiceMessage, type: 'invalid_request_error', param: 'tool_choice', code: null } };

  it('reads the error of a Batch output or error file line, with its custom_id, and any wrapper around a body', () => {
    // The OpenAI Batch output format: `error` is null when the request got a response, even a 400.
    const outputLine = {
      id: 'batch_req_1',
      custom_id: 'b',
      response: { status_code: 400, request_id: 'req_1', body: apiBody },
      error: null,
    };
    const forms: Array<[unknown, Partial<ApiErrorFields>]> = [
      [outputLine, { status: 400, param: 'tool_choice', customId: 'b' }],
      [JSON.stringify(outputLine), { status: 400, customId: 'b' }],
      [{ custom_id: 'c', response: null, error: { code: 'invalid_request', message: toolChoiceMessage } }, { customId: 'c' }],
      [
        { custom_id: 'b', response: { status_code: 400, body: apiBody } },
        { status: 400, customId: 'b' },
      ],
      [
        { status: 400, body: apiBody },
        { status: 400, param: 'tool_choice' },
      ],
      [
        { status: 400, body: JSON.stringify(apiBody) },
        { status: 400, param: 'tool_choice' },
      ],
      [{ response: { status: 400, data: apiBody } }, { status: 400 }],
    ];
    for (const [form, fields] of forms) {
      const explanation = explainApiError(form);
      expect(explanation.known, JSON.stringify(form)).toBe(true);
      expect(explanation.error).toMatchObject({ message: toolChoiceMessage, ...fields });
      expect(explanation.ruleIds).toContain('tools/no-tool-choice-without-tools');
    }
    // Located in the line's request body, as for any request.
    const located = explainApiError(outputLine, { model: 'gpt-4.1', messages, tool_choice: 'auto' });
    expect(located.diagnostics.map((d) => d.path)).toEqual(['/tool_choice']);
  });

  it('says it found no message, rather than printing an object, and that a succeeded Batch line has no error', () => {
    for (const given of [
      { error: { message: { text: 'nested' } } },
      { custom_id: 'b', response: { status_code: 400, body: { error: { message: 42 } } }, error: null },
      { error: { message: '  ' } },
      [apiBody],
      42,
      null,
      new Error(),
    ]) {
      const explanation = explainApiError(given);
      expect(explanation.known).toBe(false);
      expect(explanation.error.message).toBe('');
      expect(explanation.summary).toMatch(/^reqlint could not find an error message in \S/);
      expect(explanation.summary).not.toContain('[object Object]');
    }
    expect(explainApiError(42).summary).toMatch(/^reqlint could not find an error message in 42\./);
    // A 400 with an empty body, as the fetch guard reads it.
    expect(explainApiError('').summary).toMatch(/^reqlint could not find an error message in an empty text\./);
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = cyclic;
    expect(explainApiError(cyclic).summary).toMatch(/^reqlint could not find an error message in an object with the keys a, self\./);
    const succeeded = {
      id: 'batch_req_2',
      custom_id: 'ok',
      response: { status_code: 200, body: { id: 'chatcmpl-1', choices: [] } },
      error: null,
    };
    expect(explainApiError(succeeded)).toMatchObject({
      known: false,
      error: { message: '', status: 200, customId: 'ok' },
      summary: 'The Batch request `ok` succeeded (status 200): there is no error to explain.',
    });
  });

  it('says a request the Batch API never ran (expired, cancelled) was not wrong, instead of asking for a rule', () => {
    const expired = {
      id: 'batch_req_3',
      custom_id: 'late',
      response: null,
      error: { code: 'batch_expired', message: 'This request could not be executed before the completion window expired.' },
    };
    expect(explainApiError(expired)).toMatchObject({ known: false, notRun: true, error: { customId: 'late', code: 'batch_expired' } });
    expect(explainApiError(expired).summary).toMatch(
      /^The Batch API did not run this request: .* \(code `batch_expired`\)\. Nothing in the request is wrong/,
    );
    const cancelled = {
      custom_id: 'x',
      error: { code: 'batch_cancelled', message: 'This request was not executed because the batch was cancelled.' },
    };
    expect(explainApiError(cancelled).summary).toMatch(/the batch was cancelled before this request ran/);
    // Another unknown code is still unknown, and asked for.
    expect(explainApiError({ custom_id: 'y', error: { code: 'something_new', message: 'Something new happened.' } }).summary).toMatch(
      /^reqlint does not know this error yet/,
    );
  });

  it('names the model as the lint reads it when no rule flags the request: JSONC text, LangChain modelName', () => {
    const message = "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.";
    const jsonc =
      '{\n  // a fixture\n  "model": "acme-reasoner",\n  "messages": [{ "role": "user", "content": "hi" }],\n  "max_tokens": 5\n}';
    expect(explainApiError(message, jsonc).summary).toContain('its facts about `acme-reasoner` may be missing');
    expect(explainApiError(message, { modelName: 'acme-reasoner', maxTokens: 5 }, { api: 'langchain' }).summary).toContain(
      'its facts about `acme-reasoner` may be missing',
    );
  });

  it("points LangChain options at the user's own key", () => {
    const explanation = explainApiError(
      "Unsupported value: 'temperature' does not support 0.2 with this model. Only the default (1) value is supported.",
      { model: 'o3', temperature: 0.2 },
      { api: 'langchain' },
    );
    expect(explanation.diagnostics.map((d) => d.path)).toEqual(['/temperature']);
  });

  it('says that an error no wording matches is unknown to reqlint', () => {
    for (const error of [
      'The server had an error while processing your request.',
      { error: { message: 'Something new.' } },
      new Error('socket hang up'),
    ]) {
      const explanation = explainApiError(error);
      expect(explanation.known).toBe(false);
      expect(explanation.ruleIds).toEqual([]);
      expect(explanation.summary).toMatch(/^reqlint does not know this error yet: /);
    }
  });
});
