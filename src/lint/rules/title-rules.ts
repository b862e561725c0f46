import { codePoints } from '../../core/code-points.js'
import { defineLintRule } from '../define-lint-rule.js'
import { reportMatches } from '../prose-matches.js'
import { clickbaitPattern } from './clickbait-words.js'
import { quoted } from './quoted-speech.js'
import { lintRuleMessages } from '../../i18n/messages/lint-rules.js'
const { msg } = lintRuleMessages

export const titleLength = defineLintRule({
  id: 'title/max-length',
  severity: 'warning',
  fixable: false,
  docs: {
    description:
      'Titles wider than `limits.titleWarn` (32) Chinese characters are cut off in chat lists (a Latin letter, digit or space counts half); above `titleMax` (64) characters is an error of the content stage.',
    rationale: 'Most readers only see the first line of the card in the chat list.',
    bad: 'title: 一个非常非常长……（40 字）',
    good: 'title: 二十字以内的标题',
  },
  check: (context) => {
    const { article } = context
    const title = article.frontmatter.title
    const warn = typeof context.options.max === 'number' ? context.options.max : 32
    const field = article.fields.find((f) => f.key === 'title')
    if (!title || !field) return
    const n = codePoints(title)
    // the chat list cuts by width: a Latin letter, digit or space is about half a Chinese character
    if (chatListWidth(title) > warn && n <= 64) {
      context.report({
        message: msg.titleLength({ n, max: warn }),
        place: field.valuePosition,
        value: title,
        field: 'title',
        hint: msg.titleLengthHint({ max: warn }),
      })
    }
  },
})

/** A title's width in the chat list, in Chinese characters: printable ASCII counts half. */
function chatListWidth(text: string): number {
  let width = 0
  for (const c of text) width += c >= ' ' && c <= '~' ? 0.5 : 1
  return Math.ceil(width)
}

export const titlePunctuation = defineLintRule({
  id: 'title/punctuation',
  severity: 'warning',
  fixable: false,
  docs: {
    description:
      'No repeated exclamation or question marks (`！！`, `？？`) and no trailing full stop in titles; a single trailing `！` or `？` is fine.',
    rationale: 'Titles like 「太棒了！！！」 read as spam and are folded by some clients.',
    bad: 'title: 新版本发布了！！！',
    good: 'title: 新版本发布了！',
  },
  check: (context) =>
    reportMatches(context, {
      where: ['title'],
      pattern: /[！!？?]{2,}|[。.]$/,
      message: (m) => msg.titlePunct({ value: m[0], repeated: m[0].length > 1 ? 1 : 0 }),
      hint: () => msg.titlePunctHint(),
    }),
})

export const titleClickbait = defineLintRule({
  id: 'title/clickbait',
  severity: 'warning',
  fixable: false,
  docs: {
    description:
      'Clickbait patterns in titles (震惊, 必看, 99% 的人都不知道 …); 刚刚 and 重磅 only as the breaking-news opener (`重磅！`, not 重磅炸弹), 速看 and 速来 only as the call to hurry (`名额有限速来！`, not 迅速来到).',
    rationale: 'WeChat’s rules against 标题党 can limit an article’s reach or get it removed.',
    bad: 'title: 震惊！99% 的人都不知道',
    good: 'title: 一个少有人知道的 Git 技巧',
  },
  check: (context) =>
    reportMatches(context, {
      where: ['title'],
      pattern: clickbaitPattern(),
      message: (m) => msg.clickbait({ value: m[0], where: 'title' }),
      hint: () => msg.clickbaitHint(),
    }),
})

const ABSOLUTE =
  /最佳|最好|最强|最大|最新|最先进|最低价|最便宜|最优惠?|最高级|第一|唯一|首个|国家级|世界级|顶级|极品|极致|绝对|100%|万能|史上/

/**
 * Ordinary terms that start with an absolute word: ordinals (第一百期, 第一周, 第一章, 第一杯 …; not
 * 第一名), technical or mathematical compounds (唯一索引, 第一性原理, 绝对路径, 绝对错误数, 顶级域名,
 * 最大公约数, 最大值 …), the name of such terms (绝对化用语), and
 * 唯一 stating a fact about the story rather than praising a product: 唯一的共同点, 唯一的区别, 唯一的办法,
 * 唯一一次, and official designations (国家级高新技术企业, 国家级自然保护区 …). `唯一的选择`, `唯一一款`, `唯一的品牌` stay claims: only nouns that cannot be sold are listed.
 */
const NORMAL_TERM = new RegExp(
  '^(?:' +
    [
      // an ordinal: 第一 and a measure or time word (第一杯咖啡, 第一天); not 第一名, a ranking
      '第一(?:[零〇一二三四五六七八九十百千万两]|部分|阶段|季度|次|天|日|晚|夜|小时|分钟|秒|步|篇|期|章|节|场|届|周|季|集|年|月|个|讲|课|回|页|行|列|轮|版|卷|册|条|段|层|关|句|代|部|位|批|任|杯|碗|口|份|张|首|件|封|本|遍|趟|站|眼|作者|人称|视角|印象|反应|感觉|时间|手)',
      '第一性',
      '最佳实践',
      // official designations, facts rather than claims
      '国家级(?:高新技术企业|高新技术产业开发区|高新区|非物质文化遗产|非遗|自然保护区|风景名胜区|新区|经济技术开发区|经开区|专精特新)',
      '首选项',
      '唯一(?:索引|键|约束|标识|主键|值|性|ID|id|确定|对应)',
      '唯一(?:的)?(?:共同点|相同点|区别|不同|差别|差异|例外|缺点|不足|遗憾|问题|办法|方法|途径|条件|要求|限制|原因|理由|线索|解释|可能|变化|改动|出路|答案|目的|依据|来源|幸存者|亲人|孩子|儿子|女儿)',
      '唯一一次',
      // 绝对化用语 names the kind of term this rule is about
      '绝对(?:化|路径|值|定位|地址|引用|坐标|误差|错误|偏差|数值|数量|温度|零度|湿度|压力|压强|星等|多数)',
      '顶级(?:域名|域|作用域|模块|对象|目录|await|函数|节点|元素)',
      '最(?:大|小)(?:公约数|公因数|公倍数|值|化|堆|长度|宽度|高度|连接数|并发数|深度|子|流|似然|匹配|权重|路径|生成树|元素)',
    ].join('|') +
    ')',
)

export const titleAbsoluteTerms = defineLintRule({
  id: 'title/absolute-terms',
  severity: 'warning',
  fixable: false,
  docs: {
    description:
      'Absolute terms restricted by the Advertising Law (最, 第一, 国家级, 绝对 …) in titles and digests, with allow-contexts: ordinals (第一步, 第一天, 第一杯; not the ranking 第一名), technical compounds (唯一索引, 绝对路径 …) and the name 绝对化用语 itself.',
    rationale:
      'Article 9 of the PRC Advertising Law forbids superlatives in promotional content; 公众号 posts about products count.',
    bad: 'title: 史上最强的笔记应用',
    good: 'title: 一款安静的笔记应用',
  },
  check: (context) =>
    reportMatches(context, {
      where: ['title', 'digest'],
      pattern: ABSOLUTE,
      skip: (m, segment) => NORMAL_TERM.test(segment.text.slice(m.index, m.index + 12)),
      message: (m) => msg.absoluteTerm({ value: m[0] }),
      hint: () => msg.absoluteHint({ rule: 'title/absolute-terms' }),
    }),
})

/**
 * In the body, where 最好吃的一碗 and 改动最大的部分 describe rather than advertise, only the terms
 * that are claims in any context (国家级, 最佳, 第一品牌, 史上最 …) are reported, and 最好 / 最低价 after
 * what a product is praised for (效果最好, 全网最好, 全网最低价).
 */
const BODY_ABSOLUTE =
  /国家级|世界级|最高级|最佳|最先进|顶级|极品|极致|第一品牌|(?:销量|全网|行业|全国|全球)第一|(?:全网|行业|全国|全球|市面上|效果|品质|质量|口碑|性价比)最(?:好|强|优|低价?|便宜)|NO\.1|TOP1|史无前例|史上最|万能|绝对|唯一|首个|首家|首选|独家|100%有效/i

export const bodyAbsoluteTerms = defineLintRule({
  id: 'body/absolute-terms',
  severity: 'warning',
  fixable: false,
  docs: {
    description:
      'Absolute terms restricted by the Advertising Law that are claims in any context (国家级, 最佳, 第一品牌, 史上最, 绝对, 唯一 …) in the body, with the same allow-contexts as `title/absolute-terms` (唯一索引, 绝对路径, 绝对错误数, 顶级域名, 最佳实践, 绝对化用语 …) and official designations (国家级高新技术企业, 国家级非物质文化遗产, 国家级自然保护区 …); statements of fact (`唯一的共同点`, `唯一的区别`, `唯一一次`) are not reported. An article that advertises nothing turns it off with `lint: { body/absolute-terms: off }`.',
    rationale:
      'Article 9 of the PRC Advertising Law applies to the whole of a promotional post, not only its title.',
    bad: '本产品效果最好，绝对安全。',
    good: '本产品在测试中把耗时降低了 30%。',
  },
  check: (context) =>
    reportMatches(context, {
      where: ['body', 'slogan'],
      pattern: BODY_ABSOLUTE,
      skip: (m, segment) => NORMAL_TERM.test(segment.text.slice(m.index, m.index + 12)),
      message: (m) => msg.absoluteTerm({ value: m[0] }),
      hint: () => msg.absoluteHint({ rule: 'body/absolute-terms' }),
    }),
})

export const bodyClickbait = defineLintRule({
  id: 'body/clickbait',
  severity: 'warning',
  fixable: false,
  docs: {
    description:
      'The clickbait wording of `title/clickbait` (震惊, 必看, 删前速看 …) in the body; not inside quotation marks (`他说自己“非常震惊”`), where it is quoted speech.',
    rationale: 'WeChat’s rules against 标题党 also cover bodies that stir up alarm to make readers share.',
    bad: '震惊！删前速看',
    good: '这个变化值得了解',
  },
  check: (context) =>
    reportMatches(context, {
      where: ['body', 'slogan'],
      pattern: clickbaitPattern(),
      // quoted speech (`他说自己“非常震惊”`) reports what someone said; it is not the writer's hook
      skip: (m, segment) => quoted(context, segment, m.index, m.index + m[0].length),
      message: (m) => msg.clickbait({ value: m[0], where: 'body' }),
      hint: () => msg.clickbaitHint(),
    }),
})
