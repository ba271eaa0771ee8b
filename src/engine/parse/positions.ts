import type { Node } from 'jsonc-parser';
import { isArrayIndex, parsePointer } from '../../json-pointer.js';
import type { Position, Range } from '../../types.js';
import type { Located } from './locate.js';

/**
 * Offsets inside, line/column at the edges. Line starts are computed once per document and only when
 * a diagnostic needs a range, so clean documents pay nothing for positions.
 */
export class LineIndex {
  private lineStarts: number[] | undefined;

  constructor(private readonly text: string) {}

  position(offset: number): Position {
    const starts = this.starts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1, offset };
  }

  range(offset: number, length: number): Range {
    return { start: this.position(offset), end: this.position(offset + length) };
  }

  private starts(): number[] {
    if (this.lineStarts === undefined) {
      const starts = [0];
      for (let i = 0; i < this.text.length; i++) {
        const ch = this.text.charCodeAt(i);
        if (ch === 10) starts.push(i + 1);
        else if (ch === 13 && this.text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
      }
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }
}

/**
 * The node a pointer names. For a repeated key the last occurrence wins, as it does for the API.
 * Returns the deepest existing node on the way when the pointer runs past the document (a missing key
 * is reported at its parent).
 */
export function findNode(tree: Node, pointer: string): { node: Node; exact: boolean } {
  let current = tree;
  for (const segment of parsePointer(pointer)) {
    const next = childNode(current, segment);
    if (next === undefined) return { node: current, exact: false };
    current = next;
  }
  return { node: current, exact: true };
}

function childNode(node: Node, segment: string): Node | undefined {
  if (node.type === 'array') {
    if (!isArrayIndex(segment)) return undefined;
    return node.children?.[Number(segment)];
  }
  if (node.type === 'object') {
    const properties = node.children ?? [];
    for (let i = properties.length - 1; i >= 0; i--) {
      const [key, value] = properties[i]?.children ?? [];
      if (key?.value === segment) return value;
    }
  }
  return undefined;
}

/** The key node of the property whose value is `valueNode`, when it is an object member. */
export function keyNodeOf(valueNode: Node): Node | undefined {
  const parent = valueNode.parent;
  if (parent?.type === 'property') return parent.children?.[0];
  return undefined;
}

/** Where a pointer's node sits, read from the syntax tree (`locateInText` gives the same by a scan). */
export function locateInTree(tree: Node, pointer: string): Located {
  const { node, exact } = findNode(tree, pointer);
  const key = keyNodeOf(node);
  return { exact, offset: node.offset, length: node.length, ...(key ? { key: { offset: key.offset, length: key.length } } : {}) };
}

/**
 * The range a diagnostic underlines: the key (`"temperature"`) or the value. A missing key is
 * underlined at its parent's key, or at the parent's opening brace when the parent is the root.
 */
export function rangeOf(found: Located, lines: LineIndex, target: 'key' | 'value'): Range {
  if (found.key !== undefined && (!found.exact || target === 'key')) return lines.range(found.key.offset, found.key.length);
  return lines.range(found.offset, found.exact ? found.length : Math.min(found.length, 1));
}

export function rangeForPointer(tree: Node, lines: LineIndex, pointer: string, target: 'key' | 'value'): Range {
  return rangeOf(locateInTree(tree, pointer), lines, target);
}
