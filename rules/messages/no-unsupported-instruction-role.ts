import { defineRule, joinPointer } from '../../src/rule-api.js';

/**
 * Some models take no instructions role at all: o1-mini and o1-preview answer 400 "Unsupported value:
 * 'messages[0].role' does not support 'system' with this model." (api-facts §5 #13). Which roles a
 * model takes is data (`systemRole`, `developerRole`); unknown means silent.
 */
export default defineRule({
  id: 'messages/no-unsupported-instruction-role',
  meta: {
    type: 'problem',
    description: '`system` and `developer` messages only for models that accept that role.',
    apis: ['chat.completions'],
    recommended: true,
    requiresModel: true,
    hasSuggestions: true,
    messages: {
      unsupported: '`messages[{{index}}].role` is "{{role}}" but `{{model}}` does not accept `{{role}}` messages; {{advice}}.',
      useRole: 'Change the role to "{{role}}"{{note}}.',
    },
  },
  create() {
    return {
      message(node, context) {
        const role = node.value.role;
        if (role !== 'system' && role !== 'developer') return;
        const model = context.model;
        if (model === undefined) return;
        if (model.supports(role === 'system' ? 'systemRole' : 'developerRole') !== false) return;
        const other = role === 'system' ? 'developer' : 'system';
        const alternative = model.supports(other === 'system' ? 'systemRole' : 'developerRole') === true ? other : 'user';
        const path = joinPointer(node.path, 'role');
        context.report({
          messageId: 'unsupported',
          data: {
            index: node.index,
            role,
            model: model.requestedId,
            advice:
              alternative === 'user'
                ? 'put the instructions in the first `user` message instead'
                : `send them as a \`${alternative}\` message`,
          },
          path,
          target: 'value',
          // A different role changes how much weight the model gives the text, so this is never automatic.
          suggestions: [
            {
              messageId: 'useRole',
              data: { role: alternative, note: alternative === 'user' ? ' (the model then reads the instructions as user input)' : '' },
              fix: [{ op: 'replace', path, value: alternative }],
            },
          ],
        });
      },
    };
  },
});
