/**
 * Trial G item 11: a table wider than a phone even at its narrowest (the one that scrolls, with the
 * `← 左右滑动查看 →` cue) is a `render/table-too-wide` warning on its line, naming its column count;
 * decided without a browser, from the column count and the cells' text.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/schema.js'
import { loadArticle } from '../../src/content/load-article.js'
import { createRenderer } from '../../src/render/create-renderer.js'
import { fromMessage } from '../../src/diagnostics/collect-diagnostics.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const config = defaultConfig()

async function render(absolutePath: string, root: string) {
  const article = await loadArticle({ root, absolutePath, slug: 'tables', config })
  const renderer = await createRenderer({ root, config, mermaid: false })
  const { html } = await renderer.render(article)
  const wide = article.file.messages.filter((m) => m.ruleId === 'render/table-too-wide')
  return { html, wide }
}

const FRONT = '---\ntitle: 读者调查\ntopic: 测试\naudience: 全部粉丝\ncover: cover.png\n---\n\n'

describe('render/table-too-wide', () => {
  it('warns on the tables that scroll (8 columns; 5 with long cells), not on the tables that fit', async () => {
    const root = here
    const { html, wide } = await render(path.join(here, 'fixtures', 'table-fit', 'input.md'), root)
    expect(wide.map((m) => [m.line, m.fatal])).toEqual([
      [28, false],
      [35, false],
    ])
    const [m] = wide
    expect(m!.message).toMatch(/^The table has 8 columns and needs about \d+ px even with its columns/)
    const { value } = fromMessage(m!, 'content/table-fit/input.md')
    expect(Number(/^(\d+)px$/.exec(value ?? '')?.[1])).toBeGreaterThan(343)
    expect(wide[1]!.message).toMatch(/^The table has 5 columns/)
    // the warning and the reader's swipe cue come from the same decision (phone-layout.test.ts measures it)
    expect(html.match(/左右滑动查看/g)).toHaveLength(2)
  })

  it('names the line and the column count of the tester’s 10-column table, in Chinese too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wxpress-table-'))
    const head = `| ${['题目', '选项', '人数', '占比', '男', '女', '18-24', '25-34', '35-44', '45+'].join(' | ')} |`
    const rule = `|${' --- |'.repeat(10)}`
    const row = `| 你最常在什么时间读公众号 | 晚上 | 1234 | 45.6% | 600 | 634 | 300 | 500 | 300 | 134 |`
    const small = '| 时间 | 内容 |\n| --- | --- |\n| 14:00 | 签到 |'
    const file = path.join(dir, 'index.md')
    writeFileSync(file, `${FRONT}调查结果：\n\n${head}\n${rule}\n${row}\n${row}\n\n小表：\n\n${small}\n`)
    const { wide } = await render(file, dir)
    expect(wide).toHaveLength(1)
    expect(wide[0]!.line).toBe(10)
    expect(wide[0]!.message).toContain('The table has 10 columns')
    const zh = fromMessage(wide[0]!, 'content/tables/index.md', 'zh-CN')
    expect(zh).toMatchObject({ ruleId: 'render/table-too-wide', severity: 'warning', line: 10 })
    expect(zh.message).toMatch(/^表格有 10 列，每列压到最窄也要约 \d+px/)
    expect(zh.hint).toBe('拆成两张表、减少列数（把细节写进正文），或者改用图片。')
  })
})
