import { defineRule, paramValue } from '../../src/rule-api.js';

/**
 * Models that cannot stream refuse `stream: true`: "Unsupported value: 'stream' does not support true
 * with this model. Supported values are: false." (api-facts §3.2, §5 #14). The registry's `streaming`
 * fact says which models.
 */
export default defineRule({
  id: 'models/no-streaming-on-unsupported-model',
  meta: {
    type: 'problem',
    description: '`stream: true` on a model that cannot stream.',
    apis: ['chat.completions', 'responses'],
    triggers: ['stream'],
    recommended: true,
    requiresModel: true,
    hasSuggestions: true,
    messages: {
      noStreaming: '`{{param}}` is true but `{{model}}` cannot stream its answer; remove `{{param}}` and read the whole response at once.',
      remove: 'Remove `{{param}}` (and its stream options): the response arrives in one piece.',
    },
  },
  create() {
    return {
      request(request, context) {
        const stream = paramValue(request, 'stream');
        if (stream === undefined || stream.value !== true) return;
        const model = context.model!;
        if (model.supports('streaming') !== false) return;
        const data = { param: context.nameOf(stream.path), model: model.requestedId };
        const options = paramValue(request, 'streamOptions');
        const fix = [
          { op: 'remove' as const, path: stream.path },
          ...(options === undefined ? [] : [{ op: 'remove' as const, path: options.path }]),
        ];
        // Not a safe fix: the caller's code reads a stream and would have to change too.
        context.report({
          messageId: 'noStreaming',
          data,
          path: stream.path,
          target: 'value',
          suggestions: [{ messageId: 'remove', data, fix }],
        });
      },
    };
  },
});
