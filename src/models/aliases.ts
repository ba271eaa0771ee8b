import type { ModelAliases } from './types.js';

/**
 * User aliases (Azure deployment names and the like) checked once, at registry creation: every value
 * must be an id string, and no chain may loop, so resolving an alias always terminates.
 */
export function checkAliases(aliases: ModelAliases): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  // `aliases` often comes from a user's JSON config, so its values are not trusted to be strings.
  for (const [name, target] of Object.entries(aliases) as Array<[string, unknown]>) {
    if (name === '') throw new Error('Model alias names must not be empty.');
    if (typeof target !== 'string' || target === '') {
      throw new Error(`Model alias \`${name}\` must map to a model id string, got ${JSON.stringify(target)}.`);
    }
    map.set(name, target);
  }
  for (const start of map.keys()) {
    const chain = [start];
    let current = map.get(start);
    while (current !== undefined && map.has(current)) {
      const seenAt = chain.indexOf(current);
      if (seenAt !== -1) {
        const cycle = [...chain.slice(seenAt), current].map((id) => `\`${id}\``).join(' → ');
        const from = seenAt > 0 ? ` (reached from alias \`${start}\`)` : '';
        throw new Error(`Model aliases form a cycle: ${cycle}${from}. An alias chain must end at a model id.`);
      }
      chain.push(current);
      current = map.get(current);
    }
  }
  return map;
}

/** Follows an alias chain to its end; `checkAliases` guarantees there is one. */
export function followAliases(aliases: ReadonlyMap<string, string>, id: string): string {
  let current = id;
  for (let target = aliases.get(current); target !== undefined; target = aliases.get(current)) current = target;
  return current;
}
