/**
 * C0 and C1 control characters. A message names the user's keys and values, which may hold them
 * (`"bad\u001b[31mkey\n"`); printed raw, they would restyle the terminal or break the layout.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text for a terminal: each control character shown as its JSON escape, as the other formats' escaping does. */
export function visible(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A source line for a code frame: each control character one U+FFFD, so the carets below stay aligned. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '\ufffd');
}
