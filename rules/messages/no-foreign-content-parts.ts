import { defineRule, isRecord, textPartAs, type JsonPatch } from '../../src/rule-api.js';

type Part = Readonly<Record<string, unknown>>;
/** A part rewritten in this API's shape, or `undefined` when it has no equivalent (then only reported). */
type Convert = (part: Part) => Record<string, unknown> | undefined;

const FILE_KEYS = ['file_id', 'file_data', 'filename'] as const;
const pickFile = (source: Part) =>
  Object.fromEntries(FILE_KEYS.filter((key) => typeof source[key] === 'string').map((key) => [key, source[key]]));
/** Only a part with nothing but the keys the conversion carries over is rewritten: nothing is dropped. */
const onlyKeys = (part: Part, keys: readonly string[]) => Object.keys(part).every((key) => key === 'type' || keys.includes(key));

/**
 * Chat Completions content parts (api-facts §1.2) written in a Responses request, in user, system and
 * developer messages: the Responses name, and how to rewrite the part.
 */
const CHAT_PARTS_ON_RESPONSES: Readonly<Record<string, { name: string; convert: Convert }>> = {
  text: { name: 'input_text', convert: (p) => textPartAs(p, 'input_text') },
  image_url: {
    name: 'input_image',
    convert: (p) => {
      const image = p.image_url;
      if (!onlyKeys(p, ['image_url']) || !isRecord(image) || typeof image.url !== 'string' || !onlyKeys(image, ['url', 'detail']))
        return undefined;
      return { type: 'input_image', image_url: image.url, ...(typeof image.detail === 'string' ? { detail: image.detail } : {}) };
    },
  },
  file: {
    name: 'input_file',
    convert: (p) =>
      onlyKeys(p, ['file']) && isRecord(p.file) && onlyKeys(p.file, FILE_KEYS) ? { type: 'input_file', ...pickFile(p.file) } : undefined,
  },
};

/** The same in an assistant message, replayed model output: its text is `output_text`. */
const CHAT_PARTS_ON_RESPONSES_ASSISTANT: Readonly<Record<string, { name: string; convert: Convert }>> = {
  text: { name: 'output_text', convert: (p) => textPartAs(p, 'output_text') },
};

/** Responses content parts written in a Chat Completions request. */
const RESPONSES_PARTS_ON_CHAT: Readonly<Record<string, { name: string; convert: Convert }>> = {
  input_text: { name: 'text', convert: (p) => textPartAs(p, 'text') },
  output_text: { name: 'text', convert: (p) => textPartAs(p, 'text') },
  input_image: {
    name: 'image_url',
    convert: (p) =>
      onlyKeys(p, ['image_url', 'detail']) && typeof p.image_url === 'string'
        ? { type: 'image_url', image_url: { url: p.image_url, ...(typeof p.detail === 'string' ? { detail: p.detail } : {}) } }
        : undefined,
  },
  input_file: { name: 'file', convert: (p) => (onlyKeys(p, FILE_KEYS) ? { type: 'file', file: pickFile(p) } : undefined) },
};

/**
 * Chat Completions and the Responses API name their content parts differently (`text` and `input_text`,
 * `image_url: {url}` and `input_image` with `image_url` a string, `file: {…}` and `input_file`), and
 * each refuses the other's: "Invalid value: 'text'. Supported values are: 'input_text', …"
 * (api-facts §5 #8). Code moved between the two keeps the old parts; the schema's enum finding says
 * what is allowed, this rule says what the part is called here and rewrites it (same text, same
 * image or file: a safe fix). The wrong kind for a Responses role is
 * `responses/valid-content-part-types`'.
 */
export default defineRule({
  id: 'messages/no-foreign-content-parts',
  meta: {
    type: 'problem',
    description:
      'A message content part named as the other API names it (`text` in a Responses request, `input_text` in Chat Completions).',
    apis: ['chat.completions', 'responses'],
    triggers: ['messages', 'input'],
    recommended: true,
    fixable: true,
    messages: {
      foreign: '`{{part}}` is a {{from}} `{{type}}` part; {{to}} calls it `{{name}}`{{shape}}.',
    },
  },
  create() {
    return {
      // A foreign part fails the schema, so the typed request is never dispatched: read the raw body.
      document({ api, value: body }, context) {
        const onResponses = api === 'responses';
        const list = onResponses ? body.input : body.messages;
        if (!Array.isArray(list)) return;
        list.forEach((message: unknown, index: number) => {
          if (!isRecord(message) || typeof message.role !== 'string' || !Array.isArray(message.content)) return;
          if (onResponses && message.type !== undefined && message.type !== 'message') return;
          const table = !onResponses
            ? RESPONSES_PARTS_ON_CHAT
            : message.role === 'assistant'
              ? CHAT_PARTS_ON_RESPONSES_ASSISTANT
              : CHAT_PARTS_ON_RESPONSES;
          const listPath = `/${onResponses ? 'input' : 'messages'}/${index}/content`;
          message.content.forEach((part: unknown, at: number) => {
            if (!isRecord(part) || typeof part.type !== 'string' || !Object.hasOwn(table, part.type)) return;
            const { name, convert } = table[part.type]!;
            const path = `${listPath}/${at}`;
            const converted = convert(part);
            const fix: JsonPatch | undefined = converted && [{ op: 'replace', path, value: converted }];
            context.report({
              messageId: 'foreign',
              data: {
                part: context.nameOf(path),
                from: onResponses ? 'Chat Completions' : 'Responses API',
                to: onResponses ? 'the Responses API' : 'Chat Completions',
                type: part.type,
                name,
                shape: converted ? '' : ', with keys of its own (no automatic rewrite: something here has no counterpart)',
              },
              path,
              target: 'value',
              explainsSchemaError: true,
              ...(fix ? { fix } : {}),
            });
          });
        });
      },
    };
  },
});
