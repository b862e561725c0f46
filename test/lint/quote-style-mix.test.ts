/** 「」 and “” in one article (typography/quotes): a second quote style is flagged, interface labels are not (t19 N8). */
import { describe, expect, it } from 'vitest'
import { lintAndFix } from './lint-helpers.js'

const mixed = (body: string) =>
  lintAndFix(body)
    .findings.filter((f) => f.ruleId === 'typography/quotes')
    .map((f) => f.value)

describe('quote styles mixed in one article', () => {
  it('flags 「」 used as quotation marks beside “”', () => {
    expect(mixed('他说“好的”，她说“再见”。\n\n老师说「明天见」。\n')).toEqual(['「'])
  })

  it('does not count 「」 around interface labels beside “” quotations', () => {
    for (const body of [
      '打开微信，点击「我」，再进入「设置」页面，他说“就这么简单”。\n',
      '写完后点「发布」按钮即可；所谓“发布”，就是群发。\n',
      '在「通用」里找到「存储空间」选项。读者常问：“为什么这么慢？”\n',
    ])
      expect(mixed(body), body).toEqual([])
  })
})

describe('straight quotes in an article written with 「」', () => {
  const corner = '「春眠不觉晓」是孟浩然的诗，「床前明月光」是李白的。'

  it('become 「」 (single ones 『』), and leave no mixed-style finding behind', () => {
    const body = `${corner}\n\n白居易写过:"晚来天欲雪,能饮一杯无?"\n\n微信"文件传输助手"里有一句"他说'好'"。\n`
    const { fixed } = lintAndFix(body)
    expect(fixed).toContain('白居易写过：「晚来天欲雪，能饮一杯无？」')
    expect(fixed).toContain('微信「文件传输助手」里有一句「他说『好』」。')
    expect(lintAndFix(fixed).findings.map((f) => f.ruleId)).toEqual([])
  })

  it('become “” when the article has more “” or only 「」 around interface labels', () => {
    expect(lintAndFix(`他说“好”，她说“行”。${corner}\n\n微信"文件传输助手"。\n`).fixed).toContain(
      '微信“文件传输助手”',
    )
    expect(lintAndFix('点击「我」，再进入「设置」页面。\n\n微信"文件传输助手"。\n').fixed).toContain(
      '微信“文件传输助手”',
    )
  })
})
