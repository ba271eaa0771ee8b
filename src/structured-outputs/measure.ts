import { joinPointer } from '../json-pointer.js';
import { allEntries } from './analyze.js';
import { NodeKeywords } from './keywords.js';
import type { SchemaEntry } from './entry.js';
import { isRecord } from '../json-value.js';
import { LARGE_ENUM_THRESHOLD } from './subset.js';

/**
 * What one strict schema spends of each size budget, as the API counts it (api-facts §4.5; the
 * counting rules are in `data/structured-outputs.json` → `limits.notes`). The walk adds every node to
 * the totals (`SizeTotals`), which is all a schema within its limits needs; only when a total is over
 * a limit does a rule ask for the contributions in document order (`StrictSchemaNode.sizeContributions`), to report at the
 * exact node where the limit is crossed.
 */

export type Budget = 'properties' | 'stringLength' | 'enumValues';

export interface SizeTotals extends Record<Budget, number> {
  /** How many string enums have more than the threshold of values (their length has its own limit). */
  largeEnums: number;
}

export interface Contribution {
  path: string;
  amount: number;
  target: 'key' | 'value';
}

export interface LargeEnum {
  path: string;
  count: number;
  length: number;
}

export interface SchemaSize {
  /** One per key of every `properties` map, definitions included. */
  properties: Contribution[];
  /** Property names, definition names, enum values, const values. */
  stringLength: Contribution[];
  /** One per `enum` list, its number of values. */
  enumValues: Contribution[];
  /** String enums with more than the threshold of values, with the total length of their values. */
  largeEnums: LargeEnum[];
}

/** Receives a node's contributions, in the order `eachContribution` makes them. */
interface SizeSink {
  add(budget: Budget, amount: number, target: 'key' | 'value', keyword: string, name?: string): void;
  largeEnum(count: number, length: number): void;
}

/** A value's length for the string budget: a string's own length, anything else its JSON text. */
function valueLength(value: unknown): number {
  return typeof value === 'string' ? value.length : (JSON.stringify(value) ?? '').length;
}

/**
 * What one node spends, in document order: its property names (objects only), definition names,
 * `enum` and `const` values. The one place that says what counts, for the totals and the details alike.
 */
function eachContribution(keywords: NodeKeywords, isObject: boolean, sink: SizeSink): void {
  const properties = keywords.properties;
  if (isObject && isRecord(properties)) {
    for (const name in properties) {
      sink.add('properties', 1, 'key', 'properties', name);
      sink.add('stringLength', name.length, 'key', 'properties', name);
    }
  }
  definitionNames(keywords.$defs, '$defs', sink);
  definitionNames(keywords.definitions, 'definitions', sink);
  const values = keywords.enum;
  if (Array.isArray(values)) {
    let length = 0;
    for (const value of values) length += valueLength(value);
    sink.add('enumValues', values.length, 'value', 'enum');
    sink.add('stringLength', length, 'value', 'enum');
    if (values.length > LARGE_ENUM_THRESHOLD && values.every((value) => typeof value === 'string')) sink.largeEnum(values.length, length);
  }
  if (keywords.hasConst) sink.add('stringLength', valueLength(keywords.const), 'value', 'const');
}

function definitionNames(definitions: unknown, keyword: '$defs' | 'definitions', sink: SizeSink): void {
  if (!isRecord(definitions)) return;
  for (const name in definitions) sink.add('stringLength', name.length, 'key', keyword, name);
}

/** Running totals, which the walk adds every node to. */
export class SizeCounter implements SizeSink, SizeTotals {
  properties = 0;
  stringLength = 0;
  enumValues = 0;
  largeEnums = 0;

  count(keywords: NodeKeywords, isObject: boolean): void {
    eachContribution(keywords, isObject, this);
  }

  add(budget: Budget, amount: number): void {
    // Spelled out: `this[budget] += amount` is a lookup by name, several times slower on this hot path.
    if (budget === 'properties') this.properties += amount;
    else if (budget === 'stringLength') this.stringLength += amount;
    else this.enumValues += amount;
  }

  largeEnum(): void {
    this.largeEnums++;
  }
}

/** The contributions of the entries of one schema, each with its pointer. */
class SizeDetails implements SizeSink {
  readonly size: SchemaSize = { properties: [], stringLength: [], enumValues: [], largeEnums: [] };
  private entry!: SchemaEntry;

  constructor(entries: readonly SchemaEntry[]) {
    const keywords = new NodeKeywords();
    for (const entry of entries) {
      this.entry = entry;
      eachContribution(keywords.read(entry.schema), entry.isObject, this);
    }
  }

  add(budget: Budget, amount: number, target: 'key' | 'value', keyword: string, name?: string): void {
    const path = name === undefined ? joinPointer(this.entry.path, keyword) : joinPointer(this.entry.path, keyword, name);
    this.size[budget].push({ path, amount, target });
  }

  largeEnum(count: number, length: number): void {
    this.size.largeEnums.push({ path: joinPointer(this.entry.path, 'enum'), count, length });
  }
}

/** Every contribution of a strict schema with its pointer (read through `StrictSchemaNode.sizeContributions`). */
export function measureDetails(schema: Record<string, unknown>, path: string): SchemaSize {
  return new SizeDetails(allEntries(schema, path)).size;
}
