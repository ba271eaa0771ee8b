import type { Edit, FormattingOptions, Node } from 'jsonc-parser';
import { jsonc } from '../../lazy-deps.js';
import { PatchError } from './json-patch.js';
import { keepFormatting } from './keep-formatting.js';
import { getAtPointer, parentPointer, parsePointer, lastSegment } from '../../json-pointer.js';
import { findNode, keyNodeOf } from '../parse/positions.js';
import { nodeValue } from '../parse/parse.js';
import type { JsonPatch, JsonPatchOperation } from '../../types.js';

/**
 * Applies a JSON Patch to JSON/JSONC text as minimal text edits, so comments, key order and the
 * file's own indentation survive (jsonc-parser's `modify`, the engine behind VS Code's settings
 * editor). A `move` between sibling keys becomes a rename of the key token in place.
 */
export function applyPatchToText(text: string, patch: JsonPatch): string {
  let current = text;
  const formatting = detectFormatting(text);
  for (const operation of patch) current = applyOperationToText(current, operation, formatting);
  return keepFormatting(text, current);
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
      if (!found.exact || JSON.stringify(nodeValue(found.node)) !== JSON.stringify(operation.value)) throw new PatchError(`test failed at ${operation.path}`);
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
