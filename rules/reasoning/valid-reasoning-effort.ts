import { defineRule, param } from '../../src/rule-api.js';

/**
 * Each reasoning model accepts its own set of effort values (api-facts §3.3), e.g.
 * "Unsupported value: 'reasoning_effort' does not support 'xhigh' with this model. Supported values
 * are: 'minimal', 'low', 'medium', and 'high'." and gpt-5.1 rejects an explicit `null` (§5 #18-20).
 */
export default defineRule({
  id: 'reasoning/valid-reasoning-effort',
  meta: {
    type: 'problem',
    description: 'The reasoning effort must be one of the values the model accepts.',
    apis: ['chat.completions', 'responses'],
    triggers: ['reasoning_effort', 'reasoning'],
    recommended: true,
    requiresModel: true,
    fixable: true,
    hasSuggestions: true,
    messages: {
      unsupported: '`{{param}}` is "{{value}}" but `{{model}}` accepts only {{allowed}}.',
      notAccepted:
        '`{{param}}` is set but `{{model}}` does not accept a reasoning effort at all (it reasons at a fixed effort); remove it.',
      nullEffort: '`{{param}}` is `null` but `{{model}}` does not accept null; remove it to use the default effort ({{default}}).',
      useValue: 'Use "{{value}}".',
    },
  },
  create() {
    return {
      request(request, context) {
        const reasoning = context.model?.reasoning;
        if (context.model === undefined || reasoning === null || reasoning === undefined) return;
        const effort = param(request, 'reasoningEffort');
        if (effort === undefined) return;
        const data = { param: context.nameOf(effort.path), model: context.model.requestedId };
        if (effort.value === null) {
          if (reasoning.acceptsNullEffort !== false) return;
          // `null` asks for the default; omitting the key asks for the same thing in a form the API accepts.
          context.report({
            messageId: 'nullEffort',
            data: { ...data, default: reasoning.defaultEffort ?? 'the model default' },
            path: effort.path,
            target: 'value',
            fix: [{ op: 'remove', path: effort.path }],
          });
          return;
        }
        const efforts = reasoning.efforts;
        if (efforts === null || typeof effort.value !== 'string' || efforts.includes(effort.value as never)) return;
        if (efforts.length === 0) {
          // The model reasons but takes no effort parameter (o1-mini, o1-preview): dropping it is how the model runs anyway.
          context.report({ messageId: 'notAccepted', data, path: effort.path, fix: [{ op: 'remove', path: effort.path }] });
          return;
        }
        context.report({
          messageId: 'unsupported',
          data: { ...data, value: effort.value, allowed: efforts.map((e) => `"${e}"`).join(', ') },
          path: effort.path,
          target: 'value',
          suggestions: nearest(effort.value, efforts).map((value) => ({
            messageId: 'useValue' as const,
            data: { value },
            fix: [{ op: 'replace' as const, path: effort.path, value }],
          })),
        });
      },
    };
  },
});

const ORDER = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'];

/** The accepted values closest in strength to the one asked for (one below and one above). */
function nearest(value: string, allowed: readonly string[]): string[] {
  const rank = ORDER.indexOf(value);
  const ranked = [...allowed].sort((a, b) => Math.abs(ORDER.indexOf(a) - rank) - Math.abs(ORDER.indexOf(b) - rank));
  return ranked.slice(0, 2);
}
