import type { ConfigFile } from './types.js';

/**
 * The built-in configs `extends` can name. Each sets the preset it is named after; the
 * `recommended` and `all` ones report unused `reqlint-disable` comments as warnings, `strict` as errors.
 */
export const BUILTIN_CONFIGS: Readonly<Record<string, ConfigFile>> = {
  'reqlint:recommended': { preset: 'recommended', reportUnusedDisableDirectives: 'warning' },
  'reqlint:strict': { preset: 'strict', reportUnusedDisableDirectives: 'error' },
  'reqlint:all': { preset: 'all', reportUnusedDisableDirectives: 'warning' },
};
