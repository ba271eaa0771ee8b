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

// The web build (`dist/reqlint.web.js`, which `exports` gives browsers, Web Workers, Deno and edge
// runtimes): the same library with its two Node-only modules swapped for web ones. Its build-time
// validators are imported statically (no file access, no code generated from strings at run time) from
// the same `.cjs` files the Node build requires, so the package carries them once; the application's
// bundler (Vite, webpack, esbuild, wrangler, Next.js) or Deno joins them in, as it does the dependencies.
const validatorsDir = join(dist, 'src', 'engine', 'validate');
const standaloneNames = readdirSync(validatorsDir)
  .map((file) => /^validators\.standalone\.(.+)\.cjs$/.exec(file)?.[1])
  // The config file is read only by the CLI and the language server (Node).
  .filter((name) => name !== undefined && name !== 'config')
  .sort();
const WEB_LOADER = '\0reqlint-web-loader';
const webLoaderSource = [
  ...standaloneNames.map((name, index) => `import v${index} from ${JSON.stringify(`./validators.standalone.${name}.cjs`)};`),
  `const byName = { ${standaloneNames.map((name, index) => `${JSON.stringify(name)}: v${index}`).join(', ')} };`,
  'export function standaloneFileName(name) { return `validators.standalone.${name}.cjs`; }',
  'export function precompiledValidator(name) { return Object.hasOwn(byName, name) ? byName[name] : undefined; }',
  // Only a custom rule's option schema reaches ajv's compiler; the web build does not carry ajv (~120 KB).
  'export function loadAjv() { throw new Error("reqlint (web build): only built-in schemas are pre-compiled; validating a custom rule\'s optionsSchema needs the Node.js build."); }',
].join('\n');
await build({
  input: { 'reqlint.web': join(dist, 'src', 'index.js') },
  platform: 'browser',
  external,
  plugins: [
    {
      name: 'reqlint-web-platform',
      resolveId(source, importer) {
        if (source.startsWith('./validators.standalone.')) return { id: source, external: true };
        if (importer?.endsWith(join('engine', 'validate', 'validator.js')) && source === './node-loader.js') return WEB_LOADER;
        if (source.endsWith('/lazy-deps.js') && importer !== undefined) {
          const target = join(importer, '..', source);
          if (target === join(dist, 'src', 'lazy-deps.js')) return join(dist, 'src', 'lazy-deps.web.js');
        }
        return null;
      },
      load(id) {
        return id === WEB_LOADER ? webLoaderSource : null;
      },
    },
  ],
  output: { dir: dist, format: 'esm', entryFileNames: '[name].js', minify: true, codeSplitting: false },
  logLevel: 'warn',
});

const modules = await import(pathToFileURL(join(dist, 'src', 'index.js')).href);
const bundle = await import(pathToFileURL(join(dist, 'reqlint.js')).href);
// Node can load the web build too (its `.cjs` validators and dependencies resolve here), so it is checked
// on the same examples; test/e2e/ runs it in a real edge runtime and in Chromium.
const webBundle = await import(pathToFileURL(join(dist, 'reqlint.web.js')).href);
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
  if (run(modules) !== run(webBundle)) {
    differences++;
    process.stderr.write(`the web bundle differs from the modules on ${path}\n`);
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
        linter.verify(readFileSync(path, 'utf8'), [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, plugin.configs.all], {
          filename: path,
        }),
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
  process.stderr.write(
    `wrote dist/reqlint.js, dist/reqlint.web.js, dist/eslint-plugin.js and dist/cli/ (checked against the modules on ${examples.length} examples)\n`,
  );
}
