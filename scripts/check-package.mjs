// After `npm run build`: the published package holds only what its entry points load, within the
// size budget, and each entry point loads the way users load it (ESM import, CommonJS require, bin).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const MAX_UNPACKED_BYTES = 4 * 1024 * 1024;
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
const problems = [];
if (pack.unpackedSize > MAX_UNPACKED_BYTES) problems.push(`unpacked size ${pack.unpackedSize} bytes is over ${MAX_UNPACKED_BYTES}`);
const unwanted = pack.files
  .map((file) => file.path)
  .filter((path) => /^dist\/(src|rules|scripts|data)\/.*\.js$|\.map$|\.v8cache$/.test(path));
if (unwanted.length > 0)
  problems.push(`files no entry point loads: ${unwanted.slice(0, 5).join(', ')}${unwanted.length > 5 ? ', ...' : ''}`);
for (const required of ['LICENSE', 'README.md', 'dist/reqlint.js', 'dist/reqlint.web.js', 'dist/cli/bin.js', 'dist/src/index.d.ts']) {
  if (!pack.files.some((file) => file.path === required)) problems.push(`${required} is missing from the package`);
}
// The web entry shares its chunks with the Node build (scripts/bundle.mjs): a few lines over them, not a
// second copy of the library (which made the package 0.4 MB larger).
const webEntry = pack.files.find((file) => file.path === 'dist/reqlint.web.js');
if (webEntry !== undefined && webEntry.size > 16 * 1024)
  problems.push(`dist/reqlint.web.js is ${webEntry.size} bytes: a copy of the library, not an entry over the shared chunks`);
const viaRequire = createRequire(import.meta.url)(root);
if (typeof viaRequire.lint !== 'function') problems.push('require("reqlint") does not give lint()');
const viaImport = await import(new URL('../dist/reqlint.js', import.meta.url).href);
if (typeof viaImport.lint !== 'function') problems.push('import "reqlint" does not give lint()');
// The two builds share their chunks, each entry installing its platform's loaders: in a process that
// loads the web build first (a test runner, a bundler's server render), the Node build must still have
// Node's, which compile a custom rule's options schema (the web loader cannot).
const bothBuilds = spawnSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `await import(${JSON.stringify(new URL('../dist/reqlint.web.js', import.meta.url).href)});
     const { defineRule, lint } = await import(${JSON.stringify(new URL('../dist/reqlint.js', import.meta.url).href)});
     const rule = defineRule({ id: 'x/options', meta: { type: 'problem', description: 'x', apis: ['chat.completions'], messages: {},
       optionsSchema: { type: 'object', properties: { n: { type: 'number' } } } }, create: () => ({}) });
     lint({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }] }, { ruleModules: [rule], rules: { 'x/options': ['error', { n: 1 }] } });`,
  ],
  { encoding: 'utf8' },
);
if (bothBuilds.status !== 0)
  problems.push(`the Node build, loaded after the web build, cannot compile a custom rule's options: ${bothBuilds.stderr.trim()}`);
// Start-up: the library lints with its build-time validators and never loads ajv (~25 ms, then ~90 ms
// to compile a schema), and its import reaches no ES module facade of `node:fs` (2–4 ms: it loads the
// promises API). Both fail silently otherwise: lint still works, only slower.
const startup = spawnSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `import { createRequire } from 'node:module';
     const { lint } = await import(${JSON.stringify(new URL('../dist/reqlint.js', import.meta.url).href)});
     for (const api of ['chat.completions', 'responses', 'langchain']) lint({ model: 'gpt-4.1' }, { api });
     const loaded = Object.keys(createRequire(import.meta.url).cache);
     const ajv = loaded.filter((path) => /node_modules[\\\\/]ajv[\\\\/]dist[\\\\/](core|ajv|compile)/.test(path));
     const validators = loaded.filter((path) => /validators[.]standalone[.]/.test(path));
     if (ajv.length > 0 || validators.length !== 3) throw new Error('ajv loaded: ' + ajv.join(', ') + '; build-time validators: ' + validators.join(', '));`,
  ],
  { encoding: 'utf8' },
);
if (startup.status !== 0) problems.push(`lint() did not use the build-time validators alone: ${startup.stderr.trim()}`);
const fsFacade = pack.files
  .map((file) => file.path)
  .filter((path) => /^dist\/[^/]+\.js$/.test(path))
  .filter((path) => libraryChunks().has(path) && /^import [^;]* from "node:fs"/m.test(readFileSync(join(root, path), 'utf8')));
if (fsFacade.length > 0) problems.push(`the library's import loads node:fs as an ES module (${fsFacade.join(', ')})`);
// Data and code that only tests or the build read (the spec's documented differences, doc generators)
// must not be compiled on every import. The bundler marks each module's code with its path.
for (const path of libraryChunks()) {
  const code = readFileSync(join(root, path), 'utf8');
  const testOnly = code.match(/^\/\/ dist\/(?:schemas\/.*conformance-exceptions|src\/generate\/|scripts\/)[^\n]*/m);
  if (testOnly !== null) problems.push(`${path} bundles ${testOnly[0].slice(3)}, which only tests or the build use`);
  // Terminal columns are the CLI's concern (code frames); string-width's import alone costs ~25 ms. A
  // static import loads it with the chunk; the code frames' own `import("string-width")` only when used.
  if (/^import\b[^;(]*["']string-width["']/m.test(code)) problems.push(`${path} loads string-width, which only the CLI's code frames need`);
}

// The CLI's worker threads: the bundle must find its compiled worker (it once looked for it beside the
// shared chunk instead of in `dist/cli/`, and every large run silently took one thread).
const workers = spawnSync(process.execPath, [join(root, 'dist/cli/bin.js'), '--concurrency', '2', '-f', 'json', 'examples'], {
  cwd: root,
  encoding: 'utf8',
});
if (workers.status !== 1 || workers.stderr.includes('no compiled worker'))
  problems.push(`the CLI with --concurrency 2 did not lint on its workers (exit ${workers.status}): ${workers.stderr.trim()}`);

if (problems.length > 0) {
  for (const problem of problems) process.stderr.write(`package: ${problem}\n`);
  process.exit(1);
}
process.stderr.write(
  `package: ${pack.entryCount} files, ${(pack.unpackedSize / 1024 / 1024).toFixed(1)} MB unpacked, ${(pack.size / 1024).toFixed(0)} KB packed; import and require load it, the CLI starts its workers\n`,
);

/** The files `import 'reqlint'` loads: dist/reqlint.js and every chunk it reaches by static imports. */
function libraryChunks() {
  const reached = new Set();
  const visit = (path) => {
    if (reached.has(path)) return;
    reached.add(path);
    const text = readFileSync(join(root, path), 'utf8');
    for (const [, specifier] of text.matchAll(/^import (?:[^;]* from )?"(\.\/[^"]+)"/gm)) visit(join(dirname(path), specifier));
  };
  visit('dist/reqlint.js');
  return reached;
}
