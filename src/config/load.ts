import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { ErrorObject } from 'ajv';
import { configSchema } from '../../schemas/config.js';
import { parseJsonText } from '../engine/parse/parse.js';
import { joinPointer, pointerToDisplayPath } from '../json-pointer.js';
import { LineIndex } from '../engine/parse/positions.js';
import { ConfigError } from '../engine/settings.js';
import { validatorFor } from '../engine/validate/validator.js';
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

/** Reads, parses (JSONC: comments and trailing commas allowed) and validates one config file. */
export function loadConfigFile(path: string, displayRoot: string): LoadedConfig {
  const shown = relative(displayRoot, path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigFileError(shown, '', `cannot read the config file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  // The engine's JSONC parser (with its readable syntax messages) and its build-time validator: a
  // run with a config file pays neither for ajv nor for compiling the config schema.
  const parsed = parseJsonText(text);
  if (parsed.syntaxError !== undefined) {
    const { line, column } = new LineIndex(text).position(parsed.syntaxError.offset);
    const detail = parsed.syntaxError.message.replace(/^Invalid JSON: /, '');
    throw new ConfigFileError(shown, '', `invalid JSON (${detail}) at line ${line}, column ${column}.`);
  }
  const value = parsed.value;
  const validateConfig = validatorFor(configSchema, 'config');
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
  const pointer = error.keyword === 'additionalProperties' ? joinPointer(error.instancePath, String(error.params['additionalProperty'])) : error.instancePath;
  return pointerToDisplayPath(pointer);
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
