import { CHAT_ONLY_PARAMETERS, defineRule, lookupSegments, MISSING, parsePointer } from '../../src/rule-api.js';

/**
 * The table as pointers and their segments, made once at load: the visitor runs on every Responses
 * request that has one of these keys, and parsing the pointers there stood out in CPU profiles.
 */
const TABLE = Object.entries(CHAT_ONLY_PARAMETERS).map(([key, entry]) => {
  const path = `/${key}`;
  return { path, segments: parsePointer(path), entry };
});

/** The top-level keys of the table (`stream_options` for `stream_options/include_usage`). */
const TRIGGERS = [...new Set(TABLE.map(({ segments }) => segments[0]!))];

/**
 * Chat Completions parameters sent to the Responses API are answered with `Unknown parameter`
 * (api-facts §2.1, §5 #22). The generic `schema/unknown-property` finding cannot say what to use
 * instead; this rule names the Responses equivalent from `src/facts/chat-only-parameters.ts`, and the
 * engine then drops the generic finding at the same key. A value moves to its Responses home as a
 * safe fix when that place is free (same value, same meaning).
 */
export default defineRule({
  id: 'responses/no-chat-only-parameters',
  meta: {
    type: 'problem',
    description: 'Chat Completions parameters the Responses API does not accept, with the Responses equivalent.',
    apis: ['responses'],
    triggers: TRIGGERS,
    recommended: true,
    fixable: true,
    messages: {
      chatOnly: '`{{param}}` is a Chat Completions parameter that the Responses API rejects as unknown; {{instead}}.',
    },
  },
  create() {
    return {
      // `document`, not `request`: the body fails the schema precisely because of these keys.
      document({ value: body }, context) {
        for (const { path, segments, entry } of TABLE) {
          if (lookupSegments(body, segments) === MISSING) continue;
          const fix = entry.moveTo !== undefined ? moveFix(body, path, entry.moveTo) : undefined;
          context.report({
            messageId: 'chatOnly',
            data: { param: context.nameOf(path), instead: entry.instead },
            path,
            ...(fix ? { fix } : {}),
            explainsSchemaError: true,
          });
        }
      },
    };
  },
});

/** A `move` to `target` when nothing is there yet; creates the parent object when it is missing. */
function moveFix(raw: Readonly<Record<string, unknown>>, from: string, target: string) {
  const [parent, child] = target.slice(1).split('/') as [string, string | undefined];
  if (child === undefined) return raw[parent] === undefined ? [{ op: 'move' as const, from, path: target }] : undefined;
  const holder = raw[parent];
  if (holder === undefined)
    return [
      { op: 'add' as const, path: `/${parent}`, value: {} },
      { op: 'move' as const, from, path: target },
    ];
  if (holder !== null && typeof holder === 'object' && !Array.isArray(holder) && !(child in holder))
    return [{ op: 'move' as const, from, path: target }];
  return undefined;
}
