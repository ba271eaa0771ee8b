import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { dialectById, NODE_EXTRACTORS } from '../../src/dialects/index.js';
import { lint, type LintOptions } from '../../src/engine/lint.js';
import { parsePointer } from '../../src/json-pointer.js';
import { validatorFor } from '../../src/engine/validate/validator.js';
import { NODE_KIND_KEYS, type NodeKind } from '../../src/nodes.js';
import type { AnyRule } from '../../src/rule.js';
import type { Api } from '../../src/types.js';
import { validResponsesRequest, validLangChainOptions } from '../support/valid-dialect-requests.js';
import { validChatRequest } from '../support/valid-requests.js';
import { VIOLATIONS, type Violation } from './violations/index.js';

/**
 * The engine skips a rule on requests without any of its trigger keys (`RuleMeta.triggers`, and the
 * keys implied by the node kinds it visits) or to models it does not apply to (`RuleMeta.appliesTo`),
 * skips rules that only explain schema errors on requests that pass the schema
 * (`RuleMeta.onlyOnSchemaErrors`), and builds each rule's visitors once per session. All are speed-ups only: these properties check
 * that none ever changes what is found.
 */

type Linted = { request: unknown; api: LintOptions['api'] };

const violation = (v: Violation): Linted => ({ request: v.request, api: v.api ?? 'chat.completions' });
const anyViolation = fc.oneof(...Object.values(VIOLATIONS)).map(violation);

/** Requests that set off many rules at once: two violations of the same API merged into one body. */
const mergedViolations = fc.tuple(anyViolation, anyViolation).map(([a, b]): Linted => (a.api === b.api ? { request: { ...(b.request as object), ...(a.request as object) }, api: a.api } : a));

const anyRequest: fc.Arbitrary<Linted> = fc.oneof(
  validChatRequest().map((g) => ({ request: g.request, api: 'chat.completions' as const })),
  validResponsesRequest().map((g) => ({ request: g.request, api: 'responses' as const })),
  validLangChainOptions().map((g) => ({ request: g.request, api: 'langchain' as const })),
  anyViolation,
  mergedViolations,
);

/** The same rules with no declared triggers, model gates, schema-error gates or node facts: each runs on every request and node its node kinds allow. */
const untriggeredRules: readonly AnyRule[] = builtinRules.map((rule) => {
  const { triggers: _triggers, appliesTo: _appliesTo, onlyOnSchemaErrors: _onlyOnSchemaErrors, nodeFacts: _nodeFacts, ...meta } = rule.meta;
  return { ...rule, meta };
});

function findings(request: unknown, options: LintOptions): string[] {
  return lint(request, options).diagnostics.map((d) => `${d.ruleId} ${d.path} ${d.message} ${JSON.stringify(d.fix ?? null)} ${JSON.stringify(d.suggestions ?? null)}`);
}

describe('rule triggers and once-per-session visitors', () => {
  it('some rules declare triggers and node facts (otherwise this file tests nothing)', () => {
    expect(builtinRules.filter((rule) => rule.meta.triggers !== undefined).length).toBeGreaterThan(10);
    expect(builtinRules.filter((rule) => rule.meta.nodeFacts !== undefined).length).toBeGreaterThan(5);
  });

  it('declared triggers, model gates (`appliesTo`), `onlyOnSchemaErrors` and `nodeFacts` never change the findings', () => {
    const withTriggers = new Map<string, LintOptions>();
    const without = new Map<string, LintOptions>();
    const options = (cache: Map<string, LintOptions>, api: LintOptions['api'], ruleModules?: readonly AnyRule[]) => {
      const key = String(api);
      let found = cache.get(key);
      if (found === undefined) cache.set(key, (found = { api, preset: 'all', ...(ruleModules ? { ruleModules } : {}) }));
      return found;
    };
    fc.assert(
      fc.property(anyRequest, ({ request, api }) => {
        expect(findings(request, options(withTriggers, api))).toEqual(findings(request, options(without, api, untriggeredRules)));
      })
    );
  });

  it('a session that linted other requests finds the same as a fresh one (no state leaks between requests)', () => {
    const shared = new Map<string, LintOptions>();
    fc.assert(
      fc.property(fc.array(anyRequest, { minLength: 2, maxLength: 6 }), (requests) => {
        for (const { request, api } of requests) {
          const key = String(api);
          if (!shared.has(key)) shared.set(key, { api, preset: 'all' });
          expect(findings(request, shared.get(key)!)).toEqual(findings(request, { api, preset: 'all' }));
        }
      })
    );
  });

  it('every extracted node lies under one of the top-level keys its kind implies', () => {
    const wireRequests = fc.oneof(
      validChatRequest().map((g) => ({ api: 'chat.completions' as Api, request: g.request })),
      validResponsesRequest().map((g) => ({ api: 'responses' as Api, request: g.request })),
      // Violations that still pass the schema: extraction only ever sees schema-valid subtrees.
      anyViolation
        .filter((v) => v.api !== 'langchain' && validatorFor(dialectById(v.api as Api)!.schema, v.api)(v.request) === true)
        .map((v) => ({ api: v.api as Api, request: v.request as Record<string, unknown> })),
    );
    let checked = 0;
    fc.assert(
      fc.property(wireRequests, ({ api, request }) => {
        const nodes = NODE_EXTRACTORS[api]!(request, () => true, true);
        for (const kind of Object.keys(nodes) as NodeKind[]) {
          const keys = NODE_KIND_KEYS[kind];
          if (keys === 'whole-request') continue;
          for (const node of nodes[kind]) {
            checked++;
            expect(keys).toContain(parsePointer(node.path)[0]);
          }
        }
      })
    );
    expect(checked).toBeGreaterThan(100);
  });
});
