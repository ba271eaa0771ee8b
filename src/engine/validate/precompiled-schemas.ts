import { configSchema } from '../../../schemas/config.js';
import { modelEntrySchema } from '../../../schemas/model-capabilities.js';
import { DIALECTS, mappedRequestSchemas } from '../../dialects/index.js';

/**
 * Every schema the package validates at run time, by the name its build-time (standalone) validator
 * is stored under: each dialect's request schema, and the same without `tools` for requests whose
 * tool list is kept (`kept-tools.ts`); the wire schemas for requests mapped from a client library's
 * options; the config file (read on every CLI run that has one) and custom model entries.
 * `scripts/build-validators.ts` compiles exactly these, and callers pass the same name to
 * `validatorFor`.
 */
export function precompiledSchemas(): Array<[name: string, schema: object]> {
  return [
    ...DIALECTS.map((dialect): [string, object] => [dialect.id, dialect.schema]),
    ...DIALECTS.flatMap((dialect): Array<[string, object]> => (dialect.keptTools === undefined ? [] : [[dialect.keptTools.restSchema.name, dialect.keptTools.restSchema.schema]])),
    ...mappedRequestSchemas().map(({ name, schema }): [string, object] => [name, schema]),
    ['config', configSchema],
    ['model-entry', modelEntrySchema],
  ];
}
