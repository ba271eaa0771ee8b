import { describe, expect, it } from 'vitest';
import { run } from '../cli/helpers.js';

describe('reqlint lsp', () => {
  it('explains itself with --help', async () => {
    const { code, stdout } = await run(['lsp', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: reqlint lsp --stdio');
  });

  it('refuses a transport it does not speak, naming the one it does', async () => {
    const { code, stderr } = await run(['lsp', '--socket=9000']);
    expect(code).toBe(2);
    expect(stderr).toContain('run `reqlint lsp --stdio` (unknown: --socket=9000)');
  });

  it('is listed in the CLI usage', async () => {
    expect((await run(['--help'])).stdout).toContain('reqlint lsp --stdio');
  });
});
