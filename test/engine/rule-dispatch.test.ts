import { describe, expect, it } from 'vitest';
import { lint, type LintOptions } from '../../src/engine/lint.js';
import { defineRule, type AnyRule } from '../../src/rule.js';
import { DISPATCH_ORDER, inDispatchOrder } from '../../src/engine/rule-plan.js';
import type { NodeLists } from '../../src/dialects/types.js';
import { NODE_KIND_KEYS } from '../../src/nodes.js';

/** A rule that counts its `create` and visitor calls, and reports `temperature` when it sees one. */
function countingRule(triggers: readonly string[] | undefined, { visitsMessages = true } = {}) {
  const calls = { create: 0, document: 0, message: 0 };
  const rule = defineRule({
    id: 'test/counting',
    meta: { type: 'problem', description: 'Counts calls in tests.', apis: ['chat.completions'], recommended: true, ...(triggers ? { triggers } : {}), messages: { seen: '`temperature` is {{value}}.' } },
    create(context) {
      calls.create++;
      return {
        document(node) {
          calls.document++;
          if (typeof node.value.temperature === 'number') context.report({ messageId: 'seen', data: { value: node.value.temperature }, path: '/temperature' });
        },
        ...(visitsMessages
          ? {
              message() {
                calls.message++;
              },
            }
          : {}),
      };
    },
  });
  return { rule: rule as AnyRule, calls };
}

const small = { model: 'gpt-4.1', messages: [{ role: 'user', content: 'Hi' }] };
const withTemperature = { ...small, temperature: 0.5 };

describe('rule dispatch', () => {
  it('builds a rule\'s visitors once per lint session (here one options object, API and model), not once per request', () => {
    const { rule, calls } = countingRule(undefined);
    const options: LintOptions = { ruleModules: [rule] };
    for (let i = 0; i < 5; i++) lint(small, options);
    expect(calls.create).toBe(1);
    expect(calls.document).toBe(5);
    // Another rule list is another session.
    lint(small, { ruleModules: [rule] });
    expect(calls.create).toBe(2);
  });

  it('shares one session between options written inline that say the same, and not with ones that differ', () => {
    const { rule, calls } = countingRule(undefined);
    const ruleModules = [rule];
    for (let i = 0; i < 3; i++) lint(small, { api: 'chat.completions', ruleModules, rules: { 'test/counting': 'warning' } });
    expect(calls.create).toBe(1);
    const diagnostics = lint(withTemperature, { api: 'chat.completions', ruleModules, rules: { 'test/counting': 'error' } }).diagnostics;
    expect(calls.create).toBe(2);
    expect(diagnostics.map((d) => d.severity)).toEqual(['error']);
  });

  it('does not share a session between inline options whose rule options JSON cannot tell apart', () => {
    const echo = defineRule({
      id: 'test/echo',
      meta: { type: 'problem', description: 'Echoes its options in tests.', apis: ['chat.completions'], recommended: true, triggers: ['model'], messages: { echo: '{{value}}' }, optionsSchema: {} },
      create(context) {
        const value = String((context.options as { value?: unknown } | undefined)?.value);
        return { request: () => context.report({ messageId: 'echo', data: { value }, path: '/model' }) };
      },
    }) as AnyRule;
    const ruleModules = [echo];
    const echoed = (value: unknown) => lint(small, { ruleModules, rules: { 'test/echo': ['error', { value }] } }).diagnostics.map((d) => d.message);
    expect(echoed(/a/)).toEqual(['/a/']);
    expect(echoed(/b/)).toEqual(['/b/']);
    expect(echoed(undefined)).toEqual(['undefined']);
    expect(echoed(Number.NaN)).toEqual(['NaN']);
    expect(echoed(null)).toEqual(['null']);
  });

  it('skips a rule on requests without any of its trigger keys, and runs it on those with one', () => {
    const { rule, calls } = countingRule(['temperature'], { visitsMessages: false });
    const options: LintOptions = { ruleModules: [rule] };
    expect(lint(small, options).diagnostics).toEqual([]);
    expect(calls.document).toBe(0);
    expect(lint(withTemperature, options).diagnostics.map((d) => d.message)).toEqual(['`temperature` is 0.5.']);
    expect(calls.document).toBe(1);
  });

  it('also runs a rule on requests with the keys its list visitors imply (`message` → `messages`)', () => {
    const { rule, calls } = countingRule(['temperature']);
    const options: LintOptions = { ruleModules: [rule] };
    lint(small, options);
    expect(calls).toMatchObject({ document: 1, message: 1 });
  });

  it('runs a rule that visits `document` without triggers on every request', () => {
    const { rule, calls } = countingRule(undefined);
    const options: LintOptions = { ruleModules: [rule] };
    lint({ model: 'gpt-4.1', messages: [] }, options);
    lint(withTemperature, options);
    expect(calls.document).toBe(2);
  });

  it('turns a rule whose `create` throws into an internal error on each request it would run on', () => {
    const broken = defineRule({
      id: 'test/broken',
      meta: { type: 'problem', description: 'Throws in tests.', apis: ['chat.completions'], recommended: true, triggers: ['temperature'], messages: {} },
      create() {
        throw new Error('boom');
      },
    }) as AnyRule;
    const options: LintOptions = { ruleModules: [broken] };
    const found = lint(withTemperature, options).diagnostics;
    expect(found.map((d) => [d.ruleId, d.message])).toEqual([['internal/rule-error', 'Rule `test/broken` failed on this request (boom); please report this bug.']]);
    expect(lint(withTemperature, options).diagnostics).toHaveLength(1);
  });

  it('stops a rule at its first failing visitor, once per request, and still runs the rules after it', () => {
    const visited: string[] = [];
    const failing = defineRule({
      id: 'test/failing',
      meta: { type: 'problem', description: 'Throws in tests.', apis: ['chat.completions'], recommended: true, triggers: ['temperature'], messages: {} },
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
      meta: { type: 'problem', description: 'Reports in tests.', apis: ['chat.completions'], recommended: true, triggers: ['temperature'], messages: { seen: 'seen' } },
      create(context) {
        return {
          request() {
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

  it('a report from a kept visitor after linting fails loudly instead of leaking into the next result', () => {
    let kept: (() => void) | undefined;
    const leaky = defineRule({
      id: 'test/leaky',
      meta: { type: 'problem', description: 'Keeps a callback in tests.', apis: ['chat.completions'], recommended: true, messages: { late: 'Late.' } },
      create(context) {
        return {
          document() {
            kept = () => context.report({ messageId: 'late', path: '' });
          },
        };
      },
    }) as AnyRule;
    const options: LintOptions = { ruleModules: [leaky] };
    lint(small, options);
    expect(() => kept!()).toThrow(TypeError);
    expect(lint(small, options).diagnostics).toEqual([]);
  });

  it('a rule may lint another request from its visitor: both results stay whole, and nothing is kept after', () => {
    let inner: string[] = [];
    let kept: (() => void) | undefined;
    const nested: AnyRule = defineRule({
      id: 'test/nested',
      meta: { type: 'problem', description: 'Lints inside a visitor in tests.', apis: ['chat.completions'], recommended: true, messages: { seen: 'Seen {{temperature}}.' } },
      create(context) {
        return {
          document() {
            const raw = context.raw;
            // The inner request is the outer one without temperature, so the inner run reports nothing.
            if (raw.temperature !== undefined) inner = lint({ ...raw, temperature: undefined }, options).diagnostics.map((d) => d.ruleId);
            context.report({ messageId: 'seen', data: { temperature: String(context.raw.temperature) }, path: '' });
            kept = () => context.report({ messageId: 'seen', data: { temperature: 'late' }, path: '' });
          },
        };
      },
    }) as AnyRule;
    const options: LintOptions = { ruleModules: [nested] };
    const outer = lint(withTemperature, options).diagnostics;
    expect(outer.map((d) => [d.ruleId, d.message])).toEqual([['test/nested', 'Seen 0.5.']]);
    expect(inner).toEqual(['test/nested']);
    expect(() => kept!()).toThrow(TypeError);
  });

  it('runs a rule that only explains schema errors only on requests that fail the schema, and holds it to that', () => {
    let visits = 0;
    const explainer = (explains: boolean) =>
      defineRule({
        id: 'test/explainer',
        meta: { type: 'problem', description: 'Explains in tests.', apis: ['chat.completions'], recommended: true, onlyOnSchemaErrors: true, triggers: ['temperature'], messages: { why: 'Why.' } },
        create(context) {
          return {
            document() {
              visits++;
              context.report({ messageId: 'why', path: '/temperature', ...(explains ? { explainsSchemaError: true } : {}) });
            },
          };
        },
      }) as AnyRule;
    const options: LintOptions = { ruleModules: [explainer(true)] };
    expect(lint(withTemperature, options).diagnostics).toEqual([]);
    expect(visits).toBe(0);
    expect(lint({ ...small, temperature: 'hot' }, options).diagnostics.map((d) => d.ruleId)).toEqual(['test/explainer']);
    expect(visits).toBe(1);
    const careless = lint({ ...small, temperature: 'hot' }, { ruleModules: [explainer(false)] }).diagnostics.map((d) => d.ruleId);
    expect(careless).toEqual(['schema/type', 'internal/rule-error']);
  });

  it('reads each kind\'s node list into its position in the dispatch order, for every kind', () => {
    expect([...DISPATCH_ORDER].sort()).toEqual(Object.keys(NODE_KIND_KEYS).sort());
    const nodes = Object.fromEntries(DISPATCH_ORDER.map((kind) => [kind, [kind]])) as unknown as NodeLists;
    expect(inDispatchOrder(nodes).map((list) => list[0])).toEqual([...DISPATCH_ORDER]);
  });

  it('tells a rule author who reads the request in create() to read it in a visitor', () => {
    const early = defineRule({
      id: 'test/early',
      meta: { type: 'problem', description: 'Reads too early in tests.', apis: ['chat.completions'], recommended: true, triggers: ['temperature'], messages: { seen: 'Seen.' } },
      create(context) {
        const temperature = context.raw.temperature;
        return {
          document() {
            if (temperature !== undefined) context.report({ messageId: 'seen', path: '/temperature' });
          },
        };
      },
    }) as AnyRule;
    const [finding] = lint(withTemperature, { ruleModules: [early] }).diagnostics;
    expect(finding?.ruleId).toBe('internal/rule-error');
    expect(finding?.message).toContain('reads `context.raw.temperature` in create(), which runs once per session; read the request inside a visitor');
  });
});
