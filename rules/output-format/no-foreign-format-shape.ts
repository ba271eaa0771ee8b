import { defineRule, isRecord, withKeysFirst } from '../../src/rule-api.js';

/** A `json_schema` format's own keys, in the order the API documents them. */
const FORMAT_KEYS = ['name', 'description', 'schema', 'strict'] as const;

/**
 * The two APIs spell a `json_schema` output format differently (api-facts §2.3): Chat Completions
 * nests it, `response_format: {type: "json_schema", json_schema: {name, schema, strict}}`; the
 * Responses API keeps it flat, `text.format: {type: "json_schema", name, schema, strict}`. Each refuses
 * the other's form: "Missing required parameter: 'text.format.name'." one way, "…
 * 'response_format.json_schema'." the other (api-facts §5 #47), and the schema check alone answers
 * with findings about keys that hide the real mistake. This rule names it and rewrites the format in
 * the shape this API reads (same name, schema and `strict`: a safe fix).
 */
export default defineRule({
  id: 'output-format/no-foreign-format-shape',
  meta: {
    type: 'problem',
    description: "A `json_schema` output format written in the other API's shape: nested for Chat Completions, flat for Responses.",
    apis: ['chat.completions', 'responses'],
    triggers: ['text', 'response_format'],
    recommended: true,
    fixable: true,
    messages: {
      nestedOnResponses:
        '`{{format}}` has the Chat Completions shape `{"type": "json_schema", "json_schema": {…}}`; the Responses API reads it flat: `{"type": "json_schema", "name": …, "schema": …, "strict": …}`.',
      flatOnChat:
        '`{{format}}` has the flat Responses API shape `{"type": "json_schema", "name": …, "schema": …}`; Chat Completions nests it: `{"type": "json_schema", "json_schema": {"name": …, "schema": …}}`.',
    },
  },
  create() {
    return {
      // A foreign shape fails the schema, so the typed request is never dispatched: read the raw body.
      document({ api, value: body }, context) {
        const found = api === 'responses' ? nestedOnResponses(body) : flatOnChat(body);
        if (found === undefined) return;
        context.report({
          messageId: found.messageId,
          data: { format: context.nameOf(found.path) },
          path: found.path,
          target: 'value',
          fix: [{ op: 'replace', path: found.path, value: found.rewritten }],
          explainsSchemaError: true,
        });
      },
    };
  },
});

type Body = Readonly<Record<string, unknown>>;
interface ForeignFormat {
  messageId: 'nestedOnResponses' | 'flatOnChat';
  path: string;
  /** The format in this API's shape. */
  rewritten: Record<string, unknown>;
}

/** Responses' `text.format` written nested, as Chat's `response_format` is. */
function nestedOnResponses(body: Body): ForeignFormat | undefined {
  const format = isRecord(body.text) ? body.text.format : undefined;
  if (!isRecord(format) || format.type !== 'json_schema' || !isRecord(format.json_schema) || 'schema' in format) return undefined;
  const { json_schema: nested, ...rest } = format;
  return { messageId: 'nestedOnResponses', path: '/text/format', rewritten: { ...rest, ...withKeysFirst(nested, FORMAT_KEYS) } };
}

/** Chat's `response_format` written flat, as Responses' `text.format` is. */
function flatOnChat(body: Body): ForeignFormat | undefined {
  const format = body.response_format;
  if (!isRecord(format) || format.type !== 'json_schema' || 'json_schema' in format || !('schema' in format || 'name' in format))
    return undefined;
  const { type, ...rest } = format;
  return { messageId: 'flatOnChat', path: '/response_format', rewritten: { type, json_schema: withKeysFirst(rest, FORMAT_KEYS) } };
}
