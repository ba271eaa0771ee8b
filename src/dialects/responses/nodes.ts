import { responsesRequestSchema, type ResponsesInputItem, type ResponsesRequest, type ResponsesTool } from '../../../schemas/index.js';
import { KeptTools, restSchemaOf } from '../kept-tools.js';
import type { EmbeddedSchemaNode } from '../../nodes.js';
import { addFunctionTool, FunctionTool } from '../function-tool-node.js';
import { addEmbeddedSchema, emptyNodeLists, withKept, withNode, type NodeLists, type TrustPredicate } from '../types.js';

/**
 * One walk over a Responses request that collects the typed nodes rules visit. As for Chat, nodes
 * whose subtree failed schema validation are left out.
 *
 * Strict semantics differ from Chat: a function tool that omits `strict` is made strict by the API
 * when it can be (FC-GUIDE, api-facts §2.2, §4.1), so its node and parameters schema count as strict,
 * marked `strictImplied` because the API falls back rather than rejecting (the strict-subset rules
 * skip it); `responses/require-explicit-strict` tells the user that this happens silently.
 */
export function extractResponsesNodes(request: ResponsesRequest, trusted: TrustPredicate, requestTrusted: boolean, keptTools?: NodeLists): NodeLists {
  const lists = emptyNodeLists('responses', request, requestTrusted);

  const input: unknown = request.input;
  if (Array.isArray(input)) {
    const items = input as ResponsesInputItem[];
    // The one list that grows with the conversation: a plain loop, and an index needs no escaping.
    for (let index = 0; index < items.length; index++) {
      const path = '/input/' + index;
      if (trusted(path)) lists.inputItem = withNode(lists.inputItem, { api: 'responses', path, index, value: items[index]! });
    }
  }

  const tools: unknown = request.tools;
  if (Array.isArray(tools)) {
    if (keptTools === undefined) toolNodes(tools as ResponsesTool[], trusted, lists);
    else {
      lists.responsesTool = withKept(lists.responsesTool, keptTools.responsesTool);
      lists.functionTool = withKept(lists.functionTool, keptTools.functionTool);
      lists.embeddedSchema = withKept(lists.embeddedSchema, keptTools.embeddedSchema);
      lists.strictSchema = withKept(lists.strictSchema, keptTools.strictSchema);
    }
  }

  const format = request.text?.format;
  if (format !== undefined && trusted('/text/format')) {
    lists.textFormat = withNode(lists.textFormat, { api: 'responses', path: '/text/format', value: format });
    if (format.type === 'json_schema') {
      const schemaNode: EmbeddedSchemaNode = {
        api: 'responses',
        path: '/text/format/schema',
        schema: format.schema as Record<string, unknown>,
        strict: format.strict === true,
        owner: { kind: 'response_format', name: format.name, path: '/text/format' },
      };
      addEmbeddedSchema(lists, schemaNode);
    }
  }
  return lists;
}

/** Adds the nodes of a request's `tools` to `group`. */
function toolNodes(list: ResponsesTool[], trusted: TrustPredicate, group: NodeLists): void {
  for (let index = 0; index < list.length; index++) {
    const tool = list[index]!;
    // An index needs no escaping.
    const path = '/tools/' + index;
    if (!trusted(path)) continue;
    group.responsesTool = withNode(group.responsesTool, { api: 'responses', path, index, value: tool });
    if (tool.type !== 'function') continue;
    const fn = tool as Extract<ResponsesTool, { type: 'function' }>;
    const parameters = fn.parameters === null ? undefined : (fn.parameters as Record<string, unknown> | undefined);
    addFunctionTool(group, new FunctionTool('responses', path, index, path, fn.name, fn.description ?? undefined, parameters, fn.strict === undefined ? true : fn.strict), fn.strict === undefined);
  }
}

/** Tool lists sent again unchanged are validated and extracted once (see `kept-tools.ts`). */
export const RESPONSES_KEPT_TOOLS = new KeptTools(restSchemaOf('responses', responsesRequestSchema), (tools, trusted, group) => toolNodes(tools as ResponsesTool[], trusted, group));
