import { isAbsolute, relative } from 'node:path';
import type * as Sarif from 'sarif';
import { builtinRules } from '../../../rules/index.js';
import { docsUrlFor } from '../../docs-url.js';
import { ENGINE_CHECKS } from '../../engine/checks.js';
import { applyPatchToText } from '../../engine/fix/text-fixes.js';
import { defaultSeverity } from '../../rule.js';
import type { Diagnostic, Severity } from '../../types.js';
import { kindOf, type FileResult } from '../lint-file.js';

export interface SarifContext {
  version: string;
  /** Artifact URIs are relative to this directory (the repository root in CI), as code scanning expects. */
  cwd: string;
}

/**
 * SARIF 2.1.0 for code scanning (GitHub `upload-sarif`, Azure DevOps, VS Code SARIF viewer). Every
 * rule and engine check is described in `tool.driver.rules` with its docs link; results point into
 * the file by region (1-based lines, UTF-16 columns, end column exclusive, as SARIF defines them).
 * Safe fixes are given as `fixes` when the source text is at hand to express them as replacements.
 */
export function formatSarif(results: readonly FileResult[], context: SarifContext): string {
  const descriptors = ruleDescriptors();
  const index = new Map(descriptors.map((rule, i) => [rule.id, i]));
  const sarifResults: Sarif.Result[] = [];
  for (const file of results) {
    for (const d of file.diagnostics) {
      if (!index.has(d.ruleId)) {
        index.set(d.ruleId, descriptors.length);
        descriptors.push({ id: d.ruleId, shortDescription: { text: d.ruleId }, helpUri: d.docsUrl });
      }
      sarifResults.push(toResult(file, d, index.get(d.ruleId)!, context.cwd));
    }
  }
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'reqlint', informationUri: 'https://github.com/reqlint/reqlint', version: context.version, rules: descriptors },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function ruleDescriptors(): Sarif.ReportingDescriptor[] {
  const rules = builtinRules.map((rule) => descriptor(rule.id, rule.meta.description, defaultSeverity(rule.meta), rule.meta.recommended));
  const checks = ENGINE_CHECKS.map((check) => descriptor(check.id, check.description, check.severity, true));
  return [...rules, ...checks];
}

function descriptor(id: string, description: string, severity: Severity, enabled: boolean): Sarif.ReportingDescriptor {
  return {
    id,
    shortDescription: { text: description },
    helpUri: docsUrlFor(id),
    defaultConfiguration: { level: level(severity), enabled },
  };
}

function level(severity: Severity): Sarif.Result.level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function toResult(file: FileResult, d: Diagnostic, ruleIndex: number, cwd: string): Sarif.Result {
  const path = isAbsolute(file.filePath) ? relative(cwd, file.filePath) : file.filePath;
  const artifactLocation: Sarif.ArtifactLocation = { uri: encodeURI(path.split('\\').join('/')) };
  const region: Sarif.Region | undefined = d.range
    ? {
        startLine: d.range.start.line,
        startColumn: d.range.start.column,
        endLine: d.range.end.line,
        endColumn: Math.max(d.range.end.column, d.range.start.line === d.range.end.line ? d.range.start.column + 1 : 1),
      }
    : d.line !== undefined
      ? { startLine: d.line }
      : undefined;
  // YAML fixes would need YAML-aware edits (as --fix, which skips them).
  const fix = d.fix && kindOf(file.filePath) !== 'yaml' ? sarifFix(file, d, artifactLocation) : undefined;
  return {
    ruleId: d.ruleId,
    ruleIndex,
    level: level(d.severity),
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation, ...(region ? { region } : {}) } }],
    ...(fix ? { fixes: [fix] } : {}),
  };
}

/**
 * The fix as one text replacement: apply the JSON Patch to the text (formatting kept), then take the
 * span between the common prefix and suffix. For a JSONL file, the same on the diagnostic's line.
 */
function sarifFix(file: FileResult, d: Diagnostic, artifactLocation: Sarif.ArtifactLocation): Sarif.Fix | undefined {
  let text: string | undefined;
  let base = 0;
  if (d.line !== undefined && d.range !== undefined) {
    text = file.lines?.[d.line] ?? file.source?.split('\n')[d.line - 1]?.replace(/\r$/, '');
    base = d.range.start.offset - (d.range.start.column - 1);
  } else if (d.line === undefined) {
    text = file.source;
  }
  if (text === undefined || d.range === undefined) return undefined;
  let fixed: string;
  try {
    fixed = applyPatchToText(text, d.fix!);
  } catch {
    return undefined;
  }
  let prefix = 0;
  while (prefix < text.length && prefix < fixed.length && text[prefix] === fixed[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < text.length - prefix &&
    suffix < fixed.length - prefix &&
    text[text.length - 1 - suffix] === fixed[fixed.length - 1 - suffix]
  )
    suffix++;
  return {
    description: { text: `Apply the safe fix for ${d.ruleId}.` },
    artifactChanges: [
      {
        artifactLocation,
        replacements: [
          {
            deletedRegion: { charOffset: base + prefix, charLength: text.length - prefix - suffix },
            insertedContent: { text: fixed.slice(prefix, fixed.length - suffix) },
          },
        ],
      },
    ],
  };
}
