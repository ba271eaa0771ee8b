import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver';

/**
 * The smallest single edit that turns `before` into `after`: their common prefix and suffix stay
 * untouched, so the editor keeps the cursor, folding and undo granularity around a fix, and the edit
 * is exactly the text change `--fix` makes. `undefined` when nothing changes.
 */
export function minimalEdit(document: TextDocument, before: string, after: string, baseOffset = 0): TextEdit | undefined {
  if (before === after) return undefined;
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  // Never split a surrogate pair: the edit boundaries must be valid UTF-16 positions in both texts.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix))
    suffix++;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return {
    range: { start: document.positionAt(baseOffset + prefix), end: document.positionAt(baseOffset + before.length - suffix) },
    newText: after.slice(prefix, after.length - suffix),
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
