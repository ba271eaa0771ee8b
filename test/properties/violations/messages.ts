import fc from 'fast-check';
import type { Violation } from './types.js';
import { modelFor, SAMPLE_MODELS, validChatRequest } from '../../support/valid-requests.js';
import { validResponsesRequest } from '../../support/valid-dialect-requests.js';

/** Violation generators for `rules/messages/`: each breaks one rule once, in a valid generated request. */

type Message = Record<string, unknown>;

const text = fc.constantFrom('hello', 'weather in Paris', 'summarise this', 'plan my week');
const callId = fc.stringMatching(/^call_[A-Za-z0-9]{4,12}$/);

const messagesOf = (request: Record<string, unknown>) => request.messages as Message[];

/** Ids that generated histories never use, so an inserted answer can never match a real call. */
const foreignId = fc.stringMatching(/^toolu_[a-z0-9]{8}$/);

/** Whether a message inserted at `at` would follow an assistant tool call (after its answers so far). */
function insideToolRound(messages: readonly Message[], at: number): boolean {
  let owner = at - 1;
  while (owner >= 0 && messages[owner]!.role === 'tool') owner--;
  return owner >= 0 && messages[owner]!.role === 'assistant' && Array.isArray(messages[owner]!.tool_calls);
}

/** A valid request plus a position in its history (never after the final user message). */
const withPosition = (models?: readonly string[]) =>
  validChatRequest(models).chain(({ request, model }) =>
    fc.integer({ min: 0, max: messagesOf(request).length - 1 }).map((at) => ({ request, model, at })),
  );

function insertAt(request: Record<string, unknown>, at: number, ...inserted: Message[]): Record<string, unknown> {
  const messages = [...messagesOf(request)];
  messages.splice(at, 0, ...inserted);
  return { ...request, messages };
}

function call(id: string): Message {
  return { id, type: 'function', function: { name: 'get_weather', arguments: '{}' } };
}

const visionlessModels = SAMPLE_MODELS.filter((id) => modelFor(id).supports('vision') === false);
const audiolessModels = SAMPLE_MODELS.filter((id) => modelFor(id).supports('audioInput') === false);

export const violations: Record<string, fc.Arbitrary<Violation>> = {
  'messages/no-orphan-tool-message': fc.oneof(
    // A tool answer with an id no call has. Inside a tool round of the history it is reported at its
    // id; anywhere else at its role, since no tool call precedes it.
    fc.tuple(withPosition(), foreignId, text).map(([{ request, at }, id, content]) => ({
      request: insertAt(request, at, { role: 'tool', tool_call_id: id, content }),
      path: insideToolRound(messagesOf(request), at) ? `/messages/${at}/tool_call_id` : `/messages/${at}/role`,
    })),
    // A tool answer whose id is not one of the calls just before it (the real call is answered too).
    fc
      .tuple(withPosition(), fc.uniqueArray(callId, { minLength: 2, maxLength: 2 }), text)
      .map(([{ request, at }, [id, wrong], content]) => ({
        request: insertAt(
          request,
          at,
          { role: 'assistant', content: null, tool_calls: [call(id!)] },
          { role: 'tool', tool_call_id: id, content },
          { role: 'tool', tool_call_id: wrong, content },
        ),
        path: `/messages/${at + 2}/tool_call_id`,
      })),
  ),
  'messages/require-tool-call-answers': fc
    .tuple(withPosition(), fc.uniqueArray(callId, { minLength: 1, maxLength: 4 }), text)
    .chain(([{ request, at }, ids, content]) =>
      fc.integer({ min: 0, max: ids.length - 1 }).map((missing) => ({
        request: insertAt(
          request,
          at,
          { role: 'assistant', content: null, tool_calls: ids.map(call) },
          ...ids.filter((_, i) => i !== missing).map((id) => ({ role: 'tool', tool_call_id: id, content })),
        ),
        path: `/messages/${at}/tool_calls/${missing}`,
      })),
    ),
  'messages/no-empty-tool-calls': fc.tuple(withPosition(), text).map(([{ request, at }, content]) => ({
    request: insertAt(request, at, { role: 'assistant', content, tool_calls: [] }),
    path: `/messages/${at}/tool_calls`,
  })),
  'messages/require-assistant-content': fc.tuple(withPosition(), fc.boolean()).map(([{ request, at }, explicitNull]) => ({
    request: insertAt(request, at, explicitNull ? { role: 'assistant', content: null } : { role: 'assistant' }),
    path: explicitNull ? `/messages/${at}/content` : `/messages/${at}`,
  })),
  'messages/no-unsupported-input-parts': fc.oneof(
    fc.tuple(withPosition(visionlessModels), text).map(([{ request, at }, content]) => ({
      request: insertAt(request, at, {
        role: 'user',
        content: [
          { type: 'text', text: content },
          { type: 'image_url', image_url: { url: 'https://example.com/a.png' } },
        ],
      }),
      path: `/messages/${at}/content/1`,
    })),
    withPosition(audiolessModels).map(({ request, at }) => ({
      request: insertAt(request, at, {
        role: 'user',
        content: [{ type: 'input_audio', input_audio: { data: 'UklGRiQAAABXQVZF', format: 'wav' } }],
      }),
      path: `/messages/${at}/content/0`,
    })),
  ),
  // Built from scratch: the valid-request generator covers models whose roles are all accepted.
  'messages/no-unsupported-instruction-role': fc
    .tuple(
      fc.constantFrom('o1-mini', 'o1-preview'),
      fc.constantFrom('system', 'developer'),
      fc.array(text, { minLength: 1, maxLength: 4 }),
      text,
    )
    .chain(([model, role, history, instructions]) =>
      fc.integer({ min: 0, max: history.length - 1 }).map((at) => {
        const messages: Message[] = history.map((content) => ({ role: 'user', content }));
        messages.splice(at, 0, { role, content: instructions });
        return { request: { model, messages }, path: `/messages/${at}/role` };
      }),
    ),
  'messages/user-only-content-parts': fc
    .tuple(
      withPosition(),
      fc.constantFrom('system', 'developer', 'assistant'),
      fc.constantFrom<Message>(
        { type: 'image_url', image_url: { url: 'https://example.com/a.png' } },
        { type: 'input_audio', input_audio: { data: 'UklGRiQAAABXQVZF', format: 'wav' } },
        { type: 'file', file: { file_id: 'file-abc123' } },
      ),
    )
    .map(([{ request, at }, role, part]) => ({
      request: insertAt(request, at, { role, content: [part] }),
      path: `/messages/${at}/content/0`,
    })),
  'messages/no-foreign-content-parts': fc.tuple(fc.boolean(), text).chain(([onResponses, words]): fc.Arbitrary<Violation> =>
    onResponses
      ? validResponsesRequest().map(({ request }) => {
          const input = [...(request.input as unknown[]), { role: 'user', content: [{ type: 'text', text: words }] }];
          return { request: { ...request, input }, path: `/input/${input.length - 1}/content/0`, api: 'responses' as const };
        })
      : validChatRequest().map(({ request }) => {
          const messages = [...messagesOf(request), { role: 'user', content: [{ type: 'input_text', text: words }] }];
          return { request: { ...request, messages }, path: `/messages/${messages.length - 1}/content/0` };
        }),
  ),
};
