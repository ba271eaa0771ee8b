import { defineRule } from '../../src/rule-api.js';

/**
 * One relay reported "Invalid 'tools[6].function.description': string too long. Expected a string
 * with maximum length 1024" (nanbingxyz/5ire#33, 2025-01). The spec sets no limit and no OpenAI
 * source confirms it (api-facts §1.3, §10 #10), so this is a warning, not an error: a longer
 * description may be accepted, but it is at risk and costs prompt tokens on every request.
 */
const DESCRIPTION_LIMIT = 1024;

export default defineRule({
  id: 'tools/no-long-function-description',
  meta: {
    type: 'suggestion',
    description: 'Function descriptions longer than 1,024 characters may be rejected.',
    apis: ['chat.completions', 'responses'],
    recommended: true,
    messages: {
      tooLong:
        '`{{param}}` of function "{{name}}" has {{length}} characters, more than the {{limit}} some OpenAI endpoints accept; shorten it and move details into the parameter descriptions.',
    },
  },
  create() {
    return {
      functionTool(node, context) {
        if (node.description === undefined || node.description.length <= DESCRIPTION_LIMIT) return;
        context.report({
          messageId: 'tooLong',
          data: { param: context.nameOf(node.descriptionPath), name: node.name, length: node.description.length, limit: DESCRIPTION_LIMIT },
          path: node.descriptionPath,
          target: 'value',
        });
      },
    };
  },
});
