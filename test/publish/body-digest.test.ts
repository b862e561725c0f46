/**
 * An article without a `digest`: WeChat would take the first 54 characters of the content HTML, `[1]`
 * reference markers and all. wxpress sends the start of the body as `check` quoted it to the writer
 * (length/digest-missing), and the PR card shows the same text (tester report M1).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { loadSite } from '../../src/site/load-site.js'
import { checkSite } from '../../src/site/check-site.js'
import { digestSource, effectiveDigest } from '../../src/lint/article-facts.js'
import { makeSite, runPublish } from './publish-site.js'

let emu: Emulator | undefined
afterEach(async () => {
  await emu?.close()
  emu = undefined
})

const BODY = [
  '根据 [GitHub 官方文档](https://docs.github.com/) 的说法[^1]，`git switch` 比 `git checkout` 更安全，',
  '也更容易记住，这是我们决定全面迁移到新命令的主要原因之一。',
  '',
  '[^1]: 见 Git 2.23 的发布说明。',
  '',
].join('\n')

describe('the digest of an article without one', () => {
  it('is the reader’s text check quoted, sent to WeChat without reference markers', async () => {
    emu = await createEmulator({ clock: '2027-04-01T00:00:00Z' })
    const root = makeSite([{ slug: 'git', slot: '2027-04-01T08:00:00+08:00', body: BODY }], {
      accounts: { main: { mode: 'draft' } },
    })
    // no digest in the front matter
    const file = `${root}/content/git/index.md`
    const { readFileSync, writeFileSync } = await import('node:fs')
    writeFileSync(file, readFileSync(file, 'utf8').replace('digest: 一句话摘要。\n', ''))
    const { summary, site } = await runPublish({ root, emu, now: '2027-04-01T07:00:00+08:00' })
    expect(summary).toMatchObject({ failed: 0, drafted: 1 })
    const quoted = site.articles[0]!.file.messages.find((m) => m.ruleId === 'length/digest-missing')
    const preview = (quoted as { value?: string } | undefined)?.value
    expect(preview).toBe('根据 GitHub 官方文档 的说法，git switch 比 git checkout 更安全，也更容易记')
    const drafts = (
      emu.state() as { accounts: Record<string, { drafts: { articles: { digest: string }[] }[] }> }
    ).accounts.wx0000000000emulator!.drafts
    expect(drafts[0]!.articles[0]!.digest).toBe(preview)
    expect(drafts[0]!.articles[0]!.digest).not.toContain('[1]')
  })

  it('leaves out reference markers when the digest rule is off (from the rendered text)', async () => {
    const root = makeSite([{ slug: 'git', slot: '2027-04-01T08:00:00+08:00', body: BODY }], {
      rules: { 'length/digest-missing': 'off' },
    })
    const site = await loadSite({ root })
    const { renders } = await checkSite(site, { nowMs: Date.parse('2027-03-01T00:00:00Z'), noCache: true })
    const article = site.articles[0]!
    const digest = effectiveDigest(undefined, digestSource(article.file, renders.get('git')!.html))
    expect(digest.startsWith('根据 GitHub 官方文档 的说法')).toBe(true)
    expect(digest).not.toMatch(/\[\d\]/)
  })
})

describe('the quoted start of the body', () => {
  it('joins a paragraph ending in a full-width mark to the next, and keeps a heading a space apart', async () => {
    const body = '## 年终\n\n这一年，我们一起写了 50 篇文章。\n\n感谢每一位读者！\n'
    const root = makeSite([{ slug: 'year', slot: '2027-04-01T08:00:00+08:00', body }])
    const site = await loadSite({ root })
    const file = `${root}/content/year/index.md`
    const { readFileSync, writeFileSync } = await import('node:fs')
    writeFileSync(file, readFileSync(file, 'utf8').replace('digest: 一句话摘要。\n', ''))
    const fresh = await loadSite({ root: site.root })
    await checkSite(fresh, { nowMs: Date.parse('2027-03-01T00:00:00Z'), noCache: true, html: false })
    const found = fresh.articles[0]!.file.messages.find((m) => m.ruleId === 'length/digest-missing')
    expect((found as { value?: string } | undefined)?.value).toBe(
      '年终 这一年，我们一起写了 50 篇文章。感谢每一位读者！',
    )
  })
})
