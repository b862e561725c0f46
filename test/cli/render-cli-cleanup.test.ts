/**
 * `wxpress render --out` removes what an earlier render wrote and no longer lists (stale images, the page
 * of a deleted article), keeps the manifest entries of the slugs it did not render, and never deletes a
 * file it did not write.
 */
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { renderSite } from './render-site.js'

describe('wxpress render', () => {
  it('removes the assets an earlier render wrote that the manifest no longer lists, never other files (QA 28)', async () => {
    const root = renderSite()
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
    const root = renderSite()
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
    const root = renderSite()
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
    const root = renderSite()
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
})
