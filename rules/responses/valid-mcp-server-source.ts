import { defineRule } from '../../src/rule-api.js';

const SOURCES = ['server_url', 'connector_id', 'tunnel_id'] as const;

/**
 * An `mcp` tool reaches its server through exactly one of `server_url`, `connector_id` or `tunnel_id`
 * (spec `MCPTool` descriptions, api-facts §2.2). A schema cannot say "exactly one" without `oneOf`
 * noise, so this rule does, naming the keys the user wrote.
 */
export default defineRule({
  id: 'responses/valid-mcp-server-source',
  meta: {
    type: 'problem',
    description: 'An `mcp` tool needs exactly one of `server_url`, `connector_id` and `tunnel_id`.',
    apis: ['responses'],
    recommended: true,
    messages: {
      none: 'The `mcp` tool `{{label}}` has none of `server_url`, `connector_id` and `tunnel_id`; add the one that says where the server is.',
      several:
        'The `mcp` tool `{{label}}` sets {{found}}, but the API takes exactly one; keep the one that says where the server is and remove the others.',
    },
  },
  create() {
    return {
      responsesTool({ value, path }, context) {
        if (value.type !== 'mcp') return;
        const found = SOURCES.filter((key) => (value as Record<string, unknown>)[key] !== undefined);
        if (found.length === 1) return;
        const label = value.server_label;
        if (found.length === 0) context.report({ messageId: 'none', data: { label }, path, target: 'value' });
        else
          context.report({
            messageId: 'several',
            data: { label, found: found.map((k) => `\`${k}\``).join(' and ') },
            path: `${path}/${found[1]}`,
          });
      },
    };
  },
});
