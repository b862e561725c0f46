/** markdown/indented-prose: 首行缩进 turns a Chinese paragraph into an indented code block. */
import { describe, expect, it } from 'vitest'
import { lintAndFix } from './lint-helpers.js'

function indented(body: string) {
  const r = lintAndFix(body)
  const found = r.messages.filter((m) => m.ruleId === 'markdown/indented-prose')
  return { lines: found.map((m) => (m.line ?? 0) - 8), fixed: r.fixed, messages: found }
}

describe('markdown/indented-prose', () => {
  it('reports a tab-indented paragraph with the four-space ones merged into its block, and fixes them', () => {
    const body =
      '\t这一段以制表符开头，是中文写作者常见的首行缩进习惯。\n\n    第二段用四个空格缩进，也会并进同一个灰色方框。\n\n正常段落。\n'
    const r = indented(body)
    expect(r.lines).toEqual([1])
    expect(r.messages[0]?.message).toContain('line 9')
    expect(r.fixed).toBe(
      '这一段以制表符开头，是中文写作者常见的首行缩进习惯。\n\n第二段用四个空格缩进，也会并进同一个灰色方框。\n\n正常段落。\n',
    )
    expect(indented(r.fixed).lines).toEqual([])
  })

  it('fixes an indented paragraph in a blockquote, reports one in a list item without a fix', () => {
    expect(indented('> 引用：\n>\n>     引用里缩进的中文段落，也会变成代码块。\n').fixed).toBe(
      '> 引用：\n>\n> 引用里缩进的中文段落，也会变成代码块。\n',
    )
    const list = '- 列表项\n\n      列表里缩进的中文段落，会变成代码块。\n'
    expect(indented(list)).toMatchObject({ lines: [3], fixed: list })
  })

  it.each([
    '    npm install wxpress\n',
    '    const a = 1\n',
    '    // 这是一个中文注释，说明下面的代码\n    const a = 1\n',
    '    # 安装依赖之前先确认网络环境\n',
    '```\n这是围起来的代码块里的中文段落内容。\n```\n',
  ])('leaves code alone: %j', (body) => {
    expect(indented(body).lines).toEqual([])
  })
})

describe('markdown/indented-prose in an essay indented with 　　', () => {
  it('writes 　　 at the start of each paragraph instead of removing the indentation', () => {
    const body =
      '　　那年夏天，我们搬到了河边的小镇上。\n\n\t我已经有七年没回去了，可那条河一直在梦里流着，从镇子东头流到西头，\n    流过外婆家的门口，也流过我小时候常去的那座石桥。\n\n    外婆家就在河边。每天傍晚她都会坐在门口。\n\n　　后来外婆走了，房子也卖了。\n'
    const r = indented(body)
    expect(r.fixed).toBe(
      '　　那年夏天，我们搬到了河边的小镇上。\n\n　　我已经有七年没回去了，可那条河一直在梦里流着，从镇子东头流到西头，\n流过外婆家的门口，也流过我小时候常去的那座石桥。\n\n　　外婆家就在河边。每天傍晚她都会坐在门口。\n\n　　后来外婆走了，房子也卖了。\n',
    )
    expect(lintAndFix(body).messages.find((m) => m.ruleId === 'markdown/indented-prose')?.note).toContain(
      '　　',
    )
    expect(indented(r.fixed).lines).toEqual([])
    expect(lintAndFix(r.fixed).findings).toEqual([])
  })

  it('removes it when the other paragraphs are flush-left', () => {
    const body = '那年夏天，我们搬到了河边的小镇上。\n\n    外婆家就在河边。每天傍晚她都会坐在门口。\n'
    expect(indented(body).fixed).toBe(body.replace('    ', ''))
  })
})
