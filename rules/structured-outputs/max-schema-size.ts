import { defineRule } from '../../src/rule.js';
import { LIMIT_PROFILES, type LimitProfileName } from '../../schemas/structured-outputs.js';
import { measureSchema, type Contribution } from '../../src/structured-outputs/measure.js';
import { ownerLabel } from '../../src/structured-outputs/owner.js';
import { enforcesStrict } from '../../src/structured-outputs/strict.js';
import { formatCount, LARGE_ENUM_THRESHOLD, limitProfile } from '../../src/structured-outputs/subset.js';

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
    description: 'Strict schemas are limited in properties, enum values and total string length (5,000 / 1,000 / 120,000 now; 100 / 500 / 15,000 in 2024).',
    apis: ['chat.completions', 'responses'],
    recommended: true,
    messages: {
      properties: 'This property brings {{scope}} to {{total}} object properties, over the limit of {{limit}} (limits profile `{{profile}}`); split the schema or remove properties.',
      stringLength: 'This brings the total length of property names, definition names, enum and const values in {{scope}} to {{total}} characters, over the limit of {{limit}} (limits profile `{{profile}}`); shorten names or enum values.',
      enumValues: 'This `enum` brings {{scope}} to {{total}} enum values, over the limit of {{limit}} (limits profile `{{profile}}`); shorten the enums or use a plain string with a description.',
      largeEnum: 'This `enum` of {{count}} strings in the strict schema of {{owner}} has {{total}} characters of values, over the limit of {{limit}} for enums of more than {{threshold}} values (limits profile `{{profile}}`); shorten the values or split the enum.',
    },
    optionsSchema: {
      type: 'object',
      properties: {
        profile: { enum: [...LIMIT_PROFILES], description: 'Which dated limits to check: `current` (2025-2026) or `original` (August 2024).' },
        scope: { enum: ['schema', 'request'], description: '`schema`: each strict schema has its own budget; `request`: all strict schemas of the request share one.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { profile: 'current', scope: 'schema' },
  },
  create(context) {
    const limits = limitProfile(context.options.profile);
    const perRequest = context.options.scope === 'request';
    // Running totals; kept across schemas when the budget is per request.
    let totals = { properties: 0, stringLength: 0, enumValues: 0 };
    const reported = new Set<MessageId>();
    return {
      embeddedSchema(node) {
        if (!enforcesStrict(node)) return;
        if (!perRequest) {
          totals = { properties: 0, stringLength: 0, enumValues: 0 };
          reported.clear();
        }
        const owner = ownerLabel(node);
        const scope = perRequest ? 'the strict schemas of this request' : `the strict schema of ${owner}`;
        const size = measureSchema(node);
        const budget = (messageId: 'properties' | 'stringLength' | 'enumValues', items: readonly Contribution[], limit: number) => {
          const before = totals[messageId];
          totals[messageId] += items.reduce((sum, item) => sum + item.amount, 0);
          if (reported.has(messageId) || totals[messageId] <= limit) return;
          let running = before;
          const crossing = items.find((item) => (running += item.amount) > limit)!;
          reported.add(messageId);
          context.report({ messageId, data: { scope, total: formatCount(totals[messageId]), limit: formatCount(limit), profile: limits.name }, path: crossing.path, target: crossing.target });
        };
        budget('properties', size.properties, limits.maxProperties);
        budget('stringLength', size.stringLength, limits.maxStringLength);
        budget('enumValues', size.enumValues, limits.maxEnumValues);
        for (const large of size.largeEnums) {
          if (large.length <= limits.maxLargeEnumLength) continue;
          context.report({
            messageId: 'largeEnum',
            data: { count: formatCount(large.count), owner, total: formatCount(large.length), limit: formatCount(limits.maxLargeEnumLength), threshold: formatCount(LARGE_ENUM_THRESHOLD), profile: limits.name },
            path: large.path,
            target: 'value',
          });
        }
      },
    };
  },
});
