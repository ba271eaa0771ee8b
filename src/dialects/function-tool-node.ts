import type { FunctionToolNode } from '../nodes.js';
import type { Api } from '../types.js';
import { addEmbeddedSchema, withNode, type NodeLists } from './types.js';

/**
 * A function tool as rules see it, for every API (see `FunctionToolNode`). The pointers to its fields
 * are spelled out only when read: a rule reads one only to report, and building all four for every
 * tool of every request was a measurable part of linting a clean request.
 */
export class FunctionTool implements FunctionToolNode {
  constructor(
    readonly api: Api,
    readonly path: string,
    readonly index: number,
    /** Where the tool's fields live: the tool itself (Responses) or its `function` object (Chat). */
    private readonly fieldsPath: string,
    readonly name: string,
    readonly description: string | undefined,
    readonly parameters: Record<string, unknown> | undefined,
    readonly strict: boolean | null | undefined,
  ) {}

  get namePath(): string {
    return this.fieldsPath + '/name';
  }

  get descriptionPath(): string {
    return this.fieldsPath + '/description';
  }

  get parametersPath(): string {
    return this.fieldsPath + '/parameters';
  }

  get strictPath(): string {
    return this.fieldsPath + '/strict';
  }
}

/**
 * Adds a function tool's node and, when it has parameters, its embedded schema (owned by the
 * function). `strictImplied`: `strict` is on only by the API's default (Responses, see
 * `EmbeddedSchemaNode.strictImplied`).
 */
export function addFunctionTool(lists: NodeLists, tool: FunctionTool, strictImplied?: boolean): void {
  lists.functionTool = withNode(lists.functionTool, tool);
  if (tool.parameters === undefined) return;
  addEmbeddedSchema(lists, { api: tool.api, path: tool.parametersPath, schema: tool.parameters, strict: tool.strict === true, strictImplied, owner: { kind: 'function', name: tool.name, path: tool.path } });
}
