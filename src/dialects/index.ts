import { chatCompletionsDialect } from './chat-completions/adapter.js';
import { extractChatNodes } from './chat-completions/nodes.js';
import { langchainDialect } from './langchain/adapter.js';
import { responsesDialect } from './responses/adapter.js';
import { extractResponsesNodes } from './responses/nodes.js';
import type { DialectAdapter, NodeLists, TrustPredicate } from './types.js';
import type { Api, Dialect } from '../types.js';

/** Every input format the engine can lint. New dialects register here and nowhere else. */
export const DIALECTS: readonly DialectAdapter[] = [chatCompletionsDialect, responsesDialect, langchainDialect];

export function dialectById(id: Dialect): DialectAdapter | undefined {
  return DIALECTS.find((dialect) => dialect.id === id);
}

type NodeExtractor = (request: Record<string, unknown>, trusted: TrustPredicate, requestTrusted: boolean) => NodeLists;

/** Node extraction per wire API (a client-library dialect maps onto one of these first). */
export const NODE_EXTRACTORS: Partial<Record<Api, NodeExtractor>> = {
  'chat.completions': (request, trusted, requestTrusted) => extractChatNodes(request as never, trusted, requestTrusted),
  responses: (request, trusted, requestTrusted) => extractResponsesNodes(request as never, trusted, requestTrusted),
};

export type Detection =
  /** `decisive`: the body has the key that defines the dialect (`messages`, `input`...), so nothing was guessed. */
  | { kind: 'detected'; dialect: DialectAdapter; evidence: string; decisive: boolean }
  | { kind: 'ambiguous'; candidates: Array<{ dialect: DialectAdapter; evidence: string }> }
  | { kind: 'unknown' };

/** Adapters give their defining key (`messages`, `input`, ...) this much, so a score at or above it is decisive. */
export const DECISIVE_SCORE = 10;

/** Tells the dialect from the body's shape; a tie is reported as ambiguous rather than guessed. */
export function detectDialect(document: Record<string, unknown>): Detection {
  const scored = DIALECTS.map((dialect) => ({ dialect, ...dialect.detect(document) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (first === undefined) return { kind: 'unknown' };
  if (second !== undefined && second.score === first.score) return { kind: 'ambiguous', candidates: scored.filter((s) => s.score === first.score) };
  return { kind: 'detected', dialect: first.dialect, evidence: first.evidence, decisive: first.score >= DECISIVE_SCORE };
}
