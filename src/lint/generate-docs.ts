/**
 * Generates docs/rules.md from the rule files (id, default severity, fixable, what, why, examples)
 * and the non-lint diagnostic ids of the other stages. `npm run docs` writes it; a test keeps it fresh.
 */
import { RULES } from './rules/index.js'
import { recommended } from './presets/recommended.js'

const OTHER: [string, string][] = [
  ['content/encoding', 'The file is not UTF-8 (GBK, UTF-16 …).'],
  ['content/empty-file', 'The article file is empty.'],
  ['content/empty-body', 'The body is empty (front-matter only, or only blank lines and HTML comments): it would be sent as an empty message.'],
  ['content/unreadable', 'The article file cannot be read.'],
  ['frontmatter/missing-block', 'The file has no front-matter.'],
  ['frontmatter/unclosed', 'The `---` block is never closed.'],
  ['frontmatter/language', 'Front-matter in another language than YAML.'],
  ['frontmatter/yaml-syntax', 'The front-matter is not valid YAML (duplicate keys included).'],
  ['frontmatter/not-a-mapping', 'The front-matter is not `key: value` lines.'],
  ['frontmatter/missing', 'A required key (title, topic, audience, cover) is missing; reported at the block.'],
  ['frontmatter/empty', 'A key that must have text is empty.'],
  ['frontmatter/invalid-value', 'A value of the wrong type or not one of the allowed values (with did-you-mean).'],
  ['frontmatter/unknown-account', '`account` is not an account of the config.'],
  ['frontmatter/max-length', 'title > 64, digest > 54 or author > 8 characters (configurable limits).'],
  ['frontmatter/invalid-slot', '`slot` is not an ISO-8601 date-time, or its UTC offset is outside −12:00…+14:00 (`+25:00`); times are never guessed.'],
  ['frontmatter/naive-slot', '`slot` has no offset and is read in the config time zone.'],
  ['frontmatter/nonexistent-time', 'A naive `slot` falls in a daylight-saving gap.'],
  ['frontmatter/unknown-key', 'An unknown key, with a did-you-mean (also for keys of other site tools).'],
  ['image/missing', 'A cover or body image file does not exist.'],
  ['image/outside-root', 'A path leaves the article folder (or a link points outside); the file is never opened.'],
  ['image/remote', 'The cover is a URL; it must be a local file.'],
  ['image/remote-unavailable', 'A remote body image could not be fetched (never hot-linked).'],
  ['image/data-uri', 'An inline `data:` image cannot be uploaded.'],
  ['image/unusable', 'An image cannot be read or made small enough.'],
  ['image/converted', 'An image was re-encoded to JPEG/PNG ≤ 1 MB for WeChat.'],
  ['image/missing-alt', 'An image has no alt text.'],
  ['render/h1', 'A `# h1` in the body (the title comes from front-matter).'],
  ['render/removed-element', 'script, iframe, form, inline SVG … are removed.'],
  ['render/removed-attribute', 'An `on*` event handler is removed.'],
  ['render/javascript-url', 'A `javascript:` link is removed.'],
  ['render/unsupported-style', 'position, float, transform or animation in an inline style (WeChat drops them).'],
  ['render/footnote-undefined', 'A `[^x]` reference has no definition.'],
  ['render/footnote-unused', 'A footnote definition is never referenced.'],
  ['render/content-near-limit', 'The inlined HTML is above 90 % of WeChat’s 20,000 characters.'],
  ['render/content-too-long', 'The inlined HTML exceeds WeChat’s 20,000 characters / 1 MB.'],
  ['render/failed', 'A Markdown or theme plugin threw.'],
  ['theme/not-found', 'The theme id does not exist (with did-you-mean).'],
  ['theme/css-syntax', 'theme.css does not parse (line and column).'],
  ['theme/invalid-meta', 'theme.json is invalid.'],
  ['theme/nesting', 'Nested CSS rules (not supported while juice 11 is used).'],
  ['theme/unsupported-at-rule', '@media and other at-rules cannot be inlined.'],
  ['theme/state-selector', ':hover and other state selectors never apply in WeChat.'],
  ['schedule/same-day', 'Two pushes on one local day for a subscription account (error in broadcast mode).'],
  ['schedule/mixed-audience', 'Articles of one slot have different audiences.'],
  ['schedule/too-many-articles', 'More than 8 articles share a slot.'],
  ['schedule/outside-window', 'A slot outside the preferred send windows.'],
  ['schedule/past', 'A slot in the past that was never sent.'],
  ['schedule/lead-time', 'A slot closer than the lead time.'],
  ['schedule/far-future', 'A slot beyond the planning horizon.'],
  ['schedule/unknown-audience', 'An audience that is not a follower tag of the account.'],
  ['schedule/monthly-limit', 'More than 4 pushes a month to one audience of a service account.'],
  ['schedule/cover-ratio', 'Head cover not ≈ 2.35:1, or other covers not ≈ 1:1.'],
  ['publish/wechat-<errcode>', 'WeChat answered an error; the hint says what to do (40164 whitelist, 45028 quota …).'],
  ['cli/unknown-slug', 'A slug on the command line names no article (printed on stderr with a did-you-mean, and in the `--format json` document; exit 2).'],
  ['cli/missing-content', 'The content folder (`--content` or config `content`) does not exist: every command that reads articles exits 2 instead of passing over zero articles.'],
  ['cli/changed-failed', '`check --changed <ref>` cannot list the changes: not a git repository, or the ref is not in the clone (fetch it; exit 2).'],
  ['cli/unknown-theme', '`render --theme` names no theme (with did-you-mean and the list of themes; exit 2).'],
  ['cli/helper-failed', 'A helper thread failed; the main thread did its share, so every result is complete (printed on stderr).'],
  ['publish/unreachable', 'WeChat did not answer; the next run reconciles before retrying.'],
  ['publish/missed', 'A push more than `maxLatenessMinutes` late; never sent late.'],
  ['publish/immutable', 'A sent article was edited; it is not sent again.'],
  ['lint/unknown-rule', 'A rule id in config or front-matter `lint:` does not exist.'],
  ['lint/unused-disable', 'A disable directive covers nothing.'],
  ['lint/rule-crashed', 'A rule threw (a bug); the other rules still ran.'],
  ['config/invalid', 'The config file is invalid (with its line for JSON).'],
  ['config/unknown-key', 'An unknown config key, with a did-you-mean.'],
]

export function renderRulesDoc(): string {
  const lines = [
    '# Rules',
    '',
    '<!-- Generated by `npm run docs` from src/lint/rules/*.ts; do not edit by hand. -->',
    '',
    'Configure lint rules ESLint-style in `wxpress.config.*` (`rules: { "typography/quotes": "off" }` or',
    '`["warn", { … }]`), per file with front-matter `lint:`, or inline with',
    '`<!-- wxpress-disable-next-line rule-id -- reason -->` and `<!-- wxpress-disable rule-id -->…<!-- wxpress-enable -->`.',
    '',
    '## Lint rules',
    '',
    '| Rule | Default | Fixable | What |',
    '| --- | --- | --- | --- |',
    ...RULES.map((r) => `| [\`${r.id}\`](#${r.id.replace(/[/]/g, '').toLowerCase()}) | ${recommended[r.id] ?? 'off'} | ${r.fixable ? 'yes' : ''} | ${r.docs.description.replace(/\|/g, '\\|')} |`),
    '',
  ]
  for (const r of RULES) {
    lines.push(`### ${r.id}`, '', r.docs.description, '', `**Why:** ${r.docs.rationale}`, '', `- Not OK: \`${r.docs.bad}\``, `- OK: \`${r.docs.good}\``, '')
  }
  lines.push('## Diagnostics of the other stages', '', '| Id | Meaning |', '| --- | --- |', ...OTHER.map(([id, what]) => `| \`${id}\` | ${what} |`), '')
  return lines.join('\n')
}
