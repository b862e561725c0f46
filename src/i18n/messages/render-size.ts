/** Messages of the render stage's size checks: what WeChat refuses, and what makes the HTML long. */
import { defineMessages, m, num } from '../message.js'

type Shares = { styles: number; code: number; svg: number; images: number; order: string; advise: string }
type Lang = 0 | 1

const NAMES: Record<string, [string, string]> = {
  styles: ['inline styles', '行内样式'],
  code: ['highlighted code', '高亮代码'],
  svg: ['formulas and diagrams (SVG)', '公式和图表（SVG）'],
}

/** What shortens each big share (`advise`, see check-size), `text` when none is big. */
const ADVICE: Record<string, [string, string]> = {
  svg: [
    'Use fewer or shorter display formulas, or put a large formula or diagram in as an image.',
    '减少或缩短行间公式，或把大的公式、图表做成图片插入。',
  ],
  styles: ['Choose a theme with fewer or shorter declarations.', '换一个样式声明更少、更短的主题。'],
  code: ['Use fewer and shorter code blocks.', '减少、缩短代码块。'],
  text: ['Split the article in two.', '把文章拆成两篇。'],
}

function sizeParts(p: Shares, i: Lang): string {
  const parts = p.order
    .split(',')
    .filter((k) => NAMES[k])
    .map((k) => {
      const share = p[k as 'styles' | 'code' | 'svg']
      return i === 0 ? `${NAMES[k]![i]} ${share} %` : `${NAMES[k]![i]}占 ${share}%`
    })
  if (p.images > 0) {
    parts.push(i === 0 ? `${p.images} image${p.images === 1 ? '' : 's'}` : `${p.images} 张图片`)
  }
  return parts.join(i === 0 ? ', ' : '，')
}

const advice = (p: Shares, i: Lang) =>
  (p.advise || 'text')
    .split(',')
    .map((k) => ADVICE[k]?.[i])
    .filter(Boolean)
    .join(i === 0 ? ' ' : '')

export const renderSizeMessages = defineMessages('renderSize', {
  textTooLong: m(
    (p: { n: number; max: number }) =>
      `The article has ${num(p.n)} characters of text; WeChat accepts fewer than ${num(p.max)}`,
    (p) => `文章正文有 ${num(p.n)} 个字符；微信只接受少于 ${num(p.max)} 个字符的正文`,
  ),
  splitArticle: m(
    () => 'Split the article in two.',
    () => '把文章拆成两篇。',
  ),
  htmlTooLarge: m(
    (p: { size: string; max: string }) =>
      `The rendered HTML has ${p.size}; WeChat accepts less than ${p.max}`,
    (p) => `渲染出的 HTML 有 ${p.size}；微信只接受小于 ${p.max} 的内容`,
  ),
  htmlLong: m(
    (p: { n: number; size: string }) =>
      `The rendered HTML has ${num(p.n)} characters (${p.size}); long content is slow to open and near ` +
      `what WeChat accepts`,
    (p) => `渲染出的 HTML 有 ${num(p.n)} 个字符（${p.size}）；内容太长会打开很慢，也接近微信的上限`,
  ),
  /**
   * Shares in percent; `order`: the non-zero shares, biggest first (`styles,code`); `advise`: the big
   * ones, biggest first, whose advice is given (empty: mostly text); see check-size.
   */
  sizeHint: m(
    (p: Shares) => `Of the HTML: ${sizeParts(p, 0) || 'mostly text'}. ${advice(p, 0)}`,
    (p) => `HTML 的构成：${sizeParts(p, 1) || '主要是正文'}。${advice(p, 1)}`,
  ),
})
