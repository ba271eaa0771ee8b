import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import type { Api } from '../../src/types.js';

/**
 * Correct requests written the way the API docs and SDK READMEs write them: under the default
 * `recommended` preset they must give no error and no warning (info notes are allowed), or
 * `--max-warnings 0` fails on correct requests and users learn to ignore warnings.
 */
const weather = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false };
const user = [{ role: 'user', content: 'What is the weather in Paris?' }];

const CORRECT: ReadonlyArray<[string, unknown, Api | 'langchain' | undefined]> = [
  [
    'strict tool on gpt-4o, parallel calls left at the default',
    {
      model: 'gpt-4o',
      messages: user,
      tools: [{ type: 'function', function: { name: 'get_weather', strict: true, parameters: weather } }],
    },
    undefined,
  ],
  [
    'strict tool on gpt-4.1 with tool_choice auto',
    {
      model: 'gpt-4.1',
      messages: user,
      tools: [{ type: 'function', function: { name: 'get_weather', strict: true, parameters: weather } }],
      tool_choice: 'auto',
    },
    undefined,
  ],
  [
    'strict tool on gpt-5 with an effort',
    {
      model: 'gpt-5',
      reasoning_effort: 'low',
      messages: user,
      tools: [{ type: 'function', function: { name: 'get_weather', strict: true, parameters: weather } }],
    },
    undefined,
  ],
  [
    'Responses function tool, schema already strict, strict unsaid',
    { model: 'gpt-4.1', input: 'Weather in Paris?', tools: [{ type: 'function', name: 'get_weather', parameters: weather }] },
    undefined,
  ],
  [
    'Responses structured output',
    { model: 'gpt-4o', input: 'Extract the city.', text: { format: { type: 'json_schema', name: 'city', strict: true, schema: weather } } },
    undefined,
  ],
  [
    'Chat structured output with a cap under the limit',
    {
      model: 'gpt-4o-mini',
      max_completion_tokens: 16000,
      messages: user,
      response_format: { type: 'json_schema', json_schema: { name: 'city', strict: true, schema: weather } },
    },
    undefined,
  ],
  [
    'non-strict tool with optional arguments on Chat',
    {
      model: 'gpt-4.1',
      messages: user,
      tools: [
        {
          type: 'function',
          function: {
            name: 'get_weather',
            parameters: { type: 'object', properties: { city: { type: 'string' }, unit: { type: 'string' } } },
          },
        },
      ],
    },
    undefined,
  ],
  [
    'reasoning model on Responses with a cap',
    { model: 'o3', input: 'Prove it.', reasoning: { effort: 'high' }, max_output_tokens: 100000 },
    undefined,
  ],
  [
    'LangChain options as the README writes them',
    { model: 'gpt-5', verbosity: 'low', promptCacheKey: 'docs', service_tier: 'flex', reasoning: { effort: 'low' } },
    'langchain',
  ],
];

describe('recommended is quiet on correct requests', () => {
  for (const [name, request, api] of CORRECT) {
    it(name, () => {
      const loud = lint(request, api === undefined ? {} : { api }).diagnostics.filter((d) => d.severity !== 'info');
      expect(loud.map((d) => `${d.severity} ${d.ruleId} ${d.path}: ${d.message}`)).toEqual([]);
    });
  }
});
