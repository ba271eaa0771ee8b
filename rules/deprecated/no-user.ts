import { safetyIdentifierSchema } from '../../schemas/shared.js';
import { defineRule, DEPRECATIONS, type JsonPatch } from '../../src/rule-api.js';

const deprecation = DEPRECATIONS.user;
/** `safety_identifier` has maxLength 64 (api-facts §1.1); a longer `user` cannot move there as is. */
// The limit lives in the schema; moving a longer `user` there would only trade one error for another.
const safetyIdentifierMaxLength = safetyIdentifierSchema.maxLength;

/**
 * `user` is deprecated: `safety_identifier` takes over abuse detection and `prompt_cache_key` cache
 * bucketing (api-facts §1.1). Which one the caller meant is theirs to say, so both are suggestions.
 */
export default defineRule({
  id: 'deprecated/no-user',
  meta: {
    type: 'suggestion',
    description: '`user` is deprecated; use `safety_identifier` and/or `prompt_cache_key`.',
    apis: deprecation.apis,
    triggers: ['user'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      deprecated: '`{{param}}` is deprecated; {{advice}}.',
      moveTo: 'Move the value to `{{target}}`.',
    },
  },
  create() {
    return {
      request({ value }, context) {
        if (typeof value.user !== 'string') return;
        const user = value.user;
        const data = { param: context.nameOf('/user'), advice: deprecation.advice };
        const suggestions: Array<{ messageId: 'moveTo'; data: Record<string, string>; fix: JsonPatch }> = [];
        for (const target of deprecation.replacements) {
          if (Object.hasOwn(value, target)) continue;
          if (target === 'safety_identifier' && user.length > safetyIdentifierMaxLength) continue;
          suggestions.push({
            messageId: 'moveTo',
            data: { target: context.nameOf(`/${target}`) },
            fix: [{ op: 'move', from: '/user', path: `/${target}` }],
          });
        }
        context.report({ messageId: 'deprecated', data, path: '/user', ...(suggestions.length > 0 ? { suggestions } : {}) });
      },
    };
  },
});
