/**
 * Whether a message's `content` mentions JSON, as JSON mode requires ("must contain the word 'json'
 * in some form", any case, api-facts §5 #6-#7): a string, or the `text` of its parts. Chat messages
 * and Responses input messages share this content shape; raw values are read, because one message
 * that fails the schema must not hide the word in another.
 */
export function contentMentionsJson(content: unknown): boolean {
  if (typeof content === 'string') return /json/i.test(content);
  if (!Array.isArray(content)) return false;
  return content.some((part: unknown) => {
    const text = part !== null && typeof part === 'object' ? (part as Record<string, unknown>).text : undefined;
    return typeof text === 'string' && /json/i.test(text);
  });
}
