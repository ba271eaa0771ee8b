import { getLocation, parse, type Location } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver';
import { detectDialect } from '../dialects/index.js';
import { BATCH_ENDPOINT_APIS } from '../jsonl/batch-facts.js';
import { isBatchLine } from '../jsonl/batch.js';
import { jsonlLineStart, jsonlLineText } from '../jsonl/lines.js';
import type { ApiOption } from '../types.js';
import type { SchemaKind } from './json-service.js';
import type { OpenDocument } from './open-document.js';

/**
 * The JSON text a position is in: the whole document, or for JSONL the one line (each line is its
 * own request). `lineDelta` moves positions in `document` back to the editor's document.
 */
export interface Segment {
  document: TextDocument;
  text: string;
  lineDelta: number;
  /** Characters to add to positions on the segment's line 0 to move them back: a byte order mark the client keeps before a JSONL line 1. */
  characterDelta: number;
  /** The position inside `document`. */
  position: Position;
  offset: number;
  value: unknown;
  /** Pointer prefix of the request body inside the segment: `/body` in a batch line. */
  bodyPath: readonly string[];
  body: Record<string, unknown> | undefined;
}

export function segmentAt(doc: OpenDocument, position: Position): Segment | undefined {
  if (doc.kind === 'yaml') return undefined;
  let document = doc.document;
  let lineDelta = 0;
  let characterDelta = 0;
  let inner = position;
  if (doc.kind === 'jsonl') {
    const raw = doc.lines[position.line];
    if (raw === undefined) return undefined;
    document = TextDocument.create(
      `${doc.document.uri}#L${position.line + 1}`,
      'json',
      doc.document.version,
      jsonlLineText(raw, position.line + 1),
    );
    lineDelta = position.line;
    characterDelta = jsonlLineStart(raw, position.line + 1);
    inner = { line: 0, character: Math.max(0, position.character - characterDelta) };
  }
  const text = document.getText();
  const value: unknown = parse(text, [], { allowTrailingComma: true });
  const batch = isBatchLine(value) && isObject(value.body);
  const body = batch ? (value.body as Record<string, unknown>) : isObject(value) ? value : undefined;
  return {
    document,
    text,
    lineDelta,
    characterDelta,
    position: inner,
    offset: document.offsetAt(inner),
    value,
    bodyPath: batch ? ['body'] : [],
    body,
  };
}

/** Which schema a segment is completed and hovered against. */
export function schemaKindOf(segment: Segment, api: ApiOption | undefined): SchemaKind {
  if (isBatchLine(segment.value)) {
    const url = (segment.value as { url?: unknown }).url;
    return BATCH_ENDPOINT_APIS[url as keyof typeof BATCH_ENDPOINT_APIS] === 'responses' ? 'batch:responses' : 'batch:chat.completions';
  }
  if (api !== undefined && api !== 'auto') return api;
  if (segment.body === undefined) return 'unknown';
  const detection = detectDialect(segment.body);
  return detection.kind === 'detected' ? detection.dialect.id : 'unknown';
}

/** The keys a request names its model by (LangChain takes either). */
export const MODEL_KEYS: readonly string[] = ['model', 'modelName'];

export function modelOf(segment: Segment): string | undefined {
  const body = segment.body;
  if (body === undefined) return undefined;
  const id = MODEL_KEYS.map((key) => body[key]).find((value) => typeof value === 'string');
  return typeof id === 'string' ? id : undefined;
}

/** Where the cursor is, relative to the request body: the key path, and whether it is on a key. */
export function bodyLocation(segment: Segment): { path: string[]; onKey: boolean; location: Location } | undefined {
  const location = getLocation(segment.text, segment.offset);
  const path = location.path.map(String);
  if (segment.bodyPath.some((key, index) => path[index] !== key)) return undefined;
  return { path: path.slice(segment.bodyPath.length), onKey: location.isAtPropertyKey, location };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
