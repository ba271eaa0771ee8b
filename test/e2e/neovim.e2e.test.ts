import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixText } from '../../src/cli/fix.js';
import { buildServerForTests } from '../lsp/build-server.js';

const HERE = new URL('.', import.meta.url).pathname;

/** Fails loudly rather than passing when the editor is missing: this test exists to run it. */
function requireNeovim(): void {
  const found = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (found.error !== undefined || found.status !== 0)
    throw new Error('Neovim is not installed: apt-get install neovim (the editor end-to-end tests drive a real Neovim).');
}

interface Report {
  diagnostics: Array<{ code: string; line: number; message: string }>;
  applied: string[];
  remaining?: number;
  error?: string | null;
}

describe('Neovim, with its built-in LSP client', () => {
  let server: string;
  beforeAll(async () => {
    requireNeovim();
    server = await buildServerForTests();
  }, 30_000);

  it('shows the planted mistakes, applies the preferred quick fixes and writes what --fix writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reqlint-nvim-'));
    const file = join(dir, 'planted.jsonc');
    copyFileSync(join(HERE, 'fixtures', 'planted.jsonc'), file);
    const report = join(dir, 'report.json');
    try {
      runNeovim(file, report, server);
      check(file, report);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('completes a model id with the built-in omnifunc while the string is still open, closing it once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reqlint-nvim-'));
    const file = join(dir, 'comp6.json');
    // The state while typing without an auto-pair plugin: `"model": "g` and no closing quote yet.
    writeFileSync(file, '{\n  "messages": [{ "role": "user", "content": "hi" }],\n  "model": "g\n}\n');
    const report = join(dir, 'report.json');
    try {
      runNeovim(file, report, server, 'neovim-complete.lua', { REQLINT_E2E_LINE: '3', REQLINT_E2E_PICK: '"gpt-4.1"' });
      const result = JSON.parse(readFileSync(report, 'utf8')) as { words: string[]; lines: string[]; error?: string | null };
      expect(result.error ?? null).toBeNull();
      // The menu holds the ids that start with what was typed from the quote on, and nothing else.
      expect(result.words).toContain('"gpt-4.1"');
      expect(result.words.every((word) => word.startsWith('"g'))).toBe(true);
      expect(result.lines).toEqual(['{', '  "messages": [{ "role": "user", "content": "hi" }],', '  "model": "gpt-4.1"', '}']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Neovim headless, `--clean` (no user config), running a Lua driver beside this file. */
function runNeovim(
  file: string,
  report: string,
  server: string,
  driver = 'neovim-apply-fixes.lua',
  env: Record<string, string> = {},
): void {
  execFileSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${join(HERE, driver)}`], {
    env: { ...process.env, ...env, REQLINT_E2E_SERVER: server, REQLINT_E2E_FILE: file, REQLINT_E2E_REPORT: report },
    timeout: 45_000,
    stdio: 'ignore',
  });
}

function check(file: string, report: string): void {
  const result = JSON.parse(readFileSync(report, 'utf8')) as Report;
  expect(result.error ?? null).toBeNull();
  expect(result.diagnostics.map((d) => [d.code, d.line]).sort()).toEqual([
    ['streaming/no-stream-options-without-stream', 8],
    ['tools/no-tool-choice-without-tools', 7],
  ]);
  expect(result.applied).toHaveLength(2);
  expect(result.remaining).toBe(0);
  const written = readFileSync(file, 'utf8');
  expect(written).toBe(readFileSync(join(HERE, 'fixtures', 'planted.expected.jsonc'), 'utf8'));
  // The editor's result is exactly the CLI's --fix output for the same file.
  const original = readFileSync(join(HERE, 'fixtures', 'planted.jsonc'), 'utf8');
  expect(written).toBe(fixText(original, file, {}, { keepSource: false, hashValues: false }).result.output);
}
