import { describe, expect, it } from 'vitest';
import { describeFix, lint } from '../src/index.js';
import type { JsonPatch } from '../src/types.js';

describe('describeFix', () => {
  it('says what each kind of change does, naming paths as messages do', () => {
    const cases: Array<[JsonPatch, string]> = [
      [[{ op: 'move', from: '/max_tokens', path: '/max_completion_tokens' }], 'Rename `max_tokens` to `max_completion_tokens`'],
      [[{ op: 'remove', path: '/tools/0/function/strict' }], 'Remove `tools[0].function.strict`'],
      [[{ op: 'replace', path: '/temperature', value: 1 }], 'Set `temperature` to 1'],
      [[{ op: 'add', path: '/logprobs', value: true }], 'Set `logprobs` to true'],
      [[{ op: 'add', path: '/reasoning', value: { effort: 'high' } }], 'Add `reasoning`'],
      [[{ op: 'add', path: '/schema/required/-', value: 'due' }], 'Add `"due"` to `schema.required`'],
      [[{ op: 'move', from: '/text/format', path: '/response_format' }], 'Move `text.format` to `response_format`'],
      [
        [
          { op: 'test', path: '/stream', value: false },
          { op: 'remove', path: '/stream_options' },
          { op: 'replace', path: '/tool_choice', value: 'auto' },
        ],
        'Remove `stream_options` and set `tool_choice` to `"auto"`',
      ],
      [[{ op: 'replace', path: '/instructions', value: 'x'.repeat(40) }], 'Set `instructions`'],
      [[], 'Fix'],
    ];
    for (const [fix, expected] of cases) expect(describeFix(fix)).toBe(expected);
  });

  it('titles the safe fix of a real finding', () => {
    const [finding] = lint({ model: 'o3', messages: [{ role: 'user', content: 'hi' }], max_tokens: 100 }).diagnostics;
    expect(describeFix(finding!.fix!)).toBe('Rename `max_tokens` to `max_completion_tokens`');
  });
});
