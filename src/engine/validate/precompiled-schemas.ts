import { configSchema } from '../../../schemas/config.js';
import { modelEntrySchema } from '../../../schemas/model-capabilities.js';
import { builtinRules } from '../../../rules/index.js';
import { DIALECTS } from '../../dialects/index.js';
import { ruleOptionsValidatorName } from './validator.js';

/**
 * Every schema the package validates at run time, by the name its build-time (standalone) validator
 * is stored under: each dialect's request schema, the config file (read on every CLI run that has
 * one), custom model entries and the options of built-in rules that take options (named by
 * `ruleOptionsValidatorName`; `settings.ts` passes the same name).
 * `scripts/build-validators.ts` compiles exactly these, and callers pass the same name to
 * `validatorFor`.
 */
export function precompiledSchemas(): Array<[name: string, schema: object]> {
  return [
    ...DIALECTS.map((dialect): [string, object] => [dialect.id, dialect.schema]),
    ['config', configSchema],
    ['model-entry', modelEntrySchema],
    ...builtinRules.flatMap((rule): Array<[string, object]> =>
      rule.meta.optionsSchema === undefined ? [] : [[ruleOptionsValidatorName(rule.id), rule.meta.optionsSchema]],
    ),
  ];
}
