import {
  defineRule,
  effectiveEffort,
  parameterPointer,
  SAMPLING_DEFAULTS,
  setParameterPatch,
  type ModelParameter,
  type ParameterSupport,
} from '../../src/rule-api.js';

/** The parameters this rule checks (a `default-only` model still accepts the value in `SAMPLING_DEFAULTS`). */
const CHECKED: readonly ModelParameter[] = [
  'temperature',
  'top_p',
  'frequency_penalty',
  'presence_penalty',
  'logprobs',
  'top_logprobs',
  'logit_bias',
  'stop',
];
/** What the registry may say of a parameter that this rule reports; the rest (`supported`, `ignored`, unknown) it leaves alone. */
const LIMITED: ReadonlySet<ParameterSupport | null> = new Set<ParameterSupport>(['rejected', 'default-only', 'effort-none-only']);

/**
 * Reasoning and search models reject sampling parameters, each family in its own way (api-facts
 * §3.2, §1.7): o3-mini rejects `temperature` outright, o3 and gpt-5 accept only the default value,
 * gpt-5.1 and later accept `temperature`/`top_p`/`logprobs` only with reasoning effort `none`.
 * The registry says which; this rule only applies it.
 */
export default defineRule({
  id: 'sampling/no-unsupported-sampling-parameters',
  meta: {
    type: 'problem',
    description: 'Sampling parameters (`temperature`, `top_p`, penalties, `logprobs`, `logit_bias`, `stop`...) that the model rejects.',
    apis: ['chat.completions', 'responses'],
    triggers: CHECKED,
    recommended: true,
    requiresModel: true,
    fixable: true,
    hasSuggestions: true,
    messages: {
      rejected: '`{{param}}` is not supported by `{{model}}` and the API rejects it; remove it.',
      defaultOnly: '`{{param}}` is {{value}} but `{{model}}` only accepts the default ({{default}}); remove it.',
      effortNoneOnly:
        '`{{param}}` is only accepted by `{{model}}` when `{{effortParam}}` is "none", but the effort here is "{{effort}}"{{implicit}}; remove `{{param}}` or set `{{effortParam}}` to "none".',
      remove: 'Remove `{{param}}`.',
      setEffortNone: 'Set `{{effortParam}}` to "none" (the model will not reason before answering).',
    },
  },
  create() {
    return {
      request(request, context) {
        const model = context.model!;
        for (const name of CHECKED) {
          const found = readTopLevel(request.value, name);
          if (found === undefined || found.value === null) continue;
          const support = model.parameter(name);
          // Most models support most of these: decide before building the message's data.
          if (!LIMITED.has(support)) continue;
          const data = { param: context.nameOf(found.path), model: model.requestedId };
          const remove = [{ op: 'remove' as const, path: found.path }];
          if (support === 'rejected') {
            context.report({ messageId: 'rejected', data, path: found.path, fix: remove });
          } else if (support === 'default-only' && SAMPLING_DEFAULTS[name] !== undefined && found.value !== SAMPLING_DEFAULTS[name]) {
            context.report({
              messageId: 'defaultOnly',
              data: { ...data, value: JSON.stringify(found.value), default: JSON.stringify(SAMPLING_DEFAULTS[name]) },
              path: found.path,
              target: 'value',
              fix: remove,
            });
          } else if (support === 'effort-none-only') {
            // While reasoning, these models still accept the default value itself (api-facts §3.2).
            if (SAMPLING_DEFAULTS[name] !== undefined && found.value === SAMPLING_DEFAULTS[name]) continue;
            const { effort, explicit } = effectiveEffort(request, model);
            if (effort === null || effort === 'none') continue;
            const effortParam = context.nameOf(explicit?.path ?? parameterPointer(request, 'reasoningEffort')!);
            context.report({
              messageId: 'effortNoneOnly',
              data: { ...data, effortParam, effort, implicit: explicit === undefined ? ' (the model default)' : '' },
              path: found.path,
              suggestions: [
                { messageId: 'remove', data, fix: remove },
                { messageId: 'setEffortNone', data: { effortParam }, fix: setParameterPatch(request, 'reasoningEffort', 'none') },
              ],
            });
          }
        }
      },
    };
  },
});

/** These parameters have the same name and place in every API that has them. */
function readTopLevel(body: object, name: string): { path: string; value: unknown } | undefined {
  if (!Object.prototype.hasOwnProperty.call(body, name)) return undefined;
  return { path: `/${name}`, value: (body as Record<string, unknown>)[name] };
}
