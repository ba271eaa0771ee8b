/**
 * How many cases every property test runs, set once for all of them (fast-check's global settings).
 * `REQLINT_PROPERTY_RUNS` picks the tier: small by default, so `npm test` stays quick, and large in
 * CI's thorough run (`npm run test:thorough`, see the README). A failure prints its seed and path;
 * fast-check replays it with `fc.assert(..., { seed, path })`.
 */
import fc from 'fast-check';

export const DEFAULT_PROPERTY_RUNS = 12;

function propertyRuns(): number {
  const raw = process.env['REQLINT_PROPERTY_RUNS'];
  if (raw === undefined || raw === '') return DEFAULT_PROPERTY_RUNS;
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`REQLINT_PROPERTY_RUNS must be a positive integer, not ${JSON.stringify(raw)}`);
  return runs;
}

fc.configureGlobal({ numRuns: propertyRuns() });
