// Build step (after `tsc` and the validators): bundles the library entry into one ES module,
// `dist/reqlint.js`, which package.json `exports` points at, and the CLI (with its worker-thread
// entry) into `dist/cli/`, which `bin` points at. Loading ~150 small modules cost about 50 ms of an
// application's or a CLI run's start-up; one file loads in about 20 ms.
//
// The bundles must behave exactly like the modules they were made from, so this script then lints
// every bundled example with both and fails the build if any diagnostic differs.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});

// Dependencies stay imports (loaded lazily where the engine says so); only our own code is joined.
const external = [/^node:/, ...dependencies.map((name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/|$)`))];

await build({
  input: join(dist, 'src', 'index.js'),
  platform: 'node',
  external,
  output: { file: join(dist, 'reqlint.js'), format: 'esm', sourcemap: true },
  logLevel: 'warn',
});

// The CLI, its worker and the language server share chunks in one folder, so the pool finds
// `./worker.js` beside itself and `reqlint lsp` and `reqlint-language-server` run the same code.
rmSync(join(dist, 'cli'), { recursive: true, force: true });
await build({
  input: { bin: join(dist, 'src', 'cli', 'bin.js'), worker: join(dist, 'src', 'cli', 'worker.js'), 'language-server': join(dist, 'src', 'lsp', 'bin.js') },
  platform: 'node',
  external,
  output: { dir: join(dist, 'cli'), format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', sourcemap: true },
  logLevel: 'warn',
});

// The engine looks for its build-time validators beside its own module, which is now a bundle.
// Their V8 code caches move rather than copy: only the bundles are published entry points, and each
// cache is a few hundred KiB.
for (const file of readdirSync(join(dist, 'src', 'engine')).filter((name) => name.startsWith('validators.standalone.'))) {
  copyFileSync(join(dist, 'src', 'engine', file), join(dist, file));
  copyFileSync(join(dist, 'src', 'engine', file), join(dist, 'cli', file));
  if (file.endsWith('.v8cache')) rmSync(join(dist, 'src', 'engine', file));
}

const modules = await import(pathToFileURL(join(dist, 'src', 'index.js')).href);
const bundle = await import(pathToFileURL(join(dist, 'reqlint.js')).href);
const examples = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.(json|jsonc|jsonl)$/.test(entry.name)) examples.push(path);
  }
};
walk(join(root, 'examples'));
let differences = 0;
for (const path of examples) {
  const text = readFileSync(path, 'utf8');
  const run = (lib) => JSON.stringify(path.endsWith('.jsonl') ? lib.lintJsonLines(text, {}) : lib.lint(text).diagnostics);
  if (run(modules) !== run(bundle)) {
    differences++;
    process.stderr.write(`bundle differs from the modules on ${path}\n`);
  }
}
// The CLI bundle against the CLI modules, through the whole CLI (exit code 1: the examples have errors).
const cliReport = (bin) => {
  try {
    return execFileSync(process.execPath, [bin, '--format', 'json', 'examples'], { cwd: root, encoding: 'utf8' });
  } catch (error) {
    if (error.status === 1) return error.stdout;
    throw error;
  }
};
if (cliReport(join(dist, 'cli', 'bin.js')) !== cliReport(join(dist, 'src', 'cli', 'bin.js'))) {
  differences++;
  process.stderr.write('the CLI bundle reports differently from the CLI modules on examples/\n');
}
if (differences > 0) {
  process.exitCode = 1;
} else {
  process.stderr.write(`wrote dist/reqlint.js and dist/cli/ (checked against the modules on ${examples.length} examples)\n`);
}
