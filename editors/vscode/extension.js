// A thin VS Code client for reqlint's language server: it starts `reqlint-language-server --stdio`
// (the workspace's own copy first, so the rules match the project's reqlint version) for JSON,
// JSONC, JSONL and YAML documents. Everything else (which files, diagnostics, fixes, hovers,
// completion) is the server's.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { workspace } = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function serverCommand() {
  const configured = workspace.getConfiguration('reqlint').get('serverPath');
  if (configured) return configured;
  const bin = process.platform === 'win32' ? 'reqlint-language-server.cmd' : 'reqlint-language-server';
  for (const folder of workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, 'node_modules', '.bin', bin);
    if (existsSync(local)) return local;
  }
  return bin;
}

exports.activate = function activate() {
  const command = serverCommand();
  const run = { command, args: ['--stdio'], transport: TransportKind.stdio };
  client = new LanguageClient(
    'reqlint',
    'reqlint',
    { run, debug: run },
    {
      documentSelector: ['json', 'jsonc', 'jsonl', 'yaml'].map((language) => ({ language })),
      synchronize: { fileEvents: workspace.createFileSystemWatcher('**/{reqlint.config.json,.reqlintrc.json}') },
    },
  );
  return client.start();
};

exports.deactivate = function deactivate() {
  return client?.stop();
};
