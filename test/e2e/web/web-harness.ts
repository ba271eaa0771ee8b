import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'rolldown';
import { expect } from 'vitest';
import { builtinRules } from '../../../rules/index.js';
import { readDocExamples, readRuleDoc, REPO_ROOT } from '../../support/rule-docs.js';

/**
 * Shared by the web end-to-end tests (edge-runtime, workerd, Deno, Chromium): the cases (every bundled example and every rule doc
 * example) and the probe bundled the way an application's bundler would bundle `import ... from
 * 'reqlint'` for that runtime, from the built package (`npm run build` first; `.ci/run` does).
 */
export interface ProbeInput {
  cases: Array<{ name: string; text: string; jsonl: boolean; options?: Record<string, unknown> }>;
  planted: string;
  invalid: string;
}

export interface ProbeOutput {
  findings: string[];
  fixed: { output: string; fixed: string[]; remaining: string[] };
  quickFixes: { fix: string; suggestion: string | undefined };
  asserted: unknown;
  guard: { rejected: number; rejectedBody: unknown; passed: number; sent: string[] };
  wire: unknown;
}

const HERE = join(REPO_ROOT, 'test', 'e2e', 'web');

export function probeInput(): ProbeInput {
  const cases: ProbeInput['cases'] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(json|jsonc|jsonl)$/.test(entry.name))
        cases.push({ name: relative(REPO_ROOT, path), text: readFileSync(path, 'utf8'), jsonl: path.endsWith('.jsonl') });
    }
  };
  walk(join(REPO_ROOT, 'examples'));
  for (const rule of builtinRules) {
    readDocExamples(readRuleDoc(rule.id) ?? '').forEach((example, index) => {
      cases.push({ name: `doc ${rule.id} #${index}`, text: example.code, jsonl: false, options: { rules: { [rule.id]: 'error' } } });
    });
  }
  return {
    cases,
    planted: readFileSync(join(REPO_ROOT, 'test', 'e2e', 'fixtures', 'planted.jsonc'), 'utf8'),
    invalid: JSON.stringify({ model: 'o3', max_tokens: 100, temperature: 3, messages: [{ role: 'user', content: 'hi' }] }),
  };
}

/** The answer of the Node build (`reqlint` resolves to dist/reqlint.js under Node's conditions). */
export async function probeUnderNode(input: ProbeInput): Promise<ProbeOutput> {
  const { probe } = (await import(join(HERE, 'probe.mjs'))) as { probe: (input: ProbeInput) => Promise<ProbeOutput> };
  return probe(input);
}

/** The probe's input and the Node build's answer to it, which every runtime's answer must equal (the package must be built). */
export async function nodeAnswer(): Promise<{ input: ProbeInput; expected: ProbeOutput }> {
  requireBuiltPackage();
  const input = probeInput();
  const expected = await probeUnderNode(input);
  // The probe does exercise each part, so that an equal answer means something: findings, a fix, a
  // thrown error, a stopped and a passed request, and one fix and one suggestion (the playground's buttons).
  expect(input.cases.length).toBeGreaterThan(100);
  expect(expected.findings.some((found) => found !== '[]')).toBe(true);
  expect(expected.fixed.fixed.length).toBeGreaterThan(0);
  expect(expected.asserted).toMatchObject({ name: 'RequestLintError' });
  expect(expected.guard).toMatchObject({ rejected: 400, passed: 200, sent: ['https://api.openai.com/v1/chat/completions'] });
  expect(expected.quickFixes.fix).not.toBe(input.planted);
  expect(expected.quickFixes.suggestion).toMatch(/^\{\n {2}"model": "o3",\n {2}"messages": \[[^]*\]\n\}$/);
  return { input, expected };
}

/** A runtime's answer against Node's: first case by case, so that a failure names the example, then whole. */
export function expectSameAnswers(input: ProbeInput, actual: ProbeOutput, expected: ProbeOutput): void {
  expect(input.cases.filter((_, index) => actual.findings[index] !== expected.findings[index]).map((c) => c.name)).toEqual([]);
  expect(actual).toEqual(expected);
}

/** Fails loudly when the package is not built. */
export function requireBuiltPackage(): void {
  const web = join(REPO_ROOT, 'dist', 'reqlint.web.js');
  if (!existsSync(web)) throw new Error('dist/reqlint.web.js is missing: run `npm run build` before the web end-to-end tests.');
}

/**
 * A classic script (no modules: edge runtimes' `evaluate` and `importScripts` take scripts) that defines
 * `globalThis.reqlintProbe`, bundled from the probe with the given export conditions, so `reqlint`
 * resolves through package.json `exports` exactly as it does for that runtime's bundler.
 */
export async function probeScript(conditionNames: string[]): Promise<{ code: string; resolved: string[] }> {
  const outDir = join(REPO_ROOT, 'node_modules', '.cache', 'reqlint-web-test');
  mkdirSync(outDir, { recursive: true });
  const entry = join(outDir, 'entry.mjs');
  writeFileSync(entry, `import { probe } from ${JSON.stringify(join(HERE, 'probe.mjs'))};\nglobalThis.reqlintProbe = probe;\n`);
  const resolved: string[] = [];
  const bundle = await build({
    input: entry,
    platform: 'browser',
    resolve: { conditionNames },
    plugins: [
      {
        name: 'record-reqlint-resolution',
        async resolveId(source, importer, extra) {
          if (source !== 'reqlint') return null;
          const found = await this.resolve(source, importer, { ...extra, skipSelf: true });
          if (found) resolved.push(relative(REPO_ROOT, found.id));
          return found;
        },
      },
    ],
    write: false,
    output: { format: 'iife', codeSplitting: false },
    logLevel: 'warn',
  });
  const chunk = bundle.output.find((item) => item.type === 'chunk');
  if (chunk === undefined || chunk.type !== 'chunk') throw new Error('rolldown produced no script');
  return { code: chunk.code, resolved };
}
