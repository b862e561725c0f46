// Input files are hashed once and then taken on their stat (size, mtime, ctime, inode), git-style:
// the work an unchanged run does (files read and hashed), and that every kind of change is still seen.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createFileHashes, sha256 } from '../../src/cache/file-hashes.js'
import { checkSite } from '../../src/site/check-site.js'
import { loadSite } from '../../src/site/load-site.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const nowMs = Date.parse('2027-01-01T00:00:00Z')
const OLD = 1_700_000_000
const temp = (name: string) => mkdtempSync(path.join(tmpdir(), `wxpress-${name}-`))

describe('file hashes', () => {
  it('records a hash with its stat and takes it back while the stat is unchanged', () => {
    const dir = temp('hashes')
    const file = path.join(dir, 'a.md')
    writeFileSync(file, 'one')
    utimesSync(file, OLD, OLD) // a whole second: put back exactly below
    // a run that started after the file was written records it
    const first = createFileHashes(dir, { startMs: Date.now() + 5000 })
    expect(first.hash(file)).toBe(sha256('one'))
    first.save()
    const second = createFileHashes(dir)
    expect(second.hash(file)).toBe(sha256('one'))
    expect(second.stats).toEqual({ known: 1, hashed: 0 })

    // the same size and the old mtime put back: the ctime still tells
    writeFileSync(file, 'two')
    utimesSync(file, OLD, OLD)
    expect(statSync(file).mtimeMs).toBe(OLD * 1000)
    const third = createFileHashes(dir)
    expect(third.hash(file)).toBe(sha256('two'))
    expect(third.stats).toEqual({ known: 0, hashed: 1 })

    // touched only: hashed again, same hash
    const fourth = createFileHashes(dir, { startMs: Date.now() + 5000 })
    utimesSync(file, new Date(), new Date())
    expect(fourth.hash(file)).toBe(sha256('two'))
    expect(fourth.stats.hashed).toBe(1)
    expect(fourth.hash(path.join(dir, 'missing.md'))).toBeUndefined()
  })

  it('never records a file changed less than a second before the run started (the racy case)', () => {
    const dir = temp('racy')
    const file = path.join(dir, 'a.md')
    writeFileSync(file, 'one')
    const run = createFileHashes(dir, { startMs: Date.now() })
    expect(run.hash(file)).toBe(sha256('one'))
    run.save()
    // a change within the same second could keep the stat: the next run hashes it again
    const next = createFileHashes(dir)
    expect(next.hash(file)).toBe(sha256('one'))
    expect(next.stats).toEqual({ known: 0, hashed: 1 })
  })

  it('takes a damaged record as none', () => {
    const dir = temp('damaged')
    writeFileSync(path.join(dir, 'files.json'), 'wxpress-files 1\n["x", 1\nnot json\n')
    const file = path.join(dir, 'a.md')
    writeFileSync(file, 'one')
    expect(createFileHashes(dir).hash(file)).toBe(sha256('one'))
  })
})

describe('an unchanged check', () => {
  const makeSite = async () => {
    const root = temp('stat-site')
    cpSync(path.join(repo, 'content', 'spring-meetup'), path.join(root, 'content', 'spring-meetup'), {
      recursive: true,
    })
    cpSync(path.join(repo, 'test', 'lint', 'sloppy.md'), path.join(root, 'content', 'b', 'index.md'))
    cpSync(
      path.join(repo, 'test', 'content', 'fixtures', 'valid', 'cover.png'),
      path.join(root, 'content', 'b', 'cover.png'),
    )
    utimesSync(path.join(root, 'content', 'b', 'index.md'), OLD, OLD) // a whole second: put back exactly below
    await sleep(1100) // older than the racy second
    return root
  }
  const check = async (root: string, cache = true) => {
    const site = await loadSite({ root, cacheVersion: cache ? 'test' : undefined })
    const result = await checkSite(site, { nowMs, version: 'test', html: false, noCache: !cache })
    return { site, diagnostics: result.diagnostics }
  }

  it('reads and hashes no input file, and still sees every change', async () => {
    const root = await makeSite()
    const cold = await check(root)
    const warm = await check(root)
    expect(warm.diagnostics).toEqual(cold.diagnostics)
    expect(warm.site.cache.files.stats).toEqual({ known: 5, hashed: 0 }) // 2 articles, 2 covers, 1 photo
    expect(warm.site.cache.stats.misses).toBe(0)

    // an edit of the same size, its mtime put back
    const article = path.join(root, 'content', 'b', 'index.md')
    writeFileSync(article, readFileSync(article, 'utf8').replace('今天聊聊', '明天聊聊'))
    utimesSync(article, OLD, OLD)
    expect(statSync(article).mtimeMs).toBe(OLD * 1000)
    const edited = await check(root)
    expect(edited.site.cache.files.stats.hashed).toBe(1)
    expect(edited.diagnostics).toEqual((await check(root, false)).diagnostics)
    expect(edited.site.selected[0]!.markdown).toContain('明天聊聊')

    // the config changed: everything is checked again
    writeFileSync(
      path.join(root, 'wxpress.config.json'),
      JSON.stringify({ rules: { 'typography/cjk-spacing': 'off' } }),
    )
    const configured = await check(root)
    expect(configured.diagnostics).toEqual((await check(root, false)).diagnostics)
    expect(configured.diagnostics.some((d) => d.ruleId === 'typography/cjk-spacing')).toBe(false)

    // an image renamed away: a finding, as without the cache
    const images = path.join(root, 'content', 'spring-meetup', 'images')
    renameSync(path.join(images, 'venue.jpg'), path.join(images, 'hall.jpg'))
    const renamed = await check(root)
    expect(renamed.diagnostics.some((d) => d.ruleId === 'image/missing')).toBe(true)
    expect(renamed.diagnostics).toEqual((await check(root, false)).diagnostics)
    rmSync(path.join(images, 'hall.jpg'))
    expect((await check(root)).diagnostics).toEqual(renamed.diagnostics)
  })
})

describe('an unchanged render', () => {
  it('leaves an image in <out>/ with its recorded stat alone without reading it or its source', async () => {
    const { createRenderWriter } = await import('../../src/cli/commands/create-render-writer.js')
    const out = temp('render-out')
    const cacheDir = temp('render-cache')
    const bytes = Buffer.from('image bytes')
    const image = { hash: sha256(bytes), file: 'assets/x.jpg' }
    let reads = 0
    const render = (files: ReturnType<typeof createFileHashes>) => {
      const writer = createRenderWriter(out, [], files)
      const result = {
        html: '<p>x</p>',
        images: [
          {
            ...image,
            get data() {
              reads++
              return bytes
            },
          },
        ],
        cover: undefined,
      }
      writer.onRendered('a', result as never)
      files.save()
      expect(writer.failure()).toBeUndefined()
    }
    mkdirSync(path.join(out, 'assets'))
    render(createFileHashes(cacheDir)) // written
    render(createFileHashes(cacheDir, { startMs: Date.now() + 5000 })) // compared, found the same, recorded
    expect(reads).toBe(2)
    render(createFileHashes(cacheDir))
    expect(reads).toBe(2)
    expect(readFileSync(path.join(out, 'assets', 'x.jpg'))).toEqual(bytes)
  })
})
