import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { defaultModelRegistry } from '../../src/models/registry.js';

/**
 * Every model id the real `openai` package (the version pinned in package.json) names in its model-id
 * types resolves to an entry of data/models.json, or is listed below with a reason. Bumping the pin
 * fails here until the registry says something about the new ids (docs/updating-models.md).
 * The ids are read from the package's own declarations with the TypeScript parser, following a
 * union spread over several aliases (`ResponsesModel` = `ChatModel` | ...).
 */

// The package's `exports` hide package.json; it is read from the repository's own node_modules.
const OPENAI_ROOT = fileURLToPath(new URL('../../node_modules/openai/', import.meta.url));
const OPENAI_VERSION = (JSON.parse(readFileSync(join(OPENAI_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The model-id types of the requests reqlint lints (Chat Completions, Responses): every id must resolve. */
const REQUEST_MODEL_TYPES = ['ChatModel', 'ResponsesModel', 'AllModels'] as const;

/**
 * Model-id types of other endpoints (speech, transcription, images, video, embeddings, moderation):
 * their models never appear in a Chat Completions or Responses request, so the registry has no
 * entries for them. A new `*Model` type in the package must be sorted into one of the two lists.
 */
const OTHER_ENDPOINT_TYPES: Readonly<Record<string, string>> = {
  SpeechModel: '/audio/speech',
  AudioModel: '/audio/transcriptions and /audio/translations',
  ImageModel: '/images',
  VideoModel: '/videos',
  EmbeddingModel: '/embeddings',
  ModerationModel: '/moderations',
};

/**
 * Ids of request model types that reqlint knows it does not know, each with the reason. They resolve
 * to nothing, so reqlint says "unknown model" (one info) and runs no model-specific rule.
 */
export const KNOWN_UNKNOWN_MODEL_IDS: Readonly<Record<string, string>> = {};

/**
 * Every exported type alias whose name ends in `Model` or `Models`, with the string literals of its
 * union; a member that names another such alias (`ResponsesModel` = `ChatModel` | ...) brings that
 * alias's ids. Only the declaration files that declare such an alias are parsed (syntax only: a type
 * checker over the whole package costs seconds).
 */
function readModelIdTypes(): Map<string, readonly string[]> {
  const files = ts.sys.readDirectory(join(OPENAI_ROOT, 'resources'), ['.d.ts']).filter((file) => !file.endsWith('.d.mts'));
  // A name may be declared twice (`chat.d.ts` re-exports `ChatModel = Shared.ChatModel`).
  const unions = new Map<string, ts.TypeNode[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (!/export type \w+Models? =/.test(text)) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      if (!ts.isTypeAliasDeclaration(statement) || !/Models?$/.test(statement.name.text)) continue;
      if (statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword))
        unions.set(statement.name.text, [...(unions.get(statement.name.text) ?? []), statement.type]);
    }
  }
  const idsOf = (node: ts.TypeNode, seen: ReadonlySet<ts.TypeNode>): string[] => {
    if (ts.isUnionTypeNode(node)) return node.types.flatMap((member) => idsOf(member, seen));
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return [node.literal.text];
    if (ts.isTypeReferenceNode(node)) {
      // `Shared.ChatModel` or `ChatModel`: the alias of that name.
      const name = ts.isQualifiedName(node.typeName) ? node.typeName.right.text : node.typeName.text;
      return (unions.get(name) ?? []).filter((target) => !seen.has(target)).flatMap((target) => idsOf(target, new Set([...seen, target])));
    }
    return []; // `(string & {})`: any other string
  };
  return new Map(
    [...unions]
      .map(([name, nodes]) => [name, [...new Set(nodes.flatMap((node) => idsOf(node, new Set([node]))))]] as const)
      .filter(([, ids]) => ids.length > 0),
  );
}

const MODEL_ID_TYPES = readModelIdTypes();
const REQUEST_MODEL_IDS = [...new Set(REQUEST_MODEL_TYPES.flatMap((name) => MODEL_ID_TYPES.get(name) ?? []))].sort();

describe(`model ids of the openai package (${OPENAI_VERSION})`, () => {
  it('finds the model-id types, and every one is sorted into requests or other endpoints', () => {
    for (const name of REQUEST_MODEL_TYPES)
      expect(MODEL_ID_TYPES.get(name)?.length ?? 0, `${name} in openai ${OPENAI_VERSION}`).toBeGreaterThan(5);
    const unsorted = [...MODEL_ID_TYPES.keys()].filter(
      (name) => !(REQUEST_MODEL_TYPES as readonly string[]).includes(name) && !(name in OTHER_ENDPOINT_TYPES),
    );
    expect(unsorted, 'new model-id types: add them to REQUEST_MODEL_TYPES or OTHER_ENDPOINT_TYPES').toEqual([]);
  });

  it('resolves every request model id, or lists it as known-unknown with a reason', () => {
    const missing = REQUEST_MODEL_IDS.filter((id) => defaultModelRegistry.resolve(id) === undefined && !(id in KNOWN_UNKNOWN_MODEL_IDS));
    expect(missing, 'add these to data/models.json (docs/updating-models.md)').toEqual([]);
  });

  it('lists as known-unknown only ids that are in the package and still unknown', () => {
    for (const id of Object.keys(KNOWN_UNKNOWN_MODEL_IDS)) {
      expect(REQUEST_MODEL_IDS, `${id} is no longer in openai ${OPENAI_VERSION}: remove it from the list`).toContain(id);
      expect(defaultModelRegistry.resolve(id), `${id} resolves now: remove it from the list`).toBeUndefined();
    }
  });
});
