import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chatResponseFormatSchema, chatToolChoiceSchema, chatToolSchema } from '../../schemas/chat-completions/index.js';
import { langchainChatOpenAIOptionsSchema } from '../../schemas/langchain/options.js';
import { responsesReasoningSchema } from '../../schemas/responses/request.js';
import { responsesToolChoiceSchema } from '../../schemas/responses/tool-choice.js';
import { responsesToolSchema } from '../../schemas/responses/tools.js';
import { dialectById } from '../../src/dialects/index.js';
import { langchainDialect } from '../../src/dialects/langchain/adapter.js';
import { COPIED, STRICTER_ON_THE_WIRE } from '../../src/dialects/langchain/to-wire.js';
import { validateDocument, validateMappedRequest, type SchemaIssue } from '../../src/engine/validate/validate-document.js';
import { validate } from '../../src/engine/validate/validator.js';
import type { Api } from '../../src/types.js';
import { arbitraryFromSchema } from '../support/arbitrary-from-schema.js';
import { langChainCall, LANGCHAIN_TEST_MODELS } from '../support/langchain-calls.js';

/**
 * LangChain options are validated against the wire schema only at the keys the mapping lists as
 * unchecked (`WireRequest.uncheckedKeys`). These tests hold that shortcut to the whole-request
 * validation it replaces: same wire findings, in the same order, for any options object.
 */

type Options = Record<string, unknown>;

/** The wire findings for `options`, through the mapping's list of unchecked keys and through the whole request. */
function wireFindings(options: Options): { listed: SchemaIssue[]; whole: SchemaIssue[]; api: Api } {
  const userIssues = validateDocument(langchainDialect, options);
  const wire = langchainDialect.toWire(options);
  return {
    api: wire.api,
    listed: validateMappedRequest(wire, userIssues),
    whole: validateMappedRequest({ ...wire, uncheckedKeys: undefined }, userIssues),
  };
}

const optionSchemas = langchainChatOpenAIOptionsSchema.properties as Readonly<Record<string, unknown>>;
const wireSchemas = (api: Api) => (dialectById(api)!.schema as { properties: Readonly<Record<string, unknown>> }).properties;

/** Keywords that describe a value without constraining it. */
const ANNOTATIONS: ReadonlySet<string> = new Set(['description', 'title', 'default', 'deprecated', 'examples']);
const isSchema = (value: unknown): value is Options => typeof value === 'object' && value !== null && !Array.isArray(value);
const typesOf = (type: unknown): unknown[] | undefined => (type === undefined ? undefined : [type].flat());

/**
 * Whether `wide` accepts every value `narrow` accepts, in the ways the options schema narrows a wire
 * schema: the same constraints, with fewer types (`null` left out), or one branch of an `anyOf`,
 * compared down through `items`, `properties` and `additionalProperties`. Anything else counts as
 * "not shown".
 */
function acceptsAllOf(wide: unknown, narrow: unknown): boolean {
  if (wide === narrow) return true;
  if (!isSchema(wide) || !isSchema(narrow)) return isDeepStrictEqual(wide, narrow);
  if (Array.isArray(wide.anyOf) && !('anyOf' in narrow) && wide.anyOf.some((branch) => acceptsAllOf(branch, narrow))) return true;
  for (const keyword of new Set([...Object.keys(wide), ...Object.keys(narrow)])) {
    if (ANNOTATIONS.has(keyword)) continue;
    const [w, n] = [wide[keyword], narrow[keyword]];
    if (keyword === 'type') {
      const [wideTypes, narrowTypes] = [typesOf(w), typesOf(n)];
      if (wideTypes !== undefined && !(narrowTypes?.every((type) => wideTypes.includes(type)) ?? false)) return false;
    } else if (keyword === 'items' || keyword === 'additionalProperties') {
      if (!acceptsAllOf(w, n)) return false;
    } else if (keyword === 'properties') {
      if (!isSchema(w) || !isSchema(n) || !isDeepStrictEqual(Object.keys(w).sort(), Object.keys(n).sort())) return false;
      if (!Object.keys(w).every((name) => acceptsAllOf(w[name], n[name]))) return false;
    } else if (!isDeepStrictEqual(w, n)) return false;
  }
  return true;
}

/** For each wire key listed as stricter: an option value its options schema accepts and the wire rejects. */
const STRICTER_EXAMPLES: Readonly<Record<string, Options>> = {
  seed: { model: 'gpt-4o', seed: 2 ** 64 },
  previous_response_id: { model: 'gpt-5', previous_response_id: 'not an id' },
  max_output_tokens: { model: 'gpt-5', useResponsesApi: true, maxTokens: 8 },
};

describe('which copied options need the wire schema', () => {
  it('every option copied as it is, and not listed as stricter on the wire, has a schema the wire schema accepts all of', () => {
    const notShown: string[] = [];
    for (const api of ['chat.completions', 'responses'] as const) {
      for (const [wireKey, option] of COPIED[api]) {
        if (STRICTER_ON_THE_WIRE[api].includes(wireKey)) continue;
        if (!acceptsAllOf(wireSchemas(api)[wireKey], optionSchemas[option])) notShown.push(`${api}: ${option} → ${wireKey}`);
      }
    }
    expect(notShown).toEqual([]);
  });

  it('every key listed as stricter has an option value that only the wire rejects, found at the user key', () => {
    const listed = Object.values(STRICTER_ON_THE_WIRE).flat();
    expect(Object.keys(STRICTER_EXAMPLES).sort()).toEqual([...listed].sort());
    for (const [wireKey, options] of Object.entries(STRICTER_EXAMPLES)) {
      expect(validateDocument(langchainDialect, options)).toEqual([]);
      const { listed: found, whole } = wireFindings(options);
      const userKey = Object.keys(options).find((key) => langchainDialect.toWire(options).toUserPointer(`/${wireKey}`) === `/${key}`);
      expect(userKey).toBeDefined();
      expect(found.map((issue) => issue.path)).toEqual([`/${userKey}`]);
      expect(found).toEqual(whole);
    }
  });

  it('the values LangChain makes up on its own are ones the wire schemas accept', () => {
    const chat = langchainDialect.toWire({ model: 'gpt-4o', streaming: true, disableStreaming: false });
    expect(validate(dialectById('chat.completions')!.schema, { messages: [{ role: 'user', content: 'Hi' }], ...chat.request })).toEqual([]);
    const responses = langchainDialect.toWire({
      model: 'gpt-5',
      useResponsesApi: true,
      zdrEnabled: true,
      streaming: true,
      disableStreaming: true,
    });
    expect(responses.request).toMatchObject({ store: false, stream: false, text: {} });
    expect(validate(dialectById('responses')!.schema, responses.request)).toEqual([]);
  });
});

describe('validating only the unchecked keys finds what validating the whole request finds', () => {
  const tool = (name: string) => ({ type: 'function', function: { name, parameters: { type: 'object', properties: {} } } });
  it.each<[string, Options, string[]]>([
    ['a token cap under the Responses minimum', { model: 'gpt-5', useResponsesApi: true, maxTokens: 8 }, ['/maxTokens']],
    ['the same cap through the alias', { model: 'gpt-5', useResponsesApi: true, maxCompletionTokens: 15 }, ['/maxCompletionTokens']],
    [
      'a Responses-shaped function tool on Chat Completions',
      { model: 'gpt-4o', tools: [{ type: 'function', name: 'f' }] },
      ['/tools/0', '/tools/0/name'],
    ],
    [
      'a Responses-shaped tool choice on Chat Completions',
      { model: 'gpt-4o', tool_choice: { type: 'function', name: 'f' } },
      ['/tool_choice', '/tool_choice/name'],
    ],
    [
      'more tools than Chat Completions takes',
      { model: 'gpt-4o', tools: Array.from({ length: 129 }, (_, i) => tool(`f${i}`)) },
      ['/tools'],
    ],
    [
      'a Chat-shaped custom tool sent to Responses',
      { model: 'gpt-4o', tools: [{ type: 'custom', custom: { name: 'c' } }] },
      ['/tools/0', '/tools/0/custom'],
    ],
    [
      'modelKwargs, passed through',
      { model: 'gpt-4.1', modelKwargs: { temperature: 'hot', tempreature: 1 } },
      ['/modelKwargs/temperature', '/modelKwargs/tempreature'],
    ],
    ['a value only the options schema rejects', { model: 'gpt-4o', temperature: null }, []],
    ['a value both schemas reject', { model: 'gpt-4o', temperature: 3, topP: 'high' }, []],
    ['a bad reasoningEffort merged under reasoning', { model: 'o3', reasoning: {}, reasoningEffort: 'extreme' }, []],
    ['a valid options object', { model: 'gpt-4o-mini', temperature: 0.2, streaming: true, tools: [tool('f')], tool_choice: 'f' }, []],
  ])('%s', (_, options, paths) => {
    const { listed, whole } = wireFindings(options);
    expect(listed).toEqual(whole);
    expect(listed.map((issue) => issue.path).sort()).toEqual(paths);
  });

  it("a key whose value the user's schema rejected is validated too, for wire findings elsewhere in it", () => {
    // A hand-made mapping that lists nothing as unchecked: the user's schema found the name, and only
    // the wire schema speaks of the parameters.
    const wire = {
      api: 'chat.completions' as const,
      request: { model: 'gpt-4o', tools: [{ type: 'function', function: { name: 'f', parameters: 'none' } }] },
      toUserPointer: (pointer: string) => pointer,
      uncheckedKeys: [],
    };
    const userIssues = [
      {
        ruleId: 'schema/pattern',
        keyword: 'pattern',
        shapeIntact: true,
        path: '/tools/0/function/name',
        target: 'value',
        message: '',
        data: {},
      },
    ] as const;
    const found = validateMappedRequest(wire, userIssues);
    expect(found.map((issue) => issue.path)).toEqual(['/tools/0/function/parameters']);
    expect(found).toEqual(validateMappedRequest({ ...wire, uncheckedKeys: undefined }, userIssues));
    expect(validateMappedRequest(wire, [])).toEqual([]);
  });

  // Options the LangChain generator makes (valid ones), with a few values the options schema accepts
  // but a wire schema may not, and a few that neither accepts. Few at a time, so that the route stays
  // open and most keys stay valid (where the two validations could part ways).
  const wireKeys = [...new Set([...Object.keys(wireSchemas('chat.completions')), ...Object.keys(wireSchemas('responses'))])];
  const chatFunctionTool = arbitraryFromSchema(chatToolSchema).filter((tool) => (tool as Options).type === 'function');
  const stricterValues: ReadonlyArray<readonly [string, fc.Arbitrary<unknown>]> = [
    ['maxTokens', fc.integer({ min: -2, max: 40 })],
    ['seed', fc.oneof(fc.integer(), fc.constantFrom(2 ** 64, -(2 ** 64)))],
    ['previous_response_id', fc.oneof(fc.constant('resp_1'), fc.string({ maxLength: 4 }))],
    [
      'tools',
      fc.array(
        fc.oneof(
          { weight: 4, arbitrary: chatFunctionTool },
          { weight: 1, arbitrary: arbitraryFromSchema(chatToolSchema) },
          { weight: 1, arbitrary: arbitraryFromSchema(responsesToolSchema, { maxItems: 2 }) },
          { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
        ),
        { maxLength: 3 },
      ),
    ],
    [
      'tool_choice',
      fc.oneof(
        fc.constantFrom('auto', 'none', 'required', 'any', 'f0', 'not a name!'),
        arbitraryFromSchema(chatToolChoiceSchema),
        arbitraryFromSchema(responsesToolChoiceSchema),
      ),
    ],
    ['reasoning', arbitraryFromSchema(responsesReasoningSchema)],
    ['reasoningEffort', fc.constantFrom('low', 'high', 'extreme', null)],
    ['response_format', arbitraryFromSchema(chatResponseFormatSchema, { maxItems: 2 })],
    ['verbosity', fc.constantFrom('low', 'loud', null)],
    ['modelKwargs', fc.dictionary(fc.constantFrom(...wireKeys, 'not_a_parameter'), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 })],
  ];
  const someOf = (entries: ReadonlyArray<readonly [string, fc.Arbitrary<unknown>]>, maxLength: number) =>
    fc
      .array(fc.oneof(...entries.map(([key, value]) => value.map((v): [string, unknown] => [key, v]))), { maxLength })
      .map((pairs) => Object.fromEntries(pairs));
  const wrongValues = Object.keys(optionSchemas).map((key) => [key, fc.jsonValue({ maxDepth: 1 })] as const);
  const routes = fc.record({ useResponsesApi: fc.boolean(), model: fc.constantFrom(...LANGCHAIN_TEST_MODELS) }, { requiredKeys: [] });

  it('on generated options', () => {
    const options = fc
      .tuple(langChainCall(), someOf(stricterValues, 3), someOf(wrongValues, 1), routes)
      .map(([{ fields, callOptions }, stricter, wrong, route]) => ({ ...fields, ...callOptions, ...stricter, ...wrong, ...route }));
    fc.assert(
      fc.property(options, (generated) => {
        const { listed, whole } = wireFindings(generated);
        expect(listed).toEqual(whole);
      }),
    );
  });
});
