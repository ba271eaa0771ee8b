import type { ChatCompletionRequest } from '../schemas/index.js';

/** A Chat Completions tool: a function tool (`function.name`) or a custom one (`custom.name`). */
export type ChatTool = NonNullable<ChatCompletionRequest['tools']>[number];

/** The tool's name, wherever its type keeps it. */
export function chatToolName(tool: ChatTool): string {
  return tool.type === 'function' ? tool.function.name : tool.custom.name;
}

/** Whether `tools` has a tool of this type and name (what `tool_choice` and `allowed_tools` name). */
export function hasChatTool(tools: readonly ChatTool[], type: ChatTool['type'], name: string): boolean {
  return tools.some((tool) => tool.type === type && chatToolName(tool) === name);
}
