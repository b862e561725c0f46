#!/usr/bin/env node
// Precision of the typography rules on real Chinese technical writing: lints the corpora of
// `bench/zh-corpus.js` and prints the typography findings per 10,000 characters, per rule and per
// source, next to the figure autocorrect alone (`autocorrect --lint`, fenced code left out as with
// `context.codeblock: 0`) gives on the same files. The headline is the primary corpus, docs a CI keeps
// clean with zhlint (vuejs-translations/docs-zh-cn); the npm packages ("published docs without a
// typography check") are printed apart, never mixed into it.
// Two denominators: characters of the Markdown files (the issue's measure) and characters of the
// prose wxpress lints (text nodes: no code, URLs, HTML tags or table syntax), which is the stricter.
// "spacing & punctuation" counts only the rules that autocorrect and zhlint also have an opinion on;
// product names, typos and invisible characters are wxpress's own (the verdict on each finding:
// bench/zh-precision.md). Runs on the compiled dist/ (`npm run build`).
// Usage: node bench/zh-precision.js [--list] [--summary] [--git <dir>]   (or WXPRESS_ZH_CORPUS_GIT)
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { VFile } from 'vfile'
import { buildCorpora, gitArgument } from './zh-corpus.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = (p) => import(path.join(repo, 'dist', p))

/** The rules whose findings autocorrect and zhlint can be compared with. */
const SPACING_PUNCTUATION = new Set([
  'typography/cjk-spacing',
  'typography/punctuation-width',
  'typography/space-around-fullwidth',
  'typography/brackets',
  'typography/quotes',
  'typography/ellipsis',
  'typography/repeated-punctuation',
])

/** `markdown` with the content of fenced and indented code blocks blanked (line breaks kept). */
function withoutCode(markdown, tree) {
  const ranges = []
  const walk = (node) => {
    const at = node.position
    if (node.type === 'code' && at) ranges.push([at.start.offset, at.end.offset])
    for (const child of node.children ?? []) walk(child)
  }
  walk(tree)
  let out = markdown
  for (const [from, to] of ranges) {
    out = out.slice(0, from) + out.slice(from, to).replace(/[^\n]/g, ' ') + out.slice(to)
  }
  return out
}

const tally = () => ({ chars: 0, prose: 0, findings: 0, spacing: 0, autocorrect: 0 })
function add(into, t) {
  for (const k of Object.keys(t)) into[k] += t[k]
}

/**
 * Typography findings on `files` (from bench/zh-corpus.js): `{ total, byRule, bySource, list, per10k }`,
 * where a tally is `{ chars, prose, findings, spacing, autocorrect }` (autocorrect = its own findings).
 */
export async function measurePrecision(files) {
  const { defaultConfig } = await dist('config/schema.js')
  const { articleFromText } = await dist('content/article-from-text.js')
  const { createLinter } = await dist('lint/lint-article.js')
  const { createMarkdownParser } = await dist('content/markdown-parser.js')
  const { collectProse } = await dist('lint/prose.js')
  const { autocorrectLint } = await dist('lint/rules/autocorrect-hunks.js')
  const config = defaultConfig()
  const linter = createLinter({ config })
  const parse = createMarkdownParser()
  const total = tally()
  const byRule = new Map()
  const bySource = new Map()
  const list = []
  for (const { source, file, rel } of files) {
    const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n')
    const vfile = new VFile({ path: file, value: text })
    const base = { slug: 'corpus', path: path.basename(file), dir: path.dirname(file), file: vfile }
    const article = articleFromText(base, text, config)
    const tree = parse(article.markdown)
    linter.lint(article, () => tree)
    const t = tally()
    t.chars = text.length
    const body = collectProse(article, tree).filter((p) => p.where === 'body')
    t.prose = body.reduce((n, p) => n + p.text.length, 0)
    t.autocorrect = autocorrectLint(withoutCode(text, parse(text)), 'corpus.md').length
    for (const m of article.file.messages) {
      if (!m.ruleId?.startsWith('typography/')) continue
      byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1)
      t.findings++
      if (SPACING_PUNCTUATION.has(m.ruleId)) t.spacing++
      list.push(`${rel ?? `${source} ${path.basename(file)}`}:${m.line}:${m.column} ${m.ruleId} ${m.reason}`)
    }
    const s = bySource.get(source) ?? tally()
    add(s, t)
    bySource.set(source, s)
    add(total, t)
  }
  const per10k = total.chars ? (total.findings / total.chars) * 10_000 : Number.NaN
  return { per10k, total, byRule, bySource, list }
}

const per = (n, chars) => ((n / chars) * 10_000).toFixed(2)
const n = (x) => x.toLocaleString('en')

/** The per-rule and per-source tables of one corpus. */
function printTables(r) {
  const t = r.total
  console.log(
    `${n(t.chars)} characters (${n(t.prose)} of linted prose); ${t.findings} typography findings, ` +
      `${t.spacing} of them spacing & punctuation; autocorrect alone: ${t.autocorrect}`,
  )
  console.log(
    `= ${per(t.findings, t.chars)} per 10,000 characters (${per(t.findings, t.prose)} per 10,000 ` +
      `of prose); autocorrect alone ${per(t.autocorrect, t.chars)} (${per(t.autocorrect, t.prose)})\n`,
  )
  for (const [rule, k] of [...r.byRule].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${rule.padEnd(36)} ${String(k).padStart(4)}  ${per(k, t.chars)} / 10k`)
  }
  console.log(
    '\n  per 10,000 characters       chars  prose   all  sp&p  autocorrect' +
      '   (per 10,000 of prose: all, autocorrect)',
  )
  const row = (name, s) => {
    const cells = [
      per(s.findings, s.chars).padStart(5),
      per(s.spacing, s.chars).padStart(5),
      per(s.autocorrect, s.chars).padStart(12),
    ]
    console.log(
      `  ${name.padEnd(26)} ${String(s.chars).padStart(7)} ${String(s.prose).padStart(6)} ` +
        `${cells.join(' ')}   (${per(s.findings, s.prose)}, ${per(s.autocorrect, s.prose)})`,
    )
  }
  for (const [source, s] of [...r.bySource].sort()) row(source, s)
  row('overall', t)
  if (process.argv.includes('--list')) console.log(`\n${r.list.join('\n')}`)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { primary, secondary } = buildCorpora({ git: gitArgument(process.argv) })
  const a = primary.skipped ? undefined : await measurePrecision(primary.files)
  const b = secondary.skipped ? undefined : await measurePrecision(secondary.files)
  if (process.argv.includes('--summary')) {
    const line = (label, value) => console.log(`${label.padEnd(58)} ${value.padStart(7)}`)
    if (a) {
      line('zh typography findings per 10,000 chars (well-edited docs)', a.per10k.toFixed(2))
      line('same, autocorrect alone', per(a.total.autocorrect, a.total.chars))
    } else console.log(primary.skipped)
    if (b) {
      line('same on published docs without a typography check', b.per10k.toFixed(2))
      line('same, autocorrect alone', per(b.total.autocorrect, b.total.chars))
    } else console.log(secondary.skipped)
  } else {
    console.log('# Primary: docs a CI keeps clean with zhlint (vuejs-translations/docs-zh-cn)')
    if (a) {
      console.log(`${primary.files.length} files (${primary.excluded.length} zhlint-disabled left out)`)
      printTables(a)
    } else console.log(primary.skipped)
    console.log('\n# Secondary: published docs without a typography check (npm packages)')
    if (b) {
      console.log(`${secondary.files.length} files`)
      printTables(b)
    } else console.log(secondary.skipped)
  }
}
