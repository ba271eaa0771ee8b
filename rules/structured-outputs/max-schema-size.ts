import {
  defineRule,
  formatCount,
  LARGE_ENUM_THRESHOLD,
  limitProfile,
  ownerLabel,
  type Budget,
  type Contribution,
} from '../../src/rule-api.js';
import { LIMIT_PROFILES, type LimitProfileName } from '../../schemas/structured-outputs.js';

interface Options {
  profile: LimitProfileName;
  scope: 'schema' | 'request';
}

type MessageId = 'properties' | 'stringLength' | 'enumValues' | 'largeEnum';

/**
 * The size budgets of strict schemas (api-facts §4.5): object properties, total string length of
 * names and enum/const values, enum values, and the length of one large string enum. Counted per
 * schema by default, as the guide states them and the API's errors name one schema; `scope:
 * "request"` counts all strict schemas of the request together, for the cautious. A budget is
 * reported once, at the node where the running total first passes it.
 */
export default defineRule<MessageId, Options>({
  id: 'structured-outputs/max-schema-size',
  meta: {
    type: 'problem',
    description:
      'Strict schemas are limited in properties, enum values and total string length (5,000 / 1,000 / 120,000 now; 100 / 500 / 15,000 in 2024).',
    apis: ['chat.completions', 'responses'],
    triggers: ['tools', 'response_format', 'text'],
    recommended: true,
    messages: {
      properties:
        'This property brings {{scope}} to {{total}} object properties, over the limit of {{limit}} (limits profile `{{profile}}`); split the schema or remove properties.',
      stringLength:
        'This brings the total length of property names, definition names, enum and const values in {{scope}} to {{total}} characters, over the limit of {{limit}} (limits profile `{{profile}}`); shorten names or enum values.',
      enumValues:
        'This `enum` brings {{scope}} to {{total}} enum values, over the limit of {{limit}} (limits profile `{{profile}}`); shorten the enums or use a plain string with a description.',
      largeEnum:
        'This `enum` of {{count}} strings in the strict schema of {{owner}} has {{total}} characters of values, over the limit of {{limit}} for enums of more than {{threshold}} values (limits profile `{{profile}}`); shorten the values or split the enum.',
    },
    optionsSchema: {
      type: 'object',
      properties: {
        profile: {
          enum: [...LIMIT_PROFILES],
          description: 'Which dated limits to check: `current` (2025-2026) or `original` (August 2024).',
        },
        scope: {
          enum: ['schema', 'request'],
          description: '`schema`: each strict schema has its own budget; `request`: all strict schemas of the request share one.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { profile: 'current', scope: 'schema' },
  },
  create({ options }) {
    const limits = limitProfile(options.profile);
    const perRequest = options.scope === 'request';
    const budgets: ReadonlyArray<readonly [Budget & MessageId, number]> = [
      ['properties', limits.maxProperties],
      ['stringLength', limits.maxStringLength],
      ['enumValues', limits.maxEnumValues],
    ];
    return {
      strictSchema(node, context) {
        // The totals tell whether a limit is passed; where it is passed needs the contributions, which
        // are listed (with pointers) only then.
        const { size, truncated } = node.analysis;
        // With `scope: "request"`, the request's earlier strict schemas have spent part of each budget.
        const earlier = perRequest ? context.nodes.strictSchema.slice(0, context.nodes.strictSchema.indexOf(node)) : [];
        // A walk that stopped at a ceiling counted only up to there: the totals are then lower bounds.
        const partial = truncated || earlier.some((other) => other.analysis.truncated);
        for (const [budget, limit] of budgets) {
          const before = earlier.reduce((total, other) => total + other.analysis.size[budget], 0);
          const spent = before + size[budget];
          // Reported once, where the running total first passes the limit (an earlier schema, if `before` already did).
          if (spent <= limit || before > limit) continue;
          const crossing = crossingPoint(node.sizeContributions[budget], before, limit);
          const scope = perRequest ? 'the strict schemas of this request' : `the strict schema of ${ownerLabel(node)}`;
          context.report({
            messageId: budget,
            data: { scope, total: `${partial ? 'at least ' : ''}${formatCount(spent)}`, limit: formatCount(limit), profile: limits.name },
            path: crossing.path,
            target: crossing.target,
          });
        }
        if (size.largeEnums === 0) return;
        for (const large of node.sizeContributions.largeEnums) {
          if (large.length <= limits.maxLargeEnumLength) continue;
          context.report({
            messageId: 'largeEnum',
            data: {
              count: formatCount(large.count),
              owner: ownerLabel(node),
              total: formatCount(large.length),
              limit: formatCount(limits.maxLargeEnumLength),
              threshold: formatCount(LARGE_ENUM_THRESHOLD),
              profile: limits.name,
            },
            path: large.path,
            target: 'value',
          });
        }
      },
    };
  },
});

/** The contribution that takes the running total, starting at `before`, past `limit` (the caller knows one does). */
function crossingPoint(contributions: readonly Contribution[], before: number, limit: number): Contribution {
  let running = before;
  return contributions.find((item) => (running += item.amount) > limit)!;
}
