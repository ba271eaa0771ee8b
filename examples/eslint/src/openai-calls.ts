import OpenAI from 'openai';

const client = new OpenAI();

const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [{ role: 'user', content: 'Plan my week.' }];

export async function plan() {
  // o3 rejects `max_tokens`: the plugin reports it, and `eslint --fix` renames it.
  return client.chat.completions.create({ model: 'o3', max_tokens: 500, messages });
}

export async function summarize(text: string) {
  // The SDK's types accept this, the API does not: gpt-4.1 is not a reasoning model.
  return client.responses.create({ model: 'gpt-4.1', input: text, reasoning: { effort: 'low' } });
}

export async function answer(model: string, question: string) {
  // The model is not known until run time: nothing that depends on it is reported.
  return client.chat.completions.create({ model, max_tokens: 200, messages: [{ role: 'user', content: question }] });
}

export async function support(question: string) {
  // `support-bot` is a deployment name, mapped to gpt-4.1 in reqlint.config.json, which reasons not.
  return client.chat.completions.create({ model: 'support-bot', reasoning_effort: 'low', messages: [{ role: 'user', content: question }] });
}
