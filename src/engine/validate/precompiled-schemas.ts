import { configSchema } from '../../../schemas/config.js';
import { modelEntrySchema } from '../../../schemas/model-capabilities.js';
import { DIALECTS } from '../../dialects/index.js';

/**
 * Every schema the package validates at run time, by the name its build-time (standalone) validator
 * is stored under: each dialect's request schema, the config file (read on every CLI run that has
 * one) and custom model entries.
 * `scripts/build-validators.ts` compiles exactly these, and callers pass the same name to
 * `validatorFor`.
 */
export function precompiledSchemas(): Array<[name: string, schema: object]> {
  return [
    ...DIALECTS.map((dialect): [string, object] => [dialect.id, dialect.schema]),
    ['config', configSchema],
    ['model-entry', modelEntrySchema],
  ];
}
