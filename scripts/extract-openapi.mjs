#!/usr/bin/env node
/**
 * Regenerates `test/fixtures/openapi/` from a full copy of OpenAI's OpenAPI spec:
 *
 *   node scripts/extract-openapi.mjs <path/to/openapi.yaml> --commit <sha> --committed <date>
 *
 * The tests need only part of the 3 MB spec: the request schemas we conform to (with every schema
 * they reference), the model id enums, and the request examples of the two create operations. The
 * extract keeps exactly that, byte-for-byte as parsed (no rewriting), so the tests read the same
 * trees they would read in the full file. `SOURCE.md` beside it records where it came from.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The component schemas the tests start from; everything they `$ref` comes along. */
const ROOT_SCHEMAS = ['CreateChatCompletionRequest', 'CreateResponse', 'ModelIdsShared', 'ModelIdsResponses'];
/** The operations whose `x-oaiMeta` request examples the tests lint. */
const OPERATIONS = [
  { path: '/chat/completions', method: 'post' },
  { path: '/responses', method: 'post' },
];

function usage(message) {
  process.stderr.write(`${message}\nusage: node scripts/extract-openapi.mjs <openapi.yaml> --commit <sha> --committed <YYYY-MM-DD>\n`);
  process.exit(2);
}

const [specPath, ...rest] = process.argv.slice(2);
if (specPath === undefined || specPath.startsWith('--')) usage('missing the path of a full openapi.yaml');
const flag = (name) => {
  const at = rest.indexOf(name);
  return at === -1 ? undefined : rest[at + 1];
};
const commit = flag('--commit');
const committed = flag('--committed');
if (commit === undefined || !/^[0-9a-f]{40}$/.test(commit))
  usage('--commit must be the 40-hex commit of openai/openai-openapi the file comes from');
if (committed === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(committed)) usage("--committed must be that commit's date, YYYY-MM-DD");

const bytes = readFileSync(specPath);
const spec = parse(bytes.toString('utf8'), { maxAliasCount: -1 });
const schemas = spec.components?.schemas ?? {};

/** Every component schema reachable from the roots through `$ref`. */
const kept = new Set();
const queue = [...ROOT_SCHEMAS];
while (queue.length > 0) {
  const name = queue.pop();
  if (kept.has(name)) continue;
  if (!(name in schemas)) throw new Error(`the spec has no component schema ${name}`);
  kept.add(name);
  collectRefs(schemas[name], queue);
}

function collectRefs(node, into) {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, into);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const match = /^#\/components\/schemas\/(.+)$/.exec(value);
        if (match === null) throw new Error(`unsupported $ref ${value}`);
        into.push(match[1]);
      } else collectRefs(value, into);
    }
  }
}

const paths = {};
for (const { path, method } of OPERATIONS) {
  const operation = spec.paths?.[path]?.[method];
  if (operation === undefined) throw new Error(`the spec has no ${method.toUpperCase()} ${path}`);
  // Only what the tests read: the operation's id and its examples' curl requests (the request body).
  const examples = (operation['x-oaiMeta']?.examples ?? []).map((example) => ({
    title: example.title,
    request: { curl: example.request?.curl },
  }));
  paths[path] = { [method]: { operationId: operation.operationId, 'x-oaiMeta': { examples } } };
}

const extract = {
  openapi: spec.openapi,
  info: { title: spec.info?.title, version: spec.info?.version },
  paths,
  components: { schemas: Object.fromEntries([...kept].sort().map((name) => [name, schemas[name]])) },
};

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'openapi');
mkdirSync(outDir, { recursive: true });
const json = JSON.stringify(extract, null, 1) + '\n';
writeFileSync(join(outDir, 'openapi-extract.json'), json);

const sha256 = createHash('sha256').update(bytes).digest('hex');
writeFileSync(
  join(outDir, 'SOURCE.md'),
  `# OpenAI OpenAPI spec: extract used by the tests

- Source: https://github.com/openai/openai-openapi, file \`openapi.yaml\` at the repository root.
- Commit: \`${commit}\` (committed ${committed}); spec \`info.version\` ${spec.info?.version}.
- Full file: ${bytes.length.toLocaleString('en-US')} bytes, SHA-256 \`${sha256}\`.
- Extracted: ${new Date().toISOString().slice(0, 10)} by \`scripts/extract-openapi.mjs\`.
- Licence: MIT (OpenAI, see the source repository's LICENSE).

\`openapi-extract.json\` holds, unchanged, the component schemas ${ROOT_SCHEMAS.map((name) => `\`${name}\``).join(', ')}
and every schema they reference (${kept.size} in all), and the curl request examples of
${OPERATIONS.map(({ method, path }) => `\`${method.toUpperCase()} ${path}\``).join(' and ')} (\`x-oaiMeta\`).

To refresh it, download \`openapi.yaml\` from a newer commit and run

    node scripts/extract-openapi.mjs path/to/openapi.yaml --commit <sha> --committed <YYYY-MM-DD>

then \`npm test\`: the conformance, model-id and spec-example tests say what changed.
`,
);
process.stderr.write(`wrote ${kept.size} schemas, ${json.length.toLocaleString('en-US')} bytes, to ${outDir}\n`);
