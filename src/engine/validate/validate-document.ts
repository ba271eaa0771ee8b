import { dialectById } from '../../dialects/index.js';
import type { DialectAdapter, WireRequest } from '../../dialects/types.js';
import { isWithin, pointerToDisplayPath, toPointer } from '../../json-pointer.js';
import { shapeSchemaErrors, type NumberSource, type SchemaIssue } from './schema-errors.js';
import { validate } from './validator.js';

export type { SchemaIssue } from './schema-errors.js';

/** The user's document against its dialect's schema, as shaped findings. */
export function validateDocument(
  dialect: DialectAdapter,
  body: Record<string, unknown>,
  numberSource?: NumberSource,
): readonly SchemaIssue[] {
  return shapeSchemaErrors(validate(dialect.schema, body, dialect.id), body, numberSource, dialect.unknownKeyNote);
}

/**
 * A client-library dialect (LangChain options) passes the user's schema and still builds a request the
 * API rejects: `maxTokens: 8` becomes `max_output_tokens: 8` on the Responses route (minimum 16), and
 * `modelKwargs` go through unchecked. So the mapped request is validated against the wire API's
 * schema too, and each finding is moved onto the user's own key. What has no key of the user's (the
 * conversation, passed at call time rather than in options) or was already found at the same key by
 * the user's schema is left out.
 *
 * Only the keys the mapping lists as unchecked are validated (see `WireRequest.uncheckedKeys`), plus
 * any key whose value the user's schema found fault with: the wire schema constrains top-level keys
 * one by one, so every other key holds a value both schemas accept, and its wire check could only
 * repeat the user's findings. Most options objects then cost no second validation at all.
 */
export function validateMappedRequest(wire: WireRequest, userIssues: readonly SchemaIssue[], numberSource?: NumberSource): SchemaIssue[] {
  const wireDialect = dialectById(wire.api);
  if (wireDialect === undefined) return [];
  const toCheck = wire.uncheckedKeys === undefined ? wire.request : uncheckedPart(wire, wire.uncheckedKeys, userIssues);
  if (toCheck === undefined) return [];
  // The conversation is passed at call time, not in the options: a placeholder stands in for it.
  // `Object.assign`, not `{ ...a, ...b }`: V8 gives a second spread a slow path, and the result a
  // shape the validator reads slowly.
  const request = Object.assign({}, wireDialect.conversationPlaceholder, toCheck);
  // A number as the user wrote it, looked up at the user's own key.
  const wireNumberSource: NumberSource | undefined =
    numberSource &&
    ((wirePointer) => {
      const userPointer = wire.toUserPointer(wirePointer);
      return userPointer === undefined ? undefined : numberSource(userPointer);
    });
  const issues: SchemaIssue[] = [];
  for (const issue of validateDocument(wireDialect, request, wireNumberSource)) {
    const userPath = wire.toUserPointer(issue.path);
    if (userPath === undefined || userPath === '' || overlapsAny(userPath, userIssues)) continue;
    const wireName = pointerToDisplayPath(issue.path);
    const userName = pointerToDisplayPath(userPath);
    const message =
      wireName === userName
        ? issue.message
        : `\`${userName}\` is sent as \`${wireName}\`, and ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`;
    // Suggestions name wire keys, which are not the user's to edit: the message says what to change.
    issues.push({
      ruleId: issue.ruleId,
      keyword: issue.keyword,
      shapeIntact: issue.shapeIntact,
      path: userPath,
      target: issue.target,
      message,
      data: issue.data,
    });
  }
  return issues;
}

/**
 * The part of the wire request to validate: its unchecked keys, and the keys that hold a value the
 * user's schema rejected (only then can the two schemas disagree about a copied option); `undefined`
 * when there is none. `model` always goes along, so the wire schema does not report it missing.
 */
function uncheckedPart(
  wire: WireRequest,
  uncheckedKeys: readonly string[],
  userIssues: readonly SchemaIssue[],
): Record<string, unknown> | undefined {
  const request = wire.request;
  let part: Record<string, unknown> | undefined;
  for (const key of uncheckedKeys) (part ??= { model: request.model })[key] = request[key];
  if (userIssues.length > 0) {
    for (const key in request) {
      const userPath = wire.toUserPointer(toPointer([key]));
      if (userPath !== undefined && overlapsAny(userPath, userIssues)) (part ??= { model: request.model })[key] = request[key];
    }
  }
  return part;
}

/** Whether a user's finding lies at, above or below `userPath`. */
function overlapsAny(userPath: string, userIssues: readonly SchemaIssue[]): boolean {
  return userIssues.some((known) => isWithin(userPath, known.path) || isWithin(known.path, userPath));
}
