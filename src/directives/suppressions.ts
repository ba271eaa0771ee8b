import { isKnownRuleId, unknownRuleHint } from '../config/rule-ids.js';
import type { Diagnostic, Position, Range, Severity, SeveritySetting } from '../types.js';
import type { SourceComment } from './comments.js';
import { parseDirective, type Directive } from './parse.js';

/** How `reqlint-disable` comments are treated, from the config (`directiveSettingsFor`). */
export interface DirectiveSettings {
  /** Severity of a directive that suppresses nothing; `off` not to report it. */
  reportUnused: SeveritySetting;
  /** Every directive must give a reason after ` -- `. */
  requireReason: boolean;
  /** Directives are not applied (only the config and the baseline decide). */
  noInlineConfig: boolean;
}

export const DEFAULT_DIRECTIVE_SETTINGS: DirectiveSettings = { reportUnused: 'warning', requireReason: false, noInlineConfig: false };

/** Findings about directives themselves; they cannot be suppressed. */
export const DIRECTIVE_IDS = ['directive/unused', 'directive/unknown-rule', 'directive/missing-reason', 'directive/not-applied'] as const;
export type DirectiveFindingId = (typeof DIRECTIVE_IDS)[number];
export const DIRECTIVES_DOCS_URL = 'https://github.com/reqlint/reqlint/blob/main/docs/configuration.md#inline-suppressions';

/**
 * A syntax error leaves nothing else to check; hiding it would hide that the file was not linted. A
 * comment in a JSON Lines file cannot be excused by a comment (a directive is one, and is itself
 * reported in a Batch file): the config's `overrides` turn that check off for a file.
 */
const UNSUPPRESSIBLE = new Set<string>(['parse/syntax', 'parse/jsonl-comments', ...DIRECTIVE_IDS]);

/** Whether a `reqlint-disable` comment can turn this finding off (editors offer to add one only then). */
export function isSuppressibleInline(ruleId: string): boolean {
  return !UNSUPPRESSIBLE.has(ruleId);
}

interface Tracked {
  directive: Directive;
  /** Rule ids (or `*` for a directive without a list) that suppressed something. */
  used: Set<string>;
}

type Event = { at: Position; kind: 'disable' | 'enable'; tracked: Tracked };

/**
 * The inline suppressions of one file, fed with its comments in text order (all at once, or line by
 * line while a JSONL file streams), then asked about each diagnostic. A diagnostic is compared by its
 * start position, so comments that come later in the file can never change an earlier answer.
 */
export class Suppressions {
  private readonly events: Event[] = [];
  private readonly byLine = new Map<number, Tracked[]>();
  private readonly all: Tracked[] = [];
  private readonly problems: Diagnostic[] = [];
  /** Running state while comments are added, to tell an `enable` that closes nothing. */
  private openBlocks = 0;

  constructor(
    private readonly settings: DirectiveSettings,
    /** `false` for plain `.json`, which has no comments: directives there are reported, not applied. */
    private readonly applies = true,
  ) {}

  /** Reads the directives among `comments`; returns whether there was any. */
  addComments(comments: readonly SourceComment[]): boolean {
    let found = false;
    for (const comment of comments) {
      const directive = parseDirective(comment);
      if (directive === undefined) continue;
      found = true;
      if (!this.applies || this.settings.noInlineConfig) {
        const why = this.applies
          ? '`noInlineConfig` is set in the config'
          : "plain .json files have no comments; rename the file to .jsonc, or use the config's `overrides` or a baseline";
        this.problem('directive/not-applied', 'warning', `\`${directive.name}\` has no effect: ${why}.`, directive.range);
        continue;
      }
      this.add(directive);
    }
    return found;
  }

  private add(directive: Directive): void {
    const known = directive.rules.filter((rule) => {
      if (isKnownRuleId(rule.id)) return true;
      this.problem(
        'directive/unknown-rule',
        'error',
        `\`${directive.name}\` names unknown rule ${JSON.stringify(rule.id)}; ${unknownRuleHint(rule.id)}`,
        rule.range,
      );
      return false;
    });
    // Every id was unknown: the directive must not turn into a blanket "disable everything".
    if (directive.rules.length > 0 && known.length === 0) return;
    const tracked: Tracked = { directive: { ...directive, rules: known }, used: new Set() };
    if (this.settings.requireReason && directive.reason === undefined && directive.kind !== 'enable') {
      this.problem(
        'directive/missing-reason',
        'error',
        `\`${directive.name}\` needs a reason: add \` -- <why>\` after the rule ids (the config sets \`requireDisableReason\`).`,
        directive.range,
      );
    }
    switch (directive.kind) {
      case 'disable-line':
        this.onLine(directive.range.start.line, tracked);
        break;
      case 'disable-next-line':
        this.onLine(directive.range.end.line + 1, tracked);
        break;
      case 'disable':
        this.openBlocks++;
        this.events.push({ at: directive.range.end, kind: 'disable', tracked });
        break;
      case 'enable':
        if (this.openBlocks === 0) {
          this.report(tracked, 'no `reqlint-disable` comment before it is still open');
          return;
        }
        this.openBlocks = known.length === 0 ? 0 : this.openBlocks;
        this.events.push({ at: directive.range.start, kind: 'enable', tracked });
        return;
    }
    this.all.push(tracked);
  }

  private onLine(line: number, tracked: Tracked): void {
    const list = this.byLine.get(line) ?? [];
    list.push(tracked);
    this.byLine.set(line, list);
  }

  /** The diagnostics that no directive suppresses; the directives that did are marked used. */
  filter(diagnostics: readonly Diagnostic[]): Diagnostic[] {
    if (this.byLine.size === 0 && this.events.length === 0) return [...diagnostics];
    return diagnostics.filter((diagnostic) => !this.suppresses(diagnostic));
  }

  /** Whether a directive suppresses this diagnostic (and marks that directive used). */
  suppresses(diagnostic: Diagnostic): boolean {
    if (UNSUPPRESSIBLE.has(diagnostic.ruleId)) return false;
    const at = diagnostic.range?.start ?? { line: diagnostic.line ?? 1, column: 1, offset: 0 };
    for (const tracked of this.byLine.get(at.line) ?? []) {
      if (this.matches(tracked, diagnostic.ruleId)) return true;
    }
    const block = this.blockAt(at, diagnostic.ruleId);
    return block !== undefined && this.matches(block, diagnostic.ruleId);
  }

  /** Replays disable/enable comments before `at`, ESLint's way: `enable x` re-enables x even under a blanket disable. */
  private blockAt(at: Position, ruleId: string): Tracked | undefined {
    let blanket: Tracked | undefined;
    const exceptions = new Set<string>();
    const byRule = new Map<string, Tracked>();
    for (const event of this.events) {
      if (before(at, event.at)) break;
      const ids = event.tracked.directive.rules.map((r) => r.id);
      if (event.kind === 'disable') {
        if (ids.length === 0) {
          blanket = event.tracked;
          exceptions.clear();
        } else for (const id of ids) byRule.set(id, event.tracked);
      } else if (ids.length === 0) {
        blanket = undefined;
        byRule.clear();
      } else {
        for (const id of ids) {
          byRule.delete(id);
          exceptions.add(id);
        }
      }
    }
    return byRule.get(ruleId) ?? (blanket !== undefined && !exceptions.has(ruleId) ? blanket : undefined);
  }

  private matches(tracked: Tracked, ruleId: string): boolean {
    const rules = tracked.directive.rules;
    if (rules.length === 0) {
      tracked.used.add('*');
      return true;
    }
    if (!rules.some((r) => r.id === ruleId)) return false;
    tracked.used.add(ruleId);
    return true;
  }

  /** Findings about the directives: unknown rules, missing reasons, and (when asked) unused ones. */
  finish(): Diagnostic[] {
    for (const tracked of this.all) {
      const { rules } = tracked.directive;
      if (rules.length === 0) {
        if (!tracked.used.has('*')) this.report(tracked, 'no problems were reported');
        continue;
      }
      for (const rule of rules) {
        if (!tracked.used.has(rule.id))
          this.report(tracked, `no problems were reported from ${JSON.stringify(rule.id)}`, rules.length > 1 ? rule.range : undefined);
      }
    }
    return this.problems.sort((a, b) => a.range!.start.offset - b.range!.start.offset);
  }

  private report(tracked: Tracked, why: string, range?: Range): void {
    if (this.settings.reportUnused === 'off') return;
    this.problem(
      'directive/unused',
      this.settings.reportUnused,
      `Unused \`${tracked.directive.name}\` directive (${why}); remove it.`,
      range ?? tracked.directive.range,
    );
  }

  private problem(ruleId: DirectiveFindingId, severity: Severity, message: string, range: Range): void {
    this.problems.push({ ruleId, severity, message, path: '', target: 'value', range, docsUrl: DIRECTIVES_DOCS_URL });
  }
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}
