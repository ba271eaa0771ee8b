import { createRequire } from 'node:module';

/**
 * CLI dependencies that linting one JSON file never needs, loaded on first use instead of at
 * start-up (measured on the one-file CLI run: yaml ~36 ms, tinyglobby ~14 ms, picomatch ~8 ms of
 * import time). All three ship CommonJS builds, so a synchronous `require` keeps call sites simple.
 */
const require = createRequire(import.meta.url);

export type Yaml = typeof import('yaml');
export type Tinyglobby = typeof import('tinyglobby');
export type Picomatch = typeof import('picomatch');

let yamlModule: Yaml | undefined;
let tinyglobbyModule: Tinyglobby | undefined;
let picomatchModule: Picomatch | undefined;

export function yaml(): Yaml {
  yamlModule ??= require('yaml') as Yaml;
  return yamlModule;
}

export function tinyglobby(): Tinyglobby {
  tinyglobbyModule ??= require('tinyglobby') as Tinyglobby;
  return tinyglobbyModule;
}

export function picomatch(): Picomatch {
  picomatchModule ??= require('picomatch') as Picomatch;
  return picomatchModule;
}
