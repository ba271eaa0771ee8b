import { parse } from 'jsonc-parser';
import { stripBom } from '../cli/lint-file.js';
import { yaml } from '../cli/lazy-deps.js';
import { holdsRequest, holdsRequestLine } from '../dialects/index.js';
import { jsonlLinesOf } from '../jsonl/lines.js';
import { firstRequestLine } from '../jsonl/request-lines.js';
import { isRecord } from '../json-value.js';
import type { OpenDocument } from './open-document.js';

/**
 * Whether completion and hover should help in a document that the lint has not seen as a request.
 * The lint only recognises text that parses, and a string being typed without an auto-pair plugin
 * (`"model": "g`) does not: so the text is read as jsonc-parser's (or yaml's) error recovery reads
 * it, by the CLI's rule for requests (`holdsRequest`: a `model`, or a key that defines an API). An
 * object with no key yet is a request being started. Anything else (a half-typed package.json) is
 * left to the tools made for it.
 */
export function mayBeRequest(doc: OpenDocument): boolean {
  if (doc.kind === 'jsonl') {
    const first = firstRequestLine(jsonlLinesOf(doc.lines));
    return first === undefined || startedOrRequest(recoveredJson(first.text), holdsRequestLine);
  }
  const text = stripBom(doc.text);
  return startedOrRequest(doc.kind === 'yaml' ? recoveredYaml(text) : recoveredJson(text), holdsRequest);
}

/**
 * Whether a document that does not parse still reads as a request (a `model`, or a key that defines
 * an API) through the same error recovery: its syntax error is then shown even before it ever parsed,
 * as when a new request file is typed from scratch. An empty object is not enough here: a half-typed
 * file of any kind starts as one.
 */
export function recoversToRequest(doc: OpenDocument): boolean {
  if (doc.kind === 'jsonl') {
    const first = firstRequestLine(jsonlLinesOf(doc.lines));
    return first !== undefined && holdsRequestLine(recoveredJson(first.text));
  }
  const text = stripBom(doc.text);
  return holdsRequest(doc.kind === 'yaml' ? recoveredYaml(text) : recoveredJson(text));
}

function startedOrRequest(value: unknown, isRequest: (value: unknown) => boolean): boolean {
  if (value === undefined || value === null) return true;
  if (isRecord(value) && Object.keys(value).length === 0) return true;
  return isRequest(value);
}

function recoveredJson(text: string): unknown {
  return parse(text, [], { allowTrailingComma: true });
}

function recoveredYaml(text: string): unknown {
  try {
    return yaml().parseDocument(text).toJS({ maxAliasCount: 100 });
  } catch {
    // An alias bomb or a document yaml cannot rebuild: nothing says it is a request.
    return false;
  }
}
