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
  const items = (fromSchema?.items ?? []).map((item) => shiftItem(item, segment.lineDelta));
  if (!isConfig) items.push(...jsonModelItems(segment, registry));
  return { isIncomplete: fromSchema?.isIncomplete ?? false, items };
}

function modelItem(id: string, registry: ModelRegistry, edit: TextEdit, filterText: string): CompletionItem {
  const resolved = registry.resolve(id);
  return {
    label: id,
    kind: CompletionItemKind.Value,
    ...(resolved
      ? { detail: summariseModel(resolved), documentation: { kind: 'markdown', value: describeModel(resolved, registry) } }
      : {}),
    filterText,
    textEdit: edit,
  };
}

function jsonModelItems(segment: Segment, registry: ModelRegistry): CompletionItem[] {
  const place = bodyLocation(segment);
  if (place === undefined || place.onKey || place.path.length !== 1 || !MODEL_KEYS.includes(place.path[0]!)) return [];
  const node = place.location.previousNode;
  const start = node?.type === 'string' ? node.offset : segment.offset;
  const end = node?.type === 'string' ? node.offset + node.length : segment.offset;
  const range = shiftRange({ start: segment.document.positionAt(start), end: segment.document.positionAt(end) }, segment.lineDelta);
  return registry.knownIds().map((id) => modelItem(id, registry, { range, newText: JSON.stringify(id) }, JSON.stringify(id)));
}

const YAML_MODEL_PREFIX = /^(model|modelName)\s*:\s*(["']?)([^"'#\s]*)$/;

function yamlModelItems(doc: OpenDocument, position: Position, registry: ModelRegistry): CompletionItem[] {
  const before = doc.document.getText({ start: { line: position.line, character: 0 }, end: position });
  const match = YAML_MODEL_PREFIX.exec(before);
  if (match === null) return [];
  const range = { start: { line: position.line, character: position.character - match[3]!.length }, end: position };
  return registry.knownIds().map((id) => modelItem(id, registry, { range, newText: id }, id));
}

function shiftRange(range: Range, lines: number): Range {
  if (lines === 0) return range;
  return {
    start: { line: range.start.line + lines, character: range.start.character },
    end: { line: range.end.line + lines, character: range.end.character },
  };
}

/** A JSONL line is completed as its own document; its edits move back to the line. */
function shiftItem(item: CompletionItem, lines: number): CompletionItem {
  if (lines === 0) return item;
  const edit = item.textEdit;
  const textEdit =
    edit === undefined
      ? undefined
      : 'range' in edit
        ? { ...edit, range: shiftRange(edit.range, lines) }
        : { ...edit, insert: shiftRange(edit.insert, lines), replace: shiftRange(edit.replace, lines) };
  return {
    ...item,
    ...(textEdit ? { textEdit } : {}),
    ...(item.additionalTextEdits
      ? { additionalTextEdits: item.additionalTextEdits.map((e) => ({ ...e, range: shiftRange(e.range, lines) })) }
      : {}),
  };
}
