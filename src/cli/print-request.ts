import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { detectDialect } from '../dialects/index.js';
import { parseJsonText } from '../engine/parse/parse.js';
import { isRecord } from '../json-value.js';
import { toWireRequest } from '../to-wire-request.js';
import type { ApiOption } from '../types.js';
import { UsageError } from './args.js';
import { kindOf, stripBom } from './lint-file.js';
import { yaml } from './lazy-deps.js';

/**
 * `--print-request <file>`: the request body a client library sends for the options in the file
 * (LangChain `ChatOpenAI` options), as JSON `{ api, request }` on stdout, linting nothing.
 */
export async function printRequest(filePath: string, cwd: string, api: ApiOption | undefined): Promise<string> {
  if (kindOf(filePath) === 'jsonl')
    throw new UsageError('--print-request reads one options object (a .json, .jsonc or .yaml file), not JSON Lines.');
  const text = stripBom(await readFile(resolve(cwd, filePath), 'utf8'));
  const document = kindOf(filePath) === 'yaml' ? parseYaml(text, filePath) : parseJson(text, filePath);
  if (!isRecord(document)) throw new UsageError(`--print-request: ${filePath} does not hold an options object.`);
  const dialect = api === undefined || api === 'auto' ? detected(document) : api;
  if (dialect !== 'langchain')
    throw new UsageError(
      `--print-request rebuilds the request of LangChain options; ${filePath} is read as ${dialect ?? 'an unknown dialect'} (pass --api langchain if it holds LangChain options).`,
    );
  return JSON.stringify(toWireRequest(document, { api: 'langchain' }), null, 2) + '\n';
}

function detected(document: Record<string, unknown>): string | undefined {
  const detection = detectDialect(document);
  return detection.kind === 'detected' ? detection.dialect.id : undefined;
}

function parseJson(text: string, filePath: string): unknown {
  const parsed = parseJsonText(text);
  if (parsed.syntaxError !== undefined) throw new UsageError(`--print-request: ${filePath}: ${parsed.syntaxError.message}.`);
  return parsed.value;
}

function parseYaml(text: string, filePath: string): unknown {
  try {
    return yaml().parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`--print-request: ${filePath}: ${(error as Error).message}`);
  }
}
