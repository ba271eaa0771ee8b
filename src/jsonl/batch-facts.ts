import type { Api } from '../types.js';

/**
 * OpenAI Batch API input files (source: spec `CreateBatchRequest.input_file_id` and `.endpoint`
 * descriptions, SPEC f85dbe2 2026-08-21; the line format `{custom_id, method, url, body}` from the
 * Batch API reference "request input object"; checked 2026-11-25).
 */
export const BATCH_SOURCE = {
  title: 'OpenAI OpenAPI spec CreateBatchRequest (commit f85dbe2) and Batch API request input object',
  url: 'https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.yaml',
  checked: '2026-11-25',
} as const;

/** Every endpoint a batch may target; one batch uses one endpoint for all its requests. */
export const BATCH_ENDPOINTS = [
  '/v1/responses',
  '/v1/chat/completions',
  '/v1/embeddings',
  '/v1/completions',
  '/v1/moderations',
  '/v1/images/generations',
  '/v1/images/edits',
  '/v1/videos',
] as const;

/** The endpoints whose bodies reqlint lints, and the dialect each names. */
export const BATCH_ENDPOINT_APIS: Readonly<Partial<Record<(typeof BATCH_ENDPOINTS)[number], Api>>> = {
  '/v1/chat/completions': 'chat.completions',
  '/v1/responses': 'responses',
};

/** The keys of a batch line; all four are required, nothing else is allowed. */
export const BATCH_LINE_KEYS = ['custom_id', 'method', 'url', 'body'] as const;

/** What each key of a batch line is, for editors' hover (same source as above). */
export const BATCH_LINE_KEY_DOCS: Readonly<Record<(typeof BATCH_LINE_KEYS)[number], string>> = {
  custom_id: 'Your id for this request, unique in the file: results come back in any order, matched to requests by it.',
  method: 'The HTTP method: always `POST`.',
  url: `The endpoint, one per file: ${BATCH_ENDPOINTS.map((url) => `\`${url}\``).join(', ')}. reqlint lints the bodies of \`/v1/chat/completions\` and \`/v1/responses\`.`,
  body: 'The request body, as it would be sent to `url` on its own.',
};

/** The only method a batch line may use. */
export const BATCH_METHOD = 'POST';

/**
 * The error-file codes of requests the Batch API never ran: nothing in the request was wrong, and no
 * rule could have caught it (source: OpenAI Batch API guide, "Batch expiration", whose example error
 * file lines carry `batch_expired` and "This request could not be executed before the completion
 * window expired."; `batch_cancelled` with "This request was not executed because the batch was
 * cancelled." as error files show it; read 2026-12-07).
 */
export const BATCH_NOT_RUN: Readonly<Record<string, string>> = {
  batch_expired: "the batch's completion window (24 hours) ended before this request ran",
  batch_cancelled: 'the batch was cancelled before this request ran',
};
