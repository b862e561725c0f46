import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import type { Article } from '../../src/content/article.js'
import type { LintRule } from '../../src/lint/define-lint-rule.js'
import { bodyAbsoluteTerms, titleAbsoluteTerms, titleClickbait } from '../../src/lint/rules/title-rules.js'
import { lintAndFix } from './lint-helpers.js'

/** The values a title rule reports for `title`. */
function findings(rule: LintRule, title: string, where: 'title' | 'body' = 'title'): string[] {
  const file = new VFile({ path: 'x.md', value: '' })
  const article = {
    slug: 'x',
    path: 'x.md',
    dir: '/nonexistent',
    file,
    markdown: '',
    frontmatter: { title },
    fields: [],
    block: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    slot: undefined,
    coverPath: undefined,
    hash: '',
    readable: true,
  } satisfies Article
  const out: string[] = []
  rule.check({
    article,
    tree: { type: 'root', children: [] },
    prose: [{ text: title, where, offset: 0 }],
    options: {},
    locate: () => undefined,
    report: (d) => void out.push(String(d.value)),
  })
  return out
}

describe('title/absolute-terms (QA4)', () => {
  it('allows technical compounds and ordinals', () => {
    for (const title of [
      'MySQL 唯一索引和普通索引该怎么选？',
      '用第一性原理重新思考技术选型',
      'Node.js 里的相对路径和绝对路径',
      '绝对值的几何意义',
      '顶级域名是怎么分配的',
      '最大公约数的三种求法',
      '数组的最小值和最大值',
      '山海周刊第一百期：我们的三年',
      '第一周用 Vim 的感受',
      '第一章：环境搭建',
      '第一季度复盘',
      '第一次线下分享会',
      '第一年做独立开发',
      '第一个 Rust 程序',
      '第一讲：导论',
      // trial M #8: 第一 and a measure or time word is an ordinal
      '从磨豆开始，一步步冲出第一杯好咖啡',
      '第一天上班，第一眼看到的工位',
      '事故发生后第一时间通知用户',
      // the name of the terms themselves
      '公众号文案怎样避开绝对化用语',
    ])
      expect(findings(titleAbsoluteTerms, title), title).toEqual([])
  })
  it('still flags superlatives', () => {
    expect(findings(titleAbsoluteTerms, '史上最强的笔记应用')).toEqual(['史上', '最强'])
    expect(findings(titleAbsoluteTerms, '国内第一的笔记应用')).toEqual(['第一'])
    // a ranking, not an ordinal
    expect(findings(titleAbsoluteTerms, '黑客松第一名的笔记应用')).toEqual(['第一'])
    expect(findings(titleAbsoluteTerms, '唯一一款不用联网的笔记应用')).toEqual(['唯一'])
    expect(findings(titleAbsoluteTerms, '绝对好用的编辑器')).toEqual(['绝对'])
    expect(findings(titleAbsoluteTerms, '最大的更新来了')).toEqual(['最大'])
  })
  it('flags price and quality claims of promotions (最低价, 最便宜, 最优惠, 极品)', () => {
    expect(findings(titleAbsoluteTerms, '春季新品上线啦！全网最低价，效果最好')).toEqual(['最低价', '最好'])
    expect(findings(titleAbsoluteTerms, '今年最便宜的一次：极品普洱')).toEqual(['最便宜', '极品'])
    expect(findings(titleAbsoluteTerms, '双十一最优惠的买法')).toEqual(['最优惠'])
    // not a claim: a temperature, an exclusive interview
    expect(findings(titleAbsoluteTerms, '明天最低气温零下五度')).toEqual([])
    expect(findings(titleAbsoluteTerms, '独家专访：山海的三年')).toEqual([])
  })
})

describe('body/absolute-terms (wr m1)', () => {
  it('allows statements of fact and technical compounds', () => {
    for (const text of [
      '他们互不相识，唯一的共同点是：都在去年冬天给我们写过信。',
      '对于流量很小的服务，错误率波动很大，我们改用绝对错误数来判断。',
      '两种写法唯一的区别在于缓存。',
      '这是他唯一一次公开谈起那场大火。',
      '取绝对值以后再比较，绝对误差小于 0.1。',
      '配置文件里要写绝对路径。',
      // trial M #8: the name of the terms this rule reports
      '发布前检查一遍有没有绝对化用语，把绝对化的说法改掉。',
    ])
      expect(findings(bodyAbsoluteTerms, text, 'body'), text).toEqual([])
  })
  it('still flags claims', () => {
    expect(findings(bodyAbsoluteTerms, '这是市面上唯一的无糖奶茶，绝对安全。', 'body')).toEqual([
      '唯一',
      '绝对',
    ])
    expect(findings(bodyAbsoluteTerms, '唯一一款通过认证的国家级产品，唯一的选择。', 'body')).toEqual([
      '唯一',
      '国家级',
      '唯一',
    ])
    // the rule's own example (t19 N4): 效果最好 and 全网最好 are claims; 最好吃的一碗 describes
    expect(findings(bodyAbsoluteTerms, '本产品效果最好，绝对安全。', 'body')).toEqual(['效果最好', '绝对'])
    expect(findings(bodyAbsoluteTerms, '这是全网最好的龙井，全网最低价。', 'body')).toEqual([
      '全网最好',
      '全网最低价',
    ])
    expect(findings(bodyAbsoluteTerms, '巷口那家店的面是我吃过最好吃的一碗。', 'body')).toEqual([])
    expect(findings(titleAbsoluteTerms, '最好的奶茶：国家级认证，全网第一')).toEqual([
      '最好',
      '国家级',
      '第一',
    ])
  })
})

describe('title/clickbait (QA4)', () => {
  it('allows 刚刚 as an ordinary word', () => {
    for (const title of ['刚刚好的周末：杭州两日游', '刚刚过去的 2026 年'])
      expect(findings(titleClickbait, title), title).toEqual([])
  })
  it('flags 刚刚 as the breaking-news opener', () => {
    expect(findings(titleClickbait, '刚刚！苹果发布新品')).toEqual(['刚刚'])
    expect(findings(titleClickbait, '重磅！刚刚，苹果发布新品')).toEqual(['重磅', '刚刚'])
  })
  it('flags 重磅 as the opener and 速来 / 速看 as the call to hurry (tester report 5)', () => {
    expect(findings(titleClickbait, '重磅！！…史上最强阵容，名额有限速来！！')).toEqual(['重磅', '速来'])
    expect(findings(titleClickbait, '【重磅】新版发布，速来围观')).toEqual(['重磅', '速来'])
    expect(findings(titleClickbait, '重磅消息：报名开启，速看')).toEqual(['重磅', '速看'])
    expect(findings(titleClickbait, '名额不多，速来')).toEqual(['速来'])
  })
  it('allows 重磅, 速来 and 速看 as ordinary words', () => {
    for (const title of [
      '重磅炸弹之后：一次发布会的复盘',
      '12 盎司重磅牛仔布怎么洗',
      '这件重磅纯棉 T 恤穿了三年',
      '他迅速来到现场',
      '加速来自缓存的命中',
      '光速来回的信号',
      '快速看懂一张账单',
      '迅速看完这份报告',
    ])
      expect(findings(titleClickbait, title), title).toEqual([])
  })
})

describe('ordinary text that is not an ad or a hook (editor report 3)', () => {
  const body = (text: string, ruleId: string) =>
    lintAndFix(text)
      .messages.filter((m) => m.ruleId === ruleId)
      .map((m) => /`(.+)`/.exec(m.message)?.[1])
  it('allows 最佳实践 and official 国家级 designations', () => {
    for (const text of [
      '## 最佳实践与常见问题\n',
      '该公司是国家级高新技术企业。\n',
      '昆曲是国家级非物质文化遗产，这里是国家级自然保护区。\n',
      '雄安是国家级新区，旁边有国家级经济技术开发区，还有几家国家级专精特新“小巨人”企业。\n',
    ])
      expect(findings(bodyAbsoluteTerms, text.replace(/^## |\n$/g, ''), 'body'), text).toEqual([])
    expect(findings(bodyAbsoluteTerms, '国家级品质，最佳选择。', 'body')).toEqual(['国家级', '最佳'])
  })
  it('allows clickbait words quoted in the body, not in titles', () => {
    for (const text of [
      '他说自己“非常震惊”，半天没说话。\n',
      '她回忆：「当时太可怕了，什么都看不见。」\n',
      '他说自己“**非常震惊**”。\n',
    ])
      expect(body(text, 'body/clickbait'), text).toEqual([])
    expect(body('震惊！删前速看。他说“好”。\n', 'body/clickbait')).toEqual(['震惊', '删前速看'])
    expect(findings(titleClickbait, '他说自己“非常震惊”')).toEqual(['震惊'])
  })
})
