import { defineRule } from '../../src/rule-api.js';
import type { ChatCompletionRequest } from '../../schemas/index.js';

/**
 * Predicted Outputs exclude several parameters (api-facts §1.6, PRED-GUIDE "Limitations"): `n` > 1,
 * `logprobs`, `presence_penalty` > 0, `frequency_penalty` > 0, `audio`, modalities other than text,
 * `max_completion_tokens` and `tools`. The facts sheet lists these among the rejections (§8 #12).
 */

interface Conflict {
  key: keyof ChatCompletionRequest & string;
  /** Whether this value conflicts with a prediction; `null` never does (it means "not set"). */
  conflicts(value: unknown): boolean;
  /** What Predicted Outputs do not support, as the message says it. */
  why: string;
}

const CONFLICTS: readonly Conflict[] = [
  { key: 'n', conflicts: (v) => typeof v === 'number' && v > 1, why: 'more than one choice' },
  { key: 'logprobs', conflicts: (v) => v === true, why: 'log probabilities' },
  { key: 'presence_penalty', conflicts: (v) => typeof v === 'number' && v > 0, why: 'a positive presence penalty' },
  { key: 'frequency_penalty', conflicts: (v) => typeof v === 'number' && v > 0, why: 'a positive frequency penalty' },
  { key: 'audio', conflicts: (v) => v !== null && v !== undefined, why: 'audio output' },
  { key: 'modalities', conflicts: (v) => Array.isArray(v) && v.some((m) => m !== 'text'), why: 'output other than text' },
  {
    key: 'max_completion_tokens',
    conflicts: (v) => v !== null && v !== undefined,
    why: '`max_completion_tokens` (cap the answer with `max_tokens` instead)',
  },
  { key: 'tools', conflicts: (v) => Array.isArray(v) && v.length > 0, why: 'tools (function calling)' },
];

export default defineRule({
  id: 'prediction/no-incompatible-parameters',
  meta: {
    type: 'problem',
    description: '`prediction` cannot be combined with `n` > 1, `logprobs`, positive penalties, audio, `max_completion_tokens` or `tools`.',
    apis: ['chat.completions'],
    triggers: ['prediction'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      incompatible: '`{{param}}` is {{value}}, but Predicted Outputs (`{{prediction}}`) do not support {{why}}; remove one of the two.',
      removeParam: 'Remove `{{param}}`.',
      removePrediction: 'Remove `{{prediction}}` (the answer is generated without a prediction).',
    },
  },
  create() {
    return {
      request({ value }, context) {
        if (value.prediction === undefined || value.prediction === null) return;
        const prediction = context.nameOf('/prediction');
        for (const conflict of CONFLICTS) {
          if (!Object.hasOwn(value, conflict.key) || !conflict.conflicts(value[conflict.key])) continue;
          const path = `/${conflict.key}`;
          const found = value[conflict.key];
          // Scalars are shown as written; objects and arrays are too long for a one-line message.
          const shown = found !== null && typeof found === 'object' ? 'set' : JSON.stringify(found);
          const data = { param: context.nameOf(path), value: shown, why: conflict.why, prediction };
          // Without tools, `tool_choice` and `parallel_tool_calls` would be rejected in turn.
          const dependents =
            conflict.key === 'tools' ? (['tool_choice', 'parallel_tool_calls'] as const).filter((key) => Object.hasOwn(value, key)) : [];
          context.report({
            messageId: 'incompatible',
            data,
            path,
            suggestions: [
              {
                messageId: 'removeParam',
                data,
                fix: [{ op: 'remove', path }, ...dependents.map((key) => ({ op: 'remove' as const, path: `/${key}` }))],
              },
              { messageId: 'removePrediction', data, fix: [{ op: 'remove', path: '/prediction' }] },
            ],
          });
        }
      },
    };
  },
});
