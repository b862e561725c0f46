/**
 * `wxpress preview` on a zh-CN site: the index, the findings beside an article and the 404 text are
 * Chinese; rule ids and positions in the findings are those of `locale: en`.
 */
import { describe, expect, it } from 'vitest'
import { startPreview } from '../../src/preview/preview-server.js'
import { makeSite } from '../publish/publish-site.js'

const BODY = '预览正文。\n\n# 一级标题\n'
const now = () => Date.parse('2027-04-01T00:00:00Z')

async function pages(root: string, locale?: 'en') {
  const server = await startPreview({ root, port: 0, nowMs: now, version: 'test', ...(locale ? { locale } : {}) })
  try {
    const index = await (await fetch(server.url)).text()
    const page = await (await fetch(`${server.url}/a/one`)).text()
    const missing = await (await fetch(`${server.url}/a/nope`)).text()
    return { index, page, missing, locale: server.locale }
  } finally {
    await server.close()
  }
}

const findings = (page: string) => [...page.matchAll(/<li class="(\w+)">(\d+:\d+) .*? <code>([^<]+)<\/code><\/li>/g)]
  .map((m) => [m[1], m[2], m[3]])

describe('preview in both locales', () => {
  it('writes the pages in the site locale, with the same findings', async () => {
    const root = makeSite([{ slug: 'one', slot: '2027-04-15T20:00:00+08:00', body: BODY }], { locale: 'zh-CN' })
    const zh = await pages(root)
    const en = await pages(root, 'en')
    expect(zh.locale).toBe('zh-CN')
    expect(zh.page).toContain('← 全部文章')
    expect(zh.page).toMatch(/<h3>\d+ 条检查结果<\/h3>/)
    expect(zh.page).toContain('正文标题 `# 一级标题` 是一级标题')
    expect(zh.missing).toBe('没有文章 nope')
    expect(en.page).toContain('← all articles')
    expect(en.page).toContain('Body heading `# 一级标题` is a level-1 heading')
    expect(en.missing).toBe('No article nope')
    expect(findings(zh.page)).toEqual(findings(en.page))
    expect(findings(zh.page).map((f) => f[2])).toContain('render/h1')
    expect(zh.index).toContain('href="/a/one"')
  })
})
