import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { commentBody } from '../../src/pr/report/comment-body.js'
import { relativeZh, slotText } from '../../src/pr/report/slot-time.js'
import { baseReport, diag, writeArtifact } from './pr-fixture.js'
import { commentInput, NOW } from './comment-input.js'

const here = path.dirname(fileURLToPath(import.meta.url))

describe('the sticky comment body', () => {
  it('renders the fixture artifact (golden)', async () => {
    const body = commentBody(await commentInput(path.join(here, 'fixtures', 'artifact')))
    await expect(body).toMatchFileSnapshot(path.join(here, 'golden', 'comment.md'))
  })

  it('names the articles a PR deletes and the push each was planned for; no article changed is said so', async () => {
    const report = baseReport() as Record<string, unknown> & { articles: unknown[]; scope: unknown }
    report.articles = []
    report.scope = { all: false, reason: null }
    report.deleted = [
      {
        slug: 'vue-tips',
        file: 'content/vue-tips/index.md',
        title: 'Vue 小技巧',
        slot: '2027-04-18T20:00:00+08:00',
      },
      { slug: 'old', file: 'content/old/index.md', title: null, slot: null },
    ]
    const body = commentBody(await commentInput(writeArtifact(report)))
    expect(body).toContain('**删除了 2 篇文章**')
    expect(body).toContain(
      '> 🗑️ 本 PR 删除了 2 篇文章：《Vue 小技巧》（vue-tips），原定 2027-04-18 20:00（UTC+8）推送（3 天后），删除后不再推送；old。',
    )
  })

  it('an article without a title (or with front matter that cannot be read) shows its folder name as such', async () => {
    const report = baseReport() as { articles: Record<string, unknown>[] }
    report.articles[0]!.title = ''
    const body = commentBody(await commentInput(writeArtifact(report)))
    expect(body).toMatch(/^### \S+ spring（无标题）$/m)
    expect(body).not.toContain('《》')
  })

  it('says in the 封面 row why an article has no cover (tester report L7)', async () => {
    const report = baseReport() as {
      articles: Record<string, unknown>[]
      check: { diagnostics: unknown[] }
    }
    report.check.diagnostics.push(
      diag('content/autumn/index.md', 4, 'error', 'image/missing', '找不到封面 ./封面.png', {
        field: 'cover',
      }),
    )
    const body = commentBody(await commentInput(writeArtifact(report)))
    const autumn = body.slice(body.indexOf('《秋天》'))
    expect(autumn).toContain('| 封面 | ❌ 找不到封面 ./封面.png |')
    // an article with its cover shows the picture, not a problem
    expect(body.slice(0, body.indexOf('《秋天》'))).not.toContain('| 封面 | ❌')
  })

  it('writes a title within the title with 〈〉 (trial P #15)', async () => {
    const report = baseReport() as { articles: Record<string, unknown>[] }
    report.articles[0]!.title = '书评｜《长夜》：一本适合慢慢读的小说'
    const body = commentBody(await commentInput(writeArtifact(report)))
    expect(body).toContain('《书评｜〈长夜〉：一本适合慢慢读的小说》')
    expect(body).not.toContain('《《')
  })

  it('says when an article has no screenshot', async () => {
    const report = baseReport() as { articles: Record<string, unknown>[] }
    delete report.articles[1]!.screenshot
    const body = commentBody(await commentInput(writeArtifact(report)))
    expect(body.match(/构建产物里没有这篇的手机截图/g)).toHaveLength(1)
    expect(body.indexOf('构建产物里没有这篇')).toBeGreaterThan(body.indexOf('《秋天》'))
  })

  it('shows the slot in local time, UTC and relative to the clock', () => {
    expect(slotText('2027-04-18T20:00:00+08:00', NOW)).toEqual({
      local: '2027-04-18 20:00（UTC+8）',
      utc: '2027-04-18 12:00 UTC',
      relative: '3 天后',
    })
    expect(slotText('2027-04-15T02:00:00Z', NOW)?.relative).toBe('2 小时前')
    expect(slotText('not a date', NOW)).toBeUndefined()
    expect(relativeZh(30_000)).toBe('现在')
    expect(relativeZh(-45 * 60_000)).toBe('45 分钟前')
  })
})
