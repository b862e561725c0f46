/**
 * The renderer hands juice the hast tree as a DOM instead of rehype-stringify's HTML: the result must
 * be exactly what writing the tree out and parsing it back gives.
 */
import type { Root } from 'hast'
import { h, s } from 'hastscript'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import { inlineCss } from '../../src/render/inline-css.js'
import { treeTokens } from '../../src/themes/css-for.js'

const CSS = `
.wxpress { color: #333; line-height: 1.75 }
p { margin: 0 0 1em }
li:first-child { color: red }
.note::before { content: "注：" }
td[align=center] { text-align: center }
input[checked] { display: none }
svg { max-width: 100% }
`

function tree(): Root {
  return {
    type: 'root',
    children: [
      h('section.wxpress#top', { dataSlug: 'a&b', ariaHidden: 'true', style: 'color: var(--x, #111)' }, [
        h('p.note.lead', [
          'Tom & Jerry < 3 > 2 "quoted" ',
          '\u00a0不换行\u00a0',
          h('br'),
          h('code', 'a\tb  c'),
        ]),
        { type: 'comment', value: ' a comment ' },
        { type: 'raw', value: '<b>raw stays text</b>' },
        h('ol', { start: 3, reversed: true }, [
          h('li', '一'),
          h('li', [h('input', { type: 'checkbox', checked: true, disabled: true }), ' 二']),
        ]),
        h('table', [
          h('tbody', [
            h('tr', [h('td', { align: 'center', colSpan: 2 }, 'x'), h('td', { hidden: false }, 'y')]),
          ]),
        ]),
        h('img', { src: 'https://mmbiz.qpic.cn/a.png?x=1&y=2', alt: '', width: 300, className: [] }),
        h(
          'a',
          {
            href: 'https://mp.weixin.qq.com/s?__biz=1&mid=2',
            title: '标题 "引号"',
            rel: ['noopener', 'nofollow'],
          },
          '链接',
        ),
        s('svg', { viewBox: '0 0 10 10', xmlns: 'http://www.w3.org/2000/svg' }, [
          s('path', { d: 'M0 0L10 10', strokeWidth: 2, fill: 'currentColor' }),
          s('foreignObject', { width: 5 }),
        ]),
      ]),
    ],
  }
}

describe('inlineCss on the tree', () => {
  it('gives exactly the HTML of writing the tree out and parsing it back', () => {
    const fromTree = inlineCss(tree(), CSS)
    const fromHtml = inlineCss(toHtml(tree()), CSS)
    expect(fromTree).toBe(fromHtml)
    // and the theme really applied: pseudo-elements, structural and attribute selectors
    expect(fromTree).toContain('<p style="margin: 0 0 1em;"><span>注：</span>Tom &amp; Jerry')
    expect(fromTree).toContain('color: #111;') // var() in an inline style resolved
    expect(fromTree).toMatch(/<li style="color: red;">一<\/li>/)
    expect(fromTree).toContain('text-align: center')
    expect(fromTree).toContain('&lt;b&gt;raw stays text&lt;/b&gt;')
    expect(fromTree).not.toMatch(/ (class|id|data-slug)=/)
  })

  it('applies and removes a <style> element of the document as juice does (sanitised output has none)', () => {
    const html = inlineCss(
      '<section><style>p { color: #222 }</style><p class="a">x</p></section>',
      '.a { margin: 0 }',
    )
    expect(html).toBe('<section><p style="color: #222; margin: 0;">x</p></section>')
  })

  it('names every tag and class of the tree for picking the theme rules', () => {
    expect([...treeTokens(tree())].sort()).toEqual([
      '<a',
      '<br',
      '<code',
      '<foreignobject',
      '<img',
      '<input',
      '<li',
      '<ol',
      '<p',
      '<path',
      '<section',
      '<svg',
      '<table',
      '<tbody',
      '<td',
      '<tr',
      'lead',
      'note',
      'wxpress',
    ])
  })
})

describe('inlineCss placeholders', () => {
  const tree = (): Root => ({
    type: 'root',
    children: [h('section.wxpress', [h('p.table-scroll-hint', { dataWxpressDropEmpty: '' }), h('p', 'x')])],
  })
  it('fills a placeholder from the theme’s ::before and removes its mark', () => {
    const css = '.wxpress .table-scroll-hint::before { content: "← 左右滑动查看 →"; }'
    expect(inlineCss(tree(), css)).toBe('<section><p><span>← 左右滑动查看 →</span></p><p>x</p></section>')
  })
  it('removes a placeholder the theme leaves empty', () => {
    expect(inlineCss(tree(), '.wxpress p { margin: 0 }')).toBe(
      '<section><p style="margin: 0;">x</p></section>',
    )
  })
})
