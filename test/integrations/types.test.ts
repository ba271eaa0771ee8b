import { createOpenAI, type OpenAIProviderSettings } from '@ai-sdk/openai';
import { ChatOpenAI, type ChatOpenAIFields } from '@langchain/openai';
import OpenAI, { AzureOpenAI, type ClientOptions } from 'openai';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { reqlintFetch, withReqlint } from '../../src/index.js';

// These checks are made by the type checker (`npm test` runs tsc over test/): a wrapper that lost the
// client's type, or a guard a client's `fetch` option would not accept, fails the build.
describe('types', () => {
  it('withReqlint returns the client type it was given; reqlintFetch fits every client\'s fetch option', () => {
    const openai = new OpenAI({ apiKey: 'sk-test' });
    expectTypeOf(withReqlint(openai)).toEqualTypeOf<OpenAI>();
    const azure = new AzureOpenAI({ apiKey: 'k', endpoint: 'https://acme.openai.azure.com', apiVersion: '2024-10-21', deployment: 'prod' });
    expectTypeOf(withReqlint(azure)).toEqualTypeOf<AzureOpenAI>();
    const chat = new ChatOpenAI({ apiKey: 'sk-test', model: 'gpt-4o' });
    expectTypeOf(withReqlint(chat)).toEqualTypeOf<ChatOpenAI>();

    expectTypeOf(reqlintFetch()).toExtend<NonNullable<ClientOptions['fetch']>>();
    expectTypeOf(reqlintFetch()).toExtend<NonNullable<OpenAIProviderSettings['fetch']>>();
    expectTypeOf(reqlintFetch()).toExtend<NonNullable<NonNullable<ChatOpenAIFields['configuration']>['fetch']>>();

    // And at run time, each client takes it.
    expect(new OpenAI({ apiKey: 'sk-test', fetch: reqlintFetch() })).toBeInstanceOf(OpenAI);
    expect(typeof createOpenAI({ apiKey: 'sk-test', fetch: reqlintFetch() }).chat).toBe('function');
    expect(withReqlint(azure)).toBeInstanceOf(AzureOpenAI);
  });
});
