/** markdown/soft-break on `标签：内容` lines and GitHub alert markers (outside testers, items 1 and 3). */
import { describe, expect, it } from 'vitest'
import { lintAndFix } from './lint-helpers.js'

/** Body lines (1-based) whose soft break is reported, and the text after `--fix`. */
function softBreaks(body: string) {
  const r = lintAndFix(body)
  const lines = r.messages.filter((m) => m.ruleId === 'markdown/soft-break').map((m) => (m.line ?? 0) - 8)
  return { lines, fixed: r.fixed }
}

describe('markdown/soft-break on label lines', () => {
  it('reports bold `**时间**：…` lines and fixes each with `\\`', () => {
    const r = softBreaks('**时间**：3 月 20 日\n**地点**：杭州国际博览中心\n**费用**：免费\n')
    expect(r.lines).toEqual([1, 2])
    expect(r.fixed).toBe('**时间**：3 月 20 日\\\n**地点**：杭州国际博览中心\\\n**费用**：免费\n')
  })

  it('reports plain `时间：…` lines, also when the last one ends a sentence', () => {
    expect(softBreaks('时间：3 月 20 日\n地点：杭州国际博览中心\n费用：免费。\n').lines).toEqual([1, 2])
  })

  it('reports a food guide: an intro line, then long `店名：说明` lines', () => {
    const guide = [
      '锦江区春熙路附近推荐：',
      '鲜毛肚：蜀九香春熙路店，毛肚七上八下刚刚好，排队要一个多小时，建议提前取号',
      '麻辣兔头：双流老妈兔头，去晚了就卖完了，微辣也很够味',
      '钵钵鸡：冷锅串串，一串一毛，适合下午四五点去',
      '',
    ].join('\n')
    expect(softBreaks(guide).lines).toEqual([1, 2, 3])
    expect(softBreaks('锦江区春熙路附近推荐：\n鲜毛肚\n麻辣兔头\n钵钵鸡\n').lines).toEqual([1, 2, 3])
  })

  it.each([
    // one label, then wrapped prose
    '**注意**：我们下周会发布新版本，届时所有老用户\n都可以免费升级，详情请见官网的升级说明。\n',
    // a time and a URL are not labels
    '活动 10:30 开始，请大家准时到场，签到处在一楼大厅\nhttps://example.com 上有地图。\n',
  ])('stays silent on %j', (body) => {
    expect(softBreaks(body).lines).toEqual([])
  })
})

describe('markdown/soft-break on GitHub alerts', () => {
  it.each(['TIP', 'NOTE', 'WARNING', 'IMPORTANT', 'CAUTION'])('leaves the `> [!%s]` marker alone', (kind) => {
    const body = `> [!${kind}]\n> 这是一个提示，内容很重要。\n`
    expect(softBreaks(body)).toEqual({ lines: [], fixed: body })
  })
})
