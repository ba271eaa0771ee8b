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

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, '.site');
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, '.vitepress'), { recursive: true });

const { builtinRules } = await import(pathToFileURL(join(root, 'dist', 'src', 'index.js')).href);
const models = JSON.parse(readFileSync(join(root, 'data', 'models.json'), 'utf8'));
const configSchema = JSON.parse(readFileSync(join(root, 'schemas', 'json', 'config.schema.json'), 'utf8'));

const write = (path, text) => {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), text);
};
// Rule docs and guides hold `{{placeholders}}` that Vue would read as its own; `v-pre` keeps them text.
const verbatim = (markdown) => `::: v-pre\n${markdown}\n:::\n`;
const cell = (value) => String(value).replaceAll('|', '\\|').replaceAll('\n', ' ');
const slug = (id) => id.replace(/[^a-zA-Z0-9.-]+/g, '-');

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

// Models.
const sourceLine = (id) => {
  const source = models.sources[id];
  return source ? `- **${id}**: [${cell(source.title)}](${source.url}) (snapshot ${source.snapshot})` : `- **${id}**`;
};
const modelPages = [];
for (const model of models.models) {
  const name = model.ids[0];
  const flags = (record) =>
    Object.entries(record ?? {})
      .map(([key, value]) => `| \`${key}\` | ${cell(JSON.stringify(value))} |`)
      .join('\n');
  const page = [
    `# ${name}`,
    '',
    verbatim(
      [
        `Ids: ${model.ids.map((id) => `\`${id}\``).join(', ')}. Checked ${model.checked}.`,
        '',
        `APIs: ${
          Object.entries(model.apis)
            .filter(([, on]) => on)
            .map(([api]) => `\`${api}\``)
            .join(', ') || 'none'
        }. Reasoning: \`${JSON.stringify(model.reasoning)}\`.`,
        '',
        '## Features',
        '',
        '| Feature | Value |\n|---|---|',
        flags(model.features),
        '',
        '## Parameters',
        '',
        '| Parameter | Support |\n|---|---|',
        flags(model.parameters),
        '',
        ...(model.notes?.length ? ['## Notes', '', ...model.notes.map((note) => `- ${note}`), ''] : []),
        '## Sources',
        '',
        ...model.sources.map(sourceLine),
      ].join('\n'),
    ),
  ].join('\n');
  write(`models/${slug(name)}.md`, page);
  modelPages.push({ name, link: `/models/${slug(name)}`, checked: model.checked });
}
write(
  'models/index.md',
  `# Models\n\nWhat reqlint knows of each model (\`data/models.json\`), with sources and dates.\n\n${modelPages.map((m) => `- [${m.name}](.${m.link.slice(7)}.md) (checked ${m.checked})`).join('\n')}\n`,
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
