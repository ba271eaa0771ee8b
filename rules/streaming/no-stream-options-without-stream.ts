import { defineRule, param, peekParam } from '../../src/rule-api.js';

/** 400 "The 'stream_options' parameter is only allowed when 'stream' is enabled." (api-facts §5 #1). */
export default defineRule({
  id: 'streaming/no-stream-options-without-stream',
  meta: {
    type: 'problem',
    description: '`stream_options` is only allowed when `stream` is `true`.',
    apis: ['chat.completions', 'responses'],
    triggers: ['stream_options'],
    recommended: true,
    fixable: true,
    messages: {
      notStreaming:
        '`{{param}}` is set but `{{stream}}` is not `true`; the API only allows stream options on a streamed request, so remove them or set `{{stream}}: true`.',
    },
  },
  create() {
    return {
      request(request, context) {
        const options = param(request, 'streamOptions');
        if (options === undefined || options.value === null) return;
        if (peekParam(request, 'stream') === true) return;
        const stream = param(request, 'stream');
        context.report({
          messageId: 'notStreaming',
          data: { param: context.nameOf(options.path), stream: context.nameOf(stream?.path ?? '/stream') },
          path: options.path,
          // A non-streamed response never reads stream options, so dropping them changes nothing.
          fix: [{ op: 'remove', path: options.path }],
        });
      },
    };
  },
});
