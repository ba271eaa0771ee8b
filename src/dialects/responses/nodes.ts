import type { ResponsesInputItem, ResponsesRequest, ResponsesTool } from '../../../schemas/index.js';
import type { NodeLists } from '../../nodes.js';
import { addEmbeddedSchema, addFunctionTool, emptyNodeLists, functionToolNode, type TrustPredicate } from '../types.js';

/**
 * One walk over a Responses request that collects the typed nodes rules visit. As for Chat, nodes
 * whose subtree failed schema validation are left out.
 *
 * Strict semantics differ from Chat: a function tool that omits `strict` is made strict by the API
 * when it can be (FC-GUIDE, api-facts §2.2, §4.1), so its node and parameters schema count as strict,
 * marked `strictImplied` because the API falls back rather than rejecting (the strict-subset rules
 * skip it); `responses/require-explicit-strict` tells the user that this happens silently.
 */
export function extractResponsesNodes(body: Record<string, unknown>, trusted: TrustPredicate): NodeLists {
  const request = body as ResponsesRequest;
  const lists = emptyNodeLists('responses', body, trusted);

  const input: unknown = request.input;
  if (Array.isArray(input)) {
    (input as ResponsesInputItem[]).forEach((value, index) => {
      const path = `/input/${index}`;
      if (trusted(path)) lists.inputItem.push({ api: 'responses', path, index, value });
    });
  }

  const tools: unknown = request.tools;
  if (Array.isArray(tools)) {
    (tools as ResponsesTool[]).forEach((tool, index) => {
      const path = `/tools/${index}`;
      if (!trusted(path)) return;
      lists.responsesTool.push({ api: 'responses', path, index, value: tool });
      if (tool.type !== 'function') return;
      const fn = tool as Extract<ResponsesTool, { type: 'function' }>;
      addFunctionTool(
        lists,
        functionToolNode('responses', path, index, path, fn, fn.strict === undefined ? true : fn.strict),
        fn.strict === undefined,
      );
    });
  }

  const format = request.text?.format;
  if (format !== undefined && trusted('/text/format')) {
    lists.textFormat.push({ api: 'responses', path: '/text/format', value: format });
    if (format.type === 'json_schema') {
      addEmbeddedSchema(lists, {
        api: 'responses',
        path: '/text/format/schema',
        schema: format.schema as Record<string, unknown>,
        strict: format.strict === true,
        owner: { kind: 'response_format', name: format.name, path: '/text/format' },
      });
    }
  }
  return lists;
}
