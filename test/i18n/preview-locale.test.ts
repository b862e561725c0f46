/**
 * `wxpress preview` on a zh-CN site: the index, the findings beside an article and the 404 text are
 * Chinese; rule ids and positions in the findings are those of `locale: en`.
 */
import { describe, expect, it } from 'vitest'
import { startPreview } from '../../src/preview/preview-server.js'
import { makeSite } from '../publish/publish-site.js'
import { runCli } from '../helpers/run-cli.js'

const BODY = '预览正文。\n\n# 一级标题\n'
const now = () => Date.parse('2027-04-01T00:00:00Z')

async function pages(root: string, locale?: 'en') {
  const server = await startPreview({
    root,
    port: 0,
    nowMs: now,
    version: 'test',
    ...(locale ? { locale } : {}),
  })
  try {
    const index = await (await fetch(server.url)).text()
    const page = await (await fetch(`${server.url}/a/one`)).text()
    const missing = await (await fetch(`${server.url}/a/nope`)).text()
    return { index, page, missing, locale: server.locale }
  } finally {
    await server.close()
  }
}

const findings = (page: string) =>
  [...page.matchAll(/<li class="(\w+)">(\d+:\d+) .*? <code>([^<]+)<\/code><\/li>/g)].map((m) => [
    m[1],
    m[2],
    m[3],
  ])

describe('preview in both locales', () => {
  it('writes the pages in the site locale, with the same findings', async () => {
    const root = makeSite([{ slug: 'one', slot: '2027-04-15T20:00:00+08:00', body: BODY }], {
      locale: 'zh-CN',
    })
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

  it('says why it cannot listen in the chosen language', async () => {
    const root = makeSite([{ slug: 'one', slot: '2027-04-15T20:00:00+08:00' }], { locale: 'zh-CN' })
    const zh = await runCli(['preview', '--host', '192.0.2.1', '--port', '0', '--locale', 'zh-CN'], root)
    expect(zh.code).toBe(2)
    expect(zh.stderr).toBe(
      'wxpress preview：本机没有地址 192.0.2.1：请传 --host 127.0.0.1（本机）或 0.0.0.0（所有网络）\n',
    )
    const en = await runCli(['preview', '--host', '192.0.2.1', '--port', '0'], root)
    expect(en.stderr).toContain('wxpress preview: this machine has no address 192.0.2.1')
  })
})
