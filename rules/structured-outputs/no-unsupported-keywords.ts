import {
  defineRule,
  entriesWith,
  Fact,
  isSupportedFormat,
  joinPointer,
  ownerLabel,
  ROOT_ONLY_KEYWORDS,
  SUPPORTED_FORMATS,
  UNSUPPORTED_KEYWORDS,
  type SuggestionReport,
} from '../../src/rule-api.js';

type MessageId = 'unsupported' | 'rootOnly' | 'tupleItems' | 'format' | 'useReplacement' | 'drop';

/** The nodes this rule may have something to say about. */
const CAUSES = Fact.unsupportedKeyword | Fact.rootOnlyKeywordBelowRoot | Fact.tupleItems | Fact.format;

/**
 * Keywords outside the strict subset (api-facts §4.3: "'oneOf' is not permitted", §5 #32-#33), keywords
 * that only the root may hold (`$defs`, `$schema`, `$id`), tuple-form `items`, and `format` values
 * other than the supported ones. The lists are data (`data/structured-outputs.json`).
 */
export default defineRule<MessageId>({
  id: 'structured-outputs/no-unsupported-keywords',
  meta: {
    type: 'problem',
    description:
      'Keywords and `format` values outside the Structured Outputs subset (`oneOf`, `allOf`, `not`, `if`, `patternProperties`, `uniqueItems`...).',
    apis: ['chat.completions', 'responses'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      unsupported: '`{{keyword}}` is not permitted in the strict schema of {{owner}}; {{advice}}.',
      rootOnly: '`{{keyword}}` is only allowed at the root of the strict schema of {{owner}}; move it to the root.',
      tupleItems:
        '`items` is a list (a tuple) in the strict schema of {{owner}}, but strict mode only accepts one `items` schema for every element; use one schema (an `anyOf` of the element shapes) or an object with named properties.',
      format:
        '`format` {{value}} in the strict schema of {{owner}} is not supported in strict mode; use one of {{formats}}, or drop `format` and say the format in `description`.',
      useReplacement: 'Rename `{{keyword}}` to `{{replacement}}` (the value may then match several branches, not exactly one).',
      drop: 'Remove `{{keyword}}` (the model is then no longer held to it: validate that part of the output yourself).',
    },
  },
  create() {
    return {
      strictSchema(node, context) {
        const entries = entriesWith(node.analysis, CAUSES);
        if (entries.length === 0) return;
        const owner = ownerLabel(node);
        for (const { schema, path, isRoot } of entries) {
          for (const keyword in schema) {
            // A union at the root is `structured-outputs/root-must-be-object`'s finding (its advice,
            // an object root, is the one that works there: `anyOf` is not allowed at the root either).
            if (isRoot && keyword === 'oneOf' && schema.type === undefined) continue;
            if (UNSUPPORTED_KEYWORDS.has(keyword)) {
              const keyPath = joinPointer(path, keyword);
              const replacement = UNSUPPORTED_KEYWORDS.get(keyword);
              const suggestions: Array<SuggestionReport<MessageId>> = [];
              if (replacement !== undefined && !(replacement in schema)) {
                suggestions.push({
                  messageId: 'useReplacement',
                  data: { keyword, replacement },
                  fix: [{ op: 'move', from: keyPath, path: joinPointer(path, replacement) }],
                });
              }
              suggestions.push({ messageId: 'drop', data: { keyword }, fix: [{ op: 'remove', path: keyPath }] });
              const advice =
                replacement === undefined ? 'remove it and check that constraint in your code' : `use \`${replacement}\` instead`;
              context.report({ messageId: 'unsupported', data: { keyword, owner, advice }, path: keyPath, target: 'key', suggestions });
            } else if (!isRoot && ROOT_ONLY_KEYWORDS.has(keyword)) {
              context.report({ messageId: 'rootOnly', data: { keyword, owner }, path: joinPointer(path, keyword), target: 'key' });
            }
          }
          if (Array.isArray(schema.items))
            context.report({ messageId: 'tupleItems', data: { owner }, path: joinPointer(path, 'items'), target: 'value' });
          if ('format' in schema && !isSupportedFormat(schema.format)) {
            const keyPath = joinPointer(path, 'format');
            context.report({
              messageId: 'format',
              data: { owner, value: `\`${JSON.stringify(schema.format)}\``, formats: SUPPORTED_FORMATS.map((f) => `\`${f}\``).join(', ') },
              path: keyPath,
              target: 'value',
              suggestions: [{ messageId: 'drop', data: { keyword: 'format' }, fix: [{ op: 'remove', path: keyPath }] }],
            });
          }
        }
      },
    };
  },
});
