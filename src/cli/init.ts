import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAMES, hasReqlintKey } from '../config/resolve.js';
import { lint } from '../engine/lint.js';
import { tinyglobby, yaml } from './lazy-deps.js';
import { kindOf, stripBom } from './lint-file.js';
import { jsonlLines } from '../jsonl/lines.js';
import { firstRequestLine } from '../jsonl/request-lines.js';
import { LINTABLE_EXTENSIONS } from './inputs.js';

/** What `--init` writes. JSONC (comments allowed), so the starter can explain itself. */
export const STARTER_CONFIG_FILE = 'reqlint.config.json';
/** Enough to see what a repository holds without reading all of a huge one. */
const MAX_FILES_READ = 500;
const SKIP = [
  '**/node_modules/**',
  '**/.git/**',
  '**/dist/**',
  '**/build/**',
  '**/coverage/**',
  '**/package.json',
  '**/package-lock.json',
  '**/tsconfig*.json',
  '**/reqlint.config.*',
  '**/.reqlintrc*',
  '**/*.schema.json',
  '**/.github/**',
];

type Found = 'request' | 'langchain' | 'jsonl' | 'batch' | 'other';

interface Survey {
  byKind: Record<Found, string[]>;
  /** Top-level folders whose JSON/YAML files are all something other than requests. */
  notRequests: string[];
}

/**
 * `reqlint --init`: looks at the repository's JSON, JSONL and YAML files (request fixtures, JSONL
 * logs and Batch files, LangChain `ChatOpenAI` option files) and writes a commented starter config
 * that fits what it found. It never overwrites an existing config. Exit code 0, or 2 when a config exists.
 */
export async function writeStarterConfig(cwd: string, stderr: { write(text: string): unknown }): Promise<number> {
  const existing =
    [...CONFIG_FILE_NAMES].find((name) => existsSync(join(cwd, name))) ??
    (hasReqlintKey(join(cwd, 'package.json')) ? 'package.json ("reqlint" key)' : undefined);
  if (existing !== undefined) {
    stderr.write(
      `reqlint: --init: ${existing} already exists; --init never overwrites a config. Edit it, or remove it and run --init again.\n`,
    );
    return 2;
  }
  const survey = await surveyRepository(cwd);
  writeFileSync(join(cwd, STARTER_CONFIG_FILE), starterConfig(survey, new Date()));
  const counts = describeCounts(survey);
  stderr.write(`reqlint: wrote ${STARTER_CONFIG_FILE} (${counts}). ${nextStep(survey)}\n`);
  return 0;
}

export async function surveyRepository(cwd: string): Promise<Survey> {
  const files = (await tinyglobby().glob('**/*.{json,jsonc,jsonl,yaml,yml}', { cwd, ignore: SKIP, dot: false }))
    .sort()
    .slice(0, MAX_FILES_READ);
  const byKind: Record<Found, string[]> = { request: [], langchain: [], jsonl: [], batch: [], other: [] };
  for (const file of files) byKind[classify(join(cwd, file), file)].push(file);
  const folders = new Map<string, { requests: number; others: number }>();
  for (const [kind, list] of Object.entries(byKind) as Array<[Found, string[]]>) {
    for (const file of list) {
      if (!file.includes('/')) continue;
      const top = file.slice(0, file.indexOf('/'));
      const count = folders.get(top) ?? { requests: 0, others: 0 };
      if (kind === 'other') count.others++;
      else count.requests++;
      folders.set(top, count);
    }
  }
  const notRequests = [...folders].filter(([, c]) => c.requests === 0 && c.others > 0).map(([folder]) => folder);
  return { byKind, notRequests };
}

function classify(absolute: string, file: string): Found {
  let text: string;
  try {
    text = stripBom(readFileSync(absolute, 'utf8'));
  } catch {
    return 'other';
  }
  if (kindOf(file) === 'jsonl') {
    const first = firstRequestLine(jsonlLines(text));
    try {
      const value = JSON.parse(first?.text ?? '') as Record<string, unknown>;
      return 'custom_id' in value && 'body' in value ? 'batch' : 'jsonl';
    } catch {
      return 'other';
    }
  }
  let body: unknown = text;
  if (kindOf(file) === 'yaml') {
    try {
      body = yaml().parse(text) as unknown;
    } catch {
      return 'other';
    }
  }
  const result = lint(body);
  if (result.diagnostics.some((d) => d.ruleId === 'dialect/unknown' || d.ruleId === 'parse/syntax' || d.ruleId === 'parse/not-an-object'))
    return 'other';
  return result.api === 'langchain' ? 'langchain' : 'request';
}

function folderGlob(files: readonly string[]): string[] {
  const folders = new Set(files.map((file) => (file.includes('/') ? `${file.slice(0, file.lastIndexOf('/'))}/**` : file)));
  return [...folders].sort();
}

/** The top folders (or files) that hold the requests found; empty when there are none yet. */
function suggestedTargets(survey: Survey): string[] {
  const requests = [...survey.byKind.request, ...survey.byKind.langchain, ...survey.byKind.jsonl, ...survey.byKind.batch];
  return [...new Set(requests.map((file) => (file.includes('/') ? `${file.slice(0, file.indexOf('/'))}/` : file)))].sort();
}

/** What to run next: the command that lints what was found, or, with nothing found, where requests go. */
function nextStep(survey: Survey): string {
  const targets = suggestedTargets(survey);
  return targets.length > 0
    ? `Run \`npx reqlint ${targets.join(' ')}\` to lint.`
    : `Put request fixtures (${LINTABLE_EXTENSIONS.map((ext) => `.${ext}`).join(', ')}) in a folder such as fixtures/, then run \`npx reqlint fixtures/\`.`;
}

function describeCounts(survey: Survey): string {
  const { request, langchain, jsonl, batch } = survey.byKind;
  return `found ${request.length} request fixture${request.length === 1 ? '' : 's'}, ${langchain.length} LangChain option file${langchain.length === 1 ? '' : 's'}, ${jsonl.length} JSONL log${jsonl.length === 1 ? '' : 's'}, ${batch.length} Batch file${batch.length === 1 ? '' : 's'}`;
}

/** The starter text: JSONC with a comment on each setting, fitted to the survey. */
export function starterConfig(survey: Survey, date: Date): string {
  const langchain = folderGlob(survey.byKind.langchain);
  const lines = [
    `// reqlint configuration, written by \`reqlint --init\` on ${date.toISOString().slice(0, 10)}.`,
    `// It ${describeCounts(survey)}.`,
    `// ${nextStep(survey).replace(/`/g, '')}`,
    '// Reference: https://github.com/reqlint/reqlint/blob/main/docs/configuration.md',
    '{',
    '  "$schema": "./node_modules/reqlint/dist/schemas/json/config.schema.json",',
    '  // Do not merge configs from parent folders.',
    '  "root": true,',
    '  // "reqlint:recommended": the rules that catch 400s and silently ignored options.',
    '  // "reqlint:strict" also turns warnings into errors; shareable configs from npm work too.',
    '  "extends": ["reqlint:recommended"],',
    '  // Per-rule severities, as in ESLint: "off" | "warn" | "error" (or 0 | 1 | 2), and "info".',
    '  // `npx reqlint rules` lists every rule.',
    '  "rules": {',
    '    // "model/unknown": "off"',
    '  },',
    '  // Deployment names (Azure OpenAI) and other aliases -> the model whose capabilities apply.',
    '  "models": {',
    '    "aliases": {',
    '      // "prod-gpt4": "gpt-4.1"',
    '    }',
    '  },',
    '  // Unused `// reqlint-disable-next-line <rule> -- <reason>` comments are reported;',
    '  // set this to true to require the reason after " -- ".',
    '  "requireDisableReason": false,',
    '  "overrides": [',
    ...(langchain.length > 0
      ? [
          '    // LangChain ChatOpenAI option files: lint them as LangChain options, not as wire requests.',
          `    { "files": ${JSON.stringify(langchain)}, "api": "langchain" }`,
        ]
      : ['    // { "files": ["langchain/**/*.json"], "api": "langchain" }']),
    '  ],',
    '  // Files that are not requests (a .reqlintignore file with gitignore syntax works too).',
    `  "ignorePatterns": ${JSON.stringify(survey.notRequests.map((folder) => `${folder}/**`))}`,
    '}',
    '',
  ];
  return lines.join('\n');
}
