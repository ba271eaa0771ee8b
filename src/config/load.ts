import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { configSchema } from '../../schemas/config.js';
import { ConfigError } from '../engine/settings.js';
import type { ConfigFile, LoadedConfig } from './types.js';

/** A config problem, with the file it is in: the CLI prints it and exits 2. */
export class ConfigFileError extends ConfigError {
  constructor(
    readonly file: string,
    key: string,
    detail: string,
  ) {
    super(`${file}: ${key === '' ? '' : `${key}: `}${detail}`, key);
    this.name = 'ConfigFileError';
  }
}

let validateConfig: ReturnType<Ajv['compile']> | undefined;

/** Reads, parses (JSONC: comments and trailing commas allowed) and validates one config file. */
export function loadConfigFile(path: string, displayRoot: string): LoadedConfig {
  const shown = relative(displayRoot, path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigFileError(shown, '', `cannot read the config file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0]!;
    const before = text.slice(0, first.offset).split('\n');
    throw new ConfigFileError(shown, '', `invalid JSON (${printParseErrorCode(first.error)}) at line ${before.length}, column ${before.at(-1)!.length + 1}.`);
  }
  validateConfig ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true }).compile(configSchema);
  if (!validateConfig(value)) {
    const error = mostSpecific(validateConfig.errors ?? []);
    throw new ConfigFileError(shown, keyOf(error), describe(error));
  }
  return { path, dir: dirname(path), config: value as ConfigFile };
}

/** ajv reports every failed `anyOf` branch; the deepest error says most about what is wrong. */
function mostSpecific(errors: readonly ErrorObject[]): ErrorObject {
  const notAnyOf = errors.filter((e) => e.keyword !== 'anyOf');
  const pool = notAnyOf.length > 0 ? notAnyOf : errors;
  return [...pool].sort((a, b) => depth(b) - depth(a))[0]!;
}

function depth(error: ErrorObject): number {
  const extra = error.keyword === 'additionalProperties' || error.keyword === 'required' ? 1 : 0;
  return error.instancePath.split('/').length + extra;
}

/** `/rules/tools~1x` → `rules.tools/x`; `/overrides/0/files` → `overrides[0].files`. */
function keyOf(error: ErrorObject): string {
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'additionalProperties') segments.push(String(error.params['additionalProperty']));
  let key = '';
  for (const segment of segments) key += /^\d+$/.test(segment) ? `[${segment}]` : key === '' ? segment : `.${segment}`;
  return key;
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'additionalProperties': {
      const allowed = error.parentSchema?.['properties'] as Record<string, unknown> | undefined;
      return `unknown key${allowed ? `; allowed keys are ${Object.keys(allowed).join(', ')}` : ''}.`;
    }
    case 'enum':
      return `must be one of ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'required':
      return `\`${String(error.params['missingProperty'])}\` is required.`;
    default:
      return `${error.message ?? 'is invalid'}.`;
  }
}

export type { ConfigFile };
