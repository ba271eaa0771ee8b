import { basename, extname } from 'node:path';
import { yaml } from '../cli/lazy-deps.js';
import { parseJsonText } from '../engine/parse/parse.js';
import { parsePointer } from '../json-pointer.js';
import { LineIndex, rangeOf } from '../engine/parse/positions.js';

/** Where a value is in a config file, 1-based, for error messages (`file:line:column`). */
export interface SourcePosition {
  line: number;
  column: number;
}

/** A config file's content as data, with a way back from a JSON Pointer to its line. */
export interface ConfigSource {
  value: unknown;
  /** The position of the value (or its nearest existing parent) at a pointer into `value`. */
  locate(pointer: string): SourcePosition | undefined;
}

/** A config file that cannot be parsed: what is wrong and where. */
export class ConfigSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: SourcePosition | undefined,
  ) {
    super(message);
  }
}

export type ConfigFormat = 'json' | 'yaml' | 'package.json';

/**
 * How a config file name is read. Only data formats: no config format executes code, so a
 * config (or a shared config from npm) cannot run anything on a developer's machine or in CI.
 */
export function configFormatOf(path: string): ConfigFormat | undefined {
  if (basename(path) === 'package.json') return 'package.json';
  const ext = extname(path).toLowerCase();
  if (ext === '.json' || ext === '.jsonc') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  return undefined;
}

/** Parses a config file's text; `package.json` yields its `reqlint` key (`undefined` when absent). */
export function parseConfigSource(text: string, format: ConfigFormat): ConfigSource {
  if (format === 'yaml') return parseYaml(text);
  const json = parseJson(text);
  if (format === 'json') return json;
  const value = (json.value as Record<string, unknown> | null)?.['reqlint'];
  return { value, locate: (pointer) => json.locate(`/reqlint${pointer}`) };
}

function parseJson(text: string): ConfigSource {
  // The engine's JSONC parser (comments and trailing commas allowed, readable syntax messages).
  const parsed = parseJsonText(text);
  const lines = new LineIndex(text);
  if (parsed.syntaxError !== undefined) {
    const { line, column } = lines.position(parsed.syntaxError.offset);
    throw new ConfigSyntaxError(`invalid JSON: ${parsed.syntaxError.message.replace(/^Invalid JSON: /, '')}`, { line, column });
  }
  return {
    value: parsed.value,
    locate(pointer) {
      const found = parsed.locate(pointer);
      if (found === undefined) return undefined;
      const { start } = rangeOf(found, lines, 'key');
      return { line: start.line, column: start.column };
    },
  };
}

function parseYaml(text: string): ConfigSource {
  const { LineCounter, parseDocument, isMap, isSeq, isScalar } = yaml();
  const lineCounter = new LineCounter();
  // `uniqueKeys` (the default) makes a repeated key an error rather than a silent last-one-wins.
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  // A warning is an unresolved tag such as `!!js/function`: refused, because configs are data.
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem !== undefined) {
    const { line, col } = lineCounter.linePos(problem.pos[0]);
    throw new ConfigSyntaxError(`invalid YAML: ${problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '')}`, {
      line,
      column: col,
    });
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigSyntaxError(`invalid YAML: ${error instanceof Error ? error.message : String(error)}`, undefined);
  }
  return {
    value: value ?? {},
    locate(pointer) {
      let node: unknown = document.contents;
      let found = node;
      for (const segment of parsePointer(pointer)) {
        if (isMap(node)) {
          const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
          if (pair === undefined) break;
          found = pair.key;
          node = pair.value;
        } else if (isSeq(node) && /^\d+$/.test(segment) && node.items[Number(segment)] !== undefined) {
          node = node.items[Number(segment)];
          found = node;
        } else break;
      }
      const range = (found as { range?: [number, number, number] } | null)?.range;
      if (range === undefined) return undefined;
      const { line, col } = lineCounter.linePos(range[0]);
      return { line, column: col };
    },
  };
}
