/**
 * Proves the exported types are derived from the schemas (json-schema-to-ts), not hand-written:
 * the assertions follow the schema's details (a `const` tag narrows, `required` is honoured,
 * defaulted properties stay optional). These are compile-time checks: `tsc --noEmit` runs them;
 * the runtime test only keeps vitest aware of the file.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  ChatAssistantMessage,
  ChatCompletionRequest,
  ChatContentPart,
  ChatCustomTool,
  ChatFunctionTool,
  ChatMessage,
  ChatMessageRole,
  ChatResponseFormat,
  ChatTool,
  ChatToolChoice,
  ChatUserMessage,
} from '../../schemas/index.js';

describe('types derived from the Chat Completions schemas', () => {
  it('has the required request keys and optional defaulted ones', () => {
    expectTypeOf<ChatCompletionRequest['model']>().toEqualTypeOf<string>();
    expectTypeOf<ChatCompletionRequest['messages']>().toEqualTypeOf<ChatMessage[]>();
    // `n` has a default: keepDefaultedPropertiesOptional keeps it optional (and nullable per schema).
    expectTypeOf<ChatCompletionRequest['n']>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<ChatCompletionRequest['service_tier']>().toEqualTypeOf<
      'auto' | 'default' | 'flex' | 'scale' | 'priority' | 'fast' | null | undefined
    >();
    expectTypeOf<ChatCompletionRequest['parallel_tool_calls']>().toEqualTypeOf<boolean | undefined>();

    const minimal: ChatCompletionRequest = { model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }] };
    expectTypeOf(minimal).toExtend<ChatCompletionRequest>();
    // @ts-expect-error `messages` is required by the schema
    const missingMessages: ChatCompletionRequest = { model: 'gpt-4o' };
    void missingMessages;
  });

  it('narrows messages by role', () => {
    expectTypeOf<ChatMessageRole>().toEqualTypeOf<'developer' | 'system' | 'user' | 'assistant' | 'tool' | 'function'>();
    expectTypeOf<Extract<ChatMessage, { role: 'tool' }>['tool_call_id']>().toEqualTypeOf<string>();
    expectTypeOf<Extract<ChatMessage, { role: 'assistant' }>>().toEqualTypeOf<ChatAssistantMessage>();

    const narrow = (message: ChatMessage): string | undefined => {
      if (message.role === 'tool') {
        expectTypeOf(message.tool_call_id).toBeString();
        return message.tool_call_id;
      }
      if (message.role === 'assistant') {
        expectTypeOf(message.content).toEqualTypeOf<ChatAssistantMessage['content']>();
        return undefined;
      }
      return undefined;
    };
    void narrow;
    // @ts-expect-error an unknown role is not a ChatMessage
    const bad: ChatMessage = { role: 'robot', content: 'x' };
    void bad;
  });

  it('types user content parts and narrows them by type', () => {
    type UserContent = ChatUserMessage['content'];
    expectTypeOf<string>().toExtend<UserContent>();
    const handle = (part: ChatContentPart): string => {
      switch (part.type) {
        case 'image_url':
          expectTypeOf(part.image_url.detail).toEqualTypeOf<'auto' | 'low' | 'high' | undefined>();
          return part.image_url.url;
        case 'input_audio':
          expectTypeOf(part.input_audio.format).toEqualTypeOf<'wav' | 'mp3'>();
          return part.input_audio.data;
        default:
          return part.type;
      }
    };
    void handle;
  });

  it('types tools, tool choice and response formats', () => {
    expectTypeOf<ChatTool>().toEqualTypeOf<ChatFunctionTool | ChatCustomTool>();
    expectTypeOf<ChatFunctionTool['function']['name']>().toEqualTypeOf<string>();
    expectTypeOf<ChatFunctionTool['function']['parameters']>().toEqualTypeOf<{ [key: string]: unknown } | undefined>();
    expectTypeOf<'auto'>().toExtend<ChatToolChoice>();
    expectTypeOf<{ type: 'function'; function: { name: string } }>().toExtend<ChatToolChoice>();
    // @ts-expect-error `any` is not a tool choice mode
    const badChoice: ChatToolChoice = 'any';
    void badChoice;
    expectTypeOf<ChatResponseFormat['type']>().toEqualTypeOf<'text' | 'json_schema' | 'json_object'>();
    expectTypeOf<Extract<ChatResponseFormat, { type: 'json_schema' }>['json_schema']['strict']>().toEqualTypeOf<
      boolean | null | undefined
    >();
  });
});
