import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { commentBody, PR_REPORT_MARKER, type CommentInput } from '../../src/pr/report/comment-body.js'
import { readArtifact } from '../../src/pr/report/read-artifact.js'
import { previewImages } from '../../src/pr/report/previews-plan.js'
import { relativeZh, slotText } from '../../src/pr/report/slot-time.js'
import { inline, inlineWithCode } from '../../src/pr/report/escape-markdown.js'
import { baseReport, diag, writeArtifact } from './pr-fixture.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const NOW = Date.parse('2027-04-15T12:00:00+08:00')
const WEB = 'https://github.com/shanhai/site'

async function input(dir: string, extra: Partial<CommentInput> = {}): Promise<CommentInput> {
  const read = await readArtifact(dir)
  if (!read.ok) throw new Error(read.error)
  const { artifact } = read
  return {
    report: artifact.report,
    nowMs: NOW,
    suggestions: 3,
    notes: artifact.notes,
    links: { web: WEB, headSha: artifact.report.pr.headSha, checkRunUrl: `${WEB}/runs/1000` },
    images: previewImages(artifact, 7, WEB),
    ...extra,
  }
}

describe('the sticky comment body', () => {
  it('renders the fixture artifact (golden)', async () => {
    const body = commentBody(await input(path.join(here, 'fixtures', 'artifact')))
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
    const body = commentBody(await input(writeArtifact(report)))
    expect(body).toContain('**本 PR 没有改动文章**')
    expect(body).toContain(
      '> 🗑️ 本 PR 删除了 2 篇文章：《Vue 小技巧》（vue-tips），原定 2027-04-18 20:00（UTC+8）推送（3 天后），删除后不再推送；old。',
    )
  })

  it('shows the code spans of messages as code, escaped like the rest; an unpaired backtick stays a character', () => {
    const message =
      '中文句子里用了半角标点：`行,地`；值含有 `: ` 或 `#` 要加引号，`<img src=x>` 与 `www.a.cn`，单个 ` 不成对 **粗**'
    expect(inlineWithCode(message)).toBe(
      '中文句子里用了半角标点：<code>行,地</code>；值含有 <code>&#58; </code> 或 <code>&#35;</code> 要加引号，' +
        '<code>&#60;img src&#61;x&#62;</code> 与 <code>www&#8203;.a.cn</code>，单个 &#96; 不成对 &#42;&#42;粗&#42;&#42;',
    )
  })

  it('an article without a title (or with front matter that cannot be read) shows its folder name as such', async () => {
    const report = baseReport() as { articles: Record<string, unknown>[] }
    report.articles[0]!.title = ''
    const body = commentBody(await input(writeArtifact(report)))
    expect(body).toMatch(/^### \S+ spring（无标题）$/m)
    expect(body).not.toContain('《》')
  })

  it('escapes hostile titles, digests, messages and paths so they cannot break or spoof the comment', async () => {
    const report = baseReport() as {
      articles: Record<string, unknown>[]
      check: { diagnostics: Record<string, unknown>[] }
    }
    const evil =
      '<!-- wxpress:pr-report --> @octocat #1 <img src=https://tracker.example/x.png> [x](javascript:alert(1)) </details> | *b* $x$ :+1: www.evil.example \u202Egnp.exe'
    report.articles[0]!.title = evil
    report.articles[0]!.digest = evil
    report.articles[0]!.topic = '</td></tr></table><script>alert(1)</script>'
    report.check.diagnostics.push(diag('content/spring/index.md', 2, 'error', 'x/y', evil, { hint: evil }))
    const body = commentBody(await input(writeArtifact(report)))
    expect(body.indexOf(PR_REPORT_MARKER)).toBe(0)
    expect(body.split(PR_REPORT_MARKER)).toHaveLength(2)
    for (const bad of [
      '<img src=https://tracker',
      '@octocat',
      '#1 ',
      '](javascript:',
      '<script>',
      '</td></tr>',
      '*b*',
      '$x$',
      ':+1:',
      'www.evil',
      '\u202E',
    ]) {
      expect(body).not.toContain(bad)
    }
    // every <details> opened is closed, in order
    const tags = [...body.matchAll(/<\/?details\b/g)].map((m) => m[0])
    expect(tags.filter((t) => t === '<details').length).toBe(tags.filter((t) => t === '</details').length)
    let depth = 0
    for (const t of tags) {
      depth += t === '<details' ? 1 : -1
      expect(depth).toBeGreaterThanOrEqual(0)
    }
    expect(inline('a|b\nc')).toBe('a&#124;b c')
  })

  it('stays under 65,536 characters with 600 findings and long titles, saying what was cut', async () => {
    const report = baseReport() as { articles: Record<string, unknown>[]; check: { diagnostics: unknown[] } }
    for (const a of report.articles) a.title = '很长的标题'.repeat(100)
    for (let i = 0; i < 600; i++) {
      report.check.diagnostics.push(
        diag('content/spring/index.md', 1 + i, 'warning', 'lint/long', '很长的说明'.repeat(80)),
      )
    }
    const body = commentBody(await input(writeArtifact(report)))
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toMatch(/还有 \d+ 条，见\[检查运行 wxpress\]/)
    expect(body.endsWith('</sub>\n')).toBe(true)
  })

  it('on a 60-article PR still lists every error first, then warnings, and counts what was left out', async () => {
    const report = baseReport() as { articles: Record<string, unknown>[]; check: { diagnostics: unknown[] } }
    const one = report.articles[1]!
    report.articles = []
    for (let i = 0; i < 60; i++) {
      const file = `content/a${i}/index.md`
      report.articles.push({
        ...one,
        slug: `a${i}`,
        file,
        title: `第 ${i} 篇文章`,
        changed: true,
        status: 'error',
      })
      for (let w = 0; w < 69; w++)
        report.check.diagnostics.push(
          diag(file, 10 + w, 'warning', 'typography/punctuation-width', `半角逗号 ${w}`),
        )
      report.check.diagnostics.push(diag(file, 9, 'info', 'length/word-count', '共 820 字'))
      report.check.diagnostics.push(diag(file, 3, 'error', 'frontmatter/digest', `a${i} 的摘要太长`))
      report.check.diagnostics.push(diag(file, 40, 'error', 'render/missing-image', `a${i} 缺少图片`))
    }
    const body = commentBody(await input(writeArtifact(report)))
    expect(body.length).toBeLessThanOrEqual(65_536)
    for (let i = 0; i < 60; i++) {
      expect(body).toContain(`a${i} 的摘要太长`)
      expect(body).toContain(`a${i} 缺少图片`)
    }
    expect(body).toMatch(
      /> ✂️ 问题较多，评论里每篇先列错误(、再列警告)?，共列出 \d+ 条，另有 \d+ 条没有列出；完整列表见\[检查运行 wxpress\]/,
    )
    const section = body.slice(body.indexOf('《第 7 篇文章》'), body.indexOf('《第 8 篇文章》'))
    expect(section.indexOf('缺少图片')).toBeGreaterThan(0)
    if (section.includes('半角逗号'))
      expect(section.indexOf('缺少图片')).toBeLessThan(section.indexOf('半角逗号'))
    expect(section).toMatch(/…还有 \d+ 条，见\[检查运行 wxpress\]/)
  })

  it('says when an article has no screenshot', async () => {
    const report = baseReport() as { articles: Record<string, unknown>[] }
    delete report.articles[1]!.screenshot
    const body = commentBody(await input(writeArtifact(report)))
    expect(body.match(/构建产物里没有这篇的手机截图/g)).toHaveLength(1)
    expect(body.indexOf('构建产物里没有这篇')).toBeGreaterThan(body.indexOf('《秋天》'))
  })

  it('cuts whole sections when even the counts do not fit, and says how many', async () => {
    const report = baseReport() as { articles: Record<string, unknown>[] }
    const one = report.articles[1]!
    for (let i = 0; i < 400; i++) {
      report.articles.push({
        ...one,
        slug: `a${i}`,
        file: `content/a${i}/index.md`,
        title: '标题'.repeat(60),
        screenshot: undefined,
        changed: true,
      })
    }
    const body = commentBody(await input(writeArtifact(report as unknown as Record<string, unknown>)))
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toMatch(/还有 \d+ 篇改动的文章放不下/)
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
