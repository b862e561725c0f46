import { describe, expect, it } from 'vitest'
import { commentBody } from '../../src/pr/report/comment-body.js'
import { baseReport, diag, writeArtifact } from './pr-fixture.js'
import { commentInput } from './comment-input.js'

describe('the sticky comment body', () => {
  it('stays under 65,536 characters with 600 findings and long titles, saying what was cut', async () => {
    const report = baseReport() as { articles: Record<string, unknown>[]; check: { diagnostics: unknown[] } }
    for (const a of report.articles) a.title = '很长的标题'.repeat(100)
    for (let i = 0; i < 600; i++) {
      report.check.diagnostics.push(
        diag('content/spring/index.md', 1 + i, 'warning', 'lint/long', '很长的说明'.repeat(80)),
      )
    }
    const body = commentBody(await commentInput(writeArtifact(report)))
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
    const body = commentBody(await commentInput(writeArtifact(report)))
    expect(body.length).toBeLessThanOrEqual(65_536)
    for (let i = 0; i < 60; i++) {
      expect(body).toContain(`a${i} 的摘要太长`)
      expect(body).toContain(`a${i} 缺少图片`)
    }
    // 60 × 70 findings, the 字数 line of each article (a fact of its table) not among them
    expect(body).toMatch(
      /> ✂️ 本 PR 共有 4,266 条检查结果，评论里每篇先列错误(、再列警告)?，共列出 [\d,]+ 条；全部 4,266 条都在\[检查运行 wxpress\]\([^)]+\)里以标注列出。/,
    )
    const section = body.slice(body.indexOf('《第 7 篇文章》'), body.indexOf('《第 8 篇文章》'))
    expect(section.indexOf('缺少图片')).toBeGreaterThan(0)
    if (section.includes('半角逗号'))
      expect(section.indexOf('缺少图片')).toBeLessThan(section.indexOf('半角逗号'))
    expect(section).toMatch(/…还有 \d+ 条，见\[检查运行 wxpress\]/)
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
    const body = commentBody(await commentInput(writeArtifact(report as unknown as Record<string, unknown>)))
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toMatch(/还有 \d+ 篇改动的文章放不下/)
  })
})
