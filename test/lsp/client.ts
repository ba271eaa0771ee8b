import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

/**
 * A minimal LSP client on the real protocol library, driving the server as a child process over
 * stdio as an editor does. It records every `publishDiagnostics` and lets a test wait for the
 * diagnostics of a given document version.
 */
export class LspClient {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: Array<() => void> = [];
  private versions = new Map<string, number>();
  stderr = '';

  constructor(serverPath: string, cwd: string) {
    this.process = spawn(process.execPath, [serverPath, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.set(params.uri, [...(this.published.get(params.uri) ?? []), params]);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  async initialize(rootPath: string, workspaceFolders = [rootPath]): Promise<InitializeResult> {
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: uri(rootPath),
      workspaceFolders: workspaceFolders.map((folder) => ({ uri: uri(folder), name: folder })),
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true } },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  async open(path: string, text: string, languageId = languageOf(path)): Promise<Diagnostic[]> {
    this.versions.set(uri(path), 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(path), languageId, version: 1, text } });
    return this.diagnostics(path, 1);
  }

  async change(path: string, changes: TextDocumentContentChangeEvent[]): Promise<Diagnostic[]> {
    const version = (this.versions.get(uri(path)) ?? 1) + 1;
    this.versions.set(uri(path), version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(path), version },
      contentChanges: changes,
    });
    return this.diagnostics(path, version);
  }

  /** The diagnostics published for `version` of the document, waiting for them if need be. */
  async diagnostics(path: string, version: number, after = 0): Promise<Diagnostic[]> {
    for (;;) {
      const found = (this.published.get(uri(path)) ?? []).slice(after).find((p) => p.version === version);
      if (found) return found.diagnostics;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** How many times diagnostics were published for a document so far. */
  publishCount(path: string): number {
    return this.published.get(uri(path))?.length ?? 0;
  }

  /** Waits for the next publication for a document after `count` earlier ones. */
  async nextDiagnostics(path: string, count: number): Promise<Diagnostic[]> {
    for (;;) {
      const list = this.published.get(uri(path)) ?? [];
      if (list.length > count) return list[count]!.diagnostics;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.connection.dispose();
    this.process.kill();
  }
}

export function uri(path: string): string {
  return pathToFileURL(path).href;
}

function languageOf(path: string): string {
  if (path.endsWith('.jsonl')) return 'jsonl';
  if (path.endsWith('.yaml') || path.endsWith('.yml')) return 'yaml';
  if (path.endsWith('.jsonc')) return 'jsonc';
  return 'json';
}

/** Applies LSP text edits to a text, as an editor would (edits are given against the original). */
export function applyEdits(
  text: string,
  edits: ReadonlyArray<{
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    newText: string;
  }>,
): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }) => (lineStarts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  return result;
}
