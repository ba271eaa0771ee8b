import { describe, expect, it } from 'vitest';
import { lint, type LintOptions } from '../../src/engine/lint.js';
import { defineRule, type AnyRule } from '../../src/rule.js';

/** A rule that counts its `create` and visitor calls, and reports `temperature` when it sees one. */
function countingRule() {
  const calls = { create: 0, document: 0, message: 0 };
  const rule = defineRule({
    id: 'test/counting',
    meta: {
      type: 'problem',
      description: 'Counts calls in tests.',
      apis: ['chat.completions'],
      recommended: true,
      messages: { seen: '`temperature` is {{value}}.' },
    },
    create() {
      calls.create++;
      return {
        document(node, context) {
          calls.document++;
          if (typeof node.value.temperature === 'number')
            context.report({ messageId: 'seen', data: { value: node.value.temperature }, path: '/temperature' });
        },
        message() {
          calls.message++;
        },
      };
    },
  });
  return { rule: rule as AnyRule, calls };
}

const small = { model: 'gpt-4.1', messages: [{ role: 'user', content: 'Hi' }] };
const withTemperature = { ...small, temperature: 0.5 };

describe('rule dispatch', () => {
  it("creates a rule's visitors once per options object and API, and visits every request", () => {
    const { rule, calls } = countingRule();
    const options: LintOptions = { ruleModules: [rule] };
    for (let i = 0; i < 5; i++) lint(small, options);
    expect(calls).toEqual({ create: 1, document: 5, message: 5 });
    // Another options object is resolved again.
    lint(small, { ruleModules: [rule] });
    expect(calls.create).toBe(2);
  });

  it('visits the nodes of the kinds a rule names, each in document order, with the request as context', () => {
    const seen: string[] = [];
    const rule = defineRule({
      id: 'test/order',
      meta: { type: 'problem', description: 'Records visits in tests.', apis: ['chat.completions'], recommended: true, messages: {} },
      create() {
        return {
          message(node, context) {
            seen.push(`message ${node.index} of ${context.nodes.message.length} (${String(context.raw.model)})`);
          },
          document(_node, context) {
            seen.push(`document ${context.api}`);
          },
        };
      },
    }) as AnyRule;
    lint(
      {
        model: 'gpt-4.1',
        messages: [
          { role: 'user', content: 'a' },
          { role: 'user', content: 'b' },
        ],
      },
      { ruleModules: [rule] },
    );
    expect(seen).toEqual(['document chat.completions', 'message 0 of 2 (gpt-4.1)', 'message 1 of 2 (gpt-4.1)']);
  });

  it('gives each rule its own options, read in create', () => {
    const echo = defineRule({
      id: 'test/echo',
      meta: {
        type: 'problem',
        description: 'Echoes its options in tests.',
        apis: ['chat.completions'],
        recommended: true,
        messages: { echo: '{{value}}' },
        optionsSchema: {},
      },
      create({ options }) {
        const value = String((options as { value?: unknown } | undefined)?.value);
        return { request: (_node, context) => context.report({ messageId: 'echo', data: { value }, path: '/model' }) };
      },
    }) as AnyRule;
    const echoed = (value: unknown) =>
      lint(small, { ruleModules: [echo], rules: { 'test/echo': ['error', { value }] } }).diagnostics.map((d) => d.message);
    expect(echoed(/a/)).toEqual(['/a/']);
    expect(echoed(undefined)).toEqual(['undefined']);
    expect(echoed(null)).toEqual(['null']);
  });

  it('skips a rule that needs a model when the model is unknown', () => {
    const { rule, calls } = countingRule();
    const needsModel = { ...rule, meta: { ...rule.meta, requiresModel: true } } as AnyRule;
    lint({ ...small, model: 'no-such-model' }, { ruleModules: [needsModel] });
    expect(calls.document).toBe(0);
    lint(small, { ruleModules: [needsModel] });
    expect(calls.document).toBe(1);
  });

  it('turns a rule whose `create` throws into an internal error on each request', () => {
    const broken = defineRule({
      id: 'test/broken',
      meta: { type: 'problem', description: 'Throws in tests.', apis: ['chat.completions'], recommended: true, messages: {} },
      create() {
        throw new Error('boom');
      },
    }) as AnyRule;
    const options: LintOptions = { ruleModules: [broken] };
    const found = lint(withTemperature, options).diagnostics;
    expect(found.map((d) => [d.ruleId, d.message])).toEqual([
      ['internal/rule-error', 'Rule `test/broken` failed on this request (boom); please report this bug.'],
    ]);
    expect(lint(withTemperature, options).diagnostics).toHaveLength(1);
  });

  it('stops a rule at its first failing visitor, once per request, and still runs the rules after it', () => {
    const visited: string[] = [];
    const failing = defineRule({
      id: 'test/failing',
      meta: { type: 'problem', description: 'Throws in tests.', apis: ['chat.completions'], recommended: true, messages: {} },
      create() {
        return {
          request() {
            visited.push('failing/request');
            throw new Error('boom');
          },
          message() {
            visited.push('failing/message');
          },
        };
      },
    }) as AnyRule;
    const after = defineRule({
      id: 'test/after',
      meta: {
        type: 'problem',
        description: 'Reports in tests.',
        apis: ['chat.completions'],
        recommended: true,
        messages: { seen: 'seen' },
      },
      create() {
        return {
          request(_node, context) {
            visited.push('after/request');
            context.report({ messageId: 'seen', path: '/temperature' });
          },
        };
      },
    }) as AnyRule;
    const found = lint(withTemperature, { ruleModules: [failing, after] }).diagnostics;
    expect(found.map((d) => d.ruleId).sort()).toEqual(['internal/rule-error', 'test/after']);
    expect(visited).toEqual(['failing/request', 'after/request']);
  });

  it('a rule may lint another request from its visitor: both results stay whole', () => {
    let inner: string[] = [];
    const nested: AnyRule = defineRule({
      id: 'test/nested',
      meta: {
        type: 'problem',
        description: 'Lints inside a visitor in tests.',
        apis: ['chat.completions'],
        recommended: true,
        messages: { seen: 'Seen {{temperature}}.' },
      },
      create() {
        return {
          document(_node, context) {
            const raw = context.raw;
            // The inner request is the outer one without temperature.
            if (raw.temperature !== undefined) inner = lint({ ...raw, temperature: undefined }, options).diagnostics.map((d) => d.message);
            context.report({ messageId: 'seen', data: { temperature: String(context.raw.temperature) }, path: '' });
          },
        };
      },
    }) as AnyRule;
    const options: LintOptions = { ruleModules: [nested] };
    const outer = lint(withTemperature, options).diagnostics;
    expect(outer.map((d) => [d.ruleId, d.message])).toEqual([['test/nested', 'Seen 0.5.']]);
    expect(inner).toEqual(['Seen undefined.']);
  });

  it('gives the same findings for a request linted once or after many others (no state across calls)', () => {
    const { rule } = countingRule();
    const options: LintOptions = { ruleModules: [rule] };
    const first = lint(withTemperature, options).diagnostics;
    for (let i = 0; i < 3; i++) lint({ ...small, temperature: i }, options);
    expect(lint(withTemperature, options).diagnostics).toEqual(first);
  });
});
