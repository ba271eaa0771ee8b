import type { ChatCompletionRequest } from '../../../schemas/index.js';
import type { NodeLists } from '../../nodes.js';
import { addEmbeddedSchema, addFunctionTool, emptyNodeLists, functionToolNode, type TrustPredicate } from '../types.js';

/**
 * One walk over a Chat Completions request that collects every typed node a rule may visit.
 * Nodes whose subtree failed schema validation are left out, so rules can trust the types.
 * Containers are walked only when they are arrays: elements are then checked one by one, so one bad
 * message does not hide findings in the others.
 */
export function extractChatNodes(body: Record<string, unknown>, trusted: TrustPredicate): NodeLists {
  const request = body as ChatCompletionRequest;
  const lists = emptyNodeLists('chat.completions', body, trusted);

  const messages: unknown = request.messages;
  if (Array.isArray(messages)) {
    (messages as ChatCompletionRequest['messages']).forEach((value, index) => {
      const path = `/messages/${index}`;
      if (trusted(path)) lists.message.push({ api: 'chat.completions', path, index, value });
    });
  }

  const tools: unknown = request.tools;
  if (Array.isArray(tools)) {
    (tools as NonNullable<ChatCompletionRequest['tools']>).forEach((tool, index) => {
      const path = `/tools/${index}`;
      if (!trusted(path)) return;
      lists.tool.push({ api: 'chat.completions', path, index, value: tool });
      if (tool.type === 'function')
        addFunctionTool(lists, functionToolNode('chat.completions', path, index, `${path}/function`, tool.function, tool.function.strict));
    });
  }

  const format = request.response_format;
  if (format !== undefined && format !== null && trusted('/response_format')) {
    lists.responseFormat.push({ api: 'chat.completions', path: '/response_format', value: format });
    if (format.type === 'json_schema' && format.json_schema.schema !== undefined) {
      addEmbeddedSchema(lists, {
        api: 'chat.completions',
        path: '/response_format/json_schema/schema',
        schema: format.json_schema.schema as Record<string, unknown>,
        strict: format.json_schema.strict === true,
        owner: { kind: 'response_format', name: format.json_schema.name, path: '/response_format' },
      });
    }
  }
  return lists;
}
