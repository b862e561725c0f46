/**
 * `wxpress render --out`: every article that parses is written (errors or not), with its images as
 * planned uploads and a manifest; a second run leaves unchanged files alone.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { renderSite } from './render-site.js'

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
    const root = renderSite()
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
    const root = renderSite()
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

  it('says why a diagram stays a code block (that info is shown, the others only counted)', async () => {
    const root = renderSite()
    const article = path.join(root, 'content', 'spring-meetup', 'index.md')
    appendFileSync(article, '\n```mermaid\ngraph TD\n  报名 --> 签到\n```\n')
    const env = { CHROMIUM_PATH: '/nonexistent/chromium-for-test' }
    const run = await runCli(['render', '--out', 'out'], root, env)
    const line = run.stdout.split('\n').find((l) => l.includes('render/mermaid-skipped'))
    expect(line).toContain('no Chromium found (looked at /nonexistent/chromium-for-test)')
    expect(run.stdout).not.toContain('length/word-count')
    expect(readFileSync(path.join(root, 'out', 'spring-meetup.html'), 'utf8')).toContain('报名')
  })
})
