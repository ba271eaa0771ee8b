import { FINE_TUNE_UNSUPPORTED, ROOT_ONLY_KEYWORDS, STRING_LENGTH_BOUNDS, UNSUPPORTED_KEYWORDS } from './subset.js';

/**
 * What the walk notes about each subschema, one bit per fact, so that a rule with nothing to say
 * about a schema learns it from one bit test instead of looking at every node (the common case: a
 * clean schema checked before each request). A fact marks the nodes a rule must look at; the rule
 * still decides, from the node itself, whether and what to report.
 */
export const Fact = {
  /** A keyword outside the strict subset (`unsupportedKeywords` in `data/structured-outputs.json`). */
  unsupportedKeyword: 1 << 0,
  /** A keyword only the root may hold (`$defs`, `$id`...), on a node below the root. */
  rootOnlyKeywordBelowRoot: 1 << 1,
  /** `items` is a list: the tuple form. */
  tupleItems: 1 << 2,
  /** A `format`, whatever its value. */
  format: 1 << 3,
  /** A keyword fine-tuned models reject. */
  fineTuneUnsupportedKeyword: 1 << 4,
  /** `minLength` or `maxLength`. */
  stringLengthBound: 1 << 5,
  default: 1 << 6,
  /** An object (see `describesObject`) whose `additionalProperties` is not `false`. */
  openObject: 1 << 7,
  /** An object with `properties` that `required` does not list in full. */
  optionalProperty: 1 << 8,
  /** `type` names `object`, and there is no `properties`. */
  objectWithoutProperties: 1 << 9,
  /** `type` names `array`, and there is no `items`. */
  arrayWithoutItems: 1 << 10,
  /**
   * A node `valid-type` must look at: `type` is neither one supported name nor a `[T, "null"]` pair
   * of them, or has `anyOf` beside it; or, below the root, there is no `type`, `anyOf` or `$ref`. The
   * last also marks nodes shaped only by `enum`, `const` or `properties`, which `valid-type` accepts
   * (it decides from the node): a clean schema may have these, and then reports nothing for them.
   */
  typeToCheck: 1 << 11,
  /** A string `$ref` that does not resolve, or that has keywords beside it. */
  refToCheck: 1 << 12,
  /** Not a node's fact but the schema's: a value where a subschema belongs is not a schema object (`nonSchemas`). */
  nonSchemaValue: 1 << 13,
  /** A `pattern`, whatever its value (`valid-pattern` compiles it). */
  pattern: 1 << 14,
  /** `required` lists a string that is not a key of `properties` (or there is no `properties`). */
  unknownRequired: 1 << 15,
} as const;

/** A set of `Fact` bits. */
export type Facts = number;

/** The facts a keyword brings by merely being on a node (the walk reads each key once). */
export const KEYWORD_FACTS: ReadonlyMap<string, Facts> = (() => {
  const facts = new Map<string, Facts>();
  const note = (keywords: Iterable<string>, fact: Facts) => {
    for (const keyword of keywords) facts.set(keyword, (facts.get(keyword) ?? 0) | fact);
  };
  note(UNSUPPORTED_KEYWORDS.keys(), Fact.unsupportedKeyword);
  // Cleared again on the root by the walk, where these keywords belong.
  note(ROOT_ONLY_KEYWORDS, Fact.rootOnlyKeywordBelowRoot);
  note(FINE_TUNE_UNSUPPORTED, Fact.fineTuneUnsupportedKeyword);
  note(STRING_LENGTH_BOUNDS, Fact.stringLengthBound);
  note(['format'], Fact.format);
  note(['pattern'], Fact.pattern);
  note(['default'], Fact.default);
  return facts;
})();
