// `npm run site`: the documentation site, generated from the sources that already exist (nothing is
// written twice) into `.site/` (git-ignored), then built by VitePress into `.site/.vitepress/dist/`.
//
// - one page per rule: its doc (rules/<id>.md, with its examples) under a table of its meta (type, the
//   APIs it applies to, recommended, default severity, fix kind, options);
// - one page per model entry of data/models.json, with what reqlint knows, its sources and dates;
// - the guides in docs/, the configuration reference (from the config schema) and the CLI reference
//   (`reqlint --help`).
// Needs `npm run build` first (it reads the built modules and runs the built CLI).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { modelFactsUsed } from './model-facts-used.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, '.site');
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, '.vitepress'), { recursive: true });

const library = await import(pathToFileURL(join(root, 'dist', 'src', 'index.js')).href);
const { builtinRules } = library;
const models = JSON.parse(readFileSync(join(root, 'data', 'models.json'), 'utf8'));
const configSchema = JSON.parse(readFileSync(join(root, 'schemas', 'json', 'config.schema.json'), 'utf8'));

const write = (path, text) => {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), text);
};
// Rule docs and guides hold `{{placeholders}}` that Vue would read as its own; `v-pre` keeps them text.
const verbatim = (markdown) => `::: v-pre\n${markdown}\n:::\n`;
const cell = (value) => String(value).replaceAll('|', '\\|').replaceAll('\n', ' ');
// Text outside code spans, with the angle brackets that Vue's template compiler would read as tags escaped.
const prose = (text) =>
  text
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 ? part : part.replaceAll('<', '&lt;')))
    .join('');
const slug = (id) => id.replace(/[^a-zA-Z0-9.-]+/g, '-');

// Which model facts each rule reads (recorded by linting the examples; see model-facts-used.mjs).
const { byRule: factsByRule } = modelFactsUsed({ root, models, ...library });
const rulesReading = new Map();
for (const [ruleId, facts] of factsByRule) for (const fact of facts) rulesReading.set(fact, [...(rulesReading.get(fact) ?? []), ruleId]);

// Rules.
const rulesByGroup = new Map();
for (const rule of [...builtinRules].sort((a, b) => a.id.localeCompare(b.id))) {
  const { meta } = rule;
  const fixKind = meta.fixable
    ? meta.hasSuggestions
      ? 'safe fix and suggestions'
      : 'safe fix'
    : meta.hasSuggestions
      ? 'suggestions (never applied automatically)'
      : 'none';
  const doc = readFileSync(join(root, 'rules', `${rule.id}.md`), 'utf8').replace(/^# .*\n/, '');
  const table = [
    '| | |',
    '|---|---|',
    `| Type | ${meta.type === 'problem' ? 'problem: the API rejects the request' : 'suggestion: accepted but ineffective, deprecated or risky'} |`,
    `| APIs | ${meta.apis.map((api) => `\`${api}\``).join(', ')} |`,
    `| In \`recommended\` | ${meta.recommended ? 'yes' : 'no'} |`,
    `| Default severity | ${meta.severity ?? (meta.type === 'problem' ? 'error' : 'warning')} |`,
    `| Fix | ${fixKind} |`,
    `| Needs a known model | ${meta.requiresModel ? 'yes' : 'no'} |`,
    ...(factsByRule.get(rule.id)?.size
      ? [`| Model facts it reads | ${[...factsByRule.get(rule.id)].map((fact) => `\`${fact}\``).join(', ')} ([models](../../models/)) |`]
      : []),
    ...(meta.optionsSchema
      ? [`| Options | \`${cell(JSON.stringify(meta.optionsSchema))}\` (default \`${cell(JSON.stringify(meta.defaultOptions))}\`) |`]
      : []),
  ].join('\n');
  write(
    `rules/${rule.id}.md`,
    `# ${rule.id}\n\n${verbatim(`${meta.description}\n\n${table}\n\n${doc}`)}\n[Source](https://github.com/reqlint/reqlint/blob/main/rules/${rule.id}.ts)\n`,
  );
  const group = rule.id.split('/')[0];
  rulesByGroup.set(group, [...(rulesByGroup.get(group) ?? []), rule]);
}
write(
  'rules/index.md',
  `# Rules\n\n${builtinRules.length} rules.\n\n${verbatim(
    [...rulesByGroup]
      .map(
        ([group, rules]) =>
          `## ${group}\n\n| Rule | Description | APIs |\n|---|---|---|\n${rules.map((r) => `| [${r.id}](./${r.id}.md) | ${cell(r.meta.description)} | ${r.meta.apis.join(', ')} |`).join('\n')}`,
      )
      .join('\n\n'),
  )}`,
);

// Models: one page per entry of data/models.json (an entry groups the ids that share every fact: a model,
// its dated snapshots, sometimes a family), with every fact, the rules that read it, and where each came
// from and when.
const sourceLink = (key) => {
  const source = models.sources[key];
  return source ? `[${key}](${source.url})` : `\`${key}\``;
};
const sourceRow = (key) => {
  const source = models.sources[key];
  return source
    ? `| \`${key}\` | [${cell(source.title)}](${source.url}) | ${source.snapshot} |`
    : `| \`${key}\` | (not in the source list) | |`;
};
// Source keys a note cites, in its own words (notes name them in parentheses or after a colon).
const citedIn = (text) => Object.keys(models.sources).filter((key) => text.includes(key));
const shown = (value) =>
  typeof value === 'string'
    ? `\`${cell(value)}\``
    : value === null || value === undefined
      ? 'unknown (rules stay silent)'
      : value === true
        ? 'yes'
        : value === false
          ? 'no'
          : `\`${cell(JSON.stringify(value))}\``;
const readers = (fact) => {
  const ids = [...(rulesReading.get(fact) ?? [])].sort();
  return ids.length ? ids.map((id) => `[${id}](../rules/${id}.md)`).join(', ') : '';
};
// The sources that the entry's notes cite about one fact (a note names the fact as the API spells it:
// `top_p`, `parallel_tool_calls`), so a row says what settles it; otherwise the entry's sources do.
const settledBy = (model, key) => {
  const spellings = [key, key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)];
  const cited = new Set(
    (model.notes ?? []).filter((note) => spellings.some((name) => new RegExp(`\\b${name}\\b`).test(note))).flatMap(citedIn),
  );
  return cited.size ? [...cited].map(sourceLink).join(', ') : "the entry's sources";
};
const factTable = (heading, section, model, about = undefined) => {
  const rows = Object.entries(model[section] ?? {}).map(
    ([key, value]) => `| \`${key}\` | ${shown(value)} | ${readers(`${section}.${key}`)} | ${settledBy(model, key)} |`,
  );
  return rows.length
    ? [
        `## ${heading}`,
        '',
        ...(about === undefined ? [] : [about, '']),
        `| ${heading.replace(/s$/, '')} | Value | Rules that read it | Settled by |`,
        '|---|---|---|---|',
        ...rows,
        '',
      ]
    : [];
};
const modelPages = [];
for (const model of models.models) {
  const name = model.ids[0];
  const servedBy = Object.entries(model.apis).map(([api, on]) => `| \`${api}\` | ${shown(on)} | ${readers(`apis.${api}`)} |`);
  // `isReasoning: null`: the sources disagree whether it reasons, so rules say nothing either way.
  const contested = model.isReasoning === null ? [`Whether the model reasons: ${shown(null)}.`, ''] : [];
  const reasoning =
    model.reasoning === null
      ? contested.length > 0
        ? contested
        : ['The model does not reason.', '']
      : [
          ...contested,
          '| Fact | Value | Rules that read it |',
          '|---|---|---|',
          ...Object.entries(model.reasoning).map(
            ([key, value]) =>
              `| \`${key}\` | ${Array.isArray(value) ? (value.length ? value.map((v) => `\`${v}\``).join(', ') : 'none listed') : shown(value)} | ${readers('reasoning')} |`,
          ),
          '',
        ];
  const limits = model.limits
    ? [
        '| Limit | Tokens | Rules that read it |',
        '|---|---|---|',
        `| Output (\`maxOutputTokens\`) | ${model.limits.maxOutputTokens ?? 'unknown'} | ${readers('limits.maxOutputTokens')} |`,
        `| Input (\`maxInputTokens\`) | ${model.limits.maxInputTokens ?? 'unknown'} | ${readers('limits.maxInputTokens')} |`,
        '',
        `From ${sourceLink(model.limits.source)}; checked ${model.limits.checked}.`,
        '',
      ]
    : ['The data has no token limits for this model, so none are checked.', ''];
  const page = [
    `# ${name}`,
    '',
    verbatim(
      [
        `What reqlint knows of ${model.ids.length > 1 ? `these ${model.ids.length} ids, which share every fact` : 'this id'}: ${model.ids.map((id) => `\`${id}\``).join(', ')}. Dated snapshots (\`${name}-2025-01-01\`) and fine-tunes (\`ft:${name}:...\`) of a listed id resolve here too.`,
        '',
        `Every fact comes from the entry's sources (${model.sources.map(sourceLink).join(', ')}), checked ${model.checked}, except the token limits, which name their own source and date. \`unknown\` means the sources do not settle a fact, and rules stay silent on it. The notes say which source settles what.`,
        '',
        '## APIs',
        '',
        '| API | Serves this model | Rules that read it |',
        '|---|---|---|',
        ...servedBy,
        '',
        '## Reasoning',
        '',
        ...reasoning,
        ...factTable('Features', 'features', model),
        ...factTable(
          'Parameters',
          'parameters',
          model,
          `\`supported\`: any value; \`default-only\`: only the default value; \`effort-none-only\`: only at reasoning effort \`none\`; \`rejected\`: any value is an error.`,
        ),
        ...(model.serviceTiers
          ? factTable('Service tiers', 'serviceTiers', model)
          : ['## Service tiers', '', 'Unknown for this model (rules stay silent).', '']),
        '## Token limits',
        '',
        ...limits,
        ...(model.notes?.length
          ? [
              '## Notes',
              '',
              ...model.notes.map(
                (note) => `- ${prose(note)}${citedIn(note).length ? ` (sources: ${citedIn(note).map(sourceLink).join(', ')})` : ''}`,
              ),
              '',
            ]
          : []),
        '## Sources',
        '',
        `Facts checked ${model.checked}${model.limits ? `; token limits checked ${model.limits.checked}` : ''}. The snapshot is the version of each source that was read.`,
        '',
        '| Key | Source | Snapshot |',
        '|---|---|---|',
        ...[...new Set([...model.sources, ...(model.limits ? [model.limits.source] : [])])].map(sourceRow),
        '',
        '[data/models.json](https://github.com/reqlint/reqlint/blob/main/data/models.json) is the one place these facts live; this page is generated from it.',
      ].join('\n'),
    ),
  ].join('\n');
  write(`models/${slug(name)}.md`, page);
  modelPages.push({ model, name, link: `/models/${slug(name)}` });
}
// An API whose support is unknown is listed with a question mark, not dropped.
const apisOf = (model) =>
  Object.entries(model.apis)
    .filter(([, on]) => on !== false)
    .map(([api, on]) => (on === null ? `${api}?` : api))
    .join(', ') || 'none';
write(
  'models/index.md',
  `# Models\n\n${verbatim(`What reqlint knows of each model (\`data/models.json\`), with sources and dates: ${modelPages.length} entries, each grouping the ids that share every fact.\n\n${models.fineTune.notes.map((note) => `- ${prose(note)}`).join('\n')}`)}\n${verbatim(
    `| Model | Ids | APIs | Reasons | Output limit | Checked |\n|---|---|---|---|---|---|\n${modelPages
      .map(
        ({ model, name, link }) =>
          `| [${name}](.${link.slice(7)}.md) | ${model.ids.length} | ${apisOf(model)} | ${model.isReasoning === null ? 'unknown' : model.reasoning ? 'yes' : 'no'} | ${model.limits?.maxOutputTokens ?? 'unknown'} | ${model.checked} |`,
      )
      .join('\n')}`,
  )}`,
);

// Guides, as they are.
const guides = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md'));
for (const guide of guides) write(`guide/${guide}`, verbatim(readFileSync(join(root, 'docs', guide), 'utf8')));

// Configuration reference, from the config schema.
const properties = Object.entries(configSchema.properties ?? {});
write(
  'reference/configuration.md',
  `# Configuration reference\n\nGenerated from \`schemas/json/config.schema.json\`. See also the [configuration guide](../guide/configuration.md).\n\n${verbatim(
    `| Key | Type | Description |\n|---|---|---|\n${properties.map(([key, value]) => `| \`${key}\` | ${cell(value.type ?? (value.enum ? value.enum.join(', ') : (value.$ref ?? '')))} | ${cell(value.description ?? '')} |`).join('\n')}\n\n\`\`\`json\n${JSON.stringify(configSchema, null, 2)}\n\`\`\``,
  )}`,
);
// CLI reference, from the CLI itself.
const help = execFileSync(process.execPath, [join(root, 'dist', 'cli', 'bin.js'), '--help'], { encoding: 'utf8' });
write(
  'reference/cli.md',
  `# CLI reference\n\nThe output of \`reqlint --help\`. See also the [CLI guide](../guide/cli.md).\n\n\`\`\`text\n${help}\`\`\`\n`,
);

write(
  'index.md',
  `# reqlint\n\nLint OpenAI-style LLM request bodies before they are sent.\n\n- [Playground](./playground/index.md)\n- [Rules](./rules/index.md)\n- [Models](./models/index.md)\n- [Configuration reference](./reference/configuration.md)\n- [CLI reference](./reference/cli.md)\n${guides.map((g) => `- [${g.replace(/\.md$/, '')}](./guide/${g})`).join('\n')}\n`,
);
cpSync(join(root, 'LICENSE'), join(out, 'LICENSE.txt'));
// The playground: a Vue component (site/Playground.vue) on a page of its own, client-side only.
cpSync(join(root, 'site', 'Playground.vue'), join(out, 'playground', 'Playground.vue'));
write(
  'playground/index.md',
  `# Playground\n\nPaste a request (Chat Completions, Responses, LangChain options, or Batch JSONL lines). It is linted in your browser; nothing is sent anywhere, and the link holds the request.\n\n<script setup>\nimport Playground from './Playground.vue';\n</script>\n\n<ClientOnly>\n  <Playground />\n</ClientOnly>\n`,
);
write(
  '.vitepress/config.mjs',
  `export default ${JSON.stringify(
    {
      title: 'reqlint',
      description: 'Lint OpenAI-style LLM request bodies before they are sent.',
      cleanUrls: false,
      // Guides link to files of the repository (source, examples) that are not pages of the site.
      ignoreDeadLinks: true,
      themeConfig: {
        nav: [
          { text: 'Playground', link: '/playground/' },
          { text: 'Rules', link: '/rules/' },
          { text: 'Models', link: '/models/' },
          {
            text: 'Reference',
            items: [
              { text: 'Configuration', link: '/reference/configuration' },
              { text: 'CLI', link: '/reference/cli' },
            ],
          },
        ],
        sidebar: {
          '/rules/': [...rulesByGroup].map(([group, rules]) => ({
            text: group,
            collapsed: true,
            items: rules.map((r) => ({ text: r.id.slice(group.length + 1), link: `/rules/${r.id}` })),
          })),
          '/models/': [{ text: 'Models', items: modelPages.map(({ name, link }) => ({ text: name, link })) }],
          '/guide/': [
            { text: 'Guides', items: guides.map((g) => ({ text: g.replace(/\.md$/, ''), link: `/guide/${g.replace(/\.md$/, '')}` })) },
          ],
        },
        search: { provider: 'local' },
      },
      // The playground imports the package's web build, as a browser application does.
      vite: { resolve: { alias: { reqlint: join(root, 'dist', 'reqlint.web.js') } } },
    },
    null,
    2,
  )};\n`,
);
process.stderr.write(`site: ${builtinRules.length} rule pages, ${modelPages.length} model pages, ${guides.length} guides in .site/\n`);
