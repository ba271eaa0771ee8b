import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from './server.js';

export const LSP_USAGE = `Usage: reqlint lsp --stdio
       reqlint-language-server --stdio

Runs the reqlint language server, speaking LSP over standard input and output.`;

/**
 * `reqlint lsp --stdio` and the `reqlint-language-server` bin. Standard output carries the protocol,
 * so anything the process would print goes to standard error instead. Resolves with a usage exit
 * code, or never: the connection ends the process on the client's `exit` notification.
 */
export function runLanguageServer(args: readonly string[]): Promise<number> {
  const unknown = args.filter((arg) => arg !== '--stdio');
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${LSP_USAGE}\n`);
    return Promise.resolve(0);
  }
  if (unknown.length > 0 || !args.includes('--stdio')) {
    process.stderr.write(`reqlint: the language server speaks over standard input and output only; run \`reqlint lsp --stdio\`${unknown.length > 0 ? ` (unknown: ${unknown.join(' ')})` : ''}.\n`);
    return Promise.resolve(2);
  }
  // eslint-style: stray console output must never corrupt the protocol stream.
  console.log = console.error;
  console.info = console.error;
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  startServer(connection);
  connection.listen();
  return new Promise<number>(() => undefined);
}
