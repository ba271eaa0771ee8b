/**
 * Finds the requests a file sends: each known call site (see `call-sites.ts`) with the static value
 * of its request, ready to lint. For LangChain, the options of a call are combined with those of the
 * `ChatOpenAI` it is made on (the constructor, `bind`, `withConfig`, `bindTools`), as LangChain
 * merges them into one request; findings on those inherited options belong to the call that wrote
 * them, so they are marked.
 */
import type { SourceCode } from 'eslint';
import type * as ESTree from 'estree';
import type { Dialect } from '../types.js';
import { isDroppedByLangChainConstructor } from '../dialects/langchain/constructor-fields.js';
import { calleeMatches, isLangChainMethod, LANGCHAIN_CHAT_MODEL_CLASSES, LANGCHAIN_METHODS, type CallSite } from './call-sites.js';
import { StaticEvaluator, unwrap, type JsonPrimitive, type StaticProperty, type StaticValue } from './static-value.js';
import { structuredOutputOptions } from './structured-output.js';

export interface FoundRequest {
  api: Dialect;
  /** The request as one object: the call's own options, over those it inherits. */
  root: StaticValue & { kind: 'object' };
  /** Top-level properties that come from another call (the receiver's constructor or `bind`). */
  inherited: ReadonlySet<StaticProperty>;
  call: ESTree.Node;
  /**
   * Call-only options written in this request's own `new ChatOpenAI({...})`: the constructor drops
   * them, so they are left out of `root` and reported where they are written.
   */
  droppedConstructorFields: ReadonlyArray<{ property: StaticProperty; modelClass: string }>;
  /**
   * Top-level keys of `root` written as LangChain call options (`invoke`, `withConfig`, `bindTools`...),
   * which the options alone cannot tell from constructor fields: the `langchainCallOptions` lint option.
   */
  callOptionKeys: readonly string[];
  /** `withStructuredOutput` named the schema `extract`, LangChain's default: what the schema became. */
  defaultNamedSchema?: 'response_format' | 'function';
}

interface Part {
  value: StaticValue;
  inherited: boolean;
  /** On a constructor's part: the chat model class (`withStructuredOutput`'s default depends on it). */
  modelClass?: string;
  /** The options of a LangChain method (`invoke`, `withConfig`...), which LangChain reads as call options. */
  callOptions?: true;
}

export interface FoundRequests {
  requests: FoundRequest[];
  /** Where no fix may edit: `const` values that more than one place reads. */
  sharedRanges: ReadonlyArray<readonly [number, number]>;
}

export function findRequests(sourceCode: SourceCode, sites: readonly CallSite[]): FoundRequests {
  const finder = new RequestFinder(sourceCode, sites);
  walk(sourceCode.ast as ESTree.Node, sourceCode.visitorKeys, (node) => finder.visit(node));
  return { requests: finder.found, sharedRanges: finder.evaluator.sharedRanges };
}

class RequestFinder {
  readonly found: FoundRequest[] = [];
  readonly evaluator: StaticEvaluator;

  constructor(
    sourceCode: SourceCode,
    private readonly sites: readonly CallSite[],
  ) {
    this.evaluator = new StaticEvaluator(sourceCode);
  }

  visit(node: ESTree.Node): void {
    if (node.type === 'NewExpression') {
      const parts = this.constructorParts(node);
      if (parts !== undefined) this.add('langchain', parts, node);
      return;
    }
    if (node.type !== 'CallExpression') return;
    const chain = memberChain(node.callee);
    if (chain !== undefined) {
      const site = this.sites.find((candidate) => calleeMatches(candidate.callee, chain));
      if (site !== undefined) {
        const argument = node.arguments[site.argument];
        if (argument !== undefined && argument.type !== 'SpreadElement')
          this.add(site.api, [{ value: this.evaluator.evaluate(argument), inherited: false }], node, site.adds);
        return;
      }
    }
    this.langChainCall(node);
  }

  private langChainCall(node: ESTree.CallExpression): void {
    const callee = unwrap(node.callee);
    if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
    const method = callee.property.name;
    if (!isLangChainMethod(method)) return;
    const receiver = this.chatModelParts(callee.object as ESTree.Expression, 0);
    if (receiver === undefined) return;
    const inherited = receiver.map((part) => ({ ...part, inherited: true }));
    const spec = LANGCHAIN_METHODS[method];
    const argument = (index: number | undefined): ESTree.Expression | undefined => {
      const arg = index === undefined ? undefined : node.arguments[index];
      return arg === undefined || arg.type === 'SpreadElement' ? undefined : arg;
    };

    if ('schema' in spec) {
      const schema = argument(spec.schema);
      const structured = schema && structuredOutputOptions(this.evaluator, inherited, schema, argument(spec.structuredOptions));
      if (structured === undefined) return;
      const found = this.add('langchain', [...inherited, { value: structured.options, inherited: false, callOptions: true }], node);
      if (found !== undefined && structured.defaultNamed !== undefined) found.defaultNamedSchema = structured.defaultNamed;
      return;
    }
    const own: Part[] = [];
    if ('tools' in spec) {
      const tools = argument(spec.tools);
      if (tools !== undefined) own.push({ value: toolsProperty(this.evaluator.evaluate(tools)), inherited: false, callOptions: true });
    }
    const options = argument(spec.callOptions);
    if (options !== undefined) {
      const value = this.evaluator.evaluate(options);
      // `batch(inputs, [options, ...])`: one request per input.
      if (method === 'batch' && value.kind === 'array') {
        for (const item of value.items)
          this.add(
            'langchain',
            [...inherited, { value: item, inherited: false, callOptions: true }],
            node,
            'adds' in spec ? spec.adds : undefined,
          );
        return;
      }
      own.push({ value, inherited: false, callOptions: true });
    }
    if (own.length > 0) this.add('langchain', [...inherited, ...own], node, 'adds' in spec ? spec.adds : undefined);
  }

  /** The options a chat model expression carries, if it is known to be a `ChatOpenAI`. */
  private chatModelParts(expression: ESTree.Expression, depth: number): Part[] | undefined {
    if (depth > 20) return undefined;
    const node = unwrap(expression);
    if (node.type === 'NewExpression') return this.constructorParts(node);
    if (node.type === 'Identifier') {
      const declarator = this.evaluator.constDeclaratorOf(node);
      return declarator?.init == null ? undefined : this.chatModelParts(declarator.init, depth + 1);
    }
    if (node.type === 'CallExpression') {
      const callee = unwrap(node.callee);
      if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return undefined;
      const method = callee.property.name;
      if (!isLangChainMethod(method) || !LANGCHAIN_METHODS[method].returnsModel) return undefined;
      const receiver = this.chatModelParts(callee.object as ESTree.Expression, depth + 1);
      if (receiver === undefined) return undefined;
      const spec: { tools?: number; callOptions?: number } = LANGCHAIN_METHODS[method];
      const parts = [...receiver];
      const tools = spec.tools === undefined ? undefined : node.arguments[spec.tools];
      if (tools !== undefined && tools.type !== 'SpreadElement')
        parts.push({ value: toolsProperty(this.evaluator.evaluate(tools)), inherited: false, callOptions: true });
      const options = spec.callOptions === undefined ? undefined : node.arguments[spec.callOptions];
      if (options !== undefined && options.type !== 'SpreadElement')
        parts.push({ value: this.evaluator.evaluate(options), inherited: false, callOptions: true });
      return parts;
    }
    return undefined;
  }

  /** `new ChatOpenAI({...})`, or `new ChatOpenAI('gpt-4.1', {...})`. */
  private constructorParts(node: ESTree.NewExpression): Part[] | undefined {
    const modelClass = this.chatModelClass(unwrap(node.callee));
    if (modelClass === undefined) return undefined;
    const [first, second] = node.arguments;
    if (first === undefined) return [{ value: { kind: 'object', properties: [], node }, inherited: false, modelClass }];
    if (first.type === 'SpreadElement') return undefined;
    const value = this.evaluator.evaluate(first);
    if (value.kind === 'primitive' && typeof value.value === 'string') {
      const model: StaticProperty = { key: 'model', value, property: undefined, plainKey: false };
      const fields = second === undefined || second.type === 'SpreadElement' ? undefined : this.evaluator.evaluate(second);
      if (fields !== undefined && fields.kind !== 'object') return undefined;
      return [
        {
          value: { kind: 'object', properties: [model, ...(fields?.properties ?? [])], node: fields?.node ?? node },
          inherited: false,
          modelClass,
        },
      ];
    }
    return [{ value, inherited: false, modelClass }];
  }

  /** The class `ChatOpenAI`, `openai.ChatOpenAI` or a name it was imported as (`import { ChatOpenAI as Chat }`) names, if it is one. */
  private chatModelClass(callee: ESTree.Node): string | undefined {
    const known = (name: string | undefined) => (name !== undefined && LANGCHAIN_CHAT_MODEL_CLASSES.includes(name) ? name : undefined);
    if (callee.type === 'MemberExpression')
      return !callee.computed && callee.property.type === 'Identifier' ? known(callee.property.name) : undefined;
    if (callee.type !== 'Identifier') return undefined;
    return known(callee.name) ?? known(this.evaluator.importedNameOf(callee));
  }

  /** Records a request made of these parts (later ones win), unless one is not a static object. */
  private add(
    api: Dialect,
    parts: readonly Part[],
    call: ESTree.Node,
    adds?: Readonly<Record<string, JsonPrimitive>>,
  ): FoundRequest | undefined {
    const byKey = new Map<string, StaticProperty>();
    const inherited = new Set<StaticProperty>();
    const callOptionKeys = new Set<string>();
    const dropped: Array<{ property: StaticProperty; modelClass: string }> = [];
    let ownNode: ESTree.Node | undefined;
    for (const part of parts) {
      // Options that are not a static object (a variable, a call): nothing is known, nothing is linted.
      if (part.value.kind !== 'object') return undefined;
      if (!part.inherited && part.value.node !== undefined) ownNode = part.value.node;
      for (const property of part.value.properties) {
        // `reasoningEffort`, `tools`, `seed`... on a constructor never reach the request.
        if (part.modelClass !== undefined && isDroppedByLangChainConstructor(property.key)) {
          if (!part.inherited) dropped.push({ property, modelClass: part.modelClass });
          continue;
        }
        byKey.delete(property.key);
        byKey.set(property.key, property);
        if (part.inherited) inherited.add(property);
        else inherited.delete(property);
        // The place of the value that wins, as LangChain merges a call's options over the constructor's fields.
        if (part.callOptions === true) callOptionKeys.add(property.key);
        else callOptionKeys.delete(property.key);
      }
    }
    for (const [key, value] of Object.entries(adds ?? {})) {
      if (!byKey.has(key))
        byKey.set(key, { key, value: { kind: 'primitive', value, node: undefined, plain: false }, property: undefined, plainKey: false });
    }
    const found: FoundRequest = {
      api,
      root: { kind: 'object', properties: [...byKey.values()], node: ownNode },
      inherited,
      call,
      droppedConstructorFields: dropped,
      callOptionKeys: [...callOptionKeys],
    };
    this.found.push(found);
    return found;
  }
}

/**
 * `bindTools(tools)` as the request's `tools`. LangChain also takes its own tool objects and zod
 * schemas there and converts them; only tools already in OpenAI's shape (`{ type, ... }`) are linted
 * as they are, the others are unknown.
 */
function toolsProperty(tools: StaticValue): StaticValue {
  const items: StaticValue =
    tools.kind === 'array'
      ? {
          ...tools,
          items: tools.items.map((item) =>
            item.kind === 'object' && item.properties.some((p) => p.key === 'type') ? item : { kind: 'unknown', node: item.node },
          ),
        }
      : { kind: 'unknown', node: tools.node };
  return { kind: 'object', properties: [{ key: 'tools', value: items, property: undefined, plainKey: false }], node: undefined };
}

/** `a.b.c` as `['a', 'b', 'c']`; undefined for anything but identifiers, `this` and plain member names. */
export function memberChain(expression: ESTree.Node): string[] | undefined {
  const node = unwrap(expression);
  if (node.type === 'Identifier') return [node.name];
  if (node.type === 'ThisExpression') return ['this'];
  if (node.type === 'MemberExpression') {
    const object = memberChain(node.object);
    if (object === undefined) return undefined;
    if (!node.computed && node.property.type === 'Identifier') return [...object, node.property.name];
    if (node.computed && node.property.type === 'Literal' && typeof node.property.value === 'string')
      return [...object, node.property.value];
    if (!node.computed && node.property.type === 'PrivateIdentifier') return [...object, `#${node.property.name}`];
  }
  return undefined;
}

/** Visits every node once, parents before children, following the parser's visitor keys. */
function walk(root: ESTree.Node, keys: SourceCode.VisitorKeys, visit: (node: ESTree.Node) => void): void {
  const stack: ESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) if (isNode(child[i])) stack.push(child[i] as ESTree.Node);
      } else if (isNode(child)) {
        stack.push(child);
      }
    }
  }
}

function isNode(value: unknown): value is ESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
