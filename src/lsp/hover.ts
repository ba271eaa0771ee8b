import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { listRules } from '../cli/rules-list.js';
import type { ModelRegistry } from '../models/registry.js';
import type { ApiOption } from '../types.js';
import type { Range } from 'vscode-languageserver';
import { allowedValues, jsonServiceFor } from './json-service.js';
import { describeModel, describeUnknownModel, keyAcceptance } from './model-info.js';
import type { OpenDocument } from './open-document.js';
import { getLocation } from 'jsonc-parser';
import { BATCH_LINE_KEY_DOCS } from '../jsonl/batch-facts.js';
import { bodyLocation, MODEL_KEYS, modelOf, schemaKindOf, segmentAt, type Segment } from './segments.js';

let ruleDescriptions: Map<string, string> | undefined;

function contains(range: Range, position: Position): boolean {
  const after = (p: Position, q: Position) => p.line > q.line || (p.line === q.line && p.character >= q.character);
  return after(position, range.start) && after(range.end, position);
}

/** The hover for findings under the cursor: each rule's one-line summary and a link to its doc. */
function diagnosticHover(doc: OpenDocument, position: Position): string[] {
  ruleDescriptions ??= new Map(listRules().map((rule) => [rule.id, rule.description]));
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const finding of doc.findings) {
    const { diagnostic } = finding;
    if (seen.has(diagnostic.ruleId) || !contains(doc.rangeOf(finding), position)) continue;
    seen.add(diagnostic.ruleId);
    parts.push(
      `**reqlint \`${diagnostic.ruleId}\`**: ${ruleDescriptions.get(diagnostic.ruleId) ?? ''} [Rule documentation](${diagnostic.docsUrl})`,
    );
  }
  return parts;
}

/**
 * Hover: findings under the cursor; on the model value, everything the registry knows of that model
 * (or that it is unknown, and what that means); on a request key, the schema's description and
 * allowed values (vscode-json-languageservice) and whether the request's model accepts the key.
 */
export async function hover(
  doc: OpenDocument,
  position: Position,
  registry: ModelRegistry,
  api: ApiOption | undefined,
): Promise<Hover | null> {
  const parts = diagnosticHover(doc, position);
  if (doc.kind === 'yaml') {
    const model = yamlModelAt(doc, position);
    if (model !== undefined) parts.push(modelMarkdown(model, registry));
  } else {
    const segment = segmentAt(doc, position);
    const place = segment && bodyLocation(segment);
    const envelopeKey = segment !== undefined && place === undefined ? batchEnvelopeKeyAt(segment) : undefined;
    if (envelopeKey !== undefined) parts.push(`**Batch line \`${envelopeKey}\`**: ${BATCH_LINE_KEY_DOCS[envelopeKey]}`);
    if (segment !== undefined && place !== undefined) {
      const { path, onKey, location } = place;
      const node = location.previousNode;
      if (!onKey && path.length === 1 && MODEL_KEYS.includes(path[0]!) && node?.type === 'string' && typeof node.value === 'string') {
        parts.push(modelMarkdown(node.value, registry));
      } else {
        const kind = schemaKindOf(segment, api);
        const service = jsonServiceFor(kind);
        const schemaHover = await service.doHover(segment.document, segment.position, service.parseJSONDocument(segment.document));
        const text = schemaHover ? markdownOf(schemaHover.contents) : '';
        if (text) parts.push(text);
        const allowed = onKey ? allowedValues(kind, [...segment.bodyPath, ...path]) : [];
        if (allowed.length > 0) parts.push(`Allowed values: ${allowed.map((v) => `\`${JSON.stringify(v)}\``).join(', ')}`);
        const modelId = modelOf(segment);
        const resolved = modelId === undefined ? undefined : registry.resolve(modelId);
        const acceptance = onKey && path.length === 1 && resolved !== undefined ? keyAcceptance(path[0]!, resolved) : undefined;
        if (acceptance) parts.push(acceptance);
      }
    }
  }
  if (parts.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') } };
}

/** A key of a Batch line's envelope (`custom_id`, `method`, `url`, `body`) under the cursor, key or value. */
function batchEnvelopeKeyAt(segment: Segment): keyof typeof BATCH_LINE_KEY_DOCS | undefined {
  if (segment.bodyPath.length === 0) return undefined;
  const [key, ...rest] = getLocation(segment.text, segment.offset).path.map(String);
  return rest.length === 0 && key !== undefined && Object.hasOwn(BATCH_LINE_KEY_DOCS, key)
    ? (key as keyof typeof BATCH_LINE_KEY_DOCS)
    : undefined;
}

function modelMarkdown(modelId: string, registry: ModelRegistry): string {
  const resolved = registry.resolve(modelId);
  return resolved === undefined ? describeUnknownModel(modelId, registry) : describeModel(resolved, registry);
}

function markdownOf(contents: Hover['contents']): string {
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n\n');
  return contents.value;
}

/** `model: o3` at the top level of a YAML request, with the cursor on the value. */
const YAML_MODEL_LINE = /^(model|modelName|"model"|'model')(\s*:\s*)(["']?)([^"'#\s]+)\3/;

export function yamlModelAt(doc: OpenDocument, position: Position): string | undefined {
  const lineStart = doc.lineStart(position.line);
  const line = doc.document.getText({
    start: { line: position.line, character: lineStart },
    end: { line: position.line + 1, character: 0 },
  });
  const match = YAML_MODEL_LINE.exec(line);
  if (match === null) return undefined;
  const valueStart = match[1]!.length + match[2]!.length;
  const cursor = position.character - lineStart;
  return cursor >= valueStart && cursor <= match[0].length ? match[4] : undefined;
}
