import { packageVersion } from '../package-version.js';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  type CancellationToken,
  type CodeAction,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { jsonlLinesOf } from '../jsonl/lines.js';
import { firstRequestLine } from '../jsonl/request-lines.js';
import { defaultModelRegistry } from '../models/registry.js';
import type { Diagnostic, Position, Range } from '../types.js';
import { fixAllAction, FIX_ALL_KIND, quickFixes, wanted } from './code-actions.js';
import { complete } from './completion.js';
import { toLspDiagnostic } from './convert.js';
import { hover } from './hover.js';
import { computeFindings, Superseded } from './lint-pass.js';
import { lineHoldsRequests } from '../cli/lint-file.js';
import { OpenDocument, type Finding } from './open-document.js';
import { mayBeRequest, recoversToRequest } from './request-like.js';
import { CONFIG_SOURCE_NAMES, WorkspaceConfigs, type DocumentSettings } from './workspace-config.js';

/** Quiet time after a keystroke before linting: long enough to skip the keystrokes of a word. */
export const DEBOUNCE_MS = 150;

export interface ServerOptions {
  debounceMs?: number;
}

/**
 * The language server: documents are linted by the CLI's own per-file path (see `lint-pass.ts`)
 * with the config the CLI would find for them, and the findings are published as LSP diagnostics
 * with quick fixes, hovers and completion on top.
 */
export function startServer(connection: Connection, serverOptions: ServerOptions = {}): void {
  const debounceMs = serverOptions.debounceMs ?? DEBOUNCE_MS;
  const documents = new Map<string, OpenDocument>();
  const configs = new WorkspaceConfigs();
  let watchConfigsDynamically = false;
  /** The client reports changes to config files, so they need not be checked on disk before each lint. */
  let configsWatched = false;
  let folderEvents = false;

  const log = (message: string) => connection.console.error(`reqlint: ${message}`);

  /** Every request handler answers with `fallback` rather than let an exception reach the client. */
  function safely<P, R>(name: string, fallback: R, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R | ResponseError<void>> => {
      try {
        if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
        const result = await handler(params, token);
        if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
        return result;
      } catch (error) {
        log(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return fallback;
      }
    };
  }

  const settingsOf = (doc: OpenDocument): DocumentSettings => {
    const version = doc.document.version;
    if (doc.filePath !== undefined) return configs.settingsFor(doc.filePath, version);
    // An unsaved buffer is linted as a file at the top of the first workspace folder would be.
    return configs.settingsFor(join(configs.firstFolder() ?? process.cwd(), `untitled${extname(doc.lintPath)}`), version);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders = (params.workspaceFolders ?? [])
      .map((folder) => uriToPath(folder.uri))
      .filter((path): path is string => path !== undefined);
    if (folders.length === 0 && params.rootUri) {
      const root = uriToPath(params.rootUri);
      if (root !== undefined) folders.push(root);
    }
    configs.setFolders(folders);
    watchConfigsDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    folderEvents = params.capabilities.workspace?.workspaceFolders === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['"', ':', ' '], resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'reqlint', version: packageVersion() },
    };
  });

  connection.onInitialized(() => {
    if (watchConfigsDynamically) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_SOURCE_NAMES.map((name) => ({ globPattern: `**/${name}` })) })
        .then(() => (configsWatched = true))
        .catch(() => undefined);
    }
    if (folderEvents)
      connection.workspace.onDidChangeWorkspaceFolders(() => {
        void connection.workspace.getWorkspaceFolders().then((folders) => {
          configs.setFolders((folders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined));
          relintAll();
        });
      });
  });

  function schedule(doc: OpenDocument, delay: number): void {
    clearTimeout(doc.timer);
    doc.timer = setTimeout(() => void lintAndPublish(doc), delay);
  }

  function relintAll(except?: OpenDocument): void {
    for (const doc of documents.values()) if (doc !== except) schedule(doc, 0);
  }

  async function lintAndPublish(doc: OpenDocument): Promise<void> {
    // A pass still yielding for this document (a config change came in) stops: this one replaces it.
    doc.generation++;
    const version = doc.document.version;
    // A config edited outside the editor, for clients that report no file changes: everything re-lints.
    if (!configsWatched && doc.filePath !== undefined && configs.changedOnDisk(doc.filePath)) configChanged(doc);
    const settings = settingsOf(doc);
    let findings: Finding[];
    try {
      if (settings.kind === 'config') findings = configFindings(doc);
      else if (settings.kind === 'ignored') findings = [];
      else if (settings.kind === 'config-error') findings = [{ diagnostic: configProblem(settings.message), lineDelta: 0 }];
      else findings = visible(doc, await computeFindings(doc, settings.options), settings);
    } catch (error) {
      if (error instanceof Superseded) return;
      log(`linting ${doc.document.uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return;
    }
    // A document closed or changed while it was linted gets its diagnostics from the newer pass.
    if (documents.get(doc.document.uri) !== doc || doc.document.version !== version) return;
    doc.findings = findings;
    doc.findingsVersion = version;
    const diagnostics = findings.map((f) => toLspDiagnostic(f.diagnostic, doc.rangeOf(f)));
    await connection.sendDiagnostics({ uri: doc.document.uri, version, diagnostics });
  }

  /**
   * A document the config does not name an API for is shown only when it is a request: detected
   * as nothing, it gets no noise; half-typed (a syntax error), it keeps its errors once it was a
   * request, when a reqlint config applies to its folder, or when what parses of it is one.
   */
  function visible(doc: OpenDocument, findings: Finding[], settings: Extract<DocumentSettings, { kind: 'lint' }>): Finding[] {
    if (settings.apiExplicit) return findings;
    // The CLI's rule for files a directory walk finds (`holdsRequests`): a `model`, or a key that
    // defines an API; in JSON Lines, a first line with a `model` or a Batch `custom_id`.
    const broken = findings.some((f) => f.diagnostic.ruleId === 'parse/syntax');
    const firstLine = doc.kind === 'jsonl' ? firstRequestLine(jsonlLinesOf(doc.lines)) : undefined;
    const recognised = doc.kind === 'jsonl' ? firstLine !== undefined && lineHoldsRequests(firstLine.text) : !broken && doc.holdsRequests;
    if (recognised) {
      doc.wasRequest = true;
      return findings;
    }
    return broken && (doc.wasRequest || settings.configured || recoversToRequest(doc)) ? findings : [];
  }

  /** A broken config file gets its error where the error says it is (the setting, or the syntax error). */
  function configFindings(doc: OpenDocument): Finding[] {
    if (doc.filePath === undefined) return [];
    const problem = WorkspaceConfigs.check(doc.filePath);
    if (problem === undefined) return [];
    const diagnostic = configProblem(problem.message);
    if (problem.position !== undefined) diagnostic.range = rangeFrom(doc, problem.position);
    return [{ diagnostic, lineDelta: 0 }];
  }

  connection.onDidOpenTextDocument(({ textDocument }) => {
    const doc = new OpenDocument(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.text);
    documents.set(textDocument.uri, doc);
    schedule(doc, 0);
  });

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    const doc = documents.get(textDocument.uri);
    if (doc === undefined) return;
    doc.update(contentChanges, textDocument.version);
    schedule(doc, debounceMs);
  });

  connection.onDidCloseTextDocument(({ textDocument }) => {
    const doc = documents.get(textDocument.uri);
    if (doc === undefined) return;
    clearTimeout(doc.timer);
    doc.generation++;
    documents.delete(textDocument.uri);
    void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
  });

  connection.onDidSaveTextDocument(({ textDocument }) => {
    const doc = documents.get(textDocument.uri);
    // package.json counts whether or not it has a `reqlint` key now: the key may just have been removed.
    if (doc?.filePath !== undefined && CONFIG_SOURCE_NAMES.includes(basename(doc.filePath))) configChanged();
  });

  connection.onDidChangeWatchedFiles(() => configChanged());

  /** The CLI reads configs from disk, so a saved config applies to every open document at once (`linting`: one being linted now). */
  function configChanged(linting?: OpenDocument): void {
    configs.invalidate();
    relintAll(linting);
  }

  connection.onCodeAction(
    safely('codeAction', [] as CodeAction[], ({ textDocument, range, context }) => {
      const doc = documents.get(textDocument.uri);
      if (doc === undefined || doc.findingsVersion !== doc.document.version) return [];
      const actions: CodeAction[] = [];
      if (wanted(CodeActionKind.QuickFix, context.only)) actions.push(...quickFixes(doc, range));
      const settings = settingsOf(doc);
      if (settings.kind === 'lint' && wanted(FIX_ALL_KIND, context.only)) {
        const fixAll = fixAllAction(doc, settings.options);
        if (fixAll !== undefined) actions.push(fixAll);
      }
      return actions;
    }),
  );

  connection.onHover(
    safely('hover', null, async ({ textDocument, position }) => {
      const doc = documents.get(textDocument.uri);
      if (doc === undefined) return null;
      const settings = settingsOf(doc);
      // The schema and the bundled registry need no config: a broken one costs the findings, not the help.
      if (settings.kind === 'config-error') return hover(doc, position, defaultModelRegistry, undefined);
      if (settings.kind !== 'lint') return null;
      // A document that is no request (package.json) gets no reqlint hover either.
      if (!settings.apiExplicit && !doc.wasRequest && !settings.configured && !mayBeRequest(doc)) return null;
      return hover(doc, position, settings.registry, settings.options.api);
    }),
  );

  connection.onCompletion(
    safely('completion', { isIncomplete: false, items: [] }, async ({ textDocument, position }) => {
      const doc = documents.get(textDocument.uri);
      if (doc === undefined) return { isIncomplete: false, items: [] };
      const settings = settingsOf(doc);
      // A package.json's `reqlint` key is no top-level config: npm's own tooling completes that file.
      if (settings.kind === 'config')
        return settings.wholeFile ? complete(doc, position, defaultModelRegistry, undefined, true) : { isIncomplete: false, items: [] };
      if (settings.kind === 'config-error') return complete(doc, position, defaultModelRegistry, undefined, false);
      if (settings.kind !== 'lint') return { isIncomplete: false, items: [] };
      // A request being typed is helped before it parses (see `mayBeRequest`); any other JSON file is left alone.
      if (!settings.apiExplicit && !doc.wasRequest && !settings.configured && !mayBeRequest(doc)) return { isIncomplete: false, items: [] };
      return complete(doc, position, settings.registry, settings.options.api, false);
    }),
  );

  connection.onShutdown(() => {
    for (const doc of documents.values()) clearTimeout(doc.timer);
    documents.clear();
  });
}

/**
 * A config error's range: from where it says to the end of that line's content (the key and its
 * value, in JSON and YAML alike), so the editor underlines the setting rather than a point.
 */
function rangeFrom(doc: OpenDocument, position: { line: number; column: number }): Range {
  const lineText = doc.document.getText({ start: { line: position.line - 1, character: 0 }, end: { line: position.line, character: 0 } });
  const content = lineText.replace(/[\s,]+$/, '');
  const endColumn = Math.max(content.length + 1, position.column + 1);
  const at = (column: number): Position => ({
    line: position.line,
    column,
    offset: doc.document.offsetAt({ line: position.line - 1, character: column - 1 }),
  });
  return { start: at(position.column), end: at(endColumn) };
}

/** A config that cannot be loaded, as a finding on the document it keeps from being linted. */
function configProblem(message: string): Diagnostic {
  return {
    ruleId: 'config/invalid',
    severity: 'error',
    message: `reqlint config: ${message}`,
    path: '',
    target: 'value',
    docsUrl: 'https://github.com/reqlint/reqlint#configuration',
  };
}

function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
