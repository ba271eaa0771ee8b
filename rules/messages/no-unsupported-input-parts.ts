import { defineRule, joinPointer } from '../../src/rule-api.js';

/**
 * Image parts need a vision model and `input_audio` parts an audio-input model; other models reject
 * them, e.g. "Invalid content type. image_url is only supported by certain models."
 * (roboflow/awesome-openai-vision-api-experiments#11, 2023-11). Which model reads what is data
 * (`vision`, `audioInput` in `data/models.json`); an unknown answer keeps the rule silent.
 */
export default defineRule({
  id: 'messages/no-unsupported-input-parts',
  meta: {
    type: 'problem',
    description: 'Image parts need a vision model, and `input_audio` parts a model that takes audio input.',
    apis: ['chat.completions'],
    recommended: true,
    requiresModel: true,
    messages: {
      image:
        '`messages[{{index}}].content[{{part}}]` is an image but `{{model}}` does not take image input; remove the image or use a model with vision.',
      audio:
        '`messages[{{index}}].content[{{part}}]` is `input_audio` but `{{model}}` does not take audio input; remove the audio (or transcribe it) or use an audio model.',
    },
  },
  create() {
    return {
      message(node, context) {
        if (node.value.role !== 'user' || typeof node.value.content === 'string') return;
        const model = context.model;
        if (model === undefined) return;
        node.value.content.forEach((part, index) => {
          const messageId =
            part.type === 'image_url' && model.supports('vision') === false
              ? 'image'
              : part.type === 'input_audio' && model.supports('audioInput') === false
                ? 'audio'
                : undefined;
          if (messageId === undefined) return;
          context.report({
            messageId,
            data: { index: node.index, part: index, model: model.requestedId },
            path: joinPointer(node.path, 'content', index),
            target: 'value',
          });
        });
      },
    };
  },
});
