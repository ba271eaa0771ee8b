/**
 * A reqlint fix (JSON Patch on the request) as text edits on the code that wrote the request. Only
 * edits that touch plain code are made: a key written as an identifier or a string literal (never a
 * computed key or shorthand), a value written as a literal in place (never through a `const`), and
 * nothing inside a `const` that other code reads too (its other uses would change as well). Anything
 * else gives no edit, and the finding is reported without a fix.
 */
import type { SourceCode } from 'eslint';
import type * as ESTree from 'estree';
import type { JsonPatch, JsonPatchOperation } from '../types.js';
import { lastSegment, parentPointer, type Location, type RequestDocument } from './request-document.js';
import { unwrap } from './static-value.js';

export interface TextEdit {
  range: [number, number];
  text: string;
}

export function patchToEdits(
  patch: JsonPatch,
  document: RequestDocument,
  sourceCode: SourceCode,
  sharedRanges: ReadonlyArray<readonly [number, number]>,
): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  for (const op of patch) {
    if (op.op === 'test') continue;
    const edit = operationToEdit(op, document, sourceCode);
    if (edit === undefined) return undefined;
    // A `const` that other code reads too: editing it would change their requests as well.
    if (sharedRanges.some(([start, end]) => edit.range[0] >= start && edit.range[1] <= end)) return undefined;
    edits.push(edit);
  }
  if (edits.length === 0) return undefined;
  edits.sort((a, b) => a.range[0] - b.range[0]);
  // Overlapping edits cannot be applied together; ESLint would reject the whole fix.
  for (let i = 1; i < edits.length; i++) if (edits[i]!.range[0] < edits[i - 1]!.range[1]) return undefined;
  return edits;
}

function operationToEdit(op: JsonPatchOperation, document: RequestDocument, sourceCode: SourceCode): TextEdit | undefined {
  switch (op.op) {
    case 'remove': {
      const property = ownPlainProperty(document.locations.get(op.path));
      return property && removeProperty(property, sourceCode);
    }
    case 'move': {
      // A rename: same object, the new key not there yet.
      if (parentPointer(op.from) !== parentPointer(op.path) || document.locations.has(op.path)) return undefined;
      const property = ownPlainProperty(document.locations.get(op.from));
      return property && { range: range(property.key), text: keyText(property.key, lastSegment(op.path)) };
    }
    case 'replace': {
      const location = document.locations.get(op.path);
      if (location !== undefined && (location.value.kind === 'object' || location.value.kind === 'array'))
        return replaceLiteral(op.path, op.value, location, document, sourceCode);
      if (location === undefined || location.inherited || location.value.kind !== 'primitive' || !location.value.plain) return undefined;
      const literal = location.value.node;
      // Written in place, not taken from a `const` declared elsewhere.
      if (literal === undefined || !writtenInPlace(op.path, literal, document)) return undefined;
      return { range: range(literal), text: valueText(op.value, quoteOf(sourceCode.getText(literal))) };
    }
    case 'add': {
      const parent = document.locations.get(parentPointer(op.path));
      if (parent === undefined || parent.inherited || parent.value.kind !== 'object' || parent.value.node?.type !== 'ObjectExpression')
        return undefined;
      if (document.locations.has(op.path)) return undefined;
      const object = parent.value.node;
      const key = keyText(undefined, lastSegment(op.path));
      const text = `${key}: ${valueText(op.value, "'")}`;
      const last = object.properties.at(-1);
      if (last === undefined) return { range: range(object), text: `{ ${text} }` };
      return { range: [range(last)[1], range(last)[1]], text: `, ${text}` };
    }
    default:
      return undefined;
  }
}

/**
 * A whole object or array replaced (a tool or format rewritten in the other API's shape), only when
 * the code wrote it as a literal in place and everything in it is plain: literals, plain keys, no
 * spread, no variable, nothing taken from a `const` elsewhere. The new value is then exactly what the
 * code said, reshaped, and nothing the code computed is lost.
 */
function replaceLiteral(
  pointer: string,
  value: unknown,
  location: Location,
  document: RequestDocument,
  sourceCode: SourceCode,
): TextEdit | undefined {
  const node = location.value.node;
  if (location.inherited || node === undefined || !writtenInPlace(pointer, node, document)) return undefined;
  const [start, end] = range(node);
  const within = (inner: ESTree.Node | undefined) => inner !== undefined && range(inner)[0] >= start && range(inner)[1] <= end;
  for (const [inner, found] of document.locations) {
    if (inner !== pointer && !inner.startsWith(`${pointer}/`)) continue;
    const { value: part, property } = found;
    if (found.inherited || part.kind === 'unknown' || !within(part.node)) return undefined;
    if (part.kind === 'primitive' && !part.plain) return undefined;
    if (inner !== pointer && property !== undefined && (!property.plainKey || !within(property.property))) return undefined;
    // Every key the code wrote must be one the document knows: a spread would hide what it adds.
    if (part.kind === 'object' && part.node?.type === 'ObjectExpression' && part.node.properties.length !== part.properties.length)
      return undefined;
    if (part.kind === 'array' && part.node?.type === 'ArrayExpression' && part.node.elements.length !== part.items.length) return undefined;
  }
  const firstString = sourceCode.getText(node).match(/["']/)?.[0];
  return { range: [start, end], text: valueText(value, firstString === '"' ? '"' : "'") };
}

/** The node is the literal written at this place, not a `const` it names (as a property's value or an array's item). */
function writtenInPlace(pointer: string, node: ESTree.Node, document: RequestDocument): boolean {
  const location = document.locations.get(pointer);
  const written = location?.property?.property?.value;
  if (written !== undefined) return unwrap(written) === node;
  const parent = document.locations.get(parentPointer(pointer))?.value.node;
  return parent?.type === 'ArrayExpression' && parent.elements.some((element) => element !== null && unwrap(element) === node);
}

/** The `Property` node of a location, if this call wrote it with a plain key. */
function ownPlainProperty(location: Location | undefined): ESTree.Property | undefined {
  if (location === undefined || location.inherited || location.property === undefined || !location.property.plainKey) return undefined;
  return location.property.property;
}

/** Removes a property with its comma, leaving the others' layout as it was. */
function removeProperty(property: ESTree.Property, sourceCode: SourceCode): TextEdit | undefined {
  const object = (property as ESTree.Property & { parent?: ESTree.Node }).parent;
  if (object?.type !== 'ObjectExpression') return undefined;
  const index = object.properties.indexOf(property);
  const next = object.properties[index + 1];
  const previous = object.properties[index - 1];
  if (next !== undefined) return { range: [range(property)[0], range(next)[0]], text: '' };
  if (previous !== undefined) return { range: [range(previous)[1], range(property)[1]], text: '' };
  // The only property: `{ a: 1 }` becomes `{}`.
  const open = sourceCode.getTokenBefore(property as never);
  let close = sourceCode.getTokenAfter(property as never);
  if (close?.value === ',') close = sourceCode.getTokenAfter(close);
  if (open?.value !== '{' || close?.value !== '}') return undefined;
  return { range: [open.range[1], close.range[0]], text: '' };
}

function keyText(existing: ESTree.Node | undefined, name: string): string {
  if (existing?.type === 'Literal' && typeof existing.raw === 'string') return quoted(name, existing.raw.startsWith('"') ? '"' : "'");
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : quoted(name, "'");
}

/** A JSON value as a JavaScript literal on one line: keys bare where they can be, strings in the code's quotes. */
function valueText(value: unknown, quote: '"' | "'"): string {
  if (typeof value === 'string') return quoted(value, quote);
  if (Array.isArray(value)) return `[${value.map((item) => valueText(item, quote)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${keyText(undefined, key)}: ${valueText(item, quote)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
}

function quoted(text: string, quote: '"' | "'"): string {
  const json = JSON.stringify(text);
  return quote === '"' ? json : `'${json.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

function quoteOf(raw: string): '"' | "'" {
  return raw.startsWith('"') ? '"' : "'";
}

function range(node: ESTree.Node): [number, number] {
  return (node as ESTree.Node & { range: [number, number] }).range;
}
