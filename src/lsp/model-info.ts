import { distance } from 'fastest-levenshtein';
import type { ModelRegistry } from '../models/registry.js';
import {
  MODEL_PARAMETERS,
  type Feature,
  type ModelParameter,
  type ParameterSupport,
  type ResolvedModel,
  type Tri,
} from '../models/types.js';

/**
 * What the registry knows of a model, as Markdown for hovers and completion details. Every line comes
 * from the registry's answers (never from the model's name); each answer that is `null` is shown as
 * unknown, because the sources do not settle it and the rules stay silent on it.
 */

const yesNo = (value: Tri): string => (value === null ? 'unknown' : value ? 'yes' : 'no');

const SUPPORT_WORDS: Readonly<Record<ParameterSupport, string>> = {
  supported: 'accepted',
  rejected: 'rejected (400)',
  'default-only': 'only its default value',
  'effort-none-only': 'only with reasoning effort `none`',
  ignored: 'accepted but ignored',
};

export function describeSupport(support: ParameterSupport | null): string {
  return support === null ? 'unknown' : SUPPORT_WORDS[support];
}

/** How the id became the entry it resolved to: alias, dated snapshot, fine-tune or an exact id. */
export function resolutionPath(model: ResolvedModel, registry: ModelRegistry): string {
  const requested = `\`${model.requestedId}\``;
  const entry = model.entryId !== undefined && model.entryId !== model.id ? ` (data entry \`${model.entryId}\`)` : '';
  switch (model.via) {
    case 'exact':
      return `${requested} is in the registry${entry}.`;
    case 'custom':
      return `${requested} is a custom model entry from your reqlint config.`;
    case 'snapshot':
      return `${requested} is a dated snapshot of \`${model.id}\`${entry}; the snapshot shares its facts.`;
    case 'fine-tune':
      return `${requested} is a fine-tune of \`${model.id}\`${entry}; fine-tuned models get the registry's fine-tune overrides.`;
    case 'alias': {
      const target = registry.aliasTarget(model.requestedId);
      const fineTune = model.fineTuned ? ', a fine-tune' : '';
      return `${requested} is an alias in your reqlint config (\`models.aliases\`) for \`${target}\`${fineTune}, resolved to \`${model.id}\`${entry}.`;
    }
  }
}

export function describeModel(model: ResolvedModel, registry: ModelRegistry): string {
  const lines: string[] = [`**${model.requestedId}**: what reqlint knows`, '', resolutionPath(model, registry), ''];
  const reasoning = model.reasoning;
  if (model.isReasoning === null)
    lines.push(
      `- Reasoning: unknown (sources conflict)${reasoning?.efforts ? `; effort values known: ${reasoning.efforts.map((e) => `\`${e}\``).join(', ')}` : ''}`,
    );
  else if (reasoning === null) lines.push('- Reasoning: no (`reasoning_effort` / `reasoning` are rejected)');
  else {
    const efforts = reasoning.efforts === null ? 'unknown' : reasoning.efforts.map((e) => `\`${e}\``).join(', ');
    lines.push(`- Reasoning: yes; effort ${efforts}${reasoning.defaultEffort ? ` (default \`${reasoning.defaultEffort}\`)` : ''}`);
  }
  lines.push(`- Parameters: ${MODEL_PARAMETERS.map((name) => `\`${name}\` ${describeSupport(model.parameter(name))}`).join('; ')}`);
  lines.push(
    `- Audio: input ${yesNo(model.supports('audioInput'))}, output ${yesNo(model.supports('audioOutput'))}${model.supports('requiresAudio') ? ' (requires audio in or out)' : ''}`,
  );
  lines.push(
    `- Structured outputs (\`json_schema\`): ${yesNo(model.supports('structuredOutputs'))}; strict function tools: ${yesNo(model.supports('strictTools'))}`,
  );
  lines.push(
    `- Vision: ${yesNo(model.supports('vision'))}; function calling: ${yesNo(model.supports('functionCalling'))}; streaming: ${yesNo(model.supports('streaming'))}`,
  );
  lines.push(`- Service tiers: ${model.serviceTiers === null ? tiersKnown(model) : model.serviceTiers.map((t) => `\`${t}\``).join(', ')}`);
  lines.push(`- APIs: ${model.apis.length === 0 ? 'unknown' : model.apis.map((a) => `\`${a}\``).join(', ')}`);
  for (const note of model.notes ?? []) lines.push(`- Note: ${note}`);
  lines.push('', `Sources (facts checked ${model.checked}):`);
  for (const source of model.sources)
    lines.push(`- ${source.url ? `[${source.title}](${source.url})` : source.title}, read ${source.snapshot}`);
  return lines.join('\n');
}

function tiersKnown(model: ResolvedModel): string {
  const tiers = (['flex', 'priority', 'ultrafast'] as const).map((tier) => `\`${tier}\` ${yesNo(model.serviceTier?.(tier) ?? null)}`);
  return `\`auto\`, \`default\`; ${tiers.join(', ')}`;
}

export function describeUnknownModel(modelId: string, registry: ModelRegistry): string {
  const near = closestId(modelId, registry);
  return [
    `**${modelId}**: not in reqlint's model registry`,
    '',
    'The schema checks still run, but every model-specific check (reasoning effort, sampling parameters, audio, Structured Outputs, tiers, APIs served) is skipped for this request, and `model/unknown` says so.',
    near ? `Did you mean \`${near}\`?` : '',
    'If this is a deployment name, map it to its base model with `models.aliases` in `reqlint.config.json`; if it is a model the registry lacks, describe it under `models.custom`.',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** A short line for completion details: the capabilities a user picks a model by. */
export function summariseModel(model: ResolvedModel): string {
  const parts: string[] = [];
  if (model.isReasoning === true && model.reasoning?.efforts) parts.push(`reasoning (${model.reasoning.efforts.join(', ')})`);
  else if (model.isReasoning === false) parts.push('no reasoning');
  if (model.supports('structuredOutputs') === true) parts.push('structured outputs');
  if (model.supports('audioOutput') === true) parts.push('audio');
  if (model.apis.length > 0) parts.push(model.apis.join(' + '));
  return parts.join(' · ');
}

function closestId(modelId: string, registry: ModelRegistry): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const id of registry.knownIds()) {
    const score = distance(modelId, id);
    if (score < bestScore) [best, bestScore] = [id, score];
  }
  return bestScore <= Math.max(2, Math.floor(modelId.length / 4)) ? best : undefined;
}

/**
 * Which registry question decides whether the model accepts a request key, by the key as written in
 * each dialect (snake_case on the wire, camelCase in LangChain options). Data, not logic: a key that
 * is not here has no model-specific answer.
 */
export const KEY_FACTS: Readonly<Record<string, { parameter: ModelParameter } | { feature: Feature } | 'reasoning' | 'serviceTier'>> = {
  temperature: { parameter: 'temperature' },
  top_p: { parameter: 'top_p' },
  topP: { parameter: 'top_p' },
  frequency_penalty: { parameter: 'frequency_penalty' },
  frequencyPenalty: { parameter: 'frequency_penalty' },
  presence_penalty: { parameter: 'presence_penalty' },
  presencePenalty: { parameter: 'presence_penalty' },
  logprobs: { parameter: 'logprobs' },
  top_logprobs: { parameter: 'top_logprobs' },
  topLogprobs: { parameter: 'top_logprobs' },
  logit_bias: { parameter: 'logit_bias' },
  logitBias: { parameter: 'logit_bias' },
  stop: { parameter: 'stop' },
  stopSequences: { parameter: 'stop' },
  n: { parameter: 'n' },
  seed: { parameter: 'seed' },
  max_tokens: { parameter: 'max_tokens' },
  maxTokens: { parameter: 'max_tokens' },
  reasoning_effort: 'reasoning',
  reasoningEffort: 'reasoning',
  reasoning: 'reasoning',
  audio: { feature: 'audioOutput' },
  modalities: { feature: 'audioOutput' },
  prediction: { feature: 'prediction' },
  parallel_tool_calls: { feature: 'parallelToolCalls' },
  verbosity: { feature: 'verbosity' },
  web_search_options: { feature: 'webSearchOptions' },
  stream: { feature: 'streaming' },
  streaming: { feature: 'streaming' },
  response_format: { feature: 'structuredOutputs' },
  prompt_cache_options: { feature: 'promptCacheOptions' },
  service_tier: 'serviceTier',
};

/** One line on whether `model` accepts `key`, or `undefined` when the key has no model-specific answer. */
export function keyAcceptance(key: string, model: ResolvedModel): string | undefined {
  const fact = KEY_FACTS[key];
  if (fact === undefined) return undefined;
  const name = `\`${model.requestedId}\``;
  if (fact === 'reasoning') {
    if (model.isReasoning === null) return `Whether ${name} reasons is unknown (sources conflict).`;
    if (model.reasoning === null) return `${name} does not reason: reasoning effort is rejected.`;
    return `${name} reasons; effort values: ${model.reasoning.efforts?.map((e) => `\`${e}\``).join(', ') ?? 'unknown'}.`;
  }
  if (fact === 'serviceTier')
    return `${name} offers tiers: ${model.serviceTiers === null ? tiersKnown(model) : model.serviceTiers.map((t) => `\`${t}\``).join(', ')}.`;
  if ('parameter' in fact) return `${name}: \`${fact.parameter}\` is ${describeSupport(model.parameter(fact.parameter))}.`;
  return `${name} supports this (\`${fact.feature}\`): ${yesNo(model.supports(fact.feature))}.`;
}
