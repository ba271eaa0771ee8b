import { defineRule } from '../../src/rule-api.js';

/** Image formats that carry an alpha channel (spec `ImageGenTool.background`, api-facts §2.2). */
const TRANSPARENT_FORMATS = ['png', 'webp'];

/**
 * `background: "transparent"` on the `image_generation` tool needs an output format with transparency:
 * `png` (the default) or `webp`; `jpeg` has none (spec description, api-facts §2.2).
 */
export default defineRule({
  id: 'responses/valid-image-generation-background',
  meta: {
    type: 'problem',
    description: 'A transparent `image_generation` background needs `png` or `webp` output.',
    apis: ['responses'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      noAlpha:
        'The `image_generation` tool asks for a transparent background but `output_format` is "{{format}}", which has no transparency; use "png" or "webp".',
      usePng: 'Set `output_format` to "png".',
      opaque: 'Remove `background` (the background is then chosen automatically).',
    },
  },
  create() {
    return {
      responsesTool({ value, path }, context) {
        if (value.type !== 'image_generation' || value.background !== 'transparent') return;
        const format = value.output_format;
        if (format === undefined || TRANSPARENT_FORMATS.includes(format)) return;
        context.report({
          messageId: 'noAlpha',
          data: { format },
          path: `${path}/output_format`,
          target: 'value',
          suggestions: [
            { messageId: 'usePng', fix: [{ op: 'replace', path: `${path}/output_format`, value: 'png' }] },
            { messageId: 'opaque', fix: [{ op: 'remove', path: `${path}/background` }] },
          ],
        });
      },
    };
  },
});
