// How the end-to-end tests and `bench/web.mjs` start Debian's Chromium (`apt-get install chromium`;
// `.ci/run` installs it): headless, and without the background networking this machine's closed
// network refuses. Plain JavaScript, so the benchmark (run by Node directly) shares it with the tests.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env['REQLINT_E2E_CHROMIUM'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A headless Chromium for a test or a benchmark. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
