#!/usr/bin/env node
// `npm run bench`: the figures of issue 18, side by side, on a realistic generated corpus
// (bench/generate-realistic.js, kept in the temp folder between runs). Figures only; nothing is asserted.
// Usage: npm run bench [-- --articles 1000 --runs 3]
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateRealistic } from './generate-realistic.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = path.join(repo, 'bin', 'wxpress.js')
const NOW = '--now=2027-03-01T09:00:00+08:00'
const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback
const count = arg('--articles', 1000)
const runs = arg('--runs', 3)
const TIME = '/usr/bin/time'

/** One whole CLI process: wall ms, CPU ms (user + sys, all threads) and peak RSS (MB), from /usr/bin/time. */
function cli(cwd, args) {
  const withTime = existsSync(TIME)
  const t0 = process.hrtime.bigint()
  const run = withTime
    ? spawnSync(TIME, ['-f', '%M %U %S', process.execPath, bin, ...args], {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'ignore', 'pipe'],
      })
    : spawnSync(process.execPath, [bin, ...args], { cwd, stdio: 'ignore' })
  const wall = Number(process.hrtime.bigint() - t0) / 1e6
  const [, kb, user, sys] = (withTime && /(\d+) ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr)) || []
  return { wall, rss: Number(kb ?? NaN) / 1024, cpu: (Number(user ?? NaN) + Number(sys ?? NaN)) * 1000 }
}

/** `runs` samples: the median, the range and the largest RSS. */
function measure(label, fn) {
  const samples = Array.from({ length: runs }, fn)
  const walls = samples.map((s) => s.wall).sort((a, b) => a - b)
  const cpus = samples.map((s) => s.cpu).sort((a, b) => a - b)
  const result = {
    median: walls[Math.floor(walls.length / 2)],
    min: walls[0],
    max: walls[walls.length - 1],
    cpu: cpus[Math.floor(cpus.length / 2)],
    rss: Math.max(...samples.map((s) => s.rss)),
  }
  const range = runs > 1 ? ` (${(result.min / 1000).toFixed(2)}–${(result.max / 1000).toFixed(2)} s)` : ''
  console.log(
    `${label.padEnd(44)} ${(result.median / 1000).toFixed(2).padStart(6)} s${range.padEnd(18)} ${(result.median / count).toFixed(2).padStart(6)} ms/article  CPU ${(result.cpu / 1000).toFixed(2)} s  peak RSS ${result.rss.toFixed(0)} MB`,
  )
  return result
}

console.log(
  `wxpress bench — node ${process.version}, ${availableParallelism()} cores, ${count} realistic articles, medians of ${runs}`,
)
console.log(
  `load average before: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (wall times grow with it; CPU = user + sys of all threads)\n`,
)
const site = path.join(tmpdir(), `wxpress-bench-realistic-${count}`)
const g0 = Date.now()
await generateRealistic(site, count)
console.log(`corpus: ${site} (${((Date.now() - g0) / 1000).toFixed(1)} s to generate or reuse)\n`)
const cold = (args) => () => {
  rmSync(path.join(site, '.wxpress'), { recursive: true, force: true })
  return cli(site, args)
}
const checkCold = measure('wxpress check, cold (no .wxpress/)', cold(['check', NOW]))
const checkWarm = measure('wxpress check, unchanged', () => cli(site, ['check', NOW]))
const renderCold = measure('wxpress render, cold', cold(['render', '--out', 'out']))
measure('wxpress render, unchanged', () => cli(site, ['render', '--out', 'out']))

const stages = JSON.parse(
  execFileSync(process.execPath, [path.join(repo, 'bench', 'stages.js'), site], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  })
    .trim()
    .split('\n')
    .pop(),
)
const per = (v) => (typeof v === 'number' ? `${(v / stages.count).toFixed(2)} ms/article` : v)
console.log('')
console.log(`${'floor in process (parse+rehype+stringify+juice)'.padEnd(52)} ${per(stages.floor)}`)
console.log(
  `${'wxpress check in process, no cache'.padEnd(52)} ${per(stages.ours)}  = ${(stages.ours / stages.floor).toFixed(2)}× the floor`,
)
console.log(`${'@wenyan-md/core render in process'.padEnd(52)} ${per(stages.wenyan)}`)
const speedup = typeof stages.wenyan === 'number' ? stages.wenyan / renderCold.median : NaN
console.log(`${'whole cold `wxpress render` process vs wenyan'.padEnd(52)} ${speedup.toFixed(1)}× faster`)

const rss = Math.max(checkCold.rss, checkWarm.rss, renderCold.rss)
const targets = [
  [
    '1,000 articles cold ≤ 6 s',
    `${(checkCold.median / 1000).toFixed(2)} s (CPU ${(checkCold.cpu / 1000).toFixed(2)} s)`,
    checkCold.median <= 6000 * (count / 1000),
  ],
  [
    'unchanged ≤ 0.6 s',
    `${(checkWarm.median / 1000).toFixed(2)} s (CPU ${(checkWarm.cpu / 1000).toFixed(2)} s)`,
    checkWarm.median <= 600,
  ],
  [
    '≤ 2× the floor per article',
    `${(stages.ours / stages.floor).toFixed(2)}×`,
    stages.ours <= 2 * stages.floor,
  ],
  ['peak RSS ≤ 1 GB', `${rss.toFixed(0)} MB`, rss <= 1024],
  ['whole render ≥ 5× wenyan', `${speedup.toFixed(1)}×`, speedup >= 5],
]
console.log('\ntargets (issue 18, 2 cores):')
for (const [name, value, met] of targets)
  console.log(`  ${met ? 'met    ' : 'NOT met'}  ${name.padEnd(30)} ${value}`)

// Typography findings per 10,000 characters of real Chinese docs (bench/zh-precision.js): the headline on
// docs a CI keeps clean with zhlint, then the npm packages without a typography check.
try {
  execFileSync(process.execPath, [path.join(repo, 'bench', 'zh-precision.js'), '--summary'], {
    stdio: 'inherit',
  })
} catch (error) {
  console.log(`zh precision failed: ${error.message}`)
}
