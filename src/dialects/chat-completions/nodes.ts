import type { EmbeddedSchemaNode } from '../../nodes.js';
import { addFunctionTool, FunctionTool } from '../function-tool-node.js';
import { chatCompletionRequestSchema, type ChatCompletionRequest } from '../../../schemas/index.js';
import { KeptTools, restSchemaOf } from '../kept-tools.js';
import { addEmbeddedSchema, emptyNodeLists, withKept, withNode, type NodeLists, type TrustPredicate } from '../types.js';

/**
 * One walk over a Chat Completions request that collects every typed node a rule may visit.
 * Nodes whose subtree failed schema validation are left out, so rules can trust the types.
 */
export function extractChatNodes(request: ChatCompletionRequest, trusted: TrustPredicate, requestTrusted: boolean, keptTools?: NodeLists): NodeLists {
  const lists = emptyNodeLists('chat.completions', request, requestTrusted);

  // Containers are walked only when they are arrays: elements are then checked one by one, so one bad
  // message does not hide findings in the others.
  const messages: unknown = request.messages;
  if (Array.isArray(messages)) {
    const list = messages as ChatCompletionRequest['messages'];
    // The one list that grows with the conversation: a plain loop, and an index needs no escaping.
    for (let index = 0; index < list.length; index++) {
      const path = '/messages/' + index;
      if (trusted(path)) lists.message = withNode(lists.message, { api: 'chat.completions', path, index, value: list[index]! });
    }
  }

  const tools: unknown = request.tools;
  if (Array.isArray(tools)) {
    if (keptTools === undefined) toolNodes(tools as ChatTools, trusted, lists);
    else {
      lists.tool = withKept(lists.tool, keptTools.tool);
      lists.functionTool = withKept(lists.functionTool, keptTools.functionTool);
      lists.embeddedSchema = withKept(lists.embeddedSchema, keptTools.embeddedSchema);
      lists.strictSchema = withKept(lists.strictSchema, keptTools.strictSchema);
    }
  }

  const format = request.response_format;
  if (format !== undefined && format !== null && trusted('/response_format')) {
    lists.responseFormat = withNode(lists.responseFormat, { api: 'chat.completions', path: '/response_format', value: format });
    if (format.type === 'json_schema' && format.json_schema.schema !== undefined) {
      const schemaNode: EmbeddedSchemaNode = {
        api: 'chat.completions',
        path: '/response_format/json_schema/schema',
        schema: format.json_schema.schema as Record<string, unknown>,
        strict: format.json_schema.strict === true,
        owner: { kind: 'response_format', name: format.json_schema.name, path: '/response_format' },
      };
      addEmbeddedSchema(lists, schemaNode);
    }
  }
  return lists;
}

type ChatTools = NonNullable<ChatCompletionRequest['tools']>;

/** Adds the nodes of a request's `tools` to `group`. */
function toolNodes(list: ChatTools, trusted: TrustPredicate, group: NodeLists): void {
  for (let index = 0; index < list.length; index++) {
    const tool = list[index]!;
    // Indexes and these key names need no escaping.
    const path = '/tools/' + index;
    if (!trusted(path)) continue;
    group.tool = withNode(group.tool, { api: 'chat.completions', path, index, value: tool });
    if (tool.type !== 'function') continue;
    const fn = tool.function;
    addFunctionTool(group, new FunctionTool('chat.completions', path, index, path + '/function', fn.name, fn.description, fn.parameters as Record<string, unknown> | undefined, fn.strict));
  }
}

/** Tool lists sent again unchanged are validated and extracted once (see `kept-tools.ts`). */
export const CHAT_KEPT_TOOLS = new KeptTools(restSchemaOf('chat.completions', chatCompletionRequestSchema), (tools, trusted, group) => toolNodes(tools as ChatTools, trusted, group));
