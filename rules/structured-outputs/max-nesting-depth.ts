import { allEntries, defineRule, formatCount, limitProfile, ownerLabel } from '../../src/rule-api.js';
import { LIMIT_PROFILES, type LimitProfileName } from '../../schemas/structured-outputs.js';

interface Options {
  profile: LimitProfileName;
}

/**
 * Strict schemas may nest objects only so deep (api-facts §4.5: 10 levels now, 5 in 2024; the API
 * says "6 levels of nesting exceeds limit of 5", §5 #36). Counted per schema, objects only, the root
 * being level 1 (see `data/structured-outputs.json` → `limits.notes`). Reported once per schema, at
 * the first object past the limit.
 */
export default defineRule<'tooDeep', Options>({
  id: 'structured-outputs/max-nesting-depth',
  meta: {
    type: 'problem',
    description: 'A strict schema may nest objects at most 10 levels deep (5 with the original 2024 limits).',
    apis: ['chat.completions', 'responses'],
    recommended: true,
    messages: {
      tooDeep:
        'This object is at nesting level {{level}} of the strict schema of {{owner}}, which reaches {{depth}} levels, over the limit of {{limit}} (limits profile `{{profile}}`); flatten the schema.',
    },
    optionsSchema: {
      type: 'object',
      properties: {
        profile: {
          enum: [...LIMIT_PROFILES],
          description: 'Which dated limits to check: `current` (2025-2026) or `original` (August 2024).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { profile: 'current' },
  },
  create({ options }) {
    const limits = limitProfile(options.profile);
    return {
      strictSchema(node, context) {
        const { maxDepth, truncated } = node.analysis;
        if (maxDepth <= limits.maxDepth) return;
        const first = allEntries(node.schema, node.path).find((entry) => entry.depth > limits.maxDepth)!;
        context.report({
          messageId: 'tooDeep',
          // A walk stopped at a size ceiling saw only part of the schema: the depth is then a lower bound.
          data: {
            level: first.depth,
            depth: `${truncated ? 'at least ' : ''}${maxDepth}`,
            limit: formatCount(limits.maxDepth),
            profile: limits.name,
            owner: ownerLabel(node),
          },
          path: first.path,
          target: 'value',
        });
      },
    };
  },
});
