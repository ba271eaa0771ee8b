import { ChatOpenAI } from '@langchain/openai';

const model = new ChatOpenAI({ model: 'gpt-4.1', temperature: 0 });

export async function classify(input: string) {
  // No tools are bound, so the API would reject `tool_choice`.
  return model.invoke(input, { tool_choice: 'auto', parallel_tool_calls: false });
}

export async function draft(input: string) {
  // LangChain drops `reasoning` silently for a model it does not treat as a reasoning model.
  return model.invoke(input, { reasoning: { effort: 'low' } });
}

const planner = new ChatOpenAI({ model: 'o3', temperature: 0.2 });

export async function planTrip(input: string) {
  return planner.invoke(input);
}
