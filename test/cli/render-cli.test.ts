/**
 * `wxpress render --out`: every article that parses is written (errors or not), with its images as
 * planned uploads and a manifest; a second run leaves unchanged files alone.
 */
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

function site(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-render-cli-'))
  cpSync(path.join(repo, 'content', 'spring-meetup'), path.join(root, 'content', 'spring-meetup'), {
    recursive: true,
  })
  mkdirSync(path.join(root, 'content', 'broken'), { recursive: true })
  writeFileSync(
    path.join(root, 'content', 'broken', 'index.md'),
    [
      '---',
      'title: 有问题的文章',
      'topic: 技术',
      'slot: 2027-03-10T20:00:00+08:00',
      'audience: 全部粉丝',
      'cover: cover.png',
      '---',
      '',
      '图一 ![丢失](images/missing.png)，图二 ![越界](../spring-meetup/cover.png)。',
      '',
    ].join('\n'),
  )
  return root
}

const mtimes = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => [
        path.relative(dir, path.join(d.parentPath, d.name)),
        statSync(path.join(d.parentPath, d.name)).mtimeMs,
      ]),
  )

describe('wxpress render', () => {
  it('writes every article that parses, errors or not, its images and a manifest; exit 1 on errors', async () => {
    const root = site()
    const run = await runCli(['render', '--out', 'out'], root)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('Rendered 2 of 2 article(s) into out/')
    expect(run.stdout).toMatch(/content\/broken\/index\.md[\s\S]*image\/missing[\s\S]*image\/outside-root/)
    const out = path.join(root, 'out')
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'))
    expect(manifest.articles.map((a: { slug: string }) => a.slug)).toEqual(['broken', 'spring-meetup'])
    const meetup = manifest.articles[1]
    expect(meetup.images.length).toBeGreaterThan(0)
    expect(meetup.cover.file).toMatch(/^assets\/[0-9a-f]{64}\.png$/)
    for (const article of manifest.articles) {
      const html = readFileSync(path.join(out, article.file), 'utf8')
      // nothing points at a local path: only planned uploads that are in out/assets
      for (const [, src] of html.matchAll(/src="([^"]*)"/g)) {
        expect(src).toMatch(/^assets\/[0-9a-f]{64}\.(png|jpg)$/)
        expect(existsSync(path.join(out, src!))).toBe(true)
      }
      expect(html).not.toMatch(/content\/|\.\.\/|file:|\/tmp\//)
    }
    // the article with errors is rendered for the reviewers, its missing images shown as placeholders
    expect(readFileSync(path.join(out, 'broken.html'), 'utf8')).toMatch(
      /图一 <span[^>]*>\[图片：丢失\]<\/span>/,
    )
  })

  it('leaves unchanged files alone on the next run and rewrites a changed article', async () => {
    const root = site()
    await runCli(['render', '--out', 'out'], root)
    const out = path.join(root, 'out')
    const before = mtimes(out)
    await new Promise((resolve) => setTimeout(resolve, 20))
    const again = await runCli(['render', '--out', 'out'], root)
    expect(again.code).toBe(1)
    expect(mtimes(out)).toEqual(before)
    appendFileSync(path.join(root, 'content', 'spring-meetup', 'index.md'), '\n补充一句：欢迎带朋友来。\n')
    await runCli(['render', '--out', 'out'], root)
    const after = mtimes(out)
    expect(after['spring-meetup.html']).toBeGreaterThan(before['spring-meetup.html']!)
    expect(readFileSync(path.join(out, 'spring-meetup.html'), 'utf8')).toContain('欢迎带朋友来')
    expect(after['broken.html']).toBe(before['broken.html'])
    expect(after['manifest.json']).toBeGreaterThan(before['manifest.json']!) // the content hash changed
  })

  it('removes the assets an earlier render wrote that the manifest no longer lists, never other files (QA 28)', async () => {
    const root = site()
    await runCli(['render', '--out', 'out'], root)
    const assets = path.join(root, 'out', 'assets')
    const first = readdirSync(assets).sort()
    const venue = JSON.parse(
      readFileSync(path.join(root, 'out', 'manifest.json'), 'utf8'),
    ).articles[1].images[0].file.slice('assets/'.length)
    expect(first).toContain(venue)
    // a user's own file with a name like wxpress's (QA2 N14): not in a manifest, so never deleted
    const user = [
      'logo.png',
      'notes.txt',
      `${'a'.repeat(64)}.webp`,
      `${'B'.repeat(64)}.png`,
      `${'0'.repeat(64)}.png`,
    ]
    for (const name of user) writeFileSync(path.join(assets, name), 'mine')
    // the body image is removed from the article
    const md = path.join(root, 'content', 'spring-meetup', 'index.md')
    writeFileSync(md, readFileSync(md, 'utf8').replace(/^!\[活动场地.*$/m, ''))
    // a render of some slugs leaves the other images alone
    await runCli(['render', 'broken', '--out', 'out'], root)
    expect(readdirSync(assets)).toContain(venue)
    const full = await runCli(['render', '--out', 'out'], root)
    expect(full.stdout).toContain('Removed 1 stale image(s) from out/assets/')
    expect(readdirSync(assets).sort()).toEqual([...first.filter((f) => f !== venue), ...user].sort())
  })

  it('a render of one slug keeps the other entries of the manifest (QA2 N14)', async () => {
    const root = site()
    await runCli(['render', '--out', 'out'], root)
    const out = path.join(root, 'out')
    const before = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'))
    appendFileSync(path.join(root, 'content', 'broken', 'index.md'), '\n补充一句。\n')
    const one = await runCli(['render', 'broken', '--out', 'out'], root)
    expect(one.stdout).toContain('Rendered 1 of 1 article(s) into out/')
    const after = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'))
    expect(after.articles.map((a: { slug: string }) => a.slug)).toEqual(['broken', 'spring-meetup'])
    expect(after.articles[1]).toEqual(before.articles[1]) // carried over as it was
    expect(after.articles[0].contentHash).not.toBe(before.articles[0].contentHash)
    // an entry whose page a user deleted is not carried over (the manifest only lists what is there)
    rmSync(path.join(out, 'spring-meetup.html'))
    await runCli(['render', 'broken', '--out', 'out'], root)
    expect(
      JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')).articles.map(
        (a: { slug: string }) => a.slug,
      ),
    ).toEqual(['broken'])
  })

  it('removes the page and images of a deleted article, never a page it did not write (QA2 N14)', async () => {
    const root = site()
    await runCli(['render', '--out', 'out'], root)
    const out = path.join(root, 'out')
    const meetup = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')).articles[1]
    writeFileSync(path.join(out, 'about.html'), '<p>mine</p>')
    rmSync(path.join(root, 'content', 'spring-meetup'), { recursive: true })
    // also on a render of another slug: the deleted article is known to be gone
    const run = await runCli(['render', 'broken', '--out', 'out'], root)
    expect(run.stdout).toContain('Removed 1 page(s) of articles that no longer render: spring-meetup.html')
    expect(existsSync(path.join(out, 'spring-meetup.html'))).toBe(false)
    expect(existsSync(path.join(out, 'about.html'))).toBe(true)
    const assets = readdirSync(path.join(out, 'assets'))
    for (const image of [...meetup.images, meetup.cover])
      expect(assets).not.toContain(image.file.slice('assets/'.length))
    expect(
      JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')).articles.map(
        (a: { slug: string }) => a.slug,
      ),
    ).toEqual(['broken'])
  })

  it('a hand-edited manifest cannot make a render delete other files', async () => {
    const root = site()
    const out = path.join(root, 'out')
    mkdirSync(path.join(out, 'assets'), { recursive: true })
    writeFileSync(path.join(root, 'keep.html'), 'x')
    writeFileSync(path.join(out, 'notes.txt'), 'x')
    writeFileSync(
      path.join(out, 'manifest.json'),
      JSON.stringify({
        version: 1,
        articles: [
          { slug: '../keep', file: '../keep.html', images: [], cover: null },
          { slug: 'x', file: 'x.html', images: [{ file: 'notes.txt' }], cover: null },
        ],
      }),
    )
    await runCli(['render', '--out', 'out'], root)
    expect(existsSync(path.join(root, 'keep.html'))).toBe(true)
    expect(existsSync(path.join(out, 'notes.txt'))).toBe(true)
  })

  // Decision (QA3 L7): `<out>/<slug>.html` is the render's contract (the manifest and CI rely on it), so a
  // user's own file of that name is replaced, but with one `cli/overwrote-file` warning naming it; from
  // then on it is listed in the manifest, so it goes with the article. A file never listed is never deleted.
  it('warns once when it replaces a file no earlier render wrote (QA3 L7)', async () => {
    const root = site()
    await runCli(['render', '--out', 'out'], root)
    const out = path.join(root, 'out')
    writeFileSync(path.join(out, 'd.html'), 'MY OWN\n')
    writeFileSync(path.join(out, 'e.html'), 'MINE TOO\n')
    cpSync(path.join(root, 'content', 'spring-meetup'), path.join(root, 'content', 'd'), { recursive: true })
    const run = await runCli(['render', '--out', 'out', '--format', 'json'], root)
    const warnings = JSON.parse(run.stdout).diagnostics.filter(
      (d: { ruleId: string }) => d.ruleId === 'cli/overwrote-file',
    )
    expect(warnings).toEqual([
      expect.objectContaining({
        file: 'out/d.html',
        severity: 'warning',
        value: 'out/d.html',
        line: 1,
        column: 1,
        hint: expect.stringContaining('Article `d` is rendered to out/d.html'),
      }),
    ])
    expect(readFileSync(path.join(out, 'd.html'), 'utf8')).toContain('<section')
    const pretty = await runCli(['render', '--out', 'out'], root) // now wxpress's: no second warning
    expect(pretty.stdout).not.toContain('cli/overwrote-file')
    rmSync(path.join(root, 'content', 'd'), { recursive: true })
    const removed = await runCli(['render', '--out', 'out'], root)
    expect(removed.stdout).toContain('Removed 1 page(s) of articles that no longer render: d.html')
    expect(readFileSync(path.join(out, 'e.html'), 'utf8')).toBe('MINE TOO\n') // never listed: never touched
  })
})
