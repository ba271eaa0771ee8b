import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { configSchema } from '../../schemas/config.js';
import { getAtPointer, joinPointer, pointerToDisplayPath } from '../json-pointer.js';
import { ConfigError, describeBadSeverity } from '../engine/settings.js';
import { validate } from '../engine/validate/validator.js';
import { findConfigProblem } from './check.js';
import { mergeConfigs } from './merge.js';
import { BUILTIN_CONFIGS } from './presets.js';
import { ConfigSyntaxError, configFormatOf, parseConfigSource, type ConfigSource, type SourcePosition } from './source.js';
import type { ConfigFile, LoadedConfig } from './types.js';

/** A config problem, with the file and line it is in: the CLI prints it and exits 2. */
export class ConfigFileError extends ConfigError {
  constructor(
    readonly file: string,
    key: string,
    detail: string,
    readonly position?: SourcePosition,
  ) {
    super(`${file}${position ? `:${position.line}:${position.column}` : ''}: ${key === '' ? '' : `${key}: `}${detail}`, key);
    this.name = 'ConfigFileError';
  }
}

/**
 * Reads, parses (JSON/JSONC, YAML, or `package.json`'s `reqlint` key), validates and checks one
 * config file, then folds in what it `extends`, in order, the file itself last. The result has no
 * `extends`: globs of extended configs (overrides, ignorePatterns) are relative to this file.
 */
export function loadConfigFile(path: string, displayRoot: string, extending: readonly string[] = []): LoadedConfig {
  const shown = relative(displayRoot, path) || path;
  const format = configFormatOf(path);
  if (format === undefined) {
    throw new ConfigFileError(
      shown,
      '',
      'reqlint reads configs from .json, .jsonc, .yaml and .yml files and package.json only (a config never runs code); rename it, e.g. to reqlint.config.json.',
    );
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigFileError(shown, '', `cannot read the config file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  let source: ConfigSource;
  try {
    source = parseConfigSource(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, format);
  } catch (error) {
    if (!(error instanceof ConfigSyntaxError)) throw error;
    throw new ConfigFileError(shown, '', `${error.message}; fix the syntax there.`, error.position);
  }
  if (source.value === undefined)
    throw new ConfigFileError(shown, '', 'has no "reqlint" key; add one with the config object, or name a reqlint config file.');
  const fail = (pointer: string, detail: string): never => {
    throw new ConfigFileError(shown, pointerToDisplayPath(pointer), detail, source.locate(pointer));
  };

  // The build-time validator: a run with a config file pays neither for ajv nor for compiling the schema.
  const errors = validate(configSchema, source.value, 'config');
  if (errors.length > 0) {
    const error = mostSpecific(errors);
    const pointer =
      error.keyword === 'additionalProperties'
        ? joinPointer(error.instancePath, String(error.params['additionalProperty']))
        : error.instancePath;
    fail(pointer, describe(error, getAtPointer(source.value, error.instancePath)));
  }
  const config = source.value as ConfigFile;
  const problem = findConfigProblem(config);
  if (problem !== undefined) fail(problem.pointer, problem.detail);

  const specs = config.extends === undefined ? [] : typeof config.extends === 'string' ? [config.extends] : config.extends;
  let merged: ConfigFile = {};
  specs.forEach((spec, index) => {
    const pointer = typeof config.extends === 'string' ? '/extends' : `/extends/${index}`;
    const builtin = BUILTIN_CONFIGS[spec];
    if (builtin !== undefined) {
      merged = mergeConfigs(merged, builtin);
      return;
    }
    if (spec.startsWith('reqlint:'))
      fail(pointer, `unknown built-in config ${JSON.stringify(spec)}; use one of ${Object.keys(BUILTIN_CONFIGS).join(', ')}.`);
    const target = resolveExtends(spec, dirname(path), displayRoot, (detail) => fail(pointer, detail));
    const chain = [...extending, path];
    if (chain.includes(target)) {
      const cycle = [...chain.slice(chain.indexOf(target)), target].map((p) => relative(displayRoot, p) || p).join(' → ');
      fail(pointer, `\`extends\` forms a cycle (${cycle}); remove one of these \`extends\` entries.`);
    }
    merged = mergeConfigs(merged, loadConfigFile(target, displayRoot, chain).config);
  });
  const { extends: _extends, $schema: _schema, root, ...own } = config;
  const flattened = mergeConfigs(merged, own);
  return { path, dir: dirname(path), config: root === undefined ? flattened : { ...flattened, root } };
}

/**
 * Where an `extends` entry points: a path (relative to the config file), or a shareable config
 * package resolved from the config's folder as Node would (`reqlint-config-<name>`,
 * `@scope/reqlint-config`, `@scope/reqlint-config-<name>`, optionally with a file inside it).
 * A package's entry must be a JSON or YAML file: it is read as data, never imported.
 */
function resolveExtends(spec: string, fromDir: string, displayRoot: string, fail: (detail: string) => never): string {
  const shown = (p: string) => relative(displayRoot, p) || p;
  if (spec.startsWith('./') || spec.startsWith('../') || isAbsolute(spec)) {
    const target = resolve(fromDir, spec);
    if (!existsSync(target))
      fail(`cannot find ${JSON.stringify(spec)} (no file at ${shown(target)}); the path is relative to this config file.`);
    return target;
  }
  const { packageName, request } = shareableConfigName(spec);
  let target: string;
  try {
    target = createRequire(join(fromDir, '__reqlint_config__.js')).resolve(request);
  } catch {
    return fail(
      `cannot find the shareable config ${JSON.stringify(spec)} (package \`${packageName}\`) from ${relative(displayRoot, fromDir) || '.'}; install it with \`npm install --save-dev ${packageName}\`, or fix the name.`,
    );
  }
  if (configFormatOf(target) === undefined || configFormatOf(target) === 'package.json') {
    fail(
      `the shareable config \`${packageName}\` points to ${shown(target)}, which reqlint will not run: its "main" (or "exports") must be a .json, .jsonc, .yaml or .yml file, because a config never executes code.`,
    );
  }
  return target;
}

/** ESLint's naming convention: `foo` → `reqlint-config-foo`, `@x` → `@x/reqlint-config`, `@x/foo` → `@x/reqlint-config-foo`. */
export function shareableConfigName(spec: string): { packageName: string; request: string } {
  const parts = spec.split('/');
  const scoped = spec.startsWith('@');
  const scope = scoped ? parts[0]! : undefined;
  const name = (scoped ? parts[1] : parts[0]) ?? '';
  const subpath = parts.slice(scoped ? 2 : 1).join('/');
  let packageName: string;
  if (scoped)
    packageName =
      name === '' ? `${scope}/reqlint-config` : name.startsWith('reqlint-config') ? `${scope}/${name}` : `${scope}/reqlint-config-${name}`;
  else packageName = name.startsWith('reqlint-config-') ? name : `reqlint-config-${name}`;
  return { packageName, request: subpath === '' ? packageName : `${packageName}/${subpath}` };
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

function describe(error: ErrorObject, value: unknown): string {
  switch (error.keyword) {
    case 'additionalProperties': {
      const allowed = error.parentSchema?.['properties'] as Record<string, unknown> | undefined;
      return `unknown key${allowed ? `; allowed keys are ${Object.keys(allowed).join(', ')}` : ''}.`;
    }
    case 'enum': {
      const allowed = error.params['allowedValues'] as unknown[];
      // A rule's severity: ESLint's spellings are accepted too, and a typo gets a did-you-mean.
      if (allowed.includes('warn')) return describeBadSeverity(value);
      return `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}; got ${JSON.stringify(value)}.`;
    }
    case 'required':
      return `\`${String(error.params['missingProperty'])}\` is required.`;
    default:
      return `${error.message ?? 'is invalid'}.`;
  }
}

export type { ConfigFile };
