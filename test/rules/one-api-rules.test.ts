import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';

/**
 * Responses parity: a rule whose meaning exists in both wire APIs runs on both. Every rule that runs
 * on one API only is listed here with the reason; a new one-API rule fails this test until it is
 * listed (or made to run on both), and a listed rule that now runs on both must leave the list.
 */
const ONE_API_ONLY: Record<string, string> = {
  // Chat-only parameters (the Responses API has no such key; sending it there is responses/no-chat-only-parameters).
  'audio/no-audio-options-without-modality': 'audio output (`modalities`, `audio`) exists only on Chat Completions',
  'audio/no-audio-output-on-unsupported-model': 'audio output exists only on Chat Completions',
  'audio/no-unknown-voice': 'audio output exists only on Chat Completions',
  'audio/require-audio-for-audio-model': 'the audio-preview models are served only by Chat Completions',
  'audio/require-audio-options': 'audio output exists only on Chat Completions',
  'audio/require-pcm16-when-streaming': 'audio output exists only on Chat Completions',
  'deprecated/no-legacy-functions': '`functions`/`function_call` exist only on Chat Completions',
  'deprecated/no-max-tokens': '`max_tokens` exists only on Chat Completions',
  'deprecated/no-seed': '`seed` exists only on Chat Completions',
  'prediction/no-incompatible-parameters': '`prediction` exists only on Chat Completions',
  'prediction/no-prediction-on-unsupported-model': '`prediction` exists only on Chat Completions',
  'search/no-web-search-options-on-non-search-model':
    '`web_search_options` exists only on Chat Completions (Responses has the web_search tool)',
  'reasoning/no-max-tokens-on-reasoning-model': '`max_tokens` exists only on Chat Completions; Responses has only `max_output_tokens`',
  'params/no-max-tokens-with-max-completion-tokens': 'Responses has one cap, `max_output_tokens`',
  'logprobs/no-top-logprobs-without-logprobs': 'Responses has no `logprobs` flag: `top_logprobs` alone asks for them',
  'sampling/no-logprobs-with-forced-tool-call':
    'Responses asks for logprobs through `include`, and no source says a forced call ignores them there',
  // Messages: Responses input items are a different model (items, not roles with tool_calls).
  'messages/no-empty-tool-calls': 'Responses has no `tool_calls` array: each call is its own `function_call` item',
  'messages/no-orphan-tool-message':
    'Responses answers calls with `function_call_output` items that may refer to a stored previous response',
  'messages/require-tool-call-answers':
    'Responses may leave calls unanswered in `input` when `previous_response_id` carries them; the rule would guess',
  'messages/require-assistant-content': 'Responses has no assistant message with null content; output items are separate',
  'messages/no-unsupported-input-parts':
    'checks Chat content part types; Responses input parts (`input_text`, `input_image`, `input_file`) are schema-checked',
  'messages/no-unsupported-instruction-role': 'the o1-preview/o1-mini models that refuse system/developer roles are Chat-only',
  'messages/user-only-content-parts': 'Chat restricts image/audio parts to user messages; Responses input roles are schema-checked',
  // Facts known only for Chat.
  'models/no-unsupported-parallel-tool-calls':
    'the o-series rejections of `parallel_tool_calls` are all reported on Chat Completions (api-facts §3.2); none for Responses',
  'tools/no-parallel-tool-calls-without-tools':
    'the 400 "parallel_tool_calls is only allowed when tools are specified" is documented for Chat only',
  'tools/no-empty-tools': '`tools: []` is a 400 on Chat ("[] is too short"); the Responses schema and SDKs accept an empty list',
  'tools/no-unknown-allowed-tools':
    'Responses `allowed_tools` may name built-in and MCP tools, not only functions; the check would need their identities',
  'tools/require-parallel-tool-calls-false-with-strict':
    'on Responses an omitted `strict` is implied, so the note would fire on nearly every function tool',
  'store/no-metadata-without-store': 'Responses stores by default (`store` defaults to true), so metadata always has a place',
  'output-format/require-json-word': 'the Responses counterpart is responses/require-json-word-in-input (instructions and input items)',
  'output-format/prefer-json-schema':
    'an info note; on Responses JSON mode is `text.format` and the SDK helpers already prefer json_schema',
  // By definition about one API.
  'deprecated/no-generate-summary': '`reasoning.generate_summary` exists only on Responses',
  'deprecated/no-truncation': '`truncation` exists only on Responses',
  'models/no-responses-only-model': 'about models that Chat Completions does not serve',
  'reasoning/no-function-tools-with-reasoning-on-chat': 'a Chat Completions limitation; Responses accepts function tools while reasoning',
  'params/no-responses-parameters': 'Responses keys sent to Chat; its mirror is responses/no-chat-only-parameters',
  'tools/no-foreign-tool-choice-shape': 'the bare-name and flat choice shapes sent to Chat; tools/no-foreign-tool-shape covers the reverse',
  'responses/no-chat-only-parameters': 'Chat keys sent to Responses; its mirror is params/no-responses-parameters',
  'responses/no-background-without-store': '`background` exists only on Responses',
  'responses/no-previous-response-id-with-conversation': '`previous_response_id` and `conversation` exist only on Responses',
  'responses/require-explicit-strict': 'only Responses makes an omitted `strict` strict',
  'responses/require-item-after-reasoning': 'reasoning items exist only in Responses input',
  'responses/require-json-word-in-input': 'the Responses counterpart of output-format/require-json-word',
  'responses/valid-image-generation-background': 'the image_generation tool exists only on Responses',
  'responses/valid-mcp-server-source': 'the mcp tool exists only on Responses',
  'reasoning/no-reasoning-items-on-non-reasoning-model': 'reasoning items exist only in Responses input',
  'responses/no-orphan-function-call-output':
    'its Chat counterpart is messages/no-orphan-tool-message; Responses pairs calls by `call_id` across items and stored responses',
  'responses/valid-content-part-types':
    'Chat content parts are one `text` type for every role; the input/output kinds exist only on Responses',
  'reasoning/no-web-search-with-minimal-effort':
    'the web_search tool exists only on Responses (Chat has `web_search_options` for search models)',
};

describe('rules that run on one API only', () => {
  it('are exactly the listed ones, each with a reason', () => {
    const oneApi = builtinRules
      .filter((rule) => rule.meta.apis.length === 1)
      .map((rule) => rule.id)
      .sort();
    expect(oneApi).toEqual(
      Object.keys(ONE_API_ONLY)
        .filter((id) => builtinRules.some((rule) => rule.id === id && rule.meta.apis.length === 1))
        .sort(),
    );
    for (const id of Object.keys(ONE_API_ONLY)) {
      expect(
        builtinRules.find((rule) => rule.id === id),
        `${id} is listed but is not a rule`,
      ).toBeDefined();
      expect(builtinRules.find((rule) => rule.id === id)!.meta.apis, `${id} runs on both APIs now: remove it from the list`).toHaveLength(
        1,
      );
      expect(ONE_API_ONLY[id]!.length).toBeGreaterThan(20);
    }
  });
});

describe('Chat rules at their Responses keys', () => {
  const ids = (request: unknown) => lint(request, {}).diagnostics.map((d) => `${d.ruleId} ${d.path}`);
  const fn = (name: string) => ({ type: 'function', name, strict: false, parameters: { type: 'object', properties: {} } });

  it('Structured Outputs on a model without them: text.format', () => {
    expect(
      ids({
        model: 'gpt-3.5-turbo',
        input: 'hi',
        text: {
          format: {
            type: 'json_schema',
            name: 'r',
            strict: true,
            schema: { type: 'object', properties: {}, required: [], additionalProperties: false },
          },
        },
      }),
    ).toContain('models/no-unsupported-structured-outputs /text/format/type');
  });

  it('duplicate function names in flat tools', () => {
    expect(ids({ model: 'gpt-4.1', input: 'hi', tools: [fn('a'), fn('a')] })).toEqual(['tools/no-duplicate-tool-names /tools/1/name']);
  });

  it('a forced function that is not offered: tool_choice.name', () => {
    expect(
      ids({ model: 'gpt-4.1', input: 'hi', tools: [fn('get_weather')], tool_choice: { type: 'function', name: 'getWeather' } }),
    ).toEqual(['tools/no-unknown-tool-in-tool-choice /tool_choice/name']);
  });

  it('output limits at max_output_tokens and reasoning effort at reasoning.effort', () => {
    expect(ids({ model: 'gpt-4o', input: 'hi', max_output_tokens: 50000 })).toEqual([
      'models/no-output-tokens-over-limit /max_output_tokens',
    ]);
    expect(ids({ model: 'gpt-4.1', input: 'hi', reasoning: { effort: 'low' } })).toEqual([
      'reasoning/no-reasoning-effort-on-non-reasoning-model /reasoning/effort',
    ]);
  });
});
