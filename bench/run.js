#!/usr/bin/env node
// `npm run bench`: prints timings of the real CLI and stages. Figures only; nothing is asserted.
// Usage: npm run bench [-- --articles 1000]
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateCorpus } from './generate-corpus.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = path.join(repo, 'bin', 'wxpress.js')
const NOW = '--now=2027-03-01T09:00:00+08:00'
const count = Number(process.argv[process.argv.indexOf('--articles') + 1]) || 1000

function time(label, fn, runs = 1) {
  const samples = []
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint()
    fn()
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  samples.sort((a, b) => a - b)
  const median = samples[Math.floor(samples.length / 2)]
  console.log(`${label.padEnd(58)} ${median.toFixed(0).padStart(7)} ms${runs > 1 ? `  (median of ${runs})` : ''}`)
  return median
}

function cli(cwd, args) {
  try {
    execFileSync(process.execPath, [bin, ...args], { cwd, stdio: 'ignore' })
  } catch {
    // exit 1 (findings) is fine for timing
  }
}

console.log(`wxpress bench — node ${process.version}, ${availableParallelism()} cores, ${count} generated articles\n`)

// 1. One article, whole process including Node start-up.
const one = mkdtempSync(path.join(tmpdir(), 'wxpress-bench-one-'))
const slug = readdirSync(path.join(repo, 'content')).find((s) => !s.includes('.'))
mkdirSync(path.join(one, 'content'), { recursive: true })
cpSync(path.join(repo, 'content', slug), path.join(one, 'content', slug), { recursive: true })
for (const f of ['wxpress.config.json', 'plugins']) try { cpSync(path.join(repo, f), path.join(one, f), { recursive: true }) } catch {}
time(`wxpress check (1 article, ${slug}), cold cache`, () => { rmSync(path.join(one, '.wxpress'), { recursive: true, force: true }); cli(one, ['check', NOW]) }, 5)
time('wxpress check (1 article), warm cache', () => cli(one, ['check', NOW]), 5)

// 2. The bundled content/.
const site = mkdtempSync(path.join(tmpdir(), 'wxpress-bench-site-'))
cpSync(path.join(repo, 'content'), path.join(site, 'content'), { recursive: true })
for (const f of ['wxpress.config.json', 'plugins']) try { cpSync(path.join(repo, f), path.join(site, f), { recursive: true }) } catch {}
const n = readdirSync(path.join(site, 'content')).length
const coldSite = time(`wxpress render content/ (${n} articles), cold`, () => { rmSync(path.join(site, '.wxpress'), { recursive: true, force: true }); cli(site, ['render', '--out', 'out']) })
const warmSite = time(`wxpress render content/ (${n} articles), warm`, () => cli(site, ['render', '--out', 'out']))
console.log(`${'  per article: cold / warm'.padEnd(58)} ${(coldSite / n).toFixed(1)} / ${(warmSite / n).toFixed(1)} ms`)

// 3. A generated corpus.
const big = mkdtempSync(path.join(tmpdir(), 'wxpress-bench-big-'))
generateCorpus(big, count)
// cold: `.wxpress` deleted right before, as a writer would do it; medians of 3 (shared VMs vary a lot)
const coldCheck = time(`wxpress check (${count} articles), cold`, () => { rmSync(path.join(big, '.wxpress'), { recursive: true, force: true }); cli(big, ['check', NOW]) }, 3)
const warmCheck = time(`wxpress check (${count} articles), nothing changed`, () => cli(big, ['check', NOW]), 3)
const coldRender = time(`wxpress render (${count} articles), cold`, () => { rmSync(path.join(big, '.wxpress'), { recursive: true, force: true }); cli(big, ['render', '--out', 'out']) }, 3)
const warmRender = time(`wxpress render (${count} articles), warm`, () => cli(big, ['render', '--out', 'out']), 3)
console.log(`${'  per article: check cold / render cold / render warm'.padEnd(58)} ${(coldCheck / count).toFixed(2)} / ${(coldRender / count).toFixed(2)} / ${(warmRender / count).toFixed(2)} ms`)
void warmCheck

// 4. In-process stage timings and wenyan-core side by side (bench/stages.js runs on the compiled dist/).
try {
  execFileSync(process.execPath, [path.join(repo, 'bench', 'stages.js'), big, String(count), String(coldRender)], { stdio: 'inherit' })
} catch (error) {
  console.log(`stage bench failed: ${error.message}`)
}
writeFileSync(path.join(tmpdir(), 'wxpress-bench-last.txt'), new Date().toISOString())
// 5. Typography findings per 10,000 characters of real, well-edited Chinese docs (bench/zh-precision.js).
try { execFileSync(process.execPath, [path.join(repo, 'bench', 'zh-precision.js'), '--summary'], { stdio: 'inherit' }) } catch (error) { console.log(`zh precision failed: ${error.message}`) }
