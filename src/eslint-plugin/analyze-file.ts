/**
 * One file's findings, computed once and shared by every ESLint rule of the plugin (each rule
 * reports the findings of its own reqlint rule id). A file without a call site costs one regular
 * expression test over its text.
 */
import type { Rule, SourceCode } from 'eslint';
import type * as ESTree from 'estree';
import type { Diagnostic } from '../types.js';
import { droppedConstructorFieldMessage } from '../dialects/langchain/constructor-fields.js';
import { LANGCHAIN_CHAT_MODEL_CLASSES, type CallSite } from './call-sites.js';
import { findRequests } from './find-requests.js';
import { nameDefaultNamedSchema } from './structured-output.js';
import { patchToEdits, type TextEdit } from './patch-to-edits.js';
import { nodeForPointer, toDocument } from './request-document.js';
import { callSitesOf, lintOptionsFor, readSettings, type ReqlintEslintSettings } from './settings.js';
import { lintWithUnknowns } from './unknown-values.js';

export interface Finding {
  node: ESTree.Node;
  message: string;
  fix: TextEdit[] | undefined;
  suggestions: Array<{ desc: string; edits: TextEdit[] }>;
}

export type FileFindings = ReadonlyMap<string, readonly Finding[]>;

const NO_FINDINGS: FileFindings = new Map();
const byFile = new WeakMap<SourceCode, FileFindings>();
const precheckCache = new Map<string, RegExp>();

/**
 * Whether the text may contain a call site: for `*.chat.completions.create`, the text must contain
 * `completions.create` (spaces and `?.` allowed); for LangChain, the class name. Cheap enough to run
 * for every file ESLint lints.
 */
export function mayHaveCallSites(text: string, sites: readonly CallSite[]): boolean {
  const key = sites.map((site) => site.callee).join('\0');
  let pattern = precheckCache.get(key);
  if (pattern === undefined) {
    const calls = sites.map((site) => {
      const names = site.callee.split('.').filter((name) => name !== '*');
      return (
        names
          .slice(-2)
          // Not `\\b`: names may start with `$` or `#`, which are not word characters.
          .map((name) => `(?<![\\w$#])${name.replace(/[$]/g, '\\$')}(?![\\w$])`)
          .join('\\s*\\??\\.\\s*')
      );
    });
    const classes = LANGCHAIN_CHAT_MODEL_CLASSES.map((name) => `\\b${name}\\b`);
    pattern = new RegExp([...calls, ...classes].join('|'));
    if (precheckCache.size > 100) precheckCache.clear();
    precheckCache.set(key, pattern);
  }
  return pattern.test(text);
}

export function findingsFor(context: Rule.RuleContext): FileFindings {
  const sourceCode = context.sourceCode;
  const cached = byFile.get(sourceCode);
  if (cached !== undefined) return cached;
  const findings = analyze(context);
  byFile.set(sourceCode, findings);
  return findings;
}

const precheckByFile = new WeakMap<SourceCode, boolean>();

/** Whether a rule needs to look at this file at all: asked by every rule, answered once per file. */
export function fileMayHaveRequests(context: Rule.RuleContext): boolean {
  const sourceCode = context.sourceCode;
  let answer = precheckByFile.get(sourceCode);
  if (answer === undefined) {
    answer = mayHaveCallSites(sourceCode.text, settingsOf(context).sites);
    precheckByFile.set(sourceCode, answer);
  }
  return answer;
}

const settingsCache = new WeakMap<object, { settings: ReqlintEslintSettings; sites: CallSite[] }>();
const NO_SETTINGS = {};

/** The checked settings, once per settings object (ESLint passes the same one for every file of a config). */
function settingsOf(context: Rule.RuleContext): { settings: ReqlintEslintSettings; sites: CallSite[] } {
  const raw: unknown = context.settings['reqlint'];
  const key = typeof raw === 'object' && raw !== null ? raw : NO_SETTINGS;
  let entry = settingsCache.get(key);
  if (entry === undefined) {
    const settings = readSettings(raw);
    entry = { settings, sites: callSitesOf(settings) };
    settingsCache.set(key, entry);
  }
  return entry;
}

function analyze(context: Rule.RuleContext): FileFindings {
  const { settings, sites } = settingsOf(context);
  const sourceCode = context.sourceCode;
  if (!fileMayHaveRequests(context)) return NO_FINDINGS;
  const { requests, sharedRanges } = findRequests(sourceCode, sites);
  if (requests.length === 0) return NO_FINDINGS;

  const optionsFor = lintOptionsFor(settings, context.cwd, context.physicalFilename);
  const byRule = new Map<string, Finding[]>();
  // A `const` request sent from two places is reported once.
  const seen = new Set<string>();
  /** Reports a finding at `node` unless the same rule already said the same there; `finding` is made only then. */
  const add = (ruleId: string, node: ESTree.Node, message: string, finding: () => Omit<Finding, 'node' | 'message'>): void => {
    const range = (node as ESTree.Node & { range: [number, number] }).range;
    const key = `${ruleId}\0${range[0]}\0${range[1]}\0${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    let list = byRule.get(ruleId);
    if (list === undefined) byRule.set(ruleId, (list = []));
    list.push({ node, message, ...finding() });
  };
  for (const request of requests) {
    // Where the place of an option is known: a call option written on the constructor.
    for (const { property, modelClass } of request.droppedConstructorFields) {
      const node = property.property?.key ?? property.value.node;
      if (node === undefined) continue;
      add('langchain/no-dropped-options', node, droppedConstructorFieldMessage(property.key, modelClass), () => ({
        fix: undefined,
        suggestions: [],
      }));
    }
    const document = toDocument(request);
    const options = optionsFor(request.api);
    // Where LangChain reads an option can decide whether it is dropped; the plugin saw where it was written.
    const placed = request.callOptionKeys.length === 0 ? options : { ...options, langchainCallOptions: request.callOptionKeys };
    // `extract`, LangChain's name for a schema given without one, is not a name the user wrote.
    const owner = request.defaultNamedSchema;
    const worded = (text: string) => (owner === undefined ? text : nameDefaultNamedSchema(text, owner));
    for (const diagnostic of lintWithUnknowns(document.template, placed)) {
      const node = nodeForPointer(document, diagnostic.path, diagnostic.target);
      if (node === undefined) continue;
      add(diagnostic.ruleId, node, worded(diagnostic.message), () => ({
        fix: diagnostic.fix && patchToEdits(diagnostic.fix, document, sourceCode, sharedRanges),
        suggestions: suggestionsOf(diagnostic, (patch) => patchToEdits(patch, document, sourceCode, sharedRanges)).map((suggestion) => ({
          ...suggestion,
          desc: worded(suggestion.desc),
        })),
      }));
    }
  }
  return byRule;
}

function suggestionsOf(
  diagnostic: Diagnostic,
  toEdits: (patch: NonNullable<Diagnostic['fix']>) => TextEdit[] | undefined,
): Finding['suggestions'] {
  const out: Finding['suggestions'] = [];
  for (const suggestion of diagnostic.suggestions ?? []) {
    const edits = toEdits(suggestion.fix);
    if (edits !== undefined) out.push({ desc: suggestion.message, edits });
  }
  return out;
}
