import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/index.js';
import { lint } from '../../src/engine/lint.js';

const ids = (body: unknown, api: 'responses' | 'auto' = 'responses') => lint(body, { api }).diagnostics.map((d) => `${d.ruleId} ${d.path}`);

describe('Responses request schema', () => {
  it('accepts replayed assistant text without the annotations the spec requires, as client libraries send it', () => {
    const body = {
      model: 'gpt-4.1',
      input: [
        { role: 'user', content: 'Name a colour.' },
        { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Teal.' }] },
        { role: 'assistant', content: [{ type: 'output_text', text: 'Or red.' }] },
        { role: 'user', content: 'Another?' },
      ],
    };
    expect(ids(body)).toEqual([]);
  });

  it('accepts a realistic body with every kind of input item and hosted tool', () => {
    const body = {
      model: 'gpt-5',
      instructions: 'Be brief.',
      input: [
        {
          role: 'user',
          content: [
            { type: 'input_text', text: 'Find the report' },
            { type: 'input_image', image_url: 'https://example.com/a.png', detail: 'auto' },
          ],
        },
        { type: 'reasoning', id: 'rs_1', summary: [{ type: 'summary_text', text: 'thinking' }], encrypted_content: 'gAAA' },
        { type: 'function_call', id: 'fc_1', call_id: 'call_1', name: 'lookup', arguments: '{"q":"x"}', status: 'completed' },
        { type: 'function_call_output', call_id: 'call_1', output: 'found' },
        { type: 'web_search_call', id: 'ws_1', status: 'completed', action: { type: 'search', query: 'x' } },
        {
          type: 'message',
          id: 'msg_1',
          role: 'assistant',
          status: 'completed',
          content: [{ type: 'output_text', text: 'Here.', annotations: [] }],
        },
        { type: 'item_reference', id: 'msg_0' },
        { id: 'msg_2' },
        { role: 'user', content: 'Thanks' },
      ],
      tools: [
        { type: 'function', name: 'lookup', strict: false, parameters: { type: 'object', properties: { q: { type: 'string' } } } },
        { type: 'custom', name: 'sql', format: { type: 'grammar', syntax: 'lark', definition: 'start: "x"' } },
        { type: 'file_search', vector_store_ids: ['vs_1'], max_num_results: 5 },
        { type: 'web_search', search_context_size: 'low' },
        { type: 'mcp', server_label: 'git', server_url: 'https://mcp.example.com', require_approval: 'never' },
        { type: 'code_interpreter', container: { type: 'auto' } },
        { type: 'image_generation', output_format: 'webp', background: 'transparent' },
        { type: 'computer_use_preview', environment: 'browser', display_width: 1024, display_height: 768 },
        { type: 'shell' },
      ],
      tool_choice: { type: 'function', name: 'lookup' },
      text: { verbosity: 'low' },
      reasoning: { effort: 'low', summary: 'auto' },
      include: ['reasoning.encrypted_content', 'web_search_call.action.sources'],
      store: false,
      max_output_tokens: 2000,
      max_tool_calls: 4,
      context_management: [{ type: 'compaction', compact_threshold: 200000 }],
      prompt_cache_key: 'k',
      service_tier: 'flex',
    };
    expect(ids(body)).toEqual([]);
  });

  it('checks the limits the issue names', () => {
    expect(ids({ model: 'gpt-5', input: 'x', max_output_tokens: 15 })).toEqual(['schema/range /max_output_tokens']);
    expect(ids({ model: 'gpt-5', input: 'x', tools: [{ type: 'file_search' }] })).toEqual(['schema/missing-property /tools/0']);
    expect(ids({ model: 'gpt-5', input: 'x', tools: [{ type: 'computer_use_preview', environment: 'mac', display_width: 800 }] })).toEqual([
      'schema/missing-property /tools/0',
    ]);
    expect(ids({ model: 'gpt-5', input: 'x', include: ['reasoning.summary'] })).toEqual(['schema/enum /include/0']);
  });

  it('rejects the Chat shape of a custom tool grammar (Responses flattens it)', () => {
    const body = {
      model: 'gpt-5',
      input: 'x',
      tools: [{ type: 'custom', name: 'sql', format: { type: 'grammar', grammar: { syntax: 'lark', definition: 'x' } } }],
    };
    expect(ids(body).some((id) => id.startsWith('schema/') && id.includes('/tools/0/format'))).toBe(true);
  });
});

describe('Responses rules', () => {
  it('treats an omitted function `strict` as implied strict: warns, but does not hold the schema to the subset', () => {
    const loose = { type: 'object', properties: { q: { type: 'string' } } };
    // The API falls back to non-strict when it cannot normalise, so a subset violation is not a rejection.
    expect(ids({ model: 'gpt-4.1', input: 'x', tools: [{ type: 'function', name: 'f', parameters: loose }] })).toEqual([
      'responses/require-explicit-strict /tools/0/name',
    ]);
    expect(ids({ model: 'gpt-4.1', input: 'x', tools: [{ type: 'function', name: 'f', strict: true, parameters: loose }] })).toContain(
      'structured-outputs/require-additional-properties-false /tools/0/parameters',
    );
    expect(ids({ model: 'gpt-4.1', input: 'x', tools: [{ type: 'function', name: 'f', strict: false, parameters: loose }] })).toEqual([]);
  });

  it('accepts a reasoning item followed by its call or message, and reports one left alone', () => {
    const reasoning = { type: 'reasoning', id: 'rs_1', summary: [] };
    expect(
      ids({
        model: 'o3',
        input: [
          reasoning,
          { type: 'function_call', call_id: 'c', name: 'f', arguments: '{}' },
          { type: 'function_call_output', call_id: 'c', output: 'ok' },
        ],
      }),
    ).toEqual([]);
    expect(ids({ model: 'o3', input: [reasoning, reasoning] })).toEqual([
      'responses/require-item-after-reasoning /input/0',
      'responses/require-item-after-reasoning /input/1',
    ]);
    expect(ids({ model: 'o3', input: [reasoning, { role: 'user', content: 'x' }] })).toEqual([
      'responses/require-item-after-reasoning /input/0',
    ]);
  });

  it('looks for "json" in input messages only, not in instructions', () => {
    const format = { format: { type: 'json_object' } };
    expect(ids({ model: 'gpt-4.1', instructions: 'Reply in JSON', input: 'colours?', text: format })).toEqual([
      'responses/require-json-word-in-input /text/format/type',
    ]);
    expect(
      ids({ model: 'gpt-4.1', input: [{ role: 'user', content: [{ type: 'input_text', text: 'As JSON please' }] }], text: format }),
    ).toEqual([]);
    expect(ids({ model: 'gpt-4.1', prompt: { id: 'pmpt_1' }, text: format }, 'responses')).toEqual([]);
  });

  it('names the Responses equivalent of a Chat-only parameter and moves it when that is safe', () => {
    const body = {
      model: 'gpt-5',
      input: 'x',
      reasoning_effort: 'low',
      verbosity: 'low',
      max_completion_tokens: 500,
      seed: 1,
      text: { format: { type: 'text' } },
    };
    const found = lint(body, { api: 'responses' }).diagnostics;
    expect(found.map((d) => d.path).sort()).toEqual(['/max_completion_tokens', '/reasoning_effort', '/seed', '/verbosity']);
    expect(found.every((d) => d.ruleId === 'responses/no-chat-only-parameters')).toBe(true);
    expect(found.find((d) => d.path === '/reasoning_effort')?.message).toContain('`reasoning.effort`');
    const { output } = applyFixes(body, { api: 'responses' });
    expect(output).toEqual({
      model: 'gpt-5',
      input: 'x',
      reasoning: { effort: 'low' },
      text: { format: { type: 'text' }, verbosity: 'low' },
      max_output_tokens: 500,
      seed: 1,
    });
  });

  it('explains keys that fail the schema even when another part of the body fails too (`document` node)', () => {
    const body = {
      model: 'gpt-5',
      input: 'x',
      max_output_tokens: 1,
      previous_response_id: 'resp_1',
      conversation: { id: 'conv_1' },
      seed: 4,
    };
    expect(ids(body).sort()).toEqual([
      'responses/no-chat-only-parameters /seed',
      'responses/no-previous-response-id-with-conversation /previous_response_id',
      'schema/range /max_output_tokens',
    ]);
  });

  it('checks MCP server sources and transparent image backgrounds', () => {
    expect(
      ids({
        model: 'gpt-5',
        input: 'x',
        tools: [{ type: 'mcp', server_label: 's', connector_id: 'connector_gmail', tunnel_id: 'tunnel_0123456789abcdef0123456789abcdef' }],
      }),
    ).toEqual(['responses/valid-mcp-server-source /tools/0/tunnel_id']);
    expect(
      ids({ model: 'gpt-5', input: 'x', tools: [{ type: 'image_generation', background: 'transparent', output_format: 'png' }] }),
    ).toEqual([]);
  });
});

describe('auto-detection', () => {
  it('tells Chat, Responses and LangChain apart by their defining keys, silently', () => {
    expect(lint({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'x' }] }).api).toBe('chat.completions');
    expect(lint({ model: 'gpt-4.1', input: 'x' }).api).toBe('responses');
    expect(lint({ model: 'gpt-4.1', maxTokens: 100 }).api).toBe('langchain');
    expect(lint({ model: 'gpt-4.1', input: 'x' }).diagnostics).toEqual([]);
  });

  it('says what it assumed when only secondary keys decided', () => {
    const { api, diagnostics } = lint({ model: 'gpt-5', previous_response_id: 'resp_1' });
    expect(api).toBe('responses');
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.message])).toEqual([
      [
        'dialect/assumed',
        'info',
        'Linted as a Responses request because it has `previous_response_id`; pass `api` if it is for another API.',
      ],
    ]);
  });

  it('refuses to guess between equally likely dialects', () => {
    const { api, diagnostics } = lint({ model: 'gpt-5', messages: [], input: 'x' });
    expect(api).toBeUndefined();
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['dialect/unknown']);
    expect(diagnostics[0]?.message).toContain('Chat Completions (it has `messages`) or Responses (it has `input`)');
  });
});
