import { defineRule, entriesWith, Fact, joinPointer, ownerLabel } from '../../src/rule-api.js';

/**
 * Strict mode: every object must set `additionalProperties: false` (api-facts §4.4; the API's error is
 * "'additionalProperties' is required to be supplied and to be false", §5 #30).
 */
export default defineRule({
  id: 'structured-outputs/require-additional-properties-false',
  meta: {
    type: 'problem',
    description: 'Every object in a strict schema must set `additionalProperties: false`.',
    apis: ['chat.completions', 'responses'],
    recommended: true,
    fixable: true,
    hasSuggestions: true,
    messages: {
      missing:
        'This object in the strict schema of {{owner}} does not set `additionalProperties: false`, which strict mode requires; add it.',
      notFalse: '`additionalProperties` is {{value}} in the strict schema of {{owner}}, but strict mode only accepts `false`.',
      setFalse: 'Set `additionalProperties` to `false` (the model will no longer produce keys outside `properties`).',
    },
  },
  create() {
    return {
      strictSchema(node, context) {
        const entries = entriesWith(node.analysis, Fact.openObject);
        if (entries.length === 0) return;
        const owner = ownerLabel(node);
        // `Fact.openObject` marks objects only (`isObject`).
        for (const { schema, path } of entries) {
          if (schema.additionalProperties === false) continue;
          const keyPath = joinPointer(path, 'additionalProperties');
          if (!('additionalProperties' in schema)) {
            // Adding the key only states what strict mode enforces anyway: no extra keys in the output.
            context.report({
              messageId: 'missing',
              data: { owner },
              path,
              target: 'value',
              fix: [{ op: 'add', path: keyPath, value: false }],
            });
            continue;
          }
          context.report({
            messageId: 'notFalse',
            data: { owner, value: `\`${JSON.stringify(schema.additionalProperties)}\`` },
            path: keyPath,
            target: 'value',
            suggestions: [{ messageId: 'setFalse', fix: [{ op: 'replace', path: keyPath, value: false }] }],
          });
        }
      },
    };
  },
});
