import { defineRule, paramValue, SAMPLING_DEFAULTS } from '../../src/rule-api.js';

/**
 * OpenAI's API reference advises altering `temperature` or `top_p`, "but not both" (api-facts §1.1):
 * both narrow sampling, and together their effect is hard to predict. Accepted by the API, so a
 * warning. Where the model rejects either parameter, `sampling/no-unsupported-sampling-parameters`
 * says so and this rule stays out of the way.
 */
export default defineRule({
  id: 'sampling/no-temperature-and-top-p',
  meta: {
    type: 'suggestion',
    description: 'Change `temperature` or `top_p`, not both.',
    apis: ['chat.completions', 'responses'],
    triggers: ['top_p'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      both: '`{{topP}}` is {{topPValue}} and `{{temperature}}` is {{temperatureValue}}; OpenAI advises changing one of the two, not both, so remove one.',
      remove: 'Remove `{{param}}`.',
    },
  },
  create() {
    return {
      request(request, context) {
        const temperature = paramValue(request, 'temperature');
        const topP = paramValue(request, 'topP');
        if (temperature === undefined || topP === undefined) return;
        // A parameter set to its default changes nothing.
        if (temperature.value === SAMPLING_DEFAULTS.temperature || topP.value === SAMPLING_DEFAULTS.top_p) return;
        const model = context.model;
        if (model !== undefined && (model.parameter('temperature') !== 'supported' || model.parameter('top_p') !== 'supported')) return;
        const names = { temperature: context.nameOf(temperature.path), topP: context.nameOf(topP.path) };
        context.report({
          messageId: 'both',
          data: { ...names, temperatureValue: String(temperature.value), topPValue: String(topP.value) },
          path: topP.path,
          suggestions: [
            { messageId: 'remove', data: { param: names.topP }, fix: [{ op: 'remove', path: topP.path }] },
            { messageId: 'remove', data: { param: names.temperature }, fix: [{ op: 'remove', path: temperature.path }] },
          ],
        });
      },
    };
  },
});
