import type { Api } from '../types.js';

/**
 * Which requests the fetch guard lints, told from the URL (the endpoint decides the API, never the
 * body's shape): `POST …/chat/completions` is Chat Completions, `POST …/responses` the Responses API,
 * `POST …/files` a file upload (linted when it is a Batch input file, `purpose=batch`).
 *
 * By default only OpenAI's own hosts are watched (`api.openai.com` and its regional hosts such as
 * `eu.api.openai.com`), so a client that also talks to other services is left alone. Compatible
 * endpoints (an Azure OpenAI resource, a proxy, a gateway) are watched when the user names their base
 * URL; under it, the path is read the same way, after an optional Azure `deployments/{name}` segment.
 */
export type Endpoint = { kind: 'request'; api: Api; deployment?: string } | { kind: 'file-upload' };

export interface EndpointOptions {
  /**
   * Base URLs of OpenAI-compatible endpoints to lint as well, e.g.
   * `https://my-resource.openai.azure.com/openai` or `https://gateway.example.com/v1`;
   * `'*'` lints every URL whose path names an endpoint.
   */
  baseURLs?: readonly (string | URL)[];
}

const OPENAI_HOST = /^(?:[a-z0-9-]+\.)?api\.openai\.com$/i;

interface Base {
  origin: string;
  path: string;
}

/** Parses the configured base URLs once; a malformed one is a mistake worth an immediate error. */
export function compileBaseURLs(baseURLs: readonly (string | URL)[] = []): Base[] | '*' {
  if (baseURLs.some((base) => base === '*')) return '*';
  return baseURLs.map((base) => {
    let url: URL;
    try {
      url = new URL(base);
    } catch {
      throw new TypeError(
        `reqlintFetch: \`baseURLs\` entry ${JSON.stringify(String(base))} is not an absolute URL (e.g. "https://my-resource.openai.azure.com/openai"), nor '*'.`,
      );
    }
    return { origin: url.origin, path: url.pathname.replace(/\/+$/, '') };
  });
}

/** The endpoint a request goes to, or `undefined` when the guard should let it through unlinted. */
export function endpointOf(url: URL, method: string, bases: Base[] | '*'): Endpoint | undefined {
  if (method.toUpperCase() !== 'POST') return undefined;
  const rest = pathUnderWatchedBase(url, bases);
  if (rest === undefined) return undefined;
  const segments = rest.split('/').filter((s) => s !== '');
  const deploymentAt = segments.indexOf('deployments');
  const deployment = deploymentAt >= 0 && deploymentAt + 1 < segments.length ? decodeURIComponent(segments[deploymentAt + 1]!) : undefined;
  const last = segments.at(-1);
  const beforeLast = segments.at(-2);
  if (last === 'completions' && beforeLast === 'chat')
    return { kind: 'request', api: 'chat.completions', ...(deployment !== undefined ? { deployment } : {}) };
  if (last === 'responses') return { kind: 'request', api: 'responses', ...(deployment !== undefined ? { deployment } : {}) };
  if (last === 'files') return { kind: 'file-upload' };
  return undefined;
}

function pathUnderWatchedBase(url: URL, bases: Base[] | '*'): string | undefined {
  if (bases === '*' || OPENAI_HOST.test(url.hostname)) return url.pathname;
  for (const base of bases) {
    if (url.origin !== base.origin) continue;
    if (url.pathname === base.path || url.pathname.startsWith(base.path + '/')) return url.pathname.slice(base.path.length);
  }
  return undefined;
}
