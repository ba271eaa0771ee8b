import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { lintJsonLines } from '../../src/jsonl/index.js';
import type { Api, Diagnostic, Dialect } from '../../src/types.js';
import { langchainChatOpenAIOptionsSchema } from '../../schemas/langchain/options.js';
import { arbitraryFromSchema } from '../support/arbitrary-from-schema.js';
import { langChainCall } from '../support/langchain-calls.js';
import { chatToLangChain, chatToResponses, validLangChainOptions, validResponsesRequest } from '../support/valid-dialect-requests.js';
import { SAMPLE_MODELS, validChatRequest } from '../support/valid-requests.js';
import { modelIdsWhere } from '../support/model-ids.js';
import { VIOLATIONS, type Violation } from './violations/index.js';

/**
 * A rule that throws is turned into an `internal/*` finding, which cannot be switched off, so
 * `assertValidRequest` would throw on a bug of ours. Whatever a generated request holds (valid, or
 * with one rule's planted mistake), in whichever dialect it is written, no rule may fail on it.
 * Each request is also linted in the other dialects it translates to, because a dialect feeds rules
 * requests whose shape the wire schema alone never produces (LangChain options carry no messages).
 */

type Json = Record<string, unknown>;
interface Case {
  body: unknown;
  api: Dialect;
}

const EVERY_MODEL = [...SAMPLE_MODELS, ...modelIdsWhere((model) => model.supports('requiresAudio') === true)];

/** The dialects one generated request is linted in (`translate`: in the other dialects too). */
function casesOf(request: Json, api: Dialect, translate: boolean): Case[] {
  if (api === 'langchain') return [{ body: request, api: 'langchain' }];
  const cases: Case[] = [{ body: request, api }];
  if (api === 'chat.completions' && translate) {
    // The translators are made for valid requests; a planted mistake they cannot spell is skipped.
    for (const [translate, dialect] of [
      [chatToResponses, 'responses'],
      [chatToLangChain, 'langchain'],
    ] as const) {
      const body = translatedOrUndefined(translate, request);
      if (body !== undefined) cases.push({ body, api: dialect });
    }
    // Every planted Chat parameter, passed through LangChain's `modelKwargs` as written.
    const { messages: _messages, model, ...rest } = request;
    cases.push({ body: { model, modelKwargs: rest }, api: 'langchain' });
  }
  return cases;
}

function translatedOrUndefined(translate: (chat: Json) => Json, request: Json): Json | undefined {
  try {
    return translate(request);
  } catch {
    return undefined;
  }
}

function internalFindings(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.filter((d) => d.ruleId.startsWith('internal/')).map((d) => `${d.ruleId} @${d.path}: ${d.message}`);
}

function expectNoRuleFails(request: Json, api: Dialect, translate = false): void {
  for (const { body, api: dialect } of casesOf(request, api, translate)) {
    expect(internalFindings(lint(body, { api: dialect, preset: 'all' }).diagnostics), `${dialect}: ${JSON.stringify(body)}`).toEqual([]);
    if (dialect === 'langchain') continue;
    // The same body as a line of a Batch input file, for the endpoint of its API.
    const line = JSON.stringify({ custom_id: 'request-1', method: 'POST', url: BATCH_URL[dialect as Api], body });
    expect(internalFindings(lintJsonLines(line, { preset: 'all' })), `batch: ${line}`).toEqual([]);
  }
}

const BATCH_URL: Record<Api, string> = { 'chat.completions': '/v1/chat/completions', responses: '/v1/responses' };

describe('no rule ever fails on a request', () => {
  // Valid requests of each dialect come from their own generators (translated from the same Chat requests).
  it('valid requests, in every dialect', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          validChatRequest(EVERY_MODEL).map((g) => ({ request: g.request, api: 'chat.completions' as const })),
          validResponsesRequest(EVERY_MODEL).map((g) => ({ request: g.request, api: 'responses' as const })),
          validLangChainOptions(EVERY_MODEL).map((g) => ({ request: g.request, api: 'langchain' as const })),
        ),
        ({ request, api }) => {
          expectNoRuleFails(request, api);
        },
      ),
    );
  });

  it('any options the LangChain options schema accepts, for models of every kind', () => {
    // The schema's generator sets most options at once, which nearly always routes to Responses: keep
    // a few of them, so both APIs' rules see LangChain's mapped requests.
    const everyOption = arbitraryFromSchema(langchainChatOpenAIOptionsSchema, {
      overrides: { '/properties/model': fc.constantFrom(...EVERY_MODEL) },
      maxItems: 2,
    }) as fc.Arbitrary<Json>;
    const someOptions = everyOption.chain((all) =>
      fc
        .subarray(
          Object.keys(all).filter((key) => key !== 'model'),
          { maxLength: 4 },
        )
        .map((keys) => Object.fromEntries([['model', all.model], ...keys.map((key) => [key, all[key]])])),
    );
    // And configurations as users write them (the differential test's generator): every model family, both APIs.
    const options = fc.oneof(
      someOptions,
      langChainCall().map(({ fields, callOptions }) => ({ ...fields, ...callOptions })),
    );
    fc.assert(
      fc.property(options, (value) => {
        expectNoRuleFails(value as Json, 'langchain');
      }),
    );
  });

  // The LangChain seed case of issue 12: an audio model given audio options and no messages.
  it('LangChain audio options on an audio model give findings, not a rule failure', () => {
    const { diagnostics } = lint(
      { model: 'gpt-4o-audio-preview', audio: { voice: 'alloy', format: 'wav' } },
      { api: 'langchain', preset: 'all' },
    );
    expect(internalFindings(diagnostics)).toEqual([]);
    expect(diagnostics.map((d) => d.ruleId)).toContain('audio/no-audio-options-without-modality');
  });

  // One property over every rule's violation generator (a property per rule would cost seconds by
  // default): each case plants two mistakes, each linted on its own and in the dialects it translates
  // to, so the default tier sees a couple of dozen violations and the thorough tier every rule's several times.
  const plantedMistake = fc.oneof(...Object.values(VIOLATIONS));
  it('requests with a planted mistake of any rule, in every dialect', () => {
    fc.assert(
      fc.property(fc.tuple(plantedMistake, plantedMistake), (violations: Violation[]) => {
        for (const { request, api = 'chat.completions' } of violations) expectNoRuleFails(request, api, true);
      }),
    );
  });
});
