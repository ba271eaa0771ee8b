import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionList, Diagnostic, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { fixText } from '../../src/cli/fix.js';
import { lintSource } from '../../src/cli/lint-file.js';
import { LintOptionsCache } from '../../src/config/lint-options.js';
import { expandInputs } from '../../src/cli/inputs.js';
import { ConfigResolver } from '../../src/config/resolve.js';
import { broken, fixtureDir, run } from '../cli/helpers.js';
import type { Diagnostic as LibraryDiagnostic } from '../../src/types.js';
import { REPO_ROOT } from '../support/rule-docs.js';
import { buildServerForTests } from './build-server.js';
import { applyEdits, LspClient, uri } from './client.js';

const HOW = { keepSource: false, hashValues: false };
let serverPath: string;

beforeAll(async () => {
  serverPath = await buildServerForTests();
}, 30_000);

/** The example files the CLI lints when run on `examples/` (its own discovery and the configs' ignores). */
async function examplesOf(dir: string): Promise<string[]> {
  const resolver = new ConfigResolver(REPO_ROOT);
  const { files } = await expandInputs([dir], REPO_ROOT, { ignorePatterns: [], isIgnored: (path) => resolver.isIgnored(path) });
  return files.map((file) => resolve(REPO_ROOT, file));
}

/** What the CLI reports for a file, in the LSP's terms (0-based lines and columns, LSP severities). */
function cliFindings(path: string, text: string, cwd: string) {
  const resolver = new ConfigResolver(cwd);
  const options = new LintOptionsCache().get(resolver.effectiveFor(path));
  return lintSource(text, path, options, HOW).diagnostics.map(inLspTerms);
}

/** A library diagnostic as the server publishes it: 0-based lines and columns, LSP severities. */
function inLspTerms(d: LibraryDiagnostic) {
  const severity = { error: 1, warning: 2, info: 3 } as const;
  return {
    code: d.ruleId,
    severity: severity[d.severity],
    message: d.message,
    range: {
      start: { line: d.range!.start.line - 1, character: d.range!.start.column - 1 },
      end: { line: d.range!.end.line - 1, character: d.range!.end.column - 1 },
    },
  };
}

const shape = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    message: typeof d.message === 'string' ? d.message : d.message.value,
    range: d.range,
  }));
/** A diagnostic as it sits in the same text with a byte order mark before it: one character right on line 1. */
const onLine1AfterBom = <T extends { range: Diagnostic['range'] }>(d: T): T => {
  const shift = (p: { line: number; character: number }) => ({ line: p.line, character: p.character + (p.line === 0 ? 1 : 0) });
  return { ...d, range: { start: shift(d.range.start), end: shift(d.range.end) } };
};
const byPosition = <T extends { range: Diagnostic['range']; code?: unknown; message: string }>(list: T[]) =>
  [...list].sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      String(a.code).localeCompare(String(b.code)) ||
      a.message.localeCompare(b.message),
  );

describe('language server over stdio', () => {
  let client: LspClient;
  let capabilities: Awaited<ReturnType<LspClient['initialize']>>['capabilities'];
  let serverInfo: Awaited<ReturnType<LspClient['initialize']>>['serverInfo'];

  beforeAll(async () => {
    client = new LspClient(serverPath, REPO_ROOT);
    ({ capabilities, serverInfo } = await client.initialize(REPO_ROOT));
  });
  afterAll(() => client.kill());

  it('announces what it serves', () => {
    expect(capabilities.hoverProvider).toBe(true);
    expect(capabilities.completionProvider).toBeDefined();
    expect(capabilities.codeActionProvider).toMatchObject({ codeActionKinds: ['quickfix', 'source.fixAll.reqlint'] });
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(serverInfo).toEqual({ name: 'reqlint', version });
  });

  it('reports exactly what the CLI reports on every example, at the same ranges', async () => {
    const files = await examplesOf(join(REPO_ROOT, 'examples'));
    expect(files.length).toBeGreaterThan(5);
    let total = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const fromServer = await client.open(file, text);
      const fromCli = cliFindings(relative(REPO_ROOT, file), text, REPO_ROOT);
      expect(byPosition(shape(fromServer)), file).toEqual(byPosition(fromCli));
      total += fromServer.length;
    }
    // The examples have planted mistakes: an empty comparison would prove nothing.
    expect(total).toBeGreaterThan(10);
  });

  it('reports YAML requests as the CLI does, at the YAML ranges', async () => {
    const dir = fixtureDir({});
    const path = join(dir, 'request.yaml');
    const text = 'model: o3\ntemperature: 0.2\nmessages:\n  - role: user\n    content: hi\ntool_choice: auto\n';
    const fromServer = await client.open(path, text);
    expect(fromServer.map((d) => d.code).sort()).toEqual([
      'sampling/no-unsupported-sampling-parameters',
      'tools/no-tool-choice-without-tools',
    ]);
    expect(byPosition(shape(fromServer))).toEqual(byPosition(cliFindings(path, text, dir)));
    const onModel = await client.connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri: uri(path) },
      position: { line: 0, character: 8 },
    });
    expect((onModel.contents as { value: string }).value).toContain('**o3**: what reqlint knows');
    // `max_tokens`, `n` and `seed` are listed with the sampling parameters: the line names them all.
    expect((onModel.contents as { value: string }).value).toMatch(/^- Parameters: `temperature` .*`max_tokens`/m);
  });

  it('hovers a Batch line envelope key with what it is', async () => {
    const dir = fixtureDir({});
    const path = join(dir, 'batch.jsonl');
    const line =
      '{"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4.1","messages":[{"role":"user","content":"hi"}]}}';
    await client.open(path, `${line}\n`);
    const hoverAt = async (needle: string) => {
      const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
        textDocument: { uri: uri(path) },
        position: { line: 0, character: line.indexOf(needle) + 1 },
      });
      return (hover?.contents as { value: string } | undefined)?.value ?? '';
    };
    expect(await hoverAt('"custom_id"')).toContain('**Batch line `custom_id`**: Your id for this request, unique in the file');
    expect(await hoverAt('"/v1/chat/completions"')).toContain('**Batch line `url`**: The endpoint, one per file');
    // A body key keeps its own hover, from the request's schema.
    expect(await hoverAt('"messages"')).not.toContain('Batch line');
  });

  it('maps rule ids, docs links, severities and the Unnecessary tag', async () => {
    const dir = fixtureDir({});
    const path = join(dir, 'audio.json');
    const diagnostics = await client.open(
      path,
      '{\n  "model": "gpt-4o-audio-preview",\n  "messages": [{ "role": "user", "content": "hi" }],\n  "audio": { "voice": "alloy", "format": "wav" }\n}\n',
    );
    const audio = diagnostics.find((d) => d.code === 'audio/no-audio-options-without-modality');
    expect(audio?.tags).toEqual([1]);
    expect(audio?.codeDescription?.href).toBe(
      'https://github.com/reqlint/reqlint/blob/main/rules/audio/no-audio-options-without-modality.md',
    );
    expect(audio?.source).toBe('reqlint');
    expect(diagnostics.every((d) => (d.code !== 'audio/no-audio-options-without-modality' ? d.tags === undefined : true))).toBe(true);
  });

  it('re-lints on change and clears on close', async () => {
    const dir = fixtureDir({});
    const path = join(dir, 'request.json');
    expect((await client.open(path, broken)).map((d) => d.code)).toEqual(['tools/no-tool-choice-without-tools']);
    // Remove the `tool_choice` line (line 3, with the comma before it on line 2, or parse/json-comments reports a trailing comma).
    const after = await client.change(path, [{ range: { start: { line: 2, character: 51 }, end: { line: 3, character: 23 } }, text: '' }]);
    expect(after).toEqual([]);
    const count = client.publishCount(path);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri(path) } });
    expect(await client.nextDiagnostics(path, count)).toEqual([]);
  });

  it('offers the safe fix as the preferred quick fix, with exactly the edit --fix makes', async () => {
    const dir = fixtureDir({});
    const path = join(dir, 'fix.jsonc');
    // `"none"` without tools is removed by the safe fix (other choices only get a suggestion: docs/fixes.md).
    const text =
      '{\n  // keep this comment\n  "model": "gpt-4.1",\n  "messages": [{ "role": "user", "content": "hi" }],\n  "tool_choice": "none"\n}\n';
    const [diagnostic] = await client.open(path, text);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri(path) },
      range: diagnostic!.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    const preferred = actions.find((a) => a.isPreferred);
    expect(preferred?.kind).toBe('quickfix');
    // Titled by what it does (the library's describeFix), not by the problem.
    expect(preferred?.title).toBe('Remove `tool_choice` (tools/no-tool-choice-without-tools)');
    const edits = preferred!.edit!.changes![uri(path)]!;
    expect(edits).toHaveLength(1);
    expect(applyEdits(text, edits)).toBe(fixText(text, path, {}, HOW).result.output);
    // Minimal: the edit touches the removed member only, never the comment or the lines before it.
    expect(edits[0]!.range.start.line).toBeGreaterThanOrEqual(3);
  });

  it('offers each suggestion as its own quick fix', async () => {
    const dir = fixtureDir({});
    const path = join(dir, 'suggest.json');
    const text =
      '{\n  "model": "gpt-4o-audio-preview",\n  "messages": [{ "role": "user", "content": "hi" }],\n  "audio": { "voice": "alloy", "format": "wav" }\n}\n';
    const diagnostics = await client.open(path, text);
    const audio = diagnostics.find((d) => d.code === 'audio/no-audio-options-without-modality')!;
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri(path) },
      range: audio.range,
      context: { diagnostics: [audio] },
    });
    const suggestion = actions.find((a) => a.title.startsWith('Set `modalities`'));
    expect(suggestion?.isPreferred).toBe(false);
    expect(JSON.parse(applyEdits(text, suggestion!.edit!.changes![uri(path)]!))).toMatchObject({ modalities: ['text', 'audio'] });
  });

  it('keeps line-1 positions on the text the client holds when it keeps a byte order mark (JSON and JSONL)', async () => {
    const dir = fixtureDir({});
    const request = JSON.stringify({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }], tool_choice: 'none' });
    const rule = 'tools/no-tool-choice-without-tools';
    for (const [name, text] of [
      ['bom.jsonc', `${request}\n`],
      ['bom.jsonl', `${request}\n${request}\n`],
    ] as const) {
      const withBom = `\ufeff${text}`;
      const plain = await client.open(join(dir, `plain-${name}`), text);
      const path = join(dir, name);
      const diagnostics = await client.open(path, withBom);
      // The same findings, each on line 1 one character further right: over the same text.
      expect(shape(diagnostics), name).toEqual(shape(plain).map(onLine1AfterBom));
      const finding = diagnostics.find((d) => d.code === rule && d.range.start.line === 0)!;
      const at = (t: string, range: Diagnostic['range']) =>
        t.split('\n')[range.start.line]!.slice(range.start.character, range.end.character);
      expect(at(withBom, finding.range), name).toBe(at(text, plain.find((d) => d.code === rule && d.range.start.line === 0)!.range));
      const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: uri(path) },
        range: finding.range,
        context: { diagnostics: [finding] },
      });
      const fix = actions.find((a) => a.isPreferred)!;
      expect(applyEdits(withBom, fix.edit!.changes![uri(path)]!), name).toBe(
        `\ufeff${fixText(text, join(dir, `fixed-${name}`), {}, HOW).result.output!.split('\n')[0]}\n${text.split('\n').slice(1).join('\n')}`,
      );
      // The directive goes after the mark, which stays the first character of the file, and silences the finding.
      const disable = actions.find((a) => a.title === `Disable ${rule} for this line`)!;
      const suppressed = applyEdits(withBom, disable.edit!.changes![uri(path)]!);
      expect(suppressed, name).toBe(`\ufeff// reqlint-disable-next-line ${rule}\n${text}`);
      const after = await client.change(path, [{ text: suppressed }]);
      expect(
        after.filter((d) => d.code === rule).map((d) => d.range.start.line),
        name,
      ).toEqual(name.endsWith('.jsonl') ? [2] : []);
    }
    // YAML: findings on line 1 move the same way; its model completion and hover read line 1 after the mark.
    const yamlText = 'tool_choice: none\nmodel: gpt-4.1\nmessages:\n  - role: user\n    content: hi\n';
    const yamlPlain = await client.open(join(dir, 'plain.yaml'), yamlText);
    const yamlPath = join(dir, 'bom.yaml');
    const yamlDiagnostics = await client.open(yamlPath, `\ufeff${yamlText}`);
    expect(yamlPlain.map((d) => d.range.start.line)).toContain(0);
    expect(shape(yamlDiagnostics)).toEqual(shape(yamlPlain).map(onLine1AfterBom));
    const yamlTyped = '\ufeffmodel: "g\nmessages:\n  - role: user\n    content: hi\n';
    await client.change(yamlPath, [{ text: yamlTyped }]);
    const yamlList = await client.connection.sendRequest<CompletionList>('textDocument/completion', {
      textDocument: { uri: uri(yamlPath) },
      position: { line: 0, character: 10 },
    });
    const yamlItem = yamlList.items.find((i) => i.label === 'gpt-4.1')!;
    expect(applyEdits(yamlTyped, [yamlItem.textEdit as TextEdit])).toBe(yamlTyped.replace('"g', '"gpt-4.1"'));

    // Completion and hover on line 1 read the text where the client's cursor is (a JSONL line is read without the mark).
    for (const name of ['complete.jsonl', 'complete.json']) {
      const path = join(dir, name);
      const typed = '\ufeff{"messages": [], "model": "g}\n';
      await client.open(path, typed);
      const list = await client.connection.sendRequest<CompletionList>('textDocument/completion', {
        textDocument: { uri: uri(path) },
        position: { line: 0, character: typed.indexOf('g}') + 1 },
      });
      const item = list.items.find((i) => i.label === '"gpt-4.1"')!;
      expect(applyEdits(typed, [item.textEdit as TextEdit]), name).toBe('\ufeff{"messages": [], "model": "gpt-4.1"}\n');
      // The model's hover starts on the value's opening quote, not on the space before it.
      const hoverAt = async (character: number) => {
        const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
          textDocument: { uri: uri(path) },
          position: { line: 0, character },
        });
        return (hover?.contents as { value: string } | undefined)?.value ?? '';
      };
      expect(await hoverAt(typed.indexOf('"g}')), name).toContain("not in reqlint's model registry");
      expect(await hoverAt(typed.indexOf('"g}') - 1), name).not.toContain("not in reqlint's model registry");
    }
  });

  it('offers to disable a rule for the line where comments exist, and the directive silences it', async () => {
    const dir = fixtureDir({});
    const path = join(dir, 'suppress.jsonc');
    const text = '{\n  "model": "o3",\n  "messages": [{ "role": "user", "content": "hi" }],\n  "max_tokens": 500\n}\n';
    const diagnostics = await client.open(path, text);
    const finding = diagnostics.find((d) => d.code === 'reasoning/no-max-tokens-on-reasoning-model')!;
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri(path) },
      range: finding.range,
      context: { diagnostics: [finding] },
    });
    const disable = actions.find((a) => a.title === 'Disable reasoning/no-max-tokens-on-reasoning-model for this line');
    expect(disable?.isPreferred).toBe(false);
    const suppressed = applyEdits(text, disable!.edit!.changes![uri(path)]!);
    expect(suppressed).toContain('  // reqlint-disable-next-line reasoning/no-max-tokens-on-reasoning-model\n  "max_tokens": 500');
    const options = new LintOptionsCache().get(new ConfigResolver(dir).effectiveFor(path));
    expect(lintSource(suppressed, path, options, HOW).diagnostics.map((d) => d.ruleId)).not.toContain(
      'reasoning/no-max-tokens-on-reasoning-model',
    );
    // Plain JSON has no comments: no such action there.
    const jsonPath = join(dir, 'suppress.json');
    const jsonFinding = (await client.open(jsonPath, text)).find((d) => d.code === 'reasoning/no-max-tokens-on-reasoning-model')!;
    const jsonActions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri(jsonPath) },
      range: jsonFinding.range,
      context: { diagnostics: [jsonFinding] },
    });
    expect(jsonActions.map((a) => a.title)).not.toContain('Disable reasoning/no-max-tokens-on-reasoning-model for this line');
  });

  it('applies reqlint-disable comments in JSONL as the CLI does, unused ones reported', async () => {
    const request = JSON.stringify({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }], tool_choice: 'auto' });
    const clean = JSON.stringify({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }] });
    const text = [
      '// reqlint-disable-next-line tools/no-tool-choice-without-tools',
      request,
      '// reqlint-disable-next-line tools/no-tool-choice-without-tools',
      clean,
      '/* reqlint-disable */',
      request,
      '/* reqlint-enable */',
      request,
      '',
    ].join('\n');
    const dir = fixtureDir({ 'reqlint.config.json': '{ "root": true }', 'logged.jsonl': text });
    const path = join(dir, 'logged.jsonl');
    const fromServer = await client.open(path, text);
    // The CLI itself, on the file on disk (its streaming JSONL path), is the reference.
    const { stdout } = await run(['--format', 'json', 'logged.jsonl'], { cwd: dir });
    const [fromCli] = JSON.parse(stdout) as Array<{ diagnostics: LibraryDiagnostic[] }>;
    const expected = fromCli!.diagnostics.map(inLspTerms);
    expect(byPosition(shape(fromServer))).toEqual(byPosition(expected));
    // Only the last request is reported; the directive over the clean line is unused.
    expect(fromServer.map((d) => [d.code, d.range.start.line])).toEqual(
      expect.arrayContaining([
        ['tools/no-tool-choice-without-tools', 7],
        ['directive/unused', 2],
      ]),
    );
    expect(fromServer).toHaveLength(2);
  });

  it("the JSONL quick fix's disable comment silences the finding in the editor", async () => {
    const dir = fixtureDir({});
    const path = join(dir, 'quick.jsonl');
    const text = `${JSON.stringify({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }], tool_choice: 'auto' })}\n`;
    const [finding] = await client.open(path, text);
    expect(finding?.code).toBe('tools/no-tool-choice-without-tools');
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri(path) },
      range: finding!.range,
      context: { diagnostics: [finding] },
    });
    const disable = actions.find((a) => a.title === 'Disable tools/no-tool-choice-without-tools for this line')!;
    const edits = disable.edit!.changes![uri(path)]!;
    expect(
      await client.change(
        path,
        edits.map((edit) => ({ range: edit.range, text: edit.newText })),
      ),
    ).toEqual([]);
  });

  it('fixes everything at once with source.fixAll.reqlint, as --fix does, JSONL included', async () => {
    const dir = fixtureDir({});
    for (const [name, text] of [
      [
        'all.json',
        '{\n  "model": "gpt-4.1",\n  "messages": [{ "role": "user", "content": "hi" }],\n  "tool_choice": "auto",\n  "stream_options": { "include_usage": true }\n}\n',
      ],
      [
        'all.jsonl',
        `${JSON.stringify({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'a' }], tool_choice: 'auto' })}\n${JSON.stringify({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'b' }] })}\n${JSON.stringify({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'c' }], tool_choice: 'none' })}\n`,
      ],
    ] as const) {
      const path = join(dir, name);
      const diagnostics = await client.open(path, text);
      expect(diagnostics.length, name).toBeGreaterThanOrEqual(2);
      const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: uri(path) },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      expect(
        actions.map((a) => a.kind),
        name,
      ).toEqual(['source.fixAll.reqlint']);
      const expected = fixText(text, path, {}, HOW).result.output;
      expect(expected, name).toBeDefined();
      expect(applyEdits(text, actions[0]!.edit!.changes![uri(path)]!), name).toBe(expected);
    }
  });

  it('hovers on the model with what the registry knows, with sources and dates', async () => {
    const dir = fixtureDir({});
    const path = join(dir, 'o3.json');
    const text =
      '{\n  "model": "o3",\n  "temperature": 0.2,\n  "messages": [{ "role": "user", "content": "hi" }],\n  "service_tier": "flex"\n}\n';
    await client.open(path, text);
    const onModel = await client.connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri: uri(path) },
      position: { line: 1, character: 13 },
    });
    const model = (onModel.contents as { value: string }).value;
    expect(model).toContain('Reasoning: yes; effort `low`, `medium`, `high` (default `medium`)');
    expect(model).toContain('`temperature` only its default value');
    expect(model).toContain('`frequency_penalty` rejected (400)');
    expect(model).toMatch(/Sources \(facts checked \d{4}-\d{2}-\d{2}\)/);
    expect(model).toContain('https://github.com/openai/openai-openapi/');

    const onKey = await client.connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri: uri(path) },
      position: { line: 2, character: 5 },
    });
    const key = (onKey.contents as { value: string }).value;
    expect(key).toContain('Sampling temperature from 0 to 2');
    expect(key).toContain('`o3`: `temperature` is only its default value.');
    const onTier = await client.connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri: uri(path) },
      position: { line: 4, character: 5 },
    });
    const tier = (onTier.contents as { value: string }).value;
    expect(tier).toContain('Allowed values: `"auto"`, `"default"`, `"flex"`');
    expect(tier).toContain('`o3` offers tiers: `auto`, `default`, `flex`');
    // The finding on the `temperature` value is explained with its rule's summary and link.
    const onFinding = await client.connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri: uri(path) },
      position: { line: 2, character: 18 },
    });
    expect((onFinding.contents as { value: string }).value).toContain(
      '[Rule documentation](https://github.com/reqlint/reqlint/blob/main/rules/sampling/no-unsupported-sampling-parameters.md)',
    );
  });

  it('says an unknown model is unknown, and resolves snapshots', async () => {
    const dir = fixtureDir({});
    const path = join(dir, 'unknown.json');
    await client.open(path, '{ "model": "gpt-4.1-2030-01-15", "messages": [] }');
    const snapshot = await client.connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri: uri(path) },
      position: { line: 0, character: 15 },
    });
    expect((snapshot.contents as { value: string }).value).toContain('is a dated snapshot of `gpt-4.1`');
    const other = join(dir, 'other.json');
    await client.open(other, '{ "model": "gpt-4.1-turbo-x", "messages": [] }');
    const unknown = await client.connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri: uri(other) },
      position: { line: 0, character: 15 },
    });
    expect((unknown.contents as { value: string }).value).toContain("not in reqlint's model registry");
  });

  it('completes keys for the detected API, LangChain options and model ids', async () => {
    const dir = fixtureDir({});
    const chat = join(dir, 'complete.json');
    const text = '{\n  "model": "gpt-4.1",\n  "messages": [],\n  \n}';
    await client.open(chat, text);
    const keys = await client.connection.sendRequest<CompletionList>('textDocument/completion', {
      textDocument: { uri: uri(chat) },
      position: { line: 3, character: 2 },
    });
    const labels = keys.items.map((i) => i.label);
    expect(labels).toContain('temperature');
    expect(labels).toContain('reasoning_effort');
    expect(labels).not.toContain('messages');
    expect(labels).not.toContain('max_output_tokens');

    const langchain = join(dir, 'langchain.json');
    await client.open(langchain, '{\n  "modelName": "gpt-4.1",\n  "maxTokens": 10,\n  \n}');
    const options = await client.connection.sendRequest<CompletionList>('textDocument/completion', {
      textDocument: { uri: uri(langchain) },
      position: { line: 3, character: 2 },
    });
    expect(options.items.map((i) => i.label)).toContain('topP');

    const model = join(dir, 'model.json');
    await client.open(model, '{ "model": "o", "messages": [] }');
    const ids = await client.connection.sendRequest<CompletionList>('textDocument/completion', {
      textDocument: { uri: uri(model) },
      position: { line: 0, character: 13 },
    });
    const o3 = ids.items.find((i) => i.label === '"o3"');
    expect(o3?.detail).toContain('reasoning (low, medium, high)');
    expect((o3?.textEdit as TextEdit).newText).toBe('"o3"');
    expect((o3?.textEdit as TextEdit).range).toEqual({ start: { line: 0, character: 11 }, end: { line: 0, character: 14 } });
  });

  it('completes while a string is still open (no auto-pair), with edits that close it and keep the rest of the line', async () => {
    const dir = fixtureDir({});
    const messages = '"messages": [{ "role": "user", "content": "hi" }]';
    let count = 0;
    /** Opens `text` as a new document, completes where `|` is, and applies the item labelled `label` (snippet stops removed). */
    const completeAt = async (name: string, marked: string, label: string) => {
      const cursor = marked.indexOf('|');
      const text = marked.replace('|', '');
      const before = text.slice(0, cursor).split('\n');
      const path = join(dir, `${count++}-${name}`);
      await client.open(path, text);
      const list = await client.connection.sendRequest<CompletionList>('textDocument/completion', {
        textDocument: { uri: uri(path) },
        position: { line: before.length - 1, character: before.at(-1)!.length },
      });
      const item = list.items.find((i) => i.label === label);
      expect(item, `${label} offered in ${JSON.stringify(marked)}`).toBeDefined();
      const edit = item!.textEdit as TextEdit;
      // Clients filter the text typed from the edit's start to the cursor against the filter text (or the label).
      const lines = text.split('\n');
      const rangeStart =
        lines.slice(0, edit.range.start.line).join('\n').length + (edit.range.start.line > 0 ? 1 : 0) + edit.range.start.character;
      expect((item!.filterText ?? item!.label).startsWith(text.slice(rangeStart, cursor)), `filter text of ${label}`).toBe(true);
      return applyEdits(text, [edit]).replace(/\$\d+/g, '');
    };
    // The reviewer's comp6.json: the string just opened, then one letter typed, then closed by hand.
    const opened = `{\n  ${messages},\n  "model": "|\n}`;
    const expected = `{\n  ${messages},\n  "model": "gpt-4.1"\n}`;
    expect(await completeAt('comp6.json', opened, '"gpt-4.1"')).toBe(expected);
    expect(await completeAt('typed.json', opened.replace('|', 'g|'), '"gpt-4.1"')).toBe(expected);
    expect(await completeAt('closed.json', opened.replace('|', 'g|"'), '"gpt-4.1"')).toBe(expected);
    // On one line the unclosed string runs to the end of the line: the `}` after the cursor stays.
    expect(await completeAt('inline.json', `{ ${messages}, "model": "gp|}`, '"gpt-4.1"')).toBe(`{ ${messages}, "model": "gpt-4.1"}`);
    // Enum values from the schema, and keys, the same way.
    const withModel = `{\n  "model": "gpt-4.1",\n  ${messages},\n  "tool_choice": "|\n}`;
    expect(JSON.parse(await completeAt('choice.json', withModel, '"none"'))).toMatchObject({ tool_choice: 'none' });
    expect(await completeAt('choice-inline.json', `{ "model": "gpt-4.1", ${messages}, "tool_choice": "n|}`, '"none"')).toBe(
      `{ "model": "gpt-4.1", ${messages}, "tool_choice": "none"}`,
    );
    expect(JSON.parse(await completeAt('key.json', `{\n  ${messages},\n  "mod|\n}`, 'model'))).toEqual({
      messages: [{ role: 'user', content: 'hi' }],
      model: '',
    });
    expect(await completeAt('key-inline.json', '{ "mod|}', 'model')).toBe('{ "model": ""}');
    // A JSONL line is completed on its own; the next line stays as it was.
    const next = JSON.stringify({ model: 'o3', messages: [{ role: 'user', content: 'hi' }] });
    expect(await completeAt('lines.jsonl', `{ ${messages}, "model": "g|}\n${next}\n`, '"gpt-4.1"')).toBe(
      `{ ${messages}, "model": "gpt-4.1"}\n${next}\n`,
    );
    // YAML: the quote typed is closed once, an unquoted id stays unquoted.
    const yamlRequest = 'messages:\n  - role: user\n    content: hi\nmodel: ';
    expect(await completeAt('open.yaml', `${yamlRequest}"g|\n`, 'gpt-4.1')).toBe(`${yamlRequest}"gpt-4.1"\n`);
    expect(await completeAt('closed.yaml', `${yamlRequest}"g|"\n`, 'gpt-4.1')).toBe(`${yamlRequest}"gpt-4.1"\n`);
    expect(await completeAt('plain.yaml', `${yamlRequest}g|\n`, 'gpt-4.1')).toBe(`${yamlRequest}gpt-4.1\n`);
    // A half-typed file that is something else (no model, no key that defines an API) is still left alone.
    const other = join(dir, 'app.json');
    await client.open(other, '{ "name": "app", "version": "');
    const none = await client.connection.sendRequest<CompletionList>('textDocument/completion', {
      textDocument: { uri: uri(other) },
      position: { line: 0, character: 29 },
    });
    expect(none.items).toEqual([]);
  });

  it('shows the syntax error of a request typed from scratch, never parsed yet, and not of another half-typed file', async () => {
    const dir = fixtureDir({});
    const typing = await client.open(join(dir, 'new-request.json'), '{\n  "model": "gpt-4.1",\n  "messages": [\n');
    expect(typing.map((d) => d.code)).toEqual(['parse/syntax']);
    const batch = await client.open(
      join(dir, 'new-batch.jsonl'),
      '{"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":{"model":\n',
    );
    expect(batch.map((d) => d.code)).toEqual(['parse/syntax']);
    expect(await client.open(join(dir, 'app.json'), '{ "name": "app", "version": ')).toEqual([]);
  });

  it('completes rule ids and severities in a reqlint config file', async () => {
    const dir = fixtureDir({});
    const path = join(dir, 'reqlint.config.json');
    await client.open(path, '{ "rules": {  } }');
    const ids = await client.connection.sendRequest<CompletionList>('textDocument/completion', {
      textDocument: { uri: uri(path) },
      position: { line: 0, character: 13 },
    });
    expect(ids.items.map((i) => i.label)).toContain('tools/no-tool-choice-without-tools');
    const withKey = '{ "rules": { "tools/no-tool-choice-without-tools":  } }';
    await client.change(path, [{ text: withKey }]);
    const severities = await client.connection.sendRequest<CompletionList>('textDocument/completion', {
      textDocument: { uri: uri(path) },
      position: { line: 0, character: 50 },
    });
    expect(severities.items.map((i) => i.label)).toEqual(expect.arrayContaining(['"off"', '"info"', '"warning"', '"error"']));
  });

  it('leaves documents that are no request alone', async () => {
    const dir = fixtureDir({});
    expect(await client.open(join(dir, 'package.json'), '{ "name": "app", "version": "1.0.0" }')).toEqual([]);
    expect(await client.open(join(dir, 'data.yaml'), 'name: app\nitems: [1, 2]\n')).toEqual([]);
    expect(await client.open(join(dir, 'node_modules', 'x', 'req.json'), broken)).toEqual([]);
  });

  it('publishes nothing for JSON that holds no request (no model, no key that defines an API), unless the config names an api', async () => {
    const dir = fixtureDir({});
    const tsconfig =
      '{\n  // compiler settings\n  "compilerOptions": { "strict": true },\n  "include": ["src"],\n  "exclude": ["dist"]\n}\n';
    const notes = '{ "text": "hello", "metadata": {}, "store": "eu" }';
    // Named to the CLI, both are linted as guessed Responses requests and get errors: what a directory walk and the editor leave out.
    expect(cliFindings(join(dir, 'tsconfig.json'), tsconfig, dir).map((d) => d.code)).toContain('dialect/assumed');
    expect(cliFindings(join(dir, 'notes.json'), notes, dir).map((d) => d.code)).toContain('dialect/assumed');
    expect(await client.open(join(dir, 'tsconfig.json'), tsconfig)).toEqual([]);
    expect(await client.open(join(dir, 'notes.json'), notes)).toEqual([]);
    // Rule settings do not change what counts as a request (`dialect/assumed` off included).
    const quiet = fixtureDir({ 'reqlint.config.json': '{ "root": true, "rules": { "dialect/assumed": "off" } }' });
    expect(await client.open(join(quiet, 'tsconfig.json'), tsconfig)).toEqual([]);
    // A request with its defining key keeps everything.
    const request = '{ "model": "gpt-4.1", "input": "hi", "include": ["bogus"] }';
    expect((await client.open(join(dir, 'request.json'), request)).length).toBeGreaterThan(0);
    // With `api` in the config (top level, or in an override for the file), the guessed file is a request and keeps every finding.
    for (const config of [
      '{ "root": true, "api": "responses" }',
      '{ "root": true, "overrides": [{ "files": ["notes.json"], "api": "responses" }] }',
    ]) {
      const named = fixtureDir({ 'reqlint.config.json': config });
      const fromServer = await client.open(join(named, 'notes.json'), notes);
      expect(fromServer.length, config).toBeGreaterThan(0);
      expect(byPosition(shape(fromServer)), config).toEqual(byPosition(cliFindings(join(named, 'notes.json'), notes, named)));
    }
    // JSONL: a line guessed from secondary keys is no request either; one real request line keeps the file linted.
    const guessedLines = `// exported notes\n${notes}\n${notes}\n`;
    expect(await client.open(join(dir, 'notes.jsonl'), guessedLines)).toEqual([]);
    // As for the CLI's directory walk: a request with its `model` is one even when its API is only guessed
    // (a Responses follow-up has no `input`), and fine-tuning data (`messages` lines, no model) is none.
    const followUp = '{ "model": "o3", "previous_response_id": "resp_1", "temperature": 0.3 }';
    expect((await client.open(join(dir, 'follow-up.json'), followUp)).map((d) => d.code)).toContain(
      'sampling/no-unsupported-sampling-parameters',
    );
    const training = '{"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}]}\n'.repeat(3);
    expect(await client.open(join(dir, 'train.jsonl'), training)).toEqual([]);
  });

  it('points at the broken setting of an invalid config, and keeps hover and completion in request files', async () => {
    const bad =
      '{\n  "rules": {\n    "reasoning/no-max-tokens-on-reasoning-model": "warning",\n    "tools/no-tool-choice-without-tools": ""\n  }\n}\n';
    const dir = fixtureDir({ 'reqlint.config.json': bad });
    const onConfig = await client.open(join(dir, 'reqlint.config.json'), bad);
    expect(onConfig).toHaveLength(1);
    expect(onConfig[0]!.code).toBe('config/invalid');
    expect(onConfig[0]!.message).toContain('reqlint.config.json:4:5');
    // Line 4, column 5 (1-based) in the message is line 3, character 4 in LSP terms.
    expect(onConfig[0]!.range.start).toEqual({ line: 3, character: 4 });
    expect(onConfig[0]!.range.end.line).toBe(3);
    expect(onConfig[0]!.range.end.character).toBeGreaterThan(4);

    const path = join(dir, 'request.json');
    const text = '{\n  "model": "o3",\n  "messages": [],\n  \n}';
    const diagnostics = await client.open(path, text);
    expect(diagnostics.map((d) => d.code)).toEqual(['config/invalid']);
    const onModel = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: uri(path) },
      position: { line: 1, character: 13 },
    });
    expect((onModel?.contents as { value: string } | undefined)?.value).toContain('**o3**: what reqlint knows');
    const keys = await client.connection.sendRequest<CompletionList>('textDocument/completion', {
      textDocument: { uri: uri(path) },
      position: { line: 3, character: 2 },
    });
    expect(keys.items.map((i) => i.label)).toContain('reasoning_effort');
  });

  it('re-lints open documents when their config changes, each workspace folder with its own config', async () => {
    const first = fixtureDir({ 'reqlint.config.json': '{ "root": true, "rules": { "tools/no-tool-choice-without-tools": "warning" } }' });
    const second = fixtureDir({ 'reqlint.config.json': '{ "root": true, "rules": { "tools/no-tool-choice-without-tools": "info" } }' });
    const multi = new LspClient(serverPath, first);
    try {
      await multi.initialize(first, [first, second]);
      expect((await multi.open(join(first, 'a.json'), broken)).map((d) => d.severity)).toEqual([2]);
      expect((await multi.open(join(second, 'b.json'), broken)).map((d) => d.severity)).toEqual([3]);
      const count = multi.publishCount(join(first, 'a.json'));
      writeFileSync(join(first, 'reqlint.config.json'), '{ "root": true, "rules": { "tools/no-tool-choice-without-tools": "off" } }');
      await multi.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: uri(join(first, 'reqlint.config.json')), type: 2 }],
      });
      expect(await multi.nextDiagnostics(join(first, 'a.json'), count)).toEqual([]);
      expect(await multi.stop()).toBe(0);
    } finally {
      multi.kill();
    }
  });

  it('takes package.json\'s "reqlint" key as a config: watched, checked, and re-linted on save', async () => {
    const pkg = (severity: string) =>
      JSON.stringify({ name: 'app', reqlint: { root: true, rules: { 'tools/no-tool-choice-without-tools': severity } } });
    const dir = fixtureDir({ 'package.json': pkg('warning') });
    const editor = new LspClient(serverPath, dir);
    const registered: string[] = [];
    editor.connection.onRequest(
      'client/registerCapability',
      (params: { registrations: Array<{ registerOptions?: { watchers?: Array<{ globPattern: string }> } }> }) => {
        for (const registration of params.registrations)
          registered.push(...(registration.registerOptions?.watchers ?? []).map((w) => w.globPattern));
        return null;
      },
    );
    try {
      await editor.initialize(dir);
      const request = join(dir, 'a.json');
      expect((await editor.open(request, broken)).map((d) => d.severity)).toEqual([2]);
      expect(registered).toContain('**/package.json');
      // The package.json itself is checked as a config: a bad severity is reported where it is.
      const manifest = join(dir, 'package.json');
      const wrong = '{\n  "name": "app",\n  "reqlint": { "rules": { "tools/no-tool-choice-without-tools": "loud" } }\n}\n';
      writeFileSync(manifest, wrong);
      const onManifest = await editor.open(manifest, wrong);
      expect(onManifest.map((d) => [d.code, d.range.start.line])).toEqual([['config/invalid', 2]]);
      // Saved with the rule off: the open request is linted again without it.
      writeFileSync(manifest, pkg('off'));
      let seen = editor.publishCount(request);
      await editor.connection.sendNotification('textDocument/didSave', { textDocument: { uri: uri(manifest) } });
      // Opening the broken manifest may have re-linted the request (config/invalid) just before: wait for the clean pass.
      while ((await editor.nextDiagnostics(request, seen)).length > 0) seen++;
    } finally {
      editor.kill();
    }
  });

  it('reads package.json\'s "reqlint" key again after an edit of the document, without a save or a watched-file event', async () => {
    const dir = fixtureDir({ 'package.json': '{ "name": "app" }\n' });
    const editor = new LspClient(serverPath, dir);
    try {
      await editor.initialize(dir);
      const manifest = join(dir, 'package.json');
      // npm's file without a key: no config, and no request either.
      expect(await editor.open(manifest, '{ "name": "app" }\n')).toEqual([]);
      // The file changes on disk and the editor reloads it (a `git checkout`): the new version is a config, checked as one.
      const withKey = '{\n  "name": "app",\n  "reqlint": { "rules": { "tools/no-tool-choice-without-tools": "loud" } }\n}\n';
      writeFileSync(manifest, withKey);
      const checked = await editor.change(manifest, [{ text: withKey }]);
      expect(checked.map((d) => [d.code, d.range.start.line])).toEqual([['config/invalid', 2]]);
      // A config, but npm's file: its keys are not completed as a reqlint config's.
      const keys = await editor.connection.sendRequest<CompletionList>('textDocument/completion', {
        textDocument: { uri: uri(manifest) },
        position: { line: 1, character: 3 },
      });
      expect(keys.items).toEqual([]);
      // And back: without the key it is npm's file again.
      writeFileSync(manifest, '{ "name": "app" }\n');
      expect(await editor.change(manifest, [{ text: '{ "name": "app" }\n' }])).toEqual([]);
    } finally {
      editor.kill();
    }
  });

  it('notices a config changed on disk when a document is linted, without any file-watching client', async () => {
    const dir = fixtureDir({ 'reqlint.config.json': '{ "root": true, "rules": { "tools/no-tool-choice-without-tools": "warning" } }' });
    const plain = new LspClient(serverPath, dir);
    try {
      // Neovim 0.7: no `workspace/didChangeWatchedFiles` at all.
      await plain.connection.sendRequest('initialize', { processId: process.pid, rootUri: uri(dir), capabilities: {} });
      await plain.connection.sendNotification('initialized', {});
      const path = join(dir, 'a.json');
      expect((await plain.open(path, broken)).map((d) => d.severity)).toEqual([2]);
      writeFileSync(join(dir, 'reqlint.config.json'), '{ "root": true, "rules": { "tools/no-tool-choice-without-tools": "info" } }');
      // Any edit lints the document again, with the config as it is now on disk.
      const after = await plain.change(path, [{ range: { start: { line: 4, character: 1 }, end: { line: 4, character: 1 } }, text: ' ' }]);
      expect(after.map((d) => d.severity)).toEqual([3]);
      // A config that appears in the folder of a file counts too (dropping the first makes this one the nearest).
      mkdirSync(join(dir, 'sub'));
      const nested = join(dir, 'sub', 'b.json');
      expect((await plain.open(nested, broken)).map((d) => d.severity)).toEqual([3]);
      writeFileSync(join(dir, 'sub', '.reqlintrc.json'), '{ "rules": { "tools/no-tool-choice-without-tools": "off" } }');
      expect(
        await plain.change(nested, [{ range: { start: { line: 4, character: 1 }, end: { line: 4, character: 1 } }, text: ' ' }]),
      ).toEqual([]);
    } finally {
      plain.kill();
    }
  });

  it('after a one-line JSONL edit, re-checks duplicate custom_ids across lines like the CLI', async () => {
    const dir = fixtureDir({});
    const path = join(dir, 'batch.jsonl');
    const line = (id: string) =>
      JSON.stringify({
        custom_id: id,
        method: 'POST',
        url: '/v1/chat/completions',
        body: { model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }] },
      });
    const lines = [line('a'), line('b'), line('a'), line('c')];
    const text = lines.join('\n') + '\n';
    expect((await client.open(path, text)).map((d) => [d.code, d.range.start.line])).toEqual([['batch/duplicate-custom-id', 2]]);
    // Typing inside a body (id and url untouched) keeps the cross-line finding.
    const content = lines[0]!.indexOf('"hi"') + 1;
    const typed = await client.change(path, [
      { range: { start: { line: 0, character: content }, end: { line: 0, character: content } }, text: 'oh ' },
    ]);
    expect(typed.map((d) => [d.code, d.range.start.line])).toEqual([['batch/duplicate-custom-id', 2]]);
    lines[0] = lines[0]!.replace('"hi"', '"oh hi"');
    // Rename the second `a` to `d`: one character on line 2.
    const at = lines[2]!.indexOf('"a"') + 1;
    const after = await client.change(path, [
      { range: { start: { line: 2, character: at }, end: { line: 2, character: at + 1 } }, text: 'd' },
    ]);
    expect(after).toEqual([]);
    const edited = await client.change(path, [
      { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: `${line('b')}\n` },
    ]);
    const newText = [lines[0], lines[1], line('d'), line('b'), lines[3]].join('\n') + '\n';
    expect(byPosition(shape(edited))).toEqual(byPosition(cliFindings(path, newText, dir)));
    expect(edited.map((d) => d.range.start.line)).toEqual([3]);
  });

  it('survives half-typed documents, unknown methods and invalid messages', async () => {
    const dir = fixtureDir({ 'reqlint.config.json': '{ "root": true }' });
    const path = join(dir, 'typing.json');
    const diagnostics = await client.open(path, '{ "model": "gpt-4.1", "messages": [ { "role": ');
    expect(diagnostics.map((d) => d.code)).toContain('parse/syntax');
    await expect(client.connection.sendRequest('reqlint/noSuchMethod', {})).rejects.toMatchObject({ code: -32601 });
    client.process.stdin!.write('Content-Length: 9\r\n\r\n{not json');
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: 'file:///bad.json', languageId: 'json', version: 1, text: null },
    });
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///never/opened.json', version: 2 },
      contentChanges: [{ text: '{}' }],
    });
    await expect(
      client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri(path) }, position: { line: 0, character: 3 } }),
    ).resolves.toBeDefined();
    await expect(
      client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: 'file:///never/opened.json' },
        position: { line: 9, character: 99 },
      }),
    ).resolves.toBeNull();
  });
});
