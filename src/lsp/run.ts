import { setFlagsFromString } from 'node:v8';
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
export function runLanguageServer(
  args: readonly string[],
  io: { stdout: { write(text: string): unknown }; stderr: { write(text: string): unknown } } = process,
): Promise<number> {
  const unknown = args.filter((arg) => arg !== '--stdio');
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${LSP_USAGE}\n`);
    return Promise.resolve(0);
  }
  if (unknown.length > 0 || !args.includes('--stdio')) {
    io.stderr.write(
      `reqlint: the language server speaks over standard input and output only; run \`reqlint lsp --stdio\`${unknown.length > 0 ? ` (unknown: ${unknown.join(' ')})` : ''}.\n`,
    );
    return Promise.resolve(2);
  }
  // A long-lived process that lints big files allocates many short-lived objects per line: a larger
  // young generation lets them die there instead of being promoted and marked again by full GCs
  // (measured in bench/lsp.mjs: the opening pass of a 100,000-line file runs markedly faster).
  setFlagsFromString('--max-semi-space-size=32');
  // Stray console output must never corrupt the protocol stream.
  console.log = console.error;
  console.info = console.error;
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  startServer(connection);
  connection.listen();
  return new Promise<number>(() => undefined);
}
