/**
 * A one-line "linted 1200/10000 files" indicator on stderr, only for a terminal and never in CI
 * (where it would fill logs with carriage returns). Updates once per percent, so it costs nothing.
 */
export interface Progress {
  update(done: number): void;
  finish(): void;
}

const silent: Progress = { update: () => undefined, finish: () => undefined };

export function createProgress(
  total: number,
  stderr: { write(text: string): unknown; isTTY?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): Progress {
  const ci = env['CI'] !== undefined && env['CI'] !== '' && env['CI'] !== 'false';
  if (stderr.isTTY !== true || ci || total < 100) return silent;
  let shown = -1;
  return {
    update(done) {
      const percent = Math.floor((done * 100) / total);
      if (percent === shown) return;
      shown = percent;
      stderr.write(`\rreqlint: ${done}/${total} files (${percent}%)`);
    },
    finish() {
      if (shown >= 0) stderr.write('\r\u001b[K');
    },
  };
}
