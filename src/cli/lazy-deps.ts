import { lazyModule } from '../lazy-deps.js';

/**
 * CLI dependencies that linting one JSON file never needs, loaded on first use instead of at
 * start-up (measured on the one-file CLI run: yaml ~36 ms, tinyglobby ~14 ms, picomatch ~8 ms of
 * import time). All three ship CommonJS builds.
 */
export const yaml = lazyModule<typeof import('yaml')>('yaml');
export const tinyglobby = lazyModule<typeof import('tinyglobby')>('tinyglobby');
export const picomatch = lazyModule<typeof import('picomatch')>('picomatch');
