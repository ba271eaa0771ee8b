/**
 * The plugin's rules through ESLint's own RuleTester (TypeScript through @typescript-eslint/parser):
 * every call site, with the exact location, message, fix output and suggestion outputs.
 */
import tsParser from '@typescript-eslint/parser';
import { RuleTester, type Rule } from 'eslint';
import { describe, it } from 'vitest';
import reqlint, { eslintRuleName } from '../../src/eslint-plugin/index.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: { parser: tsParser },
  // Hermetic: no reqlint config file from the directories above the test.
  settings: { reqlint: { configFile: false } },
});

function rule(reqlintId: string): Rule.RuleModule {
  const found = reqlint.rules[eslintRuleName(reqlintId)];
  if (found === undefined) throw new Error(`no ESLint rule for ${reqlintId}`);
  return found;
}

/** Where `needle` (its `nth` occurrence) is in `code`, as ESLint reports it (1-based columns, end exclusive). */
function at(code: string, needle: string, nth = 0): { line: number; column: number; endLine: number; endColumn: number } {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = code.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`${needle} not in ${code}`);
  const position = (o: number) => {
    const before = code.slice(0, o).split('\n');
    return { line: before.length, column: before.at(-1)!.length + 1 };
  };
  const start = position(offset);
  const end = position(offset + needle.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

const MAX_TOKENS_ON_O3 =
  '`max_tokens` is not supported by `o3`; rename it to `max_completion_tokens` (which also counts reasoning tokens).';
const expectsTools = (value: string) =>
  `\`tool_choice\` is ${value} but the request has no \`tools\`; the API rejects it, and the choice suggests tools were meant to be sent: add the missing \`tools\`, or remove \`tool_choice\`.`;
const REMOVE_TOOL_CHOICE = 'Remove `tool_choice` (the model then answers without calling any tool).';
const TOOL_CHOICE_WITHOUT_TOOLS =
  '`tool_choice` is "none" but the request has no `tools`; "none" has no effect without tools, and the API rejects `tool_choice` when no tools are sent, so remove it.';

const headline = `const client = new OpenAI();
await client.chat.completions.create({ model: 'o3', max_tokens: 500, messages });`;
const quoted = `client.chat.completions.create({ model: 'o3', "max_tokens": 5, messages });`;
const computed = `client.chat.completions.create({ model: 'o3', ['max_tokens']: 5, messages });`;
const shorthand = `const max_tokens = 5;\nclient.chat.completions.create({ model: 'o3', max_tokens, messages });`;
const spreadConst = `const base = { model: 'o3' } as const;\nclient.chat.completions.create({ ...base, max_tokens: 5, messages } satisfies Body);`;
const wrapper = `myClient.ask({ model: 'o3', max_tokens: 5, messages });`;
const template = 'client.chat.completions.create({ model: `o3`, max_tokens: 5, messages });';
const constBody = `const body = { model: 'o3', max_tokens: 5, messages };\nawait client.chat.completions.create(body);`;
const sharedBody = `const body = { model: 'o3', max_tokens: 5, messages };\nawait client.chat.completions.create(body);\nawait client.chat.completions.create(body);`;

tester.run(
  'reasoning-no-max-tokens-on-reasoning-model (openai-node chat.completions.create, custom wrappers)',
  rule('reasoning/no-max-tokens-on-reasoning-model'),
  {
    valid: [
      // The model is not static: nothing that depends on it is reported.
      `export function ask(model: string) { return client.chat.completions.create({ model, max_tokens: 500, messages }); }`,
      `client.chat.completions.create({ model: pickModel(), max_tokens: 500, messages });`,
      // An unknown spread may set or override any key.
      `client.chat.completions.create({ ...defaults, model: 'o3', max_tokens: 500, messages });`,
      // The value may be null (the API's "not set").
      `client.chat.completions.create({ model: 'o3', max_tokens: limit, messages });`,
      `client.chat.completions.create({ model: 'gpt-4.1', max_tokens: 500, messages });`,
      `client.chat.completions.create(body);`,
      // Not a call site unless the settings name it.
      wrapper,
      `let model = 'o3';\nclient.chat.completions.create({ model, max_tokens: 500, messages });`,
    ],
    invalid: [
      {
        code: headline,
        errors: [{ message: MAX_TOKENS_ON_O3, ...at(headline, 'max_tokens') }],
        output: headline.replace('max_tokens', 'max_completion_tokens'),
      },
      {
        code: quoted,
        errors: [{ message: MAX_TOKENS_ON_O3, ...at(quoted, '"max_tokens"') }],
        output: quoted.replace('"max_tokens"', '"max_completion_tokens"'),
      },
      // Computed keys and shorthand are not plain: reported, never fixed.
      { code: computed, errors: [{ message: MAX_TOKENS_ON_O3, ...at(computed, "'max_tokens'") }], output: null },
      { code: shorthand, errors: [{ message: MAX_TOKENS_ON_O3, ...at(shorthand, 'max_tokens', 1) }], output: null },
      {
        code: spreadConst,
        errors: [{ message: MAX_TOKENS_ON_O3, ...at(spreadConst, 'max_tokens') }],
        output: spreadConst.replace('max_tokens', 'max_completion_tokens'),
      },
      {
        code: template,
        errors: [{ message: MAX_TOKENS_ON_O3, ...at(template, 'max_tokens') }],
        output: template.replace('max_tokens', 'max_completion_tokens'),
      },
      // A request built in a `const`: reported (and fixed) where it is written...
      {
        code: constBody,
        errors: [{ message: MAX_TOKENS_ON_O3, ...at(constBody, 'max_tokens') }],
        output: constBody.replace('max_tokens', 'max_completion_tokens'),
      },
      // ...once, even when sent twice; not fixed, since the fix would change both requests.
      { code: sharedBody, errors: [{ message: MAX_TOKENS_ON_O3, ...at(sharedBody, 'max_tokens') }], output: null },
      {
        code: wrapper,
        settings: { reqlint: { configFile: false, callSites: [{ callee: 'myClient.ask', api: 'chat.completions', argument: 0 }] } },
        errors: [{ message: MAX_TOKENS_ON_O3, ...at(wrapper, 'max_tokens') }],
        output: wrapper.replace('max_tokens', 'max_completion_tokens'),
      },
    ],
  },
);

const parseTemperature = `client.chat.completions.parse({ model: 'o3', temperature: 0.2, messages });`;
const ctorTemperature = `const llm = new ChatOpenAI({ model: 'o3', temperature: 0.2, maxTokens: 100 });`;
const aliasedClass = `import { ChatOpenAI as Chat } from '@langchain/openai';\nconst llm = new Chat({ model: 'o3', temperature: 0.2 });`;
const azureTemperature = `import { AzureChatOpenAI } from '@langchain/openai';\nconst llm = new AzureChatOpenAI({ model: 'o3', temperature: 0.2, azureOpenAIApiDeploymentName: 'reasoning', azureOpenAIApiVersion: '2025-04-01-preview' });`;
const invokeTemperature = `const llm = new ChatOpenAI({ model: 'o3' });\nconst withTools = llm.bindTools(tools);\nawait withTools.invoke(input, { tool_choice: 'auto', temperature: 0.5 });`;
const lastProperty = `client.responses.create({ model: 'o3', input, temperature: 0.3 });`;

tester.run(
  'sampling-no-unsupported-sampling-parameters (chat.completions.parse, responses.create, new ChatOpenAI, invoke)',
  rule('sampling/no-unsupported-sampling-parameters'),
  {
    valid: [
      `new ChatOpenAI({ model: 'o3', temperature: 1 });`,
      `new ChatOpenAI({ model: modelName, temperature: 0.2 });`,
      `someChain.invoke(input, { temperature: 0.2 });`,
    ],
    invalid: [
      {
        code: parseTemperature,
        errors: [{ message: '`temperature` is 0.2 but `o3` only accepts the default (1); remove it.', ...at(parseTemperature, '0.2') }],
        output: parseTemperature.replace(' temperature: 0.2,', ''),
      },
      {
        code: lastProperty,
        errors: [{ message: '`temperature` is 0.3 but `o3` only accepts the default (1); remove it.', ...at(lastProperty, '0.3') }],
        output: lastProperty.replace(', temperature: 0.3', ''),
      },
      {
        code: aliasedClass,
        errors: [{ message: '`temperature` is 0.2 but `o3` only accepts the default (1); remove it.', ...at(aliasedClass, '0.2') }],
        output: aliasedClass.replace(', temperature: 0.2', ''),
      },
      {
        code: ctorTemperature,
        errors: [{ message: '`temperature` is 0.2 but `o3` only accepts the default (1); remove it.', ...at(ctorTemperature, '0.2') }],
        output: ctorTemperature.replace(' temperature: 0.2,', ''),
      },
      {
        // AzureChatOpenAI builds ChatOpenAI's request; its Azure settings are client settings, not findings.
        code: azureTemperature,
        errors: [{ message: '`temperature` is 0.2 but `o3` only accepts the default (1); remove it.', ...at(azureTemperature, '0.2') }],
        output: azureTemperature.replace(' temperature: 0.2,', ''),
      },
      {
        code: invokeTemperature,
        errors: [{ message: '`temperature` is 0.5 but `o3` only accepts the default (1); remove it.', ...at(invokeTemperature, '0.5') }],
        output: invokeTemperature.replace(', temperature: 0.5', ''),
      },
    ],
  },
);

const streamOptions = `client.chat.completions.create({ model: 'gpt-4.1', stream_options: { include_usage: true }, messages });`;
tester.run(
  'streaming-no-stream-options-without-stream (chat.completions.create and .stream)',
  rule('streaming/no-stream-options-without-stream'),
  {
    // `.stream()` sends `stream: true` itself.
    valid: [`client.chat.completions.stream({ model: 'gpt-4.1', stream_options: { include_usage: true }, messages });`],
    invalid: [
      {
        code: streamOptions,
        errors: [
          {
            message:
              '`stream_options` is set but `stream` is not `true`; the API only allows stream options on a streamed request, so remove them or set `stream: true`.',
            ...at(streamOptions, 'stream_options'),
          },
        ],
        output: streamOptions.replace(' stream_options: { include_usage: true },', ''),
      },
    ],
  },
);

const responsesMaxTokens = `client.responses.create({ model: 'gpt-4.1', input, max_tokens: 100 });`;
const responsesEffort = `client.responses.parse({ model: 'o3', input, reasoning_effort: 'high' });`;
tester.run('responses-no-chat-only-parameters (responses.create, responses.parse)', rule('responses/no-chat-only-parameters'), {
  valid: [`client.responses.create({ model: 'gpt-4.1', input, max_output_tokens: 100 });`],
  invalid: [
    {
      code: responsesMaxTokens,
      errors: [
        {
          message:
            '`max_tokens` is a Chat Completions parameter that the Responses API rejects as unknown; use `max_output_tokens` (at least 16).',
          ...at(responsesMaxTokens, 'max_tokens'),
        },
      ],
      output: responsesMaxTokens.replace('max_tokens', 'max_output_tokens'),
    },
    // The fix moves the value into another object: not a rename, so no ESLint fix.
    {
      code: responsesEffort,
      errors: [
        {
          message: '`reasoning_effort` is a Chat Completions parameter that the Responses API rejects as unknown; use `reasoning.effort`.',
          ...at(responsesEffort, 'reasoning_effort'),
        },
      ],
      output: null,
    },
  ],
});

const responsesStream = `client.responses.stream({ model: 'gpt-4.1', input, reasoning: { effort: 'high' } });`;
tester.run(
  'reasoning-no-reasoning-effort-on-non-reasoning-model (responses.stream)',
  rule('reasoning/no-reasoning-effort-on-non-reasoning-model'),
  {
    valid: [`client.responses.stream({ model: 'o3', input, reasoning: { effort: 'high' } });`],
    invalid: [
      {
        code: responsesStream,
        errors: [
          {
            message:
              '`reasoning.effort` is set but `gpt-4.1` is not a reasoning model, and the API rejects it; remove it or use a reasoning model.',
            ...at(responsesStream, 'effort'),
          },
        ],
        output: responsesStream.replace("{ effort: 'high' }", '{}'),
      },
    ],
  },
);

const langchainStream = `const llm = new ChatOpenAI({ model: 'gpt-4.1' });\nfor await (const chunk of await llm.stream(input, { reasoning: { effort: 'low' } })) {}`;
tester.run('langchain-no-dropped-options (ChatOpenAI .stream call options)', rule('langchain/no-dropped-options'), {
  valid: [`const llm = new ChatOpenAI({ model: 'o3' });\nllm.stream(input, { reasoning: { effort: 'low' } });`],
  invalid: [
    {
      code: langchainStream,
      errors: [
        {
          message:
            'LangChain drops `reasoning` without a word because it does not treat `gpt-4.1` as a reasoning model; remove it, or use a reasoning model.',
          ...at(langchainStream, 'reasoning'),
        },
      ],
      output: null,
    },
  ],
});

// `@langchain/openai` 1.6.0 reads `reasoningEffort`, `seed`, `tools`... only from a call
// (`LANGCHAIN_CALL_ONLY_OPTIONS`, checked against the real library in test/langchain/differential.test.ts).
const ctorEffort = `const llm = new ChatOpenAI({ model: 'o3', reasoningEffort: 'high' });\nawait llm.invoke(input);`;
const ctorSeed = `const llm = new AzureChatOpenAI({ model: 'gpt-4.1', seed: 7, temperature: 0 });`;
const callEffortOnTextModel = `const llm = new ChatOpenAI({ model: 'gpt-4.1' });\nawait llm.invoke(input, { reasoningEffort: 'high' });`;
const effortInBoth = `const llm = new ChatOpenAI({ model: 'o3', reasoningEffort: 'low' });\nawait llm.invoke(input, { reasoningEffort: 'high' });`;
const effortShadowed = `const llm = new ChatOpenAI({ model: 'o3', reasoning: { effort: 'low' } });\nawait llm.invoke(input, { reasoningEffort: 'high' });`;
const effortOfUnknownPlace = `myLangChain.ask({ model: 'o3', reasoningEffort: 'high' });`;
const EFFORT_ON_O3_OF_UNKNOWN_PLACE =
  'LangChain reads the deprecated `reasoningEffort` only as a call option and drops it without a word as a `ChatOpenAI` constructor field; write `reasoning: { effort: "high" }`, which it reads in both places.';
tester.run('langchain-no-dropped-options (call options on the ChatOpenAI constructor)', rule('langchain/no-dropped-options'), {
  valid: [
    `const llm = new ChatOpenAI({ model: 'o3', reasoning: { effort: 'high' } });\nawait llm.invoke(input, { seed: 7 });`,
    `const llm = new ChatOpenAI({ model: 'gpt-4.1' });\nawait llm.withConfig({ seed: 7, response_format: { type: 'json_object' } }).invoke(input);`,
    // A call option, where `_getReasoningParams(options)` reads it: sent to a reasoning model, nothing dropped.
    `const llm = new ChatOpenAI({ model: 'o3' });\nawait llm.invoke(input, { reasoningEffort: 'high' });`,
    `const llm = new ChatOpenAI({ model: 'gpt-5' });\nfor await (const chunk of await llm.stream(input, { reasoningEffort: 'low' })) {}`,
    `const llm = new ChatOpenAI({ model: 'o3' }).withConfig({ reasoningEffort: 'high' });\nawait llm.invoke(input);`,
    `const llm = new ChatOpenAI({ model: 'o4-mini' });\nawait llm.batch(inputs, [{ reasoningEffort: 'high' }, { reasoningEffort: 'low' }]);`,
  ],
  invalid: [
    {
      // Dropped on the constructor (reported there, once), read from the call.
      code: effortInBoth,
      errors: [
        {
          message:
            'LangChain reads `reasoningEffort` only as a call option, so the `ChatOpenAI` constructor drops it without a word; use `reasoning: { effort }` (which the constructor reads) instead, or pass it to `invoke()`.',
          ...at(effortInBoth, 'reasoningEffort'),
        },
      ],
      output: null,
    },
    {
      // The constructor's `reasoning.effort` wins over a call's `reasoningEffort`.
      code: effortShadowed,
      errors: [
        {
          message: 'LangChain drops `reasoningEffort` without a word when `reasoning.effort` is set, which wins; remove it.',
          ...at(effortShadowed, 'reasoningEffort'),
          suggestions: [{ desc: 'Remove `reasoningEffort`.', output: effortShadowed.replace(", { reasoningEffort: 'high' }", ', {}') }],
        },
      ],
      output: null,
    },
    {
      // A wrapper of the user's own (`callSites`) does not say where LangChain gets the options.
      code: effortOfUnknownPlace,
      settings: { reqlint: { configFile: false, callSites: [{ callee: 'myLangChain.ask', api: 'langchain', argument: 0 }] } },
      errors: [
        {
          message: EFFORT_ON_O3_OF_UNKNOWN_PLACE,
          ...at(effortOfUnknownPlace, 'reasoningEffort'),
          suggestions: [
            {
              desc: 'Move it to `reasoning.effort`.',
              output: effortOfUnknownPlace.replace("reasoningEffort: 'high'", "reasoning: { effort: 'high' }"),
            },
          ],
        },
      ],
      output: null,
    },
    {
      // Reported once, at the constructor: the `invoke` inherits the field and sends no effort.
      code: ctorEffort,
      errors: [
        {
          message:
            'LangChain reads `reasoningEffort` only as a call option, so the `ChatOpenAI` constructor drops it without a word; use `reasoning: { effort }` (which the constructor reads) instead, or pass it to `invoke()`.',
          ...at(ctorEffort, 'reasoningEffort'),
        },
      ],
      output: null,
    },
    {
      code: ctorSeed,
      errors: [
        {
          message:
            'LangChain reads `seed` only as a call option, so the `AzureChatOpenAI` constructor drops it without a word; pass it to `invoke()` or `withConfig()` instead.',
          ...at(ctorSeed, 'seed'),
        },
      ],
      output: null,
    },
    {
      // As a call option it is read, and dropped for a model LangChain does not treat as a reasoning model.
      code: callEffortOnTextModel,
      errors: [
        {
          message:
            'LangChain drops `reasoningEffort` without a word because it does not treat `gpt-4.1` as a reasoning model; remove it, or use a reasoning model.',
          ...at(callEffortOnTextModel, 'reasoningEffort'),
          suggestions: [
            { desc: 'Remove `reasoningEffort`.', output: callEffortOnTextModel.replace(", { reasoningEffort: 'high' }", ', {}') },
          ],
        },
      ],
      output: null,
    },
  ],
});

const batchOptions = `const llm = new ChatOpenAI({ model: 'gpt-4.1' });\nawait llm.batch(inputs, [{ tool_choice: 'auto' }, { temperature: 0 }]);`;
const withConfig = `const llm = new ChatOpenAI({ model: 'gpt-4.1' });\nconst bound = llm.withConfig({ tool_choice: 'required', temperature: 0 });`;
const invokeConst = `const options = { tool_choice: 'none' } as const;\nconst llm = new ChatOpenAI({ model: 'gpt-4.1' });\nllm.invoke(input, { ...options, temperature: 0 });`;
tester.run(
  'tools-no-tool-choice-without-tools (ChatOpenAI .batch, .withConfig, .invoke; bindTools)',
  rule('tools/no-tool-choice-without-tools'),
  {
    valid: [
      // Tools bound by `bindTools` from a variable: they may be there, so nothing is said.
      `const llm = new ChatOpenAI({ model: 'gpt-4.1' });\nllm.bindTools(tools).invoke(input, { tool_choice: 'auto' });`,
      `const llm = new ChatOpenAI({ model: 'gpt-4.1' }).bindTools(tools);\nllm.invoke(input, { tool_choice: 'auto' });`,
      // Not known to be a ChatOpenAI: a chain, an agent, a parameter.
      `chain.invoke(input, { tool_choice: 'auto' });`,
      `export function run(llm: ChatOpenAI) { return llm.invoke(input, { tool_choice: 'auto' }); }`,
    ],
    invalid: [
      // "auto" and "required" expect tools: removing them is a suggestion, never the fix (docs/fixes.md).
      {
        code: batchOptions,
        errors: [
          {
            message: expectsTools('"auto"'),
            ...at(batchOptions, 'tool_choice'),
            suggestions: [{ desc: REMOVE_TOOL_CHOICE, output: batchOptions.replace("{ tool_choice: 'auto' }", '{}') }],
          },
        ],
      },
      {
        code: withConfig,
        errors: [
          {
            message: expectsTools('"required"'),
            ...at(withConfig, 'tool_choice'),
            suggestions: [{ desc: REMOVE_TOOL_CHOICE, output: withConfig.replace(" tool_choice: 'required',", '') }],
          },
        ],
      },
      // Reported where the `const` wrote it; fixed there too.
      {
        code: invokeConst,
        errors: [{ message: TOOL_CHOICE_WITHOUT_TOOLS, ...at(invokeConst, 'tool_choice') }],
        output: invokeConst.replace("{ tool_choice: 'none' }", '{}'),
      },
    ],
  },
);

const bindVerbosity = `const llm = new ChatOpenAI({ model: 'gpt-4.1' });\nconst bound = llm.bind({ verbosity: 'high' });`;
tester.run('models-no-unsupported-verbosity (ChatOpenAI .bind)', rule('models/no-unsupported-verbosity'), {
  valid: [`const llm = new ChatOpenAI({ model: 'gpt-5' });\nllm.bind({ verbosity: 'high' });`],
  invalid: [
    {
      code: bindVerbosity,
      errors: [
        { message: '`verbosity` is "high" but `gpt-4.1` only accepts "medium" (the default); remove it.', ...at(bindVerbosity, "'high'") },
      ],
      output: bindVerbosity.replace("{ verbosity: 'high' }", '{}'),
    },
  ],
});

const titleAsName = `const llm = new ChatOpenAI({ model: 'gpt-4.1' });\nllm.withStructuredOutput({ title: 'get answer', type: 'object', properties: {} }, { method: 'functionCalling' });`;
const bindTools = `const llm = new ChatOpenAI({ model: 'gpt-4.1' });\nllm.bindTools([{ type: 'function', function: { name: 'get weather', parameters: { type: 'object', properties: {} } } }]);`;
tester.run('schema-pattern (ChatOpenAI .bindTools with OpenAI-format tools)', rule('schema/pattern'), {
  // LangChain's own tool shapes (and zod) are converted by LangChain: not linted as they are.
  valid: [`const llm = new ChatOpenAI({ model: 'gpt-4.1' });\nllm.bindTools([{ name: 'get weather', description: 'd', schema }]);`],
  invalid: [
    {
      code: bindTools,
      errors: [
        {
          message: '`tools[0].function.name` must match the pattern `^[a-zA-Z0-9_-]+$`; got "get weather".',
          ...at(bindTools, "'get weather'"),
        },
      ],
      output: null,
    },
    // LangChain names the function after the schema's `title`.
    {
      code: titleAsName,
      errors: [
        {
          message: '`tools[0].function.name` must match the pattern `^[a-zA-Z0-9_-]+$`; got "get answer".',
          ...at(titleAsName, "'get answer'"),
        },
      ],
      output: null,
    },
  ],
});

const functionCalling = `const llm = new ChatOpenAI({ model: 'gpt-4.1' });\nllm.withStructuredOutput({ title: 'answer', type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, { method: 'functionCalling', strict: true });`;
// AzureChatOpenAI defaults to function calling for gpt-4o models (`@langchain/openai` 1.6 `dist/azure/chat_models/`).
const azureDefault = `const llm = new AzureChatOpenAI({ model: 'gpt-4o' });\nllm.withStructuredOutput({ title: 'answer', type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, { strict: true });`;
const structured = `const llm = new ChatOpenAI({ model: 'gpt-4.1' });\nllm.withStructuredOutput({ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, { name: 'answer', strict: true });`;
tester.run(
  'structured-outputs-require-additional-properties-false (ChatOpenAI .withStructuredOutput)',
  rule('structured-outputs/require-additional-properties-false'),
  {
    valid: [
      `const llm = new ChatOpenAI({ model: 'gpt-4.1' });\nllm.withStructuredOutput({ type: 'object', properties: { a: { type: 'string' } }, required: ['a'], additionalProperties: false }, { strict: true });`,
      // A zod schema is not static.
      `const llm = new ChatOpenAI({ model: 'gpt-4.1' });\nllm.withStructuredOutput(z.object({ a: z.string() }), { strict: true });`,
    ],
    invalid: [
      {
        code: structured,
        errors: [
          {
            message:
              'This object in the strict schema of response format `answer` does not set `additionalProperties: false`, which strict mode requires; add it.',
            ...at(structured, "{ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }"),
          },
        ],
        output: structured.replace("required: ['a'] }", "required: ['a'], additionalProperties: false }"),
      },
      // `method: 'functionCalling'`: the schema becomes the parameters of a forced function tool, `strict` its strictness.
      {
        code: functionCalling,
        errors: [
          {
            message:
              'This object in the strict schema of function `answer` does not set `additionalProperties: false`, which strict mode requires; add it.',
            ...at(functionCalling, "{ title: 'answer', type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }"),
          },
        ],
        output: functionCalling.replace("required: ['a'] }", "required: ['a'], additionalProperties: false }"),
      },
      {
        code: azureDefault,
        errors: [
          {
            message:
              'This object in the strict schema of function `answer` does not set `additionalProperties: false`, which strict mode requires; add it.',
            ...at(azureDefault, "{ title: 'answer', type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }"),
          },
        ],
        output: azureDefault.replace("required: ['a'] }", "required: ['a'], additionalProperties: false }"),
      },
    ],
  },
);

// Without `name`, LangChain names the schema `extract` (`@langchain/openai` 1.6 `withStructuredOutput`):
// a name the user never wrote, so the messages speak of the `withStructuredOutput` schema instead.
const unnamed = `const llm = new ChatOpenAI({ model: 'gpt-4.1' });\nllm.withStructuredOutput({ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, { strict: true });`;
const unnamedFunction = `const llm = new ChatOpenAI({ model: 'gpt-4.1' });\nllm.withStructuredOutput({ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, { method: 'functionCalling', strict: true });`;
const namedExtract = `const llm = new ChatOpenAI({ model: 'gpt-4.1' });\nllm.withStructuredOutput({ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, { name: 'extract', strict: true });`;
const withAdditionalPropertiesFalse = (code: string) => code.replace("required: ['a'] }", "required: ['a'], additionalProperties: false }");
const UNNAMED_OPEN_OBJECT =
  'This object in the strict `withStructuredOutput` schema does not set `additionalProperties: false`, which strict mode requires; add it.';
tester.run(
  'structured-outputs-require-additional-properties-false (ChatOpenAI .withStructuredOutput without a name)',
  rule('structured-outputs/require-additional-properties-false'),
  {
    valid: [],
    invalid: [
      {
        code: unnamed,
        errors: [
          { message: UNNAMED_OPEN_OBJECT, ...at(unnamed, "{ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }") },
        ],
        output: withAdditionalPropertiesFalse(unnamed),
      },
      {
        code: unnamedFunction,
        errors: [
          {
            message: UNNAMED_OPEN_OBJECT,
            ...at(unnamedFunction, "{ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }"),
          },
        ],
        output: withAdditionalPropertiesFalse(unnamedFunction),
      },
      {
        // A name the user wrote is theirs, `extract` or not.
        code: namedExtract,
        errors: [
          {
            message:
              'This object in the strict schema of response format `extract` does not set `additionalProperties: false`, which strict mode requires; add it.',
            ...at(namedExtract, "{ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }"),
          },
        ],
        output: withAdditionalPropertiesFalse(namedExtract),
      },
    ],
  },
);

const unnamedBadPattern = `const llm = new ChatOpenAI({ model: 'gpt-4.1' });\nllm.withStructuredOutput({ type: 'object', properties: { a: { type: 'string', pattern: '(' } }, required: ['a'], additionalProperties: false }, { method: 'functionCalling', strict: true });`;
tester.run('structured-outputs-valid-pattern (ChatOpenAI .withStructuredOutput without a name)', rule('structured-outputs/valid-pattern'), {
  valid: [],
  invalid: [
    {
      code: unnamedBadPattern,
      errors: [
        {
          message:
            '`pattern` of the `withStructuredOutput` schema is not a valid regular expression (Unterminated group), so the API refuses the schema; fix the expression.',
          ...at(unnamedBadPattern, "'('"),
        },
      ],
      output: null,
    },
  ],
});

const unnamedUnknownRequired = `const llm = new ChatOpenAI({ model: 'gpt-4.1' });\nllm.withStructuredOutput({ type: 'object', properties: { a: { type: 'string' } }, required: ['a', 'b'], additionalProperties: false }, { strict: true });`;
tester.run(
  'structured-outputs-no-unknown-required (ChatOpenAI .withStructuredOutput without a name)',
  rule('structured-outputs/no-unknown-required'),
  {
    valid: [],
    invalid: [
      {
        code: unnamedUnknownRequired,
        errors: [
          {
            message:
              '`required` lists "b", which is not in `properties`, in the strict `withStructuredOutput` schema; the API rejects it ("Extra required key \'b\' supplied"), so remove it or add the property.',
            ...at(unnamedUnknownRequired, "'b'"),
          },
        ],
        output: null,
      },
    ],
  },
);

const unnamedArrayRoot = `const llm = new ChatOpenAI({ model: 'gpt-4.1' });\nllm.withStructuredOutput({ type: 'array', items: { type: 'string' } });`;
tester.run(
  'embedded-schemas-root-must-be-object (ChatOpenAI .withStructuredOutput without a name)',
  rule('embedded-schemas/root-must-be-object'),
  {
    valid: [],
    invalid: [
      {
        code: unnamedArrayRoot,
        errors: [
          {
            message:
              'The `withStructuredOutput` schema has root `type` `"array"`, but the API needs a JSON Schema of `type: "object"` even without `strict`; wrap the value in an object property.',
            ...at(unnamedArrayRoot, "'array'"),
          },
        ],
        output: null,
      },
    ],
  },
);

const audio = `const llm = new ChatOpenAI({ model: 'gpt-4o' });\nawait llm.invoke(input, { modalities: ['text'], audio: { voice: 'alloy', format: 'mp3' } });`;
tester.run('audio-no-audio-options-without-modality (ChatOpenAI .invoke, suggestion)', rule('audio/no-audio-options-without-modality'), {
  valid: [
    `const llm = new ChatOpenAI({ model: 'gpt-4o-audio-preview' });\nllm.invoke(input, { modalities: ['text', 'audio'], audio: { voice: 'alloy', format: 'mp3' } });`,
  ],
  invalid: [
    {
      code: audio,
      errors: [
        {
          message:
            // `gpt-4o` cannot produce audio: adding the modality is not offered (it would be another warning).
            '`audio` is set but `modalities` does not include `"audio"`, and `gpt-4o` cannot produce audio, so these options are ignored; remove `audio`.',
          ...at(audio, 'audio', 0),
          suggestions: [{ desc: 'Remove the `audio` options.', output: audio.replace(", audio: { voice: 'alloy', format: 'mp3' }", '') }],
        },
      ],
      output: null,
    },
  ],
});

const unknownModel = `client.chat.completions.create({ model: 'gpt-nonexistent', messages });`;
tester.run('model-unknown', rule('model/unknown'), {
  // An unknown *value* is not an unknown *model*.
  valid: [
    `client.chat.completions.create({ model: process.env.MODEL, messages });`,
    `export const ask = (model: string) => client.responses.create({ model, input: 'hi' });`,
  ],
  invalid: [
    {
      code: unknownModel,
      errors: [
        {
          message:
            "Model `gpt-nonexistent` is not in reqlint's capability registry, so model-specific checks were skipped; if it is a deployment name, map it to its base model with a model alias.",
          ...at(unknownModel, "'gpt-nonexistent'"),
        },
      ],
      output: null,
    },
  ],
});

// Every call site, one rule: `tool_choice` without tools is reported and removed; with tools it is fine.
const CHAT_TOOL = "{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: {} } } }";
const RESPONSES_TOOL = "{ type: 'function', name: 'f', parameters: { type: 'object', properties: {} } }";
const SITES: Array<{ site: string; code: (options: string) => string; tool: string; alone?: boolean }> = [
  ...['create', 'parse', 'stream'].map((m) => ({
    site: `chat.completions.${m}`,
    code: (o: string) => `client.chat.completions.${m}({ model: 'gpt-4.1', messages, ${o} });`,
    tool: CHAT_TOOL,
  })),
  ...['create', 'parse', 'stream'].map((m) => ({
    site: `responses.${m}`,
    code: (o: string) => `client.responses.${m}({ model: 'gpt-4.1', input: 'Hi.', ${o} });`,
    tool: RESPONSES_TOOL,
  })),
  ...['invoke(input, ', 'stream(input, ', 'batch(inputs, ', 'withConfig(', 'bind('].map((call) => ({
    site: `ChatOpenAI .${call.slice(0, call.indexOf('('))}`,
    code: (o: string) => `const llm = new ChatOpenAI({ model: 'gpt-4.1' });\nllm.${call}{ ${o} });`,
    tool: CHAT_TOOL,
    alone: true,
  })),
];
tester.run('tools-no-tool-choice-without-tools at every call site', rule('tools/no-tool-choice-without-tools'), {
  valid: SITES.map(({ site, code, tool }) => ({ name: `${site} with tools`, code: code(`tools: [${tool}], tool_choice: 'auto'`) })),
  invalid: SITES.map(({ site, code, alone }) => {
    // `"none"` is the choice the safe fix removes (other choices expect tools: a suggestion only, docs/fixes.md).
    const source = code("tool_choice: 'none'");
    return {
      name: `${site} without tools`,
      code: source,
      errors: [{ message: TOOL_CHOICE_WITHOUT_TOOLS, ...at(source, 'tool_choice') }],
      output: alone ? source.replace("{ tool_choice: 'none' }", '{}') : source.replace(", tool_choice: 'none'", ''),
    };
  }),
});

// A whole tool, format or content part rewritten in the other API's shape: applied only where the
// code wrote it as plain literals in place, so that no variable or shared `const` is lost.
const chatShapedTool = `client.responses.create({ model: 'gpt-4.1', input: 'Hi.', tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: {} } } }] });`;
const chatShapedToolWithVariable = `client.responses.create({ model: 'gpt-4.1', input: 'Hi.', tools: [{ type: 'function', function: { name: 'get_weather', description: describeTool(), parameters: { type: 'object', properties: {} } } }] });`;
const sharedTool = `const tool = { type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: {} } } };\nclient.responses.create({ model: 'gpt-4.1', input: 'Hi.', tools: [tool] });\nclient.chat.completions.create({ model: 'gpt-4.1', messages, tools: [tool] });`;
const NESTED_ON_RESPONSES =
  '`tools[0]` has the Chat Completions shape `{"type": "function", "function": {…}}`; the Responses API reads function tools flat: `{"type": "function", "name": "get_weather", "parameters": …}`.';
tester.run('tools-no-foreign-tool-shape (a whole object replaced)', rule('tools/no-foreign-tool-shape'), {
  valid: [],
  invalid: [
    {
      name: 'plain literals in place: rewritten flat',
      code: chatShapedTool,
      errors: [{ message: NESTED_ON_RESPONSES }],
      output: chatShapedTool.replace(
        "{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: {} } } }",
        "{ type: 'function', name: 'get_weather', parameters: { type: 'object', properties: {} } }",
      ),
    },
    {
      name: 'a variable inside: reported, not rewritten',
      code: chatShapedToolWithVariable,
      errors: [{ message: NESTED_ON_RESPONSES }],
      output: null,
    },
    {
      name: 'a const shared with another call: reported, not rewritten',
      code: sharedTool,
      errors: [{ message: NESTED_ON_RESPONSES }],
      output: null,
    },
  ],
});

const chatPart = `client.responses.create({ model: 'gpt-4.1', input: [{ role: 'user', content: [{ type: 'text', text: "What is this?" }] }] });`;
tester.run('messages-no-foreign-content-parts (an array item replaced)', rule('messages/no-foreign-content-parts'), {
  valid: [],
  invalid: [
    {
      name: 'a Chat text part in responses.create, written in place',
      code: chatPart,
      errors: [{ message: '`input[0].content[0]` is a Chat Completions `text` part; the Responses API calls it `input_text`.' }],
      output: chatPart.replace(`{ type: 'text', text: "What is this?" }`, `{ type: 'input_text', text: 'What is this?' }`),
    },
  ],
});
