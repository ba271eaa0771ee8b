import { defaultModelRegistry } from '../../src/models/registry.js';
import type { ResolvedModel } from '../../src/models/types.js';

/**
 * Model ids of the bundled registry (the first id of each entry) whose facts satisfy `predicate`:
 * violation generators pick their models by fact, never by name, so they follow the data.
 */
export function modelIdsWhere(predicate: (model: ResolvedModel) => boolean): string[] {
  const ids = defaultModelRegistry
    .entries()
    .map((entry) => entry.ids[0]!)
    .filter((id) => predicate(defaultModelRegistry.resolve(id)!));
  if (ids.length === 0) throw new Error('no bundled model has these facts; the generator would be empty');
  return ids;
}
