// Language server benchmark (issue 13): a 100,000-line JSONL file in the editor. Measures, through
// the real protocol over stdio, how long until diagnostics arrive after opening the file and after a
// one-line edit, each as a ratio to the CLI linting the same file (`reqlint --format json file`,
// a whole process, measured in the same run). While the first pass runs, a hover request every
// 10 ms measures how long the server keeps a request waiting: the longest wait is how long it ever
// blocks. Run with `npm run bench:lsp` (it builds first). Figures vary by machine; compare ratios.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LINES = Number(process.env.REQLINT_BENCH_LINES ?? 100_000);
const EDITS = Number(process.env.REQLINT_BENCH_EDITS ?? 20);

// A batch file: mostly clean lines, every 50th with a fixable mistake, so there is something to show.
const clean = (i) =>
  JSON.stringify({
    custom_id: `req-${i}`,
    method: 'POST',
    url: '/v1/chat/completions',
    body: { model: 'gpt-4.1-mini', messages: [{ role: 'user', content: `Summarise ticket ${i}.` }], temperature: 0.2 },
  });
const broken = (i) =>
  JSON.stringify({
    custom_id: `req-${i}`,
    method: 'POST',
    url: '/v1/chat/completions',
    body: { model: 'gpt-4.1-mini', messages: [{ role: 'user', content: `Summarise ticket ${i}.` }], tool_choice: 'auto' },
  });
const lines = Array.from({ length: LINES }, (_, i) => (i % 50 === 7 ? broken(i) : clean(i)));
const text = `${lines.join('\n')}\n`;

const dir = mkdtempSync(join(tmpdir(), 'reqlint-bench-lsp-'));
const file = join(dir, 'batch.jsonl');
writeFileSync(file, text);
const uri = pathToFileURL(file).href;

function cliSeconds() {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [join(root, 'dist/cli/bin.js'), '--format', 'json', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (child.status !== 0 && child.status !== 1) throw new Error(`CLI failed: ${child.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  const cli = median([cliSeconds(), cliSeconds(), cliSeconds()]);

  const server = spawn(process.execPath, [join(root, 'dist/cli/language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  let onPublish = () => undefined;
  let published;
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    if (params.uri !== uri) return;
    published = params;
    onPublish();
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
  await connection.sendNotification('initialized', {});
  const diagnosticsFor = (version) =>
    new Promise((resolve) => {
      onPublish = () => published.version === version && resolve(published.diagnostics);
    });

  // Opening: the whole file is linted, in slices; hovers probe how long a request waits meanwhile.
  let probing = true;
  const waits = [];
  const probe = async () => {
    while (probing) {
      const sent = performance.now();
      await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 5 } });
      waits.push(performance.now() - sent);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const openStarted = performance.now();
  const opened = diagnosticsFor(1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'jsonl', version: 1, text } });
  const probes = probe();
  const openDiagnostics = await opened;
  const openSeconds = (performance.now() - openStarted) / 1000;
  probing = false;
  await probes;

  // One-line edits: change a line's content, as typing in the middle of the file does.
  const editTimes = [];
  let version = 1;
  for (let edit = 0; edit < EDITS; edit++) {
    version++;
    const line = Math.floor(LINES / 2) + edit;
    const at = lines[line].indexOf('Summarise');
    const done = diagnosticsFor(version);
    const started = performance.now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: at }, end: { line, character: at + 1 } }, text: edit % 2 ? 'S' : 's' }],
    });
    await done;
    editTimes.push((performance.now() - started) / 1000);
  }
  const editSeconds = median(editTimes);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();

  const debounce = 0.15;
  const rows = [
    ['CLI, whole file (process)', cli, 1],
    ['server: open → diagnostics', openSeconds, openSeconds / cli],
    ['server: one-line edit → diagnostics (median)', editSeconds, editSeconds / cli],
    ['  of which the debounce', debounce, debounce / cli],
  ];
  console.log(
    `Language server on a ${LINES.toLocaleString('en')}-line JSONL batch file (${(text.length / 1e6).toFixed(1)} MB, ${openDiagnostics.length} diagnostics)`,
  );
  for (const [label, seconds, ratio] of rows)
    console.log(`${label.padEnd(48)} ${(seconds * 1000).toFixed(0).padStart(7)} ms  ${ratio.toFixed(3)}× CLI`);
  console.log(
    `longest wait of a hover request during the opening pass: ${Math.max(...waits).toFixed(0)} ms (median ${median(waits).toFixed(0)} ms, ${waits.length} requests)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
