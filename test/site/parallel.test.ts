/**
 * With `--jobs 2`, cold articles are linted and rendered in worker threads (compiled CLI only): the
 * findings and the rendered files must be exactly those of a run without cache and workers.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateCorpus } from '../../bench/generate-corpus.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const bin = path.join(repo, 'bin', 'wxpress.js')
const NOW = '--now=2027-03-01T09:00:00+08:00'
let site: string

function cli(args: string[]): { code: number; stdout: string } {
  try {
    return { code: 0, stdout: execFileSync(process.execPath, [bin, ...args], { cwd: site, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }) }
  } catch (error) {
    const e = error as { status: number; stdout: string }
    return { code: e.status, stdout: e.stdout }
  }
}

const files = (dir: string) => Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => {
  const full = path.join(d.parentPath, d.name)
  return [path.relative(dir, full), readFileSync(full).toString('base64')]
}))

beforeAll(() => {
  expect(existsSync(path.join(repo, 'dist', 'cli', 'main.js')), 'dist/ is built by `npm ci` (prepare) or `npm run build`').toBe(true)
  site = mkdtempSync(path.join(tmpdir(), 'wxpress-parallel-'))
  generateCorpus(site, 48)
  // a few articles with lint findings and an image problem
  for (const slug of ['post-0003', 'post-0020', 'post-0041']) cpSync(path.join(repo, 'test', 'lint', 'sloppy.md'), path.join(site, 'content', slug, 'index.md'))
})

describe('worker threads on a cold cache', () => {
  it('check reports exactly what a run without cache reports, then replays it', () => {
    const reference = cli(['check', NOW, '--format', 'json', '--no-cache'])
    expect(existsSync(path.join(site, '.wxpress'))).toBe(false)
    const cold = cli(['check', NOW, '--format', 'json', '--jobs', '2'])
    expect(readdirSync(path.join(site, '.wxpress', 'cache', 'lint'))).not.toHaveLength(0)
    const warm = cli(['check', NOW, '--format', 'json'])
    expect(JSON.parse(reference.stdout).summary.warnings).toBeGreaterThan(10)
    expect(cold).toEqual(reference)
    expect(warm).toEqual(reference)
  })

  it('render writes the same files as a run without cache', () => {
    const reference = cli(['render', '--out', 'out-reference', '--no-cache'])
    const cold = cli(['render', '--out', 'out-workers', '--theme', 'default', '-j', '2'])
    expect(cold.code).toBe(reference.code)
    const a = files(path.join(site, 'out-reference'))
    expect(Object.keys(a)).toHaveLength(48 + 1 + 1) // articles, manifest, one image (cover and figure are the same bytes)
    expect(files(path.join(site, 'out-workers'))).toEqual(a)
  })

  it('rejects a --jobs value that is not a whole number', () => {
    const r = cli(['check', NOW, '--jobs', 'many'])
    expect(r.code).not.toBe(0)
  })
})
