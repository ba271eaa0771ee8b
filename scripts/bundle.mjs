// Build step (after `tsc` and the validators): bundles the library entries (`dist/reqlint.js` for Node,
// `dist/reqlint.web.js` for browsers, Web Workers, Deno and edge runtimes, which package.json `exports`
// points at), the ESLint plugin and the CLI with its worker-thread entry (`dist/cli/`, which `bin` points
// at) in one build, sharing chunks and one copy of each validator in `dist/`, so the package carries each
// module once. Loading ~150 small modules cost about 50 ms of an application's or a CLI run's start-up;
// a few files load in about 20 ms.
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

// The library is the same code under Node and on the web except two modules that load things:
// `engine/validate/node-loader.js` (the build-time validators, `require`d from files on first use) and
// `lazy-deps.js` (jsonc-parser and fastest-levenshtein, `require`d on first use). The web build
// (`dist/reqlint.web.js`, which `exports` gives browsers, Web Workers, Deno and edge runtimes) needs web
// versions of both: the validators imported statically (no file access, no code generated from strings
// at run time) from the same `.cjs` files the Node build requires, and the dependencies as ES modules.
//
// So that the package carries every other module once, one build makes the Node entries and the web
// entry, sharing chunks: in the shared code both modules are small slots, and each entry first installs
// the implementation for its platform (Node entries: the real modules; the web entry: the web ones). In a
// Node process that loads both builds (the parity checks below do), Node's implementation wins whichever
// loads first: it does all the web one does, and also compiles a custom rule's options schema.
const VALIDATOR_SLOT = '\0reqlint-slot:validators';
const LAZY_DEPS_SLOT = '\0reqlint-slot:lazy-deps';
const WEB_VALIDATORS = '\0reqlint-web-validators';
const ENTRY = '\0reqlint-entry:';
const nodeLoader = join(dist, 'src', 'engine', 'validate', 'node-loader.js');
const nodeLazyDeps = join(dist, 'src', 'lazy-deps.js');
const webLazyDeps = join(dist, 'src', 'lazy-deps.web.js');

const validatorsDir = join(dist, 'src', 'engine', 'validate');
const standaloneNames = readdirSync(validatorsDir)
  .map((file) => /^validators\.standalone\.(.+)\.cjs$/.exec(file)?.[1])
  // The config file is read only by the CLI and the language server (Node).
  .filter((name) => name !== undefined && name !== 'config')
  .sort();
const slotSources = {
  [VALIDATOR_SLOT]: [
    'let loader;',
    'export function installValidatorLoader(implementation, wins) { if (wins || loader === undefined) loader = implementation; }',
    'export function standaloneFileName(name) { return `validators.standalone.${name}.cjs`; }',
    'export function precompiledValidator(name) { return loader.precompiledValidator(name); }',
    'export function loadAjv() { return loader.loadAjv(); }',
  ].join('\n'),
  [LAZY_DEPS_SLOT]: [
    'let deps;',
    'export function installLazyDeps(implementation, wins) { if (wins || deps === undefined) deps = implementation; }',
    'export const jsonc = () => deps.jsonc();',
    'export const fastestLevenshtein = () => deps.fastestLevenshtein();',
    // Called at module level (the CLI's own lazy dependencies), so the getter is made on first call.
    'export function lazyModule(specifier) { let get; return () => (get ??= deps.lazyModule(specifier))(); }',
  ].join('\n'),
  [WEB_VALIDATORS]: [
    ...standaloneNames.map((name, index) => `import v${index} from ${JSON.stringify(`./validators.standalone.${name}.cjs`)};`),
    `const byName = { ${standaloneNames.map((name, index) => `${JSON.stringify(name)}: v${index}`).join(', ')} };`,
    'export function precompiledValidator(name) { return Object.hasOwn(byName, name) ? byName[name] : undefined; }',
    // Only a custom rule's option schema reaches ajv's compiler; the web build does not carry ajv (~120 KB).
    'export function loadAjv() { throw new Error("reqlint (web build): only built-in schemas are pre-compiled; validating a custom rule\'s optionsSchema needs the Node.js build."); }',
  ].join('\n'),
};
/** The module that installs one platform's validator loader and lazy dependencies into the shared code. */
const installer = (loaderModule, lazyDepsModule, wins) =>
  [
    `import { installValidatorLoader } from ${JSON.stringify(VALIDATOR_SLOT)};`,
    `import { installLazyDeps } from ${JSON.stringify(LAZY_DEPS_SLOT)};`,
    `import * as loader from ${JSON.stringify(loaderModule)};`,
    `import * as deps from ${JSON.stringify(lazyDepsModule)};`,
    `installValidatorLoader(loader, ${wins});`,
    `installLazyDeps(deps, ${wins});`,
  ].join('\n');
const installers = { node: installer(nodeLoader, nodeLazyDeps, true), web: installer(WEB_VALIDATORS, webLazyDeps, false) };
const INSTALL = '\0reqlint-install:';
// An entry: the platform's installer first (a module of its own, so it runs before the entry module's
// body: the CLI starts at module level), then everything the entry module exports.
const entry = (platform, module) => `${ENTRY}${platform}:${module}`;
const entrySource = (id) => {
  const [platform, ...rest] = id.slice(ENTRY.length).split(':');
  const module = rest.join(':');
  const hasDefault = /^export default |as default[ ,}]/m.test(readFileSync(module, 'utf8'));
  return [
    `import ${JSON.stringify(INSTALL + platform)};`,
    `export * from ${JSON.stringify(module)};`,
    ...(hasDefault ? [`export { default } from ${JSON.stringify(module)};`] : []),
  ].join('\n');
};
const executables = new Set(['cli/bin', 'cli/language-server']);

await build({
  input: {
    reqlint: entry('node', join(dist, 'src', 'index.js')),
    'reqlint.web': entry('web', join(dist, 'src', 'index.js')),
    // `reqlint/eslint-plugin`: an entry of its own, so an application that imports `reqlint` never loads it.
    'eslint-plugin': entry('node', join(dist, 'src', 'eslint-plugin', 'index.js')),
    'cli/bin': entry('node', join(dist, 'src', 'cli', 'bin.js')),
    'cli/worker': entry('node', join(dist, 'src', 'cli', 'worker.js')),
    // `reqlint-language-server`; `reqlint lsp` loads the same code from its own chunk.
    'cli/language-server': entry('node', join(dist, 'src', 'lsp', 'bin.js')),
  },
  // Neutral: the shared chunks must run on both; Node's built-ins stay imports of the Node-only chunks.
  platform: 'neutral',
  external: [...external, /^eslint(\/|$)/],
  plugins: [
    {
      name: 'reqlint-platform-slots',
      resolveId(source, importer) {
        if (source.startsWith(ENTRY) || source.startsWith(INSTALL) || source in slotSources) return source;
        if (source.startsWith('./validators.standalone.')) return { id: source, external: true };
        if (importer === undefined || importer.startsWith('\0')) return null;
        const target = join(importer, '..', source);
        // The shared code's imports of the two platform modules go to the slots (the installers, whose
        // ids start with `\0`, import the real modules and were left to the default resolution above).
        if (target === nodeLoader) return VALIDATOR_SLOT;
        if (target === nodeLazyDeps) return LAZY_DEPS_SLOT;
        return null;
      },
      load(id) {
        if (id.startsWith(ENTRY)) return entrySource(id);
        // Data files (the model table is 120 KB) as one `JSON.parse` of a string literal: V8 parses JSON
        // faster than the same object written as JavaScript, and start-up pays for it on every import.
        if (id.endsWith('.json'))
          return {
            code: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(id, 'utf8'))))});`,
            moduleType: 'js',
          };
        if (id.startsWith(INSTALL)) return installers[id.slice(INSTALL.length)];
        return slotSources[id] ?? null;
      },
    },
  ],
  output: {
    dir: dist,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunk-[hash].js',
    // Start-up compiles every byte of the chunks an import loads. One non-ASCII character (a `→` in a
    // message) makes V8 hold and scan the whole chunk as two-byte text, and the doc comments are a fifth
    // of it; users read the types (`.d.ts`, which keep their docs) and the sources, not the bundle.
    charset: 'ascii',
    comments: { legal: true, annotation: true, jsdoc: false },
    banner: (chunk) => (chunk.isEntry && executables.has(chunk.name) ? '#!/usr/bin/env node' : ''),
  },
  logLevel: 'warn',
});

// The engine looks for its build-time validators beside its own module, which is now a bundle.
for (const file of readdirSync(validatorsDir).filter((name) => name.startsWith('validators.standalone.'))) {
  copyFileSync(join(validatorsDir, file), join(dist, file));
}

// The web entry and the chunks it loads must not import Node's built-ins.
{
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    const builtin = /(?:from|import)\s*\(?\s*["'](node:[^"']+)["']/.exec(code);
    if (builtin) throw new Error(`the web build loads ${builtin[1]} (through ${file})`);
    for (const [, chunk] of code.matchAll(/(?:from|import)\s*\(?\s*["']\.\/(chunk-[^"']+\.js)["']/g)) visit(chunk);
  };
  visit('reqlint.web.js');
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
const run = (lib, path, text) => JSON.stringify(path.endsWith('.jsonl') ? lib.lintJsonLines(text, {}) : lib.lint(text).diagnostics);
// Node can load the web build too (its `.cjs` validators and dependencies resolve here), so it is checked
// on the same examples, in a process of its own so that its own loaders are the ones installed (this
// process has the Node build's); test/e2e/ runs it in edge runtimes and in Chromium.
const webAnswers = JSON.parse(
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const lib = await import(${JSON.stringify(pathToFileURL(join(dist, 'reqlint.web.js')).href)});
       const { readFileSync } = await import('node:fs');
       const run = ${run.toString()};
       process.stdout.write(JSON.stringify(process.argv.slice(1).map((path) => run(lib, path, readFileSync(path, 'utf8')))));`,
      ...examples,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  ),
);
let differences = 0;
examples.forEach((path, index) => {
  const text = readFileSync(path, 'utf8');
  const expected = run(modules, path, text);
  if (expected !== run(bundle, path, text)) {
    differences++;
    process.stderr.write(`bundle differs from the modules on ${path}\n`);
  }
  if (expected !== webAnswers[index]) {
    differences++;
    process.stderr.write(`the web bundle differs from the modules on ${path}\n`);
  }
});
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
