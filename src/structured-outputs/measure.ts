import { joinPointer } from '../json-pointer.js';
import { walkEveryNode } from './analyze.js';
import { NodeKeywords } from './keywords.js';
import type { SchemaEntry } from './entry.js';
import { isRecord } from '../json-value.js';
import { LARGE_ENUM_THRESHOLD, subsetData } from './subset.js';

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

/**
 * The most any profile allows of each budget. Once a running total passes it, every profile's verdict
 * on that budget is known (over), so counting and walking stop there: a schema of a million properties
 * costs what one of 5,001 does, and nothing after that point is looked at (see `SizeSink.exhausted`).
 */
export const WALK_CEILING: Readonly<Record<Budget, number>> = (() => {
  const profiles = Object.values(subsetData.limits.profiles);
  return {
    properties: Math.max(...profiles.map((p) => p.maxProperties)),
    stringLength: Math.max(...profiles.map((p) => p.maxStringLength)),
    enumValues: Math.max(...profiles.map((p) => p.maxEnumValues)),
  };
})();

/** Receives a node's contributions, in the order `eachContribution` makes them. */
interface SizeSink {
  add(budget: Budget, amount: number, target: 'key' | 'value', keyword: string, name?: string): void;
  largeEnum(count: number, length: number): void;
  readonly stringLength: number;
  /** Told when a contribution was left uncounted because the sink was full. */
  stopped(): void;
  /** Whether a total has passed its `WALK_CEILING` (no further contribution is counted), noting (as `stopped`) that what comes next is left out. */
  exhausted(): boolean;
  /** The keys of a map, in order (the walk enumerates a map once: see `Walk.keysOf`). */
  keysOf(map: Record<string, unknown>): readonly string[];
}

/**
 * Running totals against `WALK_CEILING`, shared by the counter and the details so that both stop at
 * the same contribution.
 */
class CeilingTotals {
  properties = 0;
  stringLength = 0;
  enumValues = 0;
  full = false;
  /** A contribution, or a node, was left out because a total had passed its ceiling. */
  truncated = false;

  protected total(budget: Budget, amount: number): void {
    // Spelled out, as is each ceiling: reading a field by a name held in a variable is a slow,
    // generic look-up, and this runs for every contribution of every strict schema.
    let over: boolean;
    if (budget === 'properties') over = (this.properties += amount) > WALK_CEILING.properties;
    else if (budget === 'stringLength') over = (this.stringLength += amount) > WALK_CEILING.stringLength;
    else over = (this.enumValues += amount) > WALK_CEILING.enumValues;
    if (over) this.full = true;
  }

  stopped(): void {
    this.truncated = true;
  }

  exhausted(): boolean {
    if (this.full) this.truncated = true;
    return this.full;
  }
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
  if (sink.exhausted()) return;
  const properties = keywords.properties;
  if (isObject && isRecord(properties)) {
    for (const name of sink.keysOf(properties)) {
      if (sink.exhausted()) return;
      sink.add('properties', 1, 'key', 'properties', name);
      sink.add('stringLength', name.length, 'key', 'properties', name);
    }
  }
  if (!definitionNames(keywords.$defs, '$defs', sink) || !definitionNames(keywords.definitions, 'definitions', sink)) return;
  const values = keywords.enum;
  if (Array.isArray(values)) {
    if (sink.exhausted()) return;
    sink.add('enumValues', values.length, 'value', 'enum');
    // The values are measured only until the string budget passes its ceiling (so the list's own length
    // is counted even when its count passed the enum ceiling): a list of a million values is over every
    // limit long before its end.
    const room = WALK_CEILING.stringLength - sink.stringLength;
    let length = 0;
    let strings = true;
    let index = 0;
    for (; index < values.length && length <= room; index++) {
      const value: unknown = values[index];
      length += valueLength(value);
      if (typeof value !== 'string') strings = false;
    }
    sink.add('stringLength', length, 'value', 'enum');
    if (index < values.length) return sink.stopped();
    if (values.length > LARGE_ENUM_THRESHOLD && strings) sink.largeEnum(values.length, length);
  }
  if (keywords.hasConst) {
    if (sink.exhausted()) return;
    sink.add('stringLength', valueLength(keywords.const), 'value', 'const');
  }
}

/** Counts definition names; `false` when the sink filled up before the last. */
function definitionNames(definitions: unknown, keyword: '$defs' | 'definitions', sink: SizeSink): boolean {
  if (!isRecord(definitions)) return true;
  for (const name of sink.keysOf(definitions)) {
    if (sink.exhausted()) return false;
    sink.add('stringLength', name.length, 'key', keyword, name);
  }
  return true;
}

/** Running totals, which the walk adds every node to, until a total passes its ceiling. */
export class SizeCounter extends CeilingTotals implements SizeSink, SizeTotals {
  largeEnums = 0;

  constructor(readonly keysOf: (map: Record<string, unknown>) => readonly string[]) {
    super();
  }

  count(keywords: NodeKeywords, isObject: boolean): void {
    eachContribution(keywords, isObject, this);
  }

  add(budget: Budget, amount: number): void {
    this.total(budget, amount);
  }

  largeEnum(): void {
    this.largeEnums++;
  }
}

/** The contributions of the entries of one schema, each with its pointer. */
class SizeDetails extends CeilingTotals implements SizeSink {
  readonly size: SchemaSize = { properties: [], stringLength: [], enumValues: [], largeEnums: [] };
  private entry!: SchemaEntry;

  constructor(
    entries: readonly SchemaEntry[],
    readonly keysOf: (map: Record<string, unknown>) => readonly string[],
  ) {
    super();
    const keywords = new NodeKeywords();
    for (const entry of entries) {
      this.entry = entry;
      eachContribution(keywords.read(entry.schema), entry.isObject, this);
    }
  }

  add(budget: Budget, amount: number, target: 'key' | 'value', keyword: string, name?: string): void {
    this.total(budget, amount);
    const path = name === undefined ? joinPointer(this.entry.path, keyword) : joinPointer(this.entry.path, keyword, name);
    this.size[budget].push({ path, amount, target });
  }

  largeEnum(count: number, length: number): void {
    this.size.largeEnums.push({ path: joinPointer(this.entry.path, 'enum'), count, length });
  }
}

/** Every contribution of a strict schema with its pointer (read through `StrictSchemaNode.sizeContributions`). */
export function measureDetails(schema: Record<string, unknown>, path: string): SchemaSize {
  const walk = walkEveryNode(schema, path);
  return new SizeDetails(walk.flagged, walk.keysOf).size;
}
