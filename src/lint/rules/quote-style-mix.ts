/**
 * Corner quotes 「」 and curly quotes “” in one article: a finding without a fix at the first quote of
 * the style used less (or of the one a corner-quote site does not write), naming the other. 「」 around
 * an interface label (`点击「我的」`) does not count as a quote.
 */
import type { RuleContext } from '../define-lint-rule.js'
import { lintMessages } from '../../i18n/messages/lint.js'
const { msg } = lintMessages

/** Before a UI label in 「」: what a reader is told to tap or open. */
const UI_VERB =
  /(?:点击|点按|轻点|长按|点|选择|选中|勾选|打开|进入|切换到|切到|前往|找到|按下|按|搜索|在|从)\s*$/
/** After one: what it names. */
const UI_NOUN = /^\s*(?:按钮|菜单|选项|页面|页|标签|栏|入口|开关|图标|面板|设置)/

/**
 * 「我的」 after 点击, 「发布」 before 按钮: a house style many teams keep beside “” for quotations (labels
 * of the WeChat or app interface in corner brackets), not a second quote style.
 */
function uiLabel(text: string, open: number): boolean {
  // a label is short: look no further (a text of a thousand unclosed 「 stays linear)
  const near = text.slice(open + 1, open + 14).indexOf('」')
  if (near < 0) return false
  const close = open + 1 + near
  const inner = text.slice(open + 1, close)
  if (!/^[^，。！？、；：“”「」『』]{1,12}$/.test(inner)) return false
  return UI_VERB.test(text.slice(Math.max(0, open - 4), open)) || UI_NOUN.test(text.slice(close + 1))
}

/** The opening quotes of each style in the body (「」 around interface labels not counted unless `corner`). */
function quoteCounts(context: RuleContext, corner: boolean) {
  const count = { '「': 0, '“': 0 }
  const first: Partial<Record<'「' | '“', { segment: (typeof context.prose)[number]; index: number }>> = {}
  for (const segment of context.prose) {
    if (segment.where !== 'body' || segment.html) continue
    for (const m of segment.text.matchAll(/[「“]/g)) {
      const mark = m[0] as '「' | '“'
      if (mark === '「' && !corner && uiLabel(segment.text, m.index)) continue
      count[mark]++
      first[mark] ??= { segment, index: m.index }
    }
  }
  return { count, first }
}

/**
 * Whether the article's own quotes are mostly 「」 (more corner quotes than curly ones, interface
 * labels aside): the style its straight quotes are fixed to, so the fix adds no second style.
 */
export function articleUsesCorner(context: RuleContext): boolean {
  const { count } = quoteCounts(context, false)
  return count['「'] > count['“']
}

export function reportMixedQuoteStyles(context: RuleContext, corner: boolean): void {
  const { count, first } = quoteCounts(context, corner)
  if (count['「'] === 0 || count['“'] === 0) return
  // the style written less is the odd one out; on a tie, the one that came second
  const later =
    first['「']!.segment.offset + first['「']!.index > first['“']!.segment.offset + first['“']!.index
      ? '「'
      : '“'
  const odd = corner ? '“' : count['「'] < count['“'] ? '「' : count['“'] < count['「'] ? '“' : later
  const other = odd === '「' ? '“' : '「'
  const at = first[odd]!
  context.report({
    message: msg.quotesMixed({
      odd: odd === '「' ? '「」' : '“”',
      other: other === '「' ? '「」' : '“”',
      n: count[other],
    }),
    place: context.locate(at.segment, at.index, at.index + 1),
    value: odd,
    hint: msg.quotesMixedHint({ other: other === '「' ? '「」' : '“”' }),
  })
}
