/**
 * What a JavaScript/TypeScript expression is, statically, without guessing: literals, arrays, object
 * literals, `as const`/`satisfies`/`!` wrappers, template literals without expressions, and
 * identifiers bound to such values by a `const` in the same file. Anything else (a call, a parameter,
 * an import, a `let`, a spread of something unknown) is `unknown`: present, of unknown value.
 */
import type { Scope, SourceCode } from 'eslint';
import type * as ESTree from 'estree';

export type JsonPrimitive = string | number | boolean | null;

/**
 * An expression's static value; every part keeps the AST node it came from (`undefined` for a value
 * reqlint adds itself, such as the `stream: true` that `.stream()` sends).
 */
export type StaticValue =
  | { kind: 'primitive'; value: JsonPrimitive; node: ESTree.Node | undefined; plain: boolean }
  | { kind: 'array'; items: StaticValue[]; node: ESTree.Node | undefined }
  | { kind: 'object'; properties: StaticProperty[]; node: ESTree.Node | undefined }
  | { kind: 'unknown'; node: ESTree.Node | undefined; candidates?: readonly string[] };

export interface StaticProperty {
  key: string;
  value: StaticValue;
  /** The `Property` node; undefined for a key that reqlint adds itself (`stream: true` for `.stream()`). */
  property: ESTree.Property | undefined;
  /** A key written as an identifier or a string literal: not computed, not shorthand, so a fix may edit it. */
  plainKey: boolean;
}

/** The little of typescript-eslint's parser services and TypeScript's checker that is used (no import of either). */
interface TsType {
  isUnion(): this is { types: TsType[] };
  isStringLiteral(): boolean;
}
interface TypeServices {
  program: { getTypeChecker(): { getTypeAtLocation(node: unknown): TsType } } | null;
  esTreeNodeToTSNodeMap: { get(node: ESTree.Node): unknown };
}

/** Expression wrappers that do not change the value (TypeScript's and parentheses). */
const TRANSPARENT = new Set([
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'TSTypeAssertion',
  'ParenthesizedExpression',
  'ChainExpression',
]);

/** Unwraps `x as const`, `x satisfies T`, `x!`, `<T>x`. */
export function unwrap(node: ESTree.Node): ESTree.Node {
  let current = node;
  while (TRANSPARENT.has(current.type as string)) current = (current as unknown as { expression: ESTree.Node }).expression;
  return current;
}

export class StaticEvaluator {
  /** Guards against `const a = b, b = a`-style cycles (impossible for `const`, but cheap to rule out). */
  private readonly resolving = new Set<ESTree.Node>();
  /**
   * Source ranges of `const` values read in more than one place: a fix there would change the other
   * uses too, so no fix may edit inside them.
   */
  readonly sharedRanges: Array<[number, number]> = [];

  constructor(private readonly sourceCode: SourceCode) {}

  evaluate(node: ESTree.Node): StaticValue {
    const inner = unwrap(node);
    switch (inner.type) {
      case 'Literal':
        return literalValue(inner);
      case 'TemplateLiteral':
        return inner.expressions.length === 0 && inner.quasis[0]?.value.cooked != null
          ? { kind: 'primitive', value: inner.quasis[0].value.cooked, node: inner, plain: true }
          : { kind: 'unknown', node: inner };
      case 'UnaryExpression': {
        const argument = unwrap(inner.argument);
        if ((inner.operator === '-' || inner.operator === '+') && argument.type === 'Literal' && typeof argument.value === 'number') {
          return { kind: 'primitive', value: inner.operator === '-' ? -argument.value : argument.value, node: inner, plain: false };
        }
        return { kind: 'unknown', node: inner };
      }
      case 'ArrayExpression':
        return this.array(inner);
      case 'ObjectExpression':
        return this.object(inner);
      case 'Identifier': {
        const value = this.identifier(inner);
        return value.kind === 'unknown' ? this.fromType(inner) : value;
      }
      default:
        return this.fromType(inner);
    }
  }

  /**
   * With type information (typescript-eslint's `parserServices` with a program; never required): an
   * expression whose type is a string literal is that string, and one whose type is a union of string
   * literals is unknown with exactly those candidates. Anything else stays unknown.
   */
  private fromType(node: ESTree.Node): StaticValue {
    const unknown: StaticValue = { kind: 'unknown', node };
    const services = this.sourceCode.parserServices as Partial<TypeServices> | undefined;
    const tsNode = services?.program ? services.esTreeNodeToTSNodeMap?.get(node) : undefined;
    if (tsNode === undefined || !services?.program) return unknown;
    const type = services.program.getTypeChecker().getTypeAtLocation(tsNode);
    const members = type.isUnion() ? type.types : [type];
    if (members.length === 0 || members.length > 32 || !members.every((member) => member.isStringLiteral())) return unknown;
    const values = members.map((member) => (member as TsType & { value: string }).value);
    return values.length === 1
      ? { kind: 'primitive', value: values[0]!, node, plain: false }
      : { kind: 'unknown', node, candidates: values };
  }

  private array(node: ESTree.ArrayExpression): StaticValue {
    const items: StaticValue[] = [];
    for (const element of node.elements) {
      if (element === null) return { kind: 'unknown', node };
      if (element.type === 'SpreadElement') {
        const spread = this.evaluate(element.argument);
        // A spread of something unknown makes the length unknown, so no index is known either.
        if (spread.kind !== 'array') return { kind: 'unknown', node };
        items.push(...spread.items);
      } else {
        items.push(this.evaluate(element));
      }
    }
    return { kind: 'array', items, node };
  }

  private object(node: ESTree.ObjectExpression): StaticValue {
    const byKey = new Map<string, StaticProperty>();
    for (const property of node.properties) {
      if (property.type === 'SpreadElement') {
        const spread = this.evaluate(property.argument);
        // An unknown spread may add or override any key: the object's keys are not known.
        if (spread.kind !== 'object') return { kind: 'unknown', node };
        for (const inherited of spread.properties) {
          byKey.delete(inherited.key);
          byKey.set(inherited.key, inherited);
        }
        continue;
      }
      if (property.kind !== 'init' || property.method) return { kind: 'unknown', node };
      const key = this.keyOf(property);
      if (key === undefined) return { kind: 'unknown', node };
      const value = this.evaluate(property.value as ESTree.Expression);
      byKey.delete(key);
      // `key: undefined` is dropped by JSON.stringify, as the SDK's request body drops it.
      if (value.kind === 'unknown' && isUndefined(value.node)) continue;
      const plainKey =
        !property.computed &&
        !property.shorthand &&
        (property.key.type === 'Identifier' || (property.key.type === 'Literal' && typeof property.key.value === 'string'));
      byKey.set(key, { key, value, property, plainKey });
    }
    return { kind: 'object', properties: [...byKey.values()], node };
  }

  private keyOf(property: ESTree.Property): string | undefined {
    if (!property.computed) {
      if (property.key.type === 'Identifier') return property.key.name;
      if (property.key.type === 'Literal' && (typeof property.key.value === 'string' || typeof property.key.value === 'number'))
        return String(property.key.value);
      return undefined;
    }
    const computed = this.evaluate(property.key);
    return computed.kind === 'primitive' && (typeof computed.value === 'string' || typeof computed.value === 'number')
      ? String(computed.value)
      : undefined;
  }

  private identifier(node: ESTree.Identifier): StaticValue {
    const declarator = this.constDeclaratorOf(node);
    if (declarator === undefined || declarator.init == null || this.resolving.has(declarator)) return { kind: 'unknown', node };
    const variable = findVariable(this.sourceCode.getScope(node), node.name);
    if (variable !== undefined && variable.references.filter((reference) => reference.isRead()).length > 1) {
      this.sharedRanges.push((declarator.init as ESTree.Node & { range: [number, number] }).range);
    }
    this.resolving.add(declarator);
    try {
      return this.evaluate(declarator.init);
    } finally {
      this.resolving.delete(declarator);
    }
  }

  /** For an identifier bound by `import { Name as local }`: `Name`. */
  importedNameOf(node: ESTree.Identifier): string | undefined {
    const definition = findVariable(this.sourceCode.getScope(node), node.name)?.defs[0];
    if (definition?.type !== 'ImportBinding' || definition.node.type !== 'ImportSpecifier') return undefined;
    const imported = definition.node.imported;
    return imported.type === 'Identifier' ? imported.name : String(imported.value);
  }

  /** The `const name = init` declarator an identifier refers to, in this file; undefined otherwise. */
  constDeclaratorOf(node: ESTree.Identifier): ESTree.VariableDeclarator | undefined {
    const variable = findVariable(this.sourceCode.getScope(node), node.name);
    if (variable === undefined || variable.defs.length !== 1) return undefined;
    const definition = variable.defs[0]!;
    if (definition.type !== 'Variable') return undefined;
    const declarator = definition.node as ESTree.VariableDeclarator;
    const declaration = (definition as unknown as { parent: ESTree.VariableDeclaration }).parent;
    if (declaration.kind !== 'const' || declarator.id.type !== 'Identifier' || (declaration as { declare?: boolean }).declare === true)
      return undefined;
    return declarator;
  }
}

function literalValue(node: ESTree.Literal): StaticValue {
  const value = node.value;
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) {
    // `null` here is the null literal: regular expressions and bigints carry `regex`/`bigint`.
    if (value === null && ('regex' in node || 'bigint' in node)) return { kind: 'unknown', node };
    return { kind: 'primitive', value, node, plain: true };
  }
  if (typeof value === 'number' && Number.isFinite(value)) return { kind: 'primitive', value, node, plain: true };
  return { kind: 'unknown', node };
}

function isUndefined(node: ESTree.Node | undefined): boolean {
  return node !== undefined && node.type === 'Identifier' && node.name === 'undefined';
}

function findVariable(start: Scope.Scope, name: string): Scope.Variable | undefined {
  for (let scope: Scope.Scope | null = start; scope !== null; scope = scope.upper) {
    const variable = scope.set.get(name);
    if (variable !== undefined) return variable;
  }
  return undefined;
}
