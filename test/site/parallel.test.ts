/**
 * With `--jobs 2`, cold articles are shared between the main thread and a helper worker thread
 * (compiled CLI only): the findings and the rendered files must be exactly those of a run without
 * cache and workers.
 */
import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateCorpus } from '../../bench/generate-corpus.js'
import { cliBin } from '../helpers/cli-bin.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const bin = cliBin
const NOW = '--now=2027-03-01T09:00:00+08:00'
let site: string
/** Enough for a helper and the main thread to share (a cold run starts the helper at once). */
const ARTICLES = 24

/** Runs the CLI as a user would (bin/wxpress.js: the bundle); stderr must stay empty (no helper failed). */
function cli(args: string[], stderr = ''): { code: number; stdout: string } {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: site,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  })
  expect(run.stderr).toContain(stderr)
  if (!stderr) expect(run.stderr).toBe('')
  return { code: run.status ?? -1, stdout: run.stdout }
}

const files = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => {
        const full = path.join(d.parentPath, d.name)
        return [path.relative(dir, full), readFileSync(full).toString('base64')]
      }),
  )

/** A generated site and the compiled site stages (helper threads run only from dist/). */
async function compiledSite(prefix: string, count: number) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  generateCorpus(dir, count)
  const dist = (file: string) => pathToFileURL(path.join(repo, 'dist', 'site', file)).href
  const { loadSite } = (await import(dist('load-site.js'))) as typeof import('../../src/site/load-site.js')
  const { renderSite } = (await import(
    dist('render-site.js')
  )) as typeof import('../../src/site/render-site.js')
  return { dir, loadSite, renderSite }
}

/**
 * A slow main thread (`ms` more per article), so that a helper surely starts before the work runs
 * out, even on a loaded machine: blocked, not spinning (the helper and the other test worker keep the
 * cores meanwhile).
 */
const slow = (ms: number) => (): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

beforeAll(() => {
  expect(
    existsSync(path.join(repo, 'dist', 'cli', 'main.js')),
    'dist/ is built by the globalSetup (test/setup/build-once.ts)',
  ).toBe(true)
  site = mkdtempSync(path.join(tmpdir(), 'wxpress-parallel-'))
  generateCorpus(site, ARTICLES)
  // a few articles with lint findings and an image problem
  for (const slug of ['post-0003', 'post-0011', 'post-0020'])
    cpSync(path.join(repo, 'test', 'lint', 'sloppy.md'), path.join(site, 'content', slug, 'index.md'))
})

describe('worker threads on a cold cache', () => {
  it('check reports exactly what a run without cache reports, then replays it', () => {
    const reference = cli(['check', NOW, '--format', 'json', '--no-cache'])
    expect(existsSync(path.join(site, '.wxpress'))).toBe(false)
    const cold = cli(['check', NOW, '--format', 'json', '--jobs', '2'])
    // one pack per article the helper did and one of the main thread's; merged when there are many
    const packs = readdirSync(path.join(site, '.wxpress', 'cache')).filter((name) => name.endsWith('.pack'))
    expect(packs.length).toBeGreaterThan(0)
    expect(packs.length).toBeLessThanOrEqual(16)
    const warm = cli(['check', NOW, '--format', 'json'])
    expect(JSON.parse(reference.stdout).summary.warnings).toBeGreaterThan(10)
    expect(cold).toEqual(reference)
    expect(warm).toEqual(reference)
  })

  it('render writes the same files as a run without cache', () => {
    const reference = cli(['render', '--out', 'out-reference', '--no-cache'])
    rmSync(path.join(site, '.wxpress'), { recursive: true, force: true }) // cold: the helper starts at once
    const cold = cli(['render', '--out', 'out-workers', '--theme', 'default', '-j', '2'])
    expect(cold.code).toBe(reference.code)
    const a = files(path.join(site, 'out-reference'))
    expect(Object.keys(a)).toHaveLength(ARTICLES + 1 + 1) // articles, manifest, one image (cover and figure are the same bytes)
    expect(files(path.join(site, 'out-workers'))).toEqual(a)
  })

  it('starts helpers at once on an empty cache, else only when rendering finds enough articles uncached', async () => {
    const { dir, loadSite, renderSite } = await compiledSite('wxpress-fresh-', 20)
    const helpers = { lint: false, version: '1', jobs: 2 }
    const cold = await loadSite({ root: dir, cacheVersion: '1', helpers })
    expect(cold.helpers).toBeDefined()
    await renderSite(cold, { version: '1', imageData: false })
    const edited = Array.from({ length: 15 }, (_, i) => `post-${String(i + 1).padStart(4, '0')}`)
    for (const slug of edited) appendFileSync(path.join(dir, 'content', slug, 'index.md'), '\n新增一段。\n')
    const site = await loadSite({ root: dir, cacheVersion: '1', helpers })
    expect(site.helpers).toBeUndefined() // the cache is not empty: known only once the renderer looks
    const { results } = await renderSite(site, { version: '1', imageData: false, onRendered: slow(150) })
    expect(results.size).toBe(20)
    // the five unchanged come from the cache, and so do the edited ones a helper rendered
    const fromHelper = edited.filter((slug) => results.get(slug)!.cached).length
    expect(fromHelper).toBeGreaterThan(0)
    expect(fromHelper).toBeLessThan(edited.length)
    expect(results.get('post-0020')!.cached).toBe(true)
  })

  it('reports a helper that fails, and the main thread does all the work', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wxpress-failing-helper-'))
    generateCorpus(dir, 6)
    const { loadSite } = await import('../../src/site/load-site.js')
    const { renderSite } = await import('../../src/site/render-site.js')
    const { startHelpers } = await import('../../src/site/start-helpers.js')
    const site = await loadSite({ root: dir, cacheVersion: '1' })
    // run from the TypeScript sources, start-helpers finds no compiled helper-worker.js beside it
    const items = site.selected.map((a) => ({ slug: a.slug, absolutePath: path.join(dir, a.path) }))
    site.helpers = startHelpers(
      {
        lint: false,
        version: '1',
        root: dir,
        configPath: site.loadedConfig.path,
        cacheDir: site.cacheDir,
        items,
      },
      1,
    )
    await site.helpers.settled(0) // resolves once the helper has stopped
    const { results } = await renderSite(site, { version: '1', imageData: false })
    expect([...results.values()].filter((r) => r.html === '' && r.cached === false)).toHaveLength(0)
    expect(results.size).toBe(6)
    expect(site.usage.messages.map((m) => `${m.ruleId} ${m.fatal === false ? 'warning' : 'error'}`)).toEqual([
      'cli/helper-failed warning',
    ])
    expect(site.usage.messages[0]?.reason).toMatch(/A helper thread failed: .*helper-worker/)
  })

  it('shares the articles: the helper renders some, the main thread the others', async () => {
    const { dir, loadSite, renderSite } = await compiledSite('wxpress-share-', 40)
    const site = await loadSite({
      root: dir,
      cacheVersion: '1',
      helpers: { lint: false, version: '1', jobs: 2 },
    })
    const { results } = await renderSite(site, { version: '1', imageData: false, onRendered: slow(50) })
    const byHelper = [...results.values()].filter((r) => r.cached).length
    expect(results.size).toBe(40)
    // the main thread replays what the helper rendered from the cache
    expect(byHelper).toBeGreaterThan(0)
    expect(byHelper).toBeLessThan(40)
    // without workers, a second site gets the same HTML as the shared run left in the cache
    const again = await renderSite(await loadSite({ root: dir, cacheVersion: '1' }), { version: '1' })
    expect([...again.results.values()].every((r) => r.cached)).toBe(true)
  })

  it('rejects a --jobs value that is not a whole number', () => {
    const r = cli(['check', NOW, '--jobs', 'many'], "argument 'many' is invalid")
    expect(r.code).not.toBe(0)
  })
})
