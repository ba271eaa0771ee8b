import {
  CompletionItemKind,
  type CompletionItem,
  type CompletionList,
  type Position,
  type Range,
  type TextEdit,
} from 'vscode-languageserver';
import type { ModelRegistry } from '../models/registry.js';
import type { ApiOption } from '../types.js';
import { jsonServiceFor } from './json-service.js';
import { describeModel, summariseModel } from './model-info.js';
import type { OpenDocument } from './open-document.js';
import { bodyLocation, MODEL_KEYS, schemaKindOf, segmentAt, type Segment } from './segments.js';
import { stringAt, type StringAtCursor } from './string-token.js';

/**
 * Completion: keys valid at the cursor for the detected API and enum values, from
 * vscode-json-languageservice on reqlint's schemas; model ids from the registry on `model` values,
 * with what each model can do as the detail; in config files, rule ids and severities.
 */
export async function complete(
  doc: OpenDocument,
  position: Position,
  registry: ModelRegistry,
  api: ApiOption | undefined,
  isConfig: boolean,
): Promise<CompletionList> {
  if (doc.kind === 'yaml') return { isIncomplete: false, items: yamlModelItems(doc, position, registry) };
  const segment = segmentAt(doc, position);
  if (segment === undefined) return { isIncomplete: false, items: [] };
  const service = jsonServiceFor(isConfig ? 'config' : schemaKindOf(segment, api));
  const fromSchema = await service.doComplete(segment.document, segment.position, service.parseJSONDocument(segment.document));
  const open = stringAt(segment.text, segment.offset);
  const items = (fromSchema?.items ?? []).map((item) => shiftItem(withinOpenString(item, open, segment), segment));
  if (!isConfig) items.push(...jsonModelItems(segment, open, registry));
  return { isIncomplete: fromSchema?.isIncomplete ?? false, items };
}

/**
 * A model id. The label is what the edit's range holds once the id is in: `"gpt-4.1"` in JSON, as
 * vscode-json-languageservice labels string enum values, so that clients filter what was typed from
 * the quote on against it without a `filterText` (Neovim's built-in omnifunc only starts its
 * replacement at the edit's range, and so only accepts the id, when items carry none).
 */
function modelItem(id: string, label: string, registry: ModelRegistry, edit: TextEdit): CompletionItem {
  const resolved = registry.resolve(id);
  return {
    label,
    kind: CompletionItemKind.Value,
    ...(resolved
      ? { detail: summariseModel(resolved), documentation: { kind: 'markdown', value: describeModel(resolved, registry) } }
      : {}),
    textEdit: edit,
  };
}

/**
 * vscode-json-languageservice replaces the whole string token at the cursor, which for a string
 * without its closing quote runs to the end of the line (see `stringAt`): its edits stop at the end
 * of the word being typed instead. Its texts already hold both quotes (`"auto"`, `"model": "$1"`).
 */
function withinOpenString(item: CompletionItem, open: StringAtCursor | undefined, segment: Segment): CompletionItem {
  const edit = item.textEdit;
  if (open === undefined || open.closed || edit === undefined) return item;
  const end = segment.document.positionAt(open.end);
  const clamp = (range: Range): Range => (segment.document.offsetAt(range.end) > open.end ? { start: range.start, end } : range);
  const textEdit = 'range' in edit ? { ...edit, range: clamp(edit.range) } : { ...edit, replace: clamp(edit.replace) };
  return { ...item, textEdit };
}

/**
 * Model ids on a `model` value. The edit replaces the string with the quoted id: a closed string
 * from quote to quote; an unclosed one (being typed) from its quote to the end of the word at the
 * cursor, so the id arrives with its closing quote and the rest of the line stays.
 */
function jsonModelItems(segment: Segment, open: StringAtCursor | undefined, registry: ModelRegistry): CompletionItem[] {
  const place = bodyLocation(segment);
  if (place === undefined || place.onKey || place.path.length !== 1 || !MODEL_KEYS.includes(place.path[0]!)) return [];
  const start = open?.start ?? segment.offset;
  const end = open?.end ?? segment.offset;
  const range = shiftRange({ start: segment.document.positionAt(start), end: segment.document.positionAt(end) }, segment);
  return registry.knownIds().map((id) => modelItem(id, JSON.stringify(id), registry, { range, newText: JSON.stringify(id) }));
}

const YAML_MODEL_PREFIX = /^(model|modelName)\s*:\s*(["']?)([^"'#\s]*)$/;
const YAML_WORD_AFTER_CURSOR = /^[^"'#\s]*/;

/**
 * Model ids on a top-level `model:` line. The edit replaces the word at the cursor with the id; in a
 * quoted value whose closing quote is not typed yet, it brings the quote along (`model: "g` becomes
 * `model: "gpt-4.1"`), and a closing quote already there stays the only one.
 */
function yamlModelItems(doc: OpenDocument, position: Position, registry: ModelRegistry): CompletionItem[] {
  const lineStart = doc.lineStart(position.line);
  const line = doc.document.getText({
    start: { line: position.line, character: lineStart },
    end: { line: position.line + 1, character: 0 },
  });
  const cursor = position.character - lineStart;
  const match = YAML_MODEL_PREFIX.exec(line.slice(0, cursor));
  if (match === null) return [];
  const quote = match[2]!;
  const rest = line.slice(cursor).replace(/\r?\n$/, '');
  const after = YAML_WORD_AFTER_CURSOR.exec(rest)![0];
  const closing = quote !== '' && !rest.slice(after.length).startsWith(quote) ? quote : '';
  const range = {
    start: { line: position.line, character: position.character - match[3]!.length },
    end: { line: position.line, character: position.character + after.length },
  };
  return registry.knownIds().map((id) => modelItem(id, id, registry, { range, newText: `${id}${closing}` }));
}

/** A range in a segment's own document, moved back to the editor's document. */
function shiftRange(range: Range, { lineDelta, characterDelta }: Segment): Range {
  if (lineDelta === 0 && characterDelta === 0) return range;
  const at = (p: Position): Position => ({
    line: p.line + lineDelta,
    character: p.line === 0 ? p.character + characterDelta : p.character,
  });
  return { start: at(range.start), end: at(range.end) };
}

/** A JSONL line is completed as its own document; its edits move back to the line. */
function shiftItem(item: CompletionItem, segment: Segment): CompletionItem {
  if (segment.lineDelta === 0 && segment.characterDelta === 0) return item;
  const edit = item.textEdit;
  const textEdit =
    edit === undefined
      ? undefined
      : 'range' in edit
        ? { ...edit, range: shiftRange(edit.range, segment) }
        : { ...edit, insert: shiftRange(edit.insert, segment), replace: shiftRange(edit.replace, segment) };
  return {
    ...item,
    ...(textEdit ? { textEdit } : {}),
    ...(item.additionalTextEdits
      ? { additionalTextEdits: item.additionalTextEdits.map((e) => ({ ...e, range: shiftRange(e.range, segment) })) }
      : {}),
  };
}
