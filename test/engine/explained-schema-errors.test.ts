import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { defineRule } from '../../src/rule.js';

/**
 * `Report.explainsSchemaError`: a rule that explains why a value fails the schema replaces the generic
 * `schema/*` findings at and below its path, and only those.
 */
const explainAt = (path: string, explains: boolean) =>
  defineRule({
    id: 'test/explainer',
    meta: {
      type: 'problem',
      description: 'Explains a schema error in tests.',
      apis: ['chat.completions'],
      recommended: true,
      messages: { explained: 'Explained.' },
    },
    create() {
      return {
        document(_node, context) {
          context.report({ messageId: 'explained', path, target: 'value', ...(explains ? { explainsSchemaError: true } : {}) });
        },
      };
    },
  });

// Two schema errors under `/tool_choice` (missing `function`, unknown `name`) and one elsewhere.
const body = {
  model: 'gpt-4.1',
  messages: [{ role: 'user', content: 7 }],
  tools: [{ type: 'function', function: { name: 'f' } }],
  tool_choice: { type: 'function', name: 'f' },
};
const ids = (rule: ReturnType<typeof explainAt>) =>
  lint(body, { ruleModules: [rule], rules: { 'test/explainer': 'error' } })
    .diagnostics.map((d) => `${d.ruleId} ${d.path}`)
    .sort();

describe('rules that explain schema errors', () => {
  it('drop the schema findings in their subtree and keep the others', () => {
    expect(ids(explainAt('/tool_choice', true))).toEqual(['schema/type /messages/0/content', 'test/explainer /tool_choice']);
  });

  it('drop nothing when the report does not say it explains', () => {
    expect(ids(explainAt('/tool_choice', false))).toEqual([
      'schema/missing-property /tool_choice',
      'schema/type /messages/0/content',
      'schema/unknown-property /tool_choice/name',
      'test/explainer /tool_choice',
    ]);
  });

  it('do not reach schema findings at a parent or a sibling path', () => {
    expect(ids(explainAt('/tool_choice/name', true))).toEqual([
      'schema/missing-property /tool_choice',
      'schema/type /messages/0/content',
      'test/explainer /tool_choice/name',
    ]);
  });
});
