// Build step (after `tsc` and the validators): bundles the library entry (`dist/reqlint.js`, which
// package.json `exports` points at) and the CLI with its worker-thread entry (`dist/cli/`, which `bin`
// points at) in one build, sharing chunks and one copy of each validator in `dist/`. Loading ~150 small modules cost about 50 ms of an
// application's or a CLI run's start-up; one file loads in about 20 ms.
//
// The bundles must behave exactly like the modules they were made from, so this script then lints
// every bundled example with both and fails the build if any diagnostic differs.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});

// Dependencies stay imports (loaded lazily where the engine says so); only our own code is joined.
const external = [/^node:/, ...dependencies.map((name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/|$)`))];

// One build, so the library, the CLI and its worker share chunks and one copy of each validator.
await build({
  input: {
    reqlint: join(dist, 'src', 'index.js'),
    // `reqlint/eslint-plugin`: an entry of its own, so an application that imports `reqlint` never loads it.
    'eslint-plugin': join(dist, 'src', 'eslint-plugin', 'index.js'),
    'cli/bin': join(dist, 'src', 'cli', 'bin.js'),
    'cli/worker': join(dist, 'src', 'cli', 'worker.js'),
    // `reqlint-language-server`; `reqlint lsp` loads the same code from its own chunk.
    'cli/language-server': join(dist, 'src', 'lsp', 'bin.js'),
  },
  platform: 'node',
  external: [...external, /^eslint(\/|$)/],
  output: { dir: dist, format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunk-[hash].js' },
  logLevel: 'warn',
});

// The engine looks for its build-time validators beside its own module, which is now a bundle.
for (const file of readdirSync(join(dist, 'src', 'engine', 'validate')).filter((name) => name.startsWith('validators.standalone.'))) {
  copyFileSync(join(dist, 'src', 'engine', 'validate', file), join(dist, file));
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
// The ESLint plugin bundle against its modules, through ESLint, on the sample project's sources.
{
  const { Linter } = await import('eslint');
  const tsParser = (await import('@typescript-eslint/parser')).default;
  const pluginModules = (await import(pathToFileURL(join(dist, 'src', 'eslint-plugin', 'index.js')).href)).default;
  const pluginBundle = (await import(pathToFileURL(join(dist, 'eslint-plugin.js')).href)).default;
  const linter = new Linter({ configType: 'flat' });
  const sources = readdirSync(join(root, 'examples', 'eslint', 'src')).map((name) => join(root, 'examples', 'eslint', 'src', name));
  const report = (plugin) =>
    JSON.stringify(
      sources.map((path) =>
        linter.verify(readFileSync(path, 'utf8'), [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, plugin.configs.all], { filename: path }),
      ),
    );
  const fromModules = report(pluginModules);
  if (fromModules !== report(pluginBundle) || !fromModules.includes('reqlint/')) {
    differences++;
    process.stderr.write('the ESLint plugin bundle reports differently from its modules on examples/eslint/src (or reports nothing)\n');
  }
}
if (differences > 0) {
  process.exitCode = 1;
} else {
  process.stderr.write(`wrote dist/reqlint.js, dist/eslint-plugin.js and dist/cli/ (checked against the modules on ${examples.length} examples)\n`);
}
