import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { FixFs } from '../../src/cli/fix.js';
import { REPO_ROOT } from '../support/rule-docs.js';

export interface RunOptions {
  cwd?: string;
  stdin?: string | Buffer;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Fault injection into `--fix`'s file operations. */
  fixFs?: Partial<FixFs>;
}

/** Runs the CLI in-process with captured streams, as a user's shell would see it. */
export async function run(argv: string[], options: RunOptions = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd: options.cwd ?? REPO_ROOT,
    stdout: { write: (t: string) => (stdout += t), isTTY: options.stdoutTTY ?? false },
    stderr: { write: (t: string) => (stderr += t), isTTY: options.stderrTTY ?? false },
    readStdin: async () => options.stdin ?? '',
    env: options.env ?? {},
    ...(options.fixFs ? { fixFs: options.fixFs } : {}),
  });
  return { code, stdout, stderr };
}

/**
 * Removes a test's folder when the test ends (or, made outside a test, when its suite ends): test
 * files share their workers (`isolate: false`), so a hook at this module's top level would run once.
 */
function removeAfterwards(dir: string): void {
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    onTestFinished(remove);
  } catch {
    afterAll(remove);
  }
}

/** A new folder in the system's temporary folder holding `files` (path → content). */
export function fixtureDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'reqlint-cli-'));
  removeAfterwards(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export const clean = JSON.stringify({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }] }, null, 2);
/** One error with a safe fix (`tool_choice` without tools) on line 4. */
export const broken = '{\n  "model": "gpt-4.1",\n  "messages": [{ "role": "user", "content": "hi" }],\n  "tool_choice": "none"\n}\n';
export const brokenLine = '{"model":"gpt-4.1","messages":[{"role":"user","content":"hi"}],"tool_choice":"none"}';
export const cleanLine = '{"model":"gpt-4.1","messages":[{"role":"user","content":"hi"}]}';

export interface JsonResult {
  filePath: string;
  diagnostics: Array<{
    ruleId: string;
    severity: string;
    line?: number;
    path: string;
    range?: { start: { line: number; column: number }; end: { line: number; column: number } };
  }>;
  output?: string;
}

export const parseJson = (stdout: string) => JSON.parse(stdout) as JsonResult[];
