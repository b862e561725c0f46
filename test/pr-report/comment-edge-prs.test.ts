/**
 * The sticky comment of edge pull requests (outside trial G): a delete-only PR says it deletes, a
 * renamed folder is a rename (with what it means for the publish ledger), an article whose
 * front-matter cannot be read says so, an unreadable slot is 无效, a broken config is the problem
 * (no "共 0 篇"), and a theme PR lists each article once.
 */
import { describe, expect, it } from 'vitest'
import { commentBody } from '../../src/pr/report/comment-body.js'
import { baseReport, writeArtifact } from './pr-fixture.js'
import { commentInput } from './comment-input.js'

type Report = Record<string, unknown> & {
  articles: Record<string, unknown>[]
  check: Record<string, unknown>
}
const body = async (edit: (r: Report) => void, artifactUrl?: string) => {
  const report = baseReport() as Report
  edit(report)
  return commentBody({ ...(await commentInput(writeArtifact(report))), artifactUrl })
}
const noFindings = (r: Report) => {
  r.check = { version: 1, files: [], summary: { files: 0, errors: 0, warnings: 0 }, diagnostics: [] }
}
const deleted = {
  slug: 'old',
  file: 'content/old/index.md',
  title: '旧文',
  slot: '2027-04-18T20:00:00+08:00',
}

describe('the sticky comment of edge pull requests', () => {
  it('a delete-only PR says it deletes, and points to no rendered HTML', async () => {
    const text = await body((r) => {
      r.articles = []
      r.scope = { all: false, reason: null }
      r.deleted = [deleted]
      noFindings(r)
    }, 'https://github.com/shanhai/site/actions/runs/9')
    expect(text).toContain('**删除了 1 篇文章** · 没有问题')
    expect(text).not.toContain('没有改动文章')
    expect(text).not.toContain('渲染好的 HTML')
  })

  it('a renamed folder is shown as renamed, with the ledger warning', async () => {
    const text = await body((r) => {
      r.renamed = [
        { from: 'spring-old', to: 'spring', file: 'content/spring/index.md', title: '春天来了', slot: null },
      ]
    })
    expect(text).toContain(
      '> 🔀 本 PR 重命名了 1 篇文章的文件夹：《春天来了》`spring-old` → `spring`。文章不会因此取消推送。',
    )
    expect(text).toContain('`publish/renamed-after-send`')
    expect(text).toContain('`git mv .wxpress/state/spring-old.json .wxpress/state/spring.json`')
    expect(text).not.toContain('🗑️')
  })

  it('an article whose front-matter cannot be read: no 无标题, 未定, invented digest or unlabelled preview', async () => {
    const text = await body((r) => {
      Object.assign(r.articles[0]!, { title: '', topic: '', audience: '', slot: null, utc: null, push: null })
      Object.assign(r.articles[0]!, { digest: '', frontmatterBroken: true })
    })
    const section = text.slice(
      text.indexOf('### ❌ spring'),
      text.indexOf('### ', text.indexOf('### ❌ spring') + 4),
    )
    expect(section).toContain('### ❌ spring（front-matter 无法解析）')
    expect(section).toContain(
      '| front-matter | ❌ 无法解析，标题、话题、受众、发送时间和摘要都读不到（见下方的问题） |',
    )
    expect(section).not.toMatch(/无标题|未定|\| 摘要 |\| 话题 /)
    expect(section).toContain('📱 手机预览（front-matter 无法解析：标题、封面和摘要都缺失，只有正文可看）')
  })

  it('an unreadable slot is 无效 with its value; 未定 only when there is none', async () => {
    const text = await body((r) => {
      Object.assign(r.articles[1]!, { slot: null, utc: null })
      Object.assign(r.articles[2]!, { slot: null, utc: null })
      const bad = {
        file: 'content/autumn/index.md',
        line: 2,
        column: 7,
        severity: 'error',
        source: 'content',
      }
      const diagnostics = r.check.diagnostics as unknown[]
      diagnostics.push({
        ...bad,
        ruleId: 'frontmatter/invalid-slot',
        message: '`slot` 无效',
        field: 'slot',
        value: '明天早上八点',
      })
    })
    expect(text).toContain('| 发送时间 | ❌ 无效（明天早上八点） |')
    expect(text).toMatch(/\| \[《冬天》\]\([^)]*\) \| 未定 \|/)
  })

  it('a broken config: the config is the problem, no "共 0 篇"', async () => {
    const text = await body((r) => {
      r.articles = []
      r.scope = {
        all: true,
        reason: '没有检查任何文章：配置文件（wxpress.config.json）有错误，请先改正，错误见下方。',
        configFailed: true,
      }
    })
    expect(text).toContain('**配置文件有错误，没有检查文章**')
    expect(text).toContain(
      '> 🔁 没有检查任何文章：配置文件（wxpress.config.json）有错误，请先改正，错误见下方。\n',
    )
    expect(text).not.toMatch(/共 0 篇|没有改动文章/)
  })

  it('a theme PR lists each article once: previewed ones with their preview, the rest in the table', async () => {
    const text = await body((r) => {
      for (const a of r.articles)
        Object.assign(a, { changed: false, screenshot: `screenshots/${a.slug}.png` })
    })
    for (const title of ['《春天来了》', '《秋天》', '《冬天》']) {
      expect(text.split(`[${title}]`).length - 1, title).toBe(1)
    }
    expect(text).toContain('📱 手机预览（本次改动影响每篇文章，这里展示 2 篇，从左到右）')
    expect(text).toContain('<summary>其他 1 篇文章（未改动，一并检查）</summary>')
  })
})
