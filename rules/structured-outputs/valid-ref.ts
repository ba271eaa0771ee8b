import {
  defineRule,
  entriesWith,
  Fact,
  joinPointer,
  lookup,
  ownerLabel,
  resolveRef,
  type RefStatus,
  type SuggestionReport,
} from '../../src/rule-api.js';

type MessageId = Exclude<RefStatus, 'resolved'> | 'siblings' | 'inline' | 'dropSiblings';

/** The message for each way a reference can fail to resolve (spelled out so every message id is visible here). */
const PROBLEM: Record<Exclude<RefStatus, 'resolved'>, MessageId> = {
  external: 'external',
  'not-a-definition': 'not-a-definition',
  dangling: 'dangling',
  cycle: 'cycle',
};

/**
 * `$ref` in strict mode: only local references to the root (`#`) or into `$defs`/`definitions` of the
 * same schema (api-facts §4.4; recursion is allowed), each one resolvable, and with no keywords beside
 * it ("$ref cannot have keywords {'description'}", §5 #35, 2026-08). References are resolved by
 * `src/structured-outputs/refs.ts`, which never loops; the walk marks the ones to look at.
 */
export default defineRule<MessageId>({
  id: 'structured-outputs/valid-ref',
  meta: {
    type: 'problem',
    description: "A `$ref` in a strict schema must point at `#` or into the schema's own `$defs`, resolve, and stand alone.",
    apis: ['chat.completions', 'responses'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      external:
        '`$ref` {{ref}} in the strict schema of {{owner}} points outside the schema; strict mode only resolves `#` and `#/$defs/...` references, so copy the definition into `$defs`.',
      'not-a-definition':
        '`$ref` {{ref}} in the strict schema of {{owner}} points into the schema but not into `$defs`; move the target into `$defs` and point there.',
      dangling: '`$ref` {{ref}} in the strict schema of {{owner}} points at nothing; add the definition or fix the reference.',
      cycle:
        '`$ref` {{ref}} in the strict schema of {{owner}} only leads to other references in a loop, never to a schema; point one of them at a real definition.',
      siblings:
        '`$ref` cannot have keywords beside it in the strict schema of {{owner}}, but it has {{keywords}}; move them into the definition, or inline it here.',
      inline:
        'Replace the reference with a copy of {{ref}} that keeps {{keywords}} (the output does not change; later edits to the definition no longer reach this copy).',
      dropSiblings: "Remove {{keywords}} beside `$ref` (what they said here is lost; the definition's own keywords apply).",
    },
  },
  create() {
    return {
      strictSchema(node, context) {
        const entries = entriesWith(node.analysis, Fact.refToCheck);
        if (entries.length === 0) return;
        const owner = ownerLabel(node);
        for (const entry of entries) {
          const ref = entry.schema.$ref as string;
          const status = resolveRef(node.schema, ref);
          const refPath = joinPointer(entry.path, '$ref');
          const shown = `\`${ref}\``;
          if (status !== 'resolved') {
            context.report({ messageId: PROBLEM[status], data: { ref: shown, owner }, path: refPath, target: 'value' });
            continue;
          }
          // At the root, `$defs` and friends belong beside `$ref`; the root's shape is `root-must-be-object`'s concern.
          if (entry.isRoot) continue;
          const siblings = Object.keys(entry.schema).filter((k) => k !== '$ref');
          if (siblings.length === 0) continue;
          const keywords = siblings.map((k) => `\`${k}\``).join(', ');
          const suggestions: Array<SuggestionReport<MessageId>> = [];
          const found = ref === '#' ? undefined : lookup(node.schema, ref);
          const target = typeof found === 'object' ? found : undefined;
          if (target !== undefined) {
            const { $ref: _ignored, ...rest } = entry.schema;
            suggestions.push({
              messageId: 'inline',
              data: { ref: shown, keywords },
              fix: [{ op: 'replace', path: entry.path, value: { ...target, ...rest } }],
            });
          }
          suggestions.push({
            messageId: 'dropSiblings',
            data: { keywords },
            fix: siblings.map((k) => ({ op: 'remove' as const, path: joinPointer(entry.path, k) })),
          });
          context.report({
            messageId: 'siblings',
            data: { owner, keywords },
            path: joinPointer(entry.path, siblings[0]!),
            target: 'key',
            suggestions,
          });
        }
      },
    };
  },
});
