/**
 * The public shapes every front-end (library, CLI, language server, client wrappers) shares.
 * One `Diagnostic` type: severity stays a string here and is converted only at the LSP/SARIF edges.
 */

import type { API_OPTIONS, DIALECT_IDS, WIRE_APIS } from './dialect-ids.js';

/** The wire APIs whose request bodies reqlint understands. */
export type Api = (typeof WIRE_APIS)[number];

/** Input dialects: a wire API, or an options object that a client library maps onto one. */
export type Dialect = (typeof DIALECT_IDS)[number];

/** What `lint()` accepts as `api`: a dialect, or `auto` to tell it from the body's shape. */
export type ApiOption = (typeof API_OPTIONS)[number];

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A position in text; line and column are 1-based, column counts UTF-16 code units (as editors do). */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** RFC 6902 JSON Patch operations; paths are RFC 6901 JSON Pointers into the user's document. */
export type JsonPatchOperation =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'replace'; path: string; value: unknown }
  | { op: 'move'; from: string; path: string }
  | { op: 'copy'; from: string; path: string }
  | { op: 'test'; path: string; value: unknown };

export type JsonPatch = readonly JsonPatchOperation[];

/** An editor-only alternative fix. Its message says what changes, because it may change meaning. */
export interface Suggestion {
  message: string;
  fix: JsonPatch;
}

export interface Diagnostic {
  /** `area/name` for rules; `schema/...`, `parse/...`, `model/...` for engine findings. */
  ruleId: string;
  severity: Severity;
  message: string;
  /** JSON Pointer into the user's own document (for a missing key: its parent object). */
  path: string;
  /** Whether the range covers the property key or its value. */
  target: 'key' | 'value';
  /** Present when text was linted. */
  range?: Range;
  /** 1-based line of the request in a JSONL/batch file, when the document is one line of many. */
  line?: number;
  /** A safe fix: applying it never changes what the request means beyond removing the problem. */
  fix?: JsonPatch;
  suggestions?: Suggestion[];
  docsUrl: string;
  /** The rule's message id and template data, for tools that want to re-word or group findings. */
  messageId?: string;
  data?: Record<string, string>;
}

export interface LintResult {
  diagnostics: Diagnostic[];
  /** The dialect the document was linted as (after auto-detection). */
  api: Dialect | undefined;
  /** The model id the request names, and how it resolved (undefined when absent or unknown). */
  model?: { requested: string; resolved: string | undefined };
}
