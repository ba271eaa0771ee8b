import type { LineCounter, Node as YamlNode } from 'yaml';
import { holdsRequest } from '../dialects/index.js';
import { yaml } from './lazy-deps.js';
import { docsUrlFor } from '../docs-url.js';
import { lint, type LintOptions } from '../engine/lint.js';
import { parsePointer } from '../json-pointer.js';
import type { Diagnostic, Range } from '../types.js';

/**
 * YAML fixtures: one request per document (a file may be a `---` stream of requests). Each document
 * is converted to a plain value and linted as an object; positions come back from the YAML syntax
 * tree, so diagnostics point at the right key or value just as they do in JSON.
 * In a stream of several documents, diagnostics carry the document's first line in `line`.
 */
export function lintYaml(text: string, options: LintOptions): Diagnostic[] {
  return lintYamlText(text, options).diagnostics;
}

/**
 * `lintYaml`, and whether the text holds a request (`holdsRequest` of its first document; one that
 * does not parse counts), read from the documents it already parsed rather than parsing them again.
 */
export function lintYamlText(text: string, options: LintOptions): { diagnostics: Diagnostic[]; holdsRequests: boolean } {
  const { LineCounter, parseAllDocuments } = yaml();
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, prettyErrors: false });
  const list = Array.isArray(documents) ? documents : [];
  const several = list.filter((d) => d.contents !== null).length > 1;
  const rangeOf = (start: number, end: number): Range => ({ start: position(lineCounter, start), end: position(lineCounter, end) });
  const diagnostics: Diagnostic[] = [];
  const first = list.find((document) => document.contents !== null);
  let holdsRequests = first === undefined || first.errors.length > 0;
  for (const document of list) {
    if (document.errors.length > 0) {
      const error = document.errors[0]!;
      diagnostics.push({
        ruleId: 'parse/syntax',
        severity: 'error',
        message: `${error.message.split('\n')[0]!.replace(/\.?$/, '.')}`,
        path: '',
        target: 'value',
        range: rangeOf(error.pos[0], error.pos[1]),
        docsUrl: docsUrlFor('parse/syntax'),
      });
      continue;
    }
    if (document.contents === null) continue;
    let body: unknown;
    try {
      body = document.toJS({ maxAliasCount: 100 });
    } catch (error) {
      if (document === first) holdsRequests = true;
      // An alias bomb (anchors doubling at every level) is refused by `yaml` itself; say so where it starts.
      const start = document.contents.range?.[0] ?? 0;
      const reason =
        error instanceof Error && /alias/i.test(error.message)
          ? 'Its aliases expand to too many nodes (an "alias bomb"; reqlint expands at most 100 aliases per document)'
          : `It cannot be read as data (${error instanceof Error ? error.message : String(error)})`;
      diagnostics.push({
        ruleId: 'parse/syntax',
        severity: 'error',
        message: `This YAML document cannot be linted: ${reason}.`,
        path: '',
        target: 'value',
        range: rangeOf(start, start),
        docsUrl: docsUrlFor('parse/syntax'),
      });
      continue;
    }
    if (document === first) holdsRequests = holdsRequest(body);
    const start = document.contents.range?.[0] ?? 0;
    for (const diagnostic of lint(body, options).diagnostics) {
      const span = spanFor(document.contents, diagnostic.path, diagnostic.target);
      diagnostics.push({
        ...diagnostic,
        ...(span ? { range: rangeOf(span[0], span[1]) } : {}),
        ...(several ? { line: position(lineCounter, start).line } : {}),
      });
    }
  }
  return { diagnostics, holdsRequests };
}

function position(lineCounter: LineCounter, offset: number) {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col, offset };
}

/** The source span of the key or value at a pointer; for a missing key, the deepest existing node. */
function spanFor(root: unknown, pointer: string, target: 'key' | 'value'): [number, number] | undefined {
  const { isAlias, isMap, isScalar, isSeq } = yaml();
  let current = root;
  let key: YamlNode | undefined;
  for (const segment of parsePointer(pointer)) {
    if (isAlias(current)) break;
    let next: unknown;
    if (isMap(current)) {
      const pair = current.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
      if (pair === undefined) break;
      key = pair.key as YamlNode;
      next = pair.value;
    } else if (isSeq(current) && /^\d+$/.test(segment)) {
      next = current.items[Number(segment)];
      key = undefined;
      if (next === undefined) break;
    } else {
      break;
    }
    current = next;
  }
  const node = target === 'key' && key !== undefined ? key : ((current as YamlNode | null) ?? key);
  const range = node?.range;
  return range ? [range[0], range[1]] : undefined;
}
