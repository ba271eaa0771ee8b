import type { Edit, FormattingOptions, Node } from 'jsonc-parser';
import { jsonc } from '../../lazy-deps.js';
import { PatchError } from './json-patch.js';
import { keepFormatting } from './keep-formatting.js';
import { getAtPointer, isArrayIndex, parentPointer, parsePointer, lastSegment } from '../../json-pointer.js';
import { findNode, keyNodeOf } from '../parse/positions.js';
import { nodeValue } from '../parse/parse.js';
import type { JsonPatch, JsonPatchOperation } from '../../types.js';

/**
 * Applies a JSON Patch to JSON/JSONC text as minimal text edits, so comments, key order, spacing,
 * line endings and every byte the patch does not own survive. The common operations (remove,
 * replace, rename a key, add a key to an object) become direct edits computed against one parse of
 * the text; anything else falls back to jsonc-parser's `modify` (the engine behind VS Code's
 * settings editor), one operation at a time.
 */
export function applyPatchToText(text: string, patch: JsonPatch): string {
  const direct = applyPatchesToText(text, [patch]);
  if (direct.applied[0] === true) return direct.output;
  return applyPatchSequentially(text, patch);
}

/**
 * Applies several patches whose paths do not overlap, all computed against one parse of `text` and
 * applied in one pass: the cost is one parse plus the edits, whatever the number of fixes (fixing
 * one property of a 50 MB one-line file costs about as much as linting it). `applied[i]` says
 * whether patch `i` could be expressed as direct edits; the others are left for the caller.
 */
export function applyPatchesToText(text: string, patches: readonly JsonPatch[]): { output: string; applied: boolean[] } {
  const tree = jsonc().parseTree(text, [], { allowTrailingComma: true });
  const applied = patches.map(() => false);
  if (tree === undefined) return { output: text, applied };
  const edits: Edit[] = [];
  patches.forEach((patch, index) => {
    let own: Edit[] | undefined;
    try {
      own = directEdits(text, tree, patch);
    } catch (error) {
      // A patch that does not apply (a failed `test`, a moved target) is left to the caller.
      if (error instanceof PatchError) return;
      throw error;
    }
    if (own === undefined) return;
    edits.push(...own);
    applied[index] = true;
  });
  edits.sort((a, b) => a.offset - b.offset || a.length - b.length);
  for (let i = 1; i < edits.length; i++) {
    const previous = edits[i - 1]!;
    if (edits[i]!.offset < previous.offset + previous.length) return { output: text, applied: patches.map(() => false) };
  }
  let output = '';
  let at = 0;
  for (const edit of edits) {
    output += text.slice(at, edit.offset) + edit.content;
    at = edit.offset + edit.length;
  }
  return { output: output + text.slice(at), applied };
}

/** The old path: one `modify` per operation, then the original formatting restored around it. */
function applyPatchSequentially(text: string, patch: JsonPatch): string {
  let current = text;
  const formatting = detectFormatting(text);
  for (const operation of patch) current = applyOperationToText(current, operation, formatting);
  return keepFormatting(text, current);
}

/** The edits of a patch against the original text, or undefined when it needs the general path. */
function directEdits(text: string, tree: Node, patch: JsonPatch): Edit[] | undefined {
  const edits: Edit[] = [];
  const touched: string[] = [];
  for (const operation of patch) {
    // Operations of one patch that touch the same place would need each other's result.
    const paths = 'from' in operation ? [operation.from, operation.path] : [operation.path];
    if (paths.some((p) => touched.some((t) => p === t || p.startsWith(t + '/') || t.startsWith(p + '/')))) return undefined;
    touched.push(...paths);
    const own = editsFor(text, tree, operation);
    if (own === undefined) return undefined;
    edits.push(...own);
  }
  return edits;
}

function editsFor(text: string, tree: Node, operation: JsonPatchOperation): Edit[] | undefined {
  switch (operation.op) {
    case 'test': {
      const found = findNode(tree, operation.path);
      if (!found.exact || JSON.stringify(nodeValue(found.node)) !== JSON.stringify(operation.value))
        throw new PatchError(`test failed at ${operation.path}`);
      return [];
    }
    case 'remove': {
      if (operation.path === '') throw new PatchError('cannot remove the document root');
      const node = requireExact(tree, operation.path);
      return removal(text, node.parent?.type === 'property' ? node.parent : node);
    }
    case 'replace': {
      const node = requireExact(tree, operation.path);
      return [{ offset: node.offset, length: node.length, content: serialize(operation.value, text) }];
    }
    case 'move': {
      const from = requireExact(tree, operation.from);
      const key = keyNodeOf(from);
      if (key === undefined || parentPointer(operation.from) !== parentPointer(operation.path) || findNode(tree, operation.path).exact)
        return undefined;
      return [{ offset: key.offset, length: key.length, content: JSON.stringify(lastSegment(operation.path) ?? '') }];
    }
    case 'add': {
      const parent = findNode(tree, parentPointer(operation.path));
      if (!parent.exact) return undefined;
      const key = lastSegment(operation.path) ?? '';
      if (parent.node.type === 'array') return arrayInsertion(text, parent.node, key, operation.value);
      if (parent.node.type !== 'object') return undefined;
      if (findNode(tree, operation.path).exact) {
        const existing = findNode(tree, operation.path).node;
        return [{ offset: existing.offset, length: existing.length, content: serialize(operation.value, text) }];
      }
      return appendMember(text, parent.node, `${JSON.stringify(key)}:${spaced(text) ? ' ' : ''}${serialize(operation.value, text)}`);
    }
    default:
      return undefined;
  }
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** The offset of the separating comma between `from` and `to` (only trivia and comments around it). */
function commaBetween(text: string, from: number, to: number): number | undefined {
  const { createScanner, SyntaxKind } = jsonc();
  const scanner = createScanner(text.slice(from, to), false);
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.CommaToken) return from + scanner.getTokenOffset();
  }
  return undefined;
}

/** Where the line holding `offset` starts, and whether only blanks precede `offset` on it. */
function lineStart(text: string, offset: number): { start: number; alone: boolean } {
  let i = offset;
  while (i > 0 && isBlank(text[i - 1])) i--;
  return { start: i, alone: i === 0 || text[i - 1] === '\n' };
}

/** After `offset`, the end of the line including its break, if only blanks follow on it. */
function restOfLine(text: string, offset: number): number | undefined {
  let i = offset;
  while (isBlank(text[i])) i++;
  if (text[i] === '\r' && text[i + 1] === '\n') return i + 2;
  if (text[i] === '\n' || text[i] === '\r') return i + 1;
  return i === text.length ? i : undefined;
}

/**
 * Removes a property or array element: exactly its own text, one separating comma and the
 * whitespace between, the blanks just before that comma on its line (`] , "tools": [] }` becomes
 * `] }`, not `]  }`), plus its line when it had the line to itself. Comments stay, whoever's they are.
 */
function removal(text: string, node: Node): Edit[] {
  const container = node.parent;
  const siblings = container?.children ?? [];
  const index = siblings.indexOf(node);
  const start = node.offset;
  const end = node.offset + node.length;
  const next = siblings[index + 1];
  const closing = container === undefined ? text.length : container.offset + container.length - 1;
  const following = commaBetween(text, end, next?.offset ?? closing);
  const before = lineStart(text, start);
  if (following !== undefined) {
    // `"b": 2,` (and the blanks after the comma) goes; its line too when it had it alone.
    const between = text.slice(end, following);
    if (between.trim() !== '')
      return [
        { offset: start, length: end - start, content: '' },
        { offset: following, length: 1, content: '' },
      ];
    const lineEnd = before.alone ? restOfLine(text, following + 1) : undefined;
    if (lineEnd !== undefined) return [{ offset: before.start, length: lineEnd - before.start, content: '' }];
    let after = following + 1;
    while (isBlank(text[after])) after++;
    return [{ offset: start, length: after - start, content: '' }];
  }
  const previous = siblings[index - 1];
  const comma = previous === undefined ? undefined : commaBetween(text, previous.offset + previous.length, start);
  const ownSpan = (): Edit => {
    const lineEnd = before.alone ? restOfLine(text, end) : undefined;
    if (lineEnd !== undefined) return { offset: before.start, length: lineEnd - before.start, content: '' };
    return { offset: before.start, length: end - before.start, content: '' };
  };
  if (comma === undefined) return [ownSpan()];
  // The blanks before the comma go with it (they separated it from the previous element on its line).
  const preceding = lineStart(text, comma).start;
  const commaEdit: Edit = { offset: preceding, length: comma + 1 - preceding, content: '' };
  // The last element: the comma before it goes. With only whitespace between, in one edit.
  if (text.slice(comma + 1, start).trim() === '' && !before.alone) return [{ offset: preceding, length: end - preceding, content: '' }];
  if (text.slice(comma + 1, start).trim() === '' && before.alone) {
    const lineEnd = restOfLine(text, end);
    // `1,\n  "b": 2\n}`: the comma, and the line of the property.
    if (lineEnd !== undefined) return [commaEdit, { offset: before.start, length: lineEnd - before.start, content: '' }];
  }
  return [commaEdit, ownSpan()];
}

/**
 * Adds `member` (`"key": value` in an object, a value in an array) after the container's last member,
 * laid out like it: on the same line, or on a line of its own with the same indentation.
 */
function appendMember(text: string, container: Node, member: string): Edit[] | undefined {
  const members = container.children ?? [];
  const last = members[members.length - 1];
  if (last === undefined) return [{ offset: container.offset + 1, length: 0, content: member }];
  const end = last.offset + last.length;
  const trailingComma = commaBetween(text, end, container.offset + container.length - 1);
  const lineOfLast = lineStart(text, last.offset);
  const oneLine = !text.slice(container.offset, container.offset + container.length).includes('\n');
  if (oneLine || !lineOfLast.alone) {
    const separator = `,${spaced(text) ? ' ' : ''}`;
    if (trailingComma !== undefined) return [{ offset: trailingComma + 1, length: 0, content: (spaced(text) ? ' ' : '') + member + ',' }];
    return [{ offset: end, length: 0, content: separator + member }];
  }
  // On its own line, after whatever follows the last member on its line (a comment stays there).
  const indent = text.slice(lineOfLast.start, last.offset);
  let lineEnd = end;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const eol = text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? '\r\n' : text[lineEnd] === '\r' ? '\r' : '\n';
  if (lineEnd >= container.offset + container.length - 1) return undefined;
  const addLine = { offset: lineEnd, length: 0, content: eol + indent + member + (trailingComma !== undefined ? ',' : '') };
  return trailingComma !== undefined ? [addLine] : [{ offset: end, length: 0, content: ',' }, addLine];
}

/**
 * Inserts a value into an array at `index` (`-` appends), laid out like the element it goes before:
 * `["a", "b"]` gains `, "c"` in place rather than being spread over several lines.
 */
function arrayInsertion(text: string, array: Node, index: string, value: unknown): Edit[] | undefined {
  const elements = array.children ?? [];
  const position = index === '-' ? elements.length : isArrayIndex(index) ? Number(index) : undefined;
  if (position === undefined || position > elements.length) throw new PatchError(`no array position ${index}`);
  const content = serialize(value, text);
  if (position === elements.length) return appendMember(text, array, content);
  const before = elements[position]!;
  const line = lineStart(text, before.offset);
  if (!line.alone) return [{ offset: before.offset, length: 0, content: `${content},${spaced(text) ? ' ' : ''}` }];
  // The element has its line: the new one gets a line of its own above it, indented alike.
  // ...ended by the same line break as the line above it (mixed line endings stay as they are).
  const indent = text.slice(line.start, before.offset);
  const eol = text[line.start - 2] === '\r' ? '\r\n' : '\n';
  return [{ offset: line.start, length: 0, content: `${indent}${content},${eol}` }];
}

/** Whether the text writes `"a": 1` (spaced) or `"a":1`. */
function spaced(text: string): boolean {
  const sample = text.length > 4096 ? text.slice(0, 4096) : text;
  return /[:,] /.test(sample);
}

/** A new value as the file writes values: compact on one line, spaced after `:` and `,` if the file is. */
function serialize(value: unknown, text: string): string {
  const compact = JSON.stringify(value) ?? 'null';
  if (!spaced(text) || value === null || typeof value !== 'object') return compact;
  return JSON.stringify(value, null, 1)!.replace(/\n\s*/g, (m, offset: number, all: string) => {
    const previous = all[offset - 1];
    const next = all[offset + m.length];
    return previous === '[' || previous === '{' || next === ']' || next === '}' ? '' : ' ';
  });
}

function applyOperationToText(text: string, operation: JsonPatchOperation, formatting: FormattingOptions): string {
  const tree = jsonc().parseTree(text, [], { allowTrailingComma: true });
  if (tree === undefined) throw new PatchError('cannot patch an empty document');
  const document = nodeValue(tree);
  const segmentsOf = (pointer: string) => toModifyPath(document, pointer);
  const edit = (edits: Edit[]) => jsonc().applyEdits(text, edits);
  switch (operation.op) {
    case 'test': {
      const found = findNode(tree, operation.path);
      if (!found.exact || JSON.stringify(nodeValue(found.node)) !== JSON.stringify(operation.value))
        throw new PatchError(`test failed at ${operation.path}`);
      return text;
    }
    case 'remove':
      requireExact(tree, operation.path);
      return edit(jsonc().modify(text, segmentsOf(operation.path), undefined, { formattingOptions: formatting }));
    case 'replace':
      requireExact(tree, operation.path);
      return edit(jsonc().modify(text, segmentsOf(operation.path), operation.value, { formattingOptions: formatting }));
    case 'add': {
      const parent = getAtPointer(document, parentPointer(operation.path));
      const isArrayInsertion = Array.isArray(parent);
      const index = lastSegment(operation.path) ?? '';
      // RFC 6902: an array index must exist or be one past the end (`-` appends).
      if (isArrayInsertion && index !== '-' && (!isArrayIndex(index) || Number(index) > parent.length))
        throw new PatchError(`no array position ${index} at ${operation.path}`);
      return edit(jsonc().modify(text, segmentsOf(operation.path), operation.value, { formattingOptions: formatting, isArrayInsertion }));
    }
    case 'move': {
      const from = requireExact(tree, operation.from);
      const target = findNode(tree, operation.path);
      const key = keyNodeOf(from);
      const sameObject = parentPointer(operation.from) === parentPointer(operation.path);
      if (sameObject && key !== undefined && !target.exact) {
        const newKey = lastSegment(operation.path) ?? '';
        return edit([{ offset: key.offset, length: key.length, content: JSON.stringify(newKey) }]);
      }
      const value = nodeValue(from);
      const removed = edit(jsonc().modify(text, segmentsOf(operation.from), undefined, { formattingOptions: formatting }));
      return applyOperationToText(removed, { op: 'add', path: operation.path, value }, formatting);
    }
    case 'copy': {
      const from = requireExact(tree, operation.from);
      return applyOperationToText(text, { op: 'add', path: operation.path, value: nodeValue(from) }, formatting);
    }
  }
}

function requireExact(tree: Node, pointer: string) {
  const found = findNode(tree, pointer);
  if (!found.exact) throw new PatchError(`no value at ${pointer}`);
  return found.node;
}

/** jsonc-parser paths use numbers for array indices; `-` (append) becomes the array's length. */
function toModifyPath(document: unknown, pointer: string): Array<string | number> {
  const segments = parsePointer(pointer);
  const path: Array<string | number> = [];
  let current: unknown = document;
  for (const segment of segments) {
    if (Array.isArray(current)) {
      const index = segment === '-' ? current.length : Number(segment);
      path.push(index);
      current = current[index];
    } else {
      path.push(segment);
      current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

/** Indent new content the way the file already is (tabs or N spaces) and keep its line endings. */
export function detectFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indented = /\n([ \t]+)\S/.exec(text);
  const indent = indented?.[1] ?? '  ';
  if (indent.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: Math.max(1, Math.min(indent.length, 8)), eol };
}

/** A fixed JSON Lines request kept on one line (a fix that adds a key may add a line break). */
export function oneLine(text: string): string {
  if (!text.includes('\n')) return text;
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text.replace(/\r?\n\s*/g, ' ');
  }
}
