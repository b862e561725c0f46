/**
 * juice's selector queries are answered from an element index (see `selectElements`): for every theme
 * selector and a set of awkward ones, the elements must be exactly cheerio's, in the same order.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from 'cheerio'
import type { Element } from 'domhandler'
import { describe, expect, it } from 'vitest'
import { indexElements, selectElements, type SelectorCache } from '../../src/render/select-elements.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

const HTML = `
<section class="wxpress Top" id="top">
  <h1>一</h1><h2 class="title">二</h2><h3>三</h3>
  <p class="lead note">甲 <strong>强</strong> <em>斜</em> <code>x</code> <a href="https://mp.weixin.qq.com/s">链</a></p>
  <p class="NOTE">乙</p><p></p><p class="note  note">丙</p>
  <blockquote><p>引</p><blockquote><p>再引</p></blockquote></blockquote>
  <ul><li>1<ul><li>1.1<ol start="3"><li>a</li><li class="task done">b</li></ol></li></ul></li><li>2</li><li id="last">3</li></ul>
  <pre><code class="hljs language-ts"><span class="hljs-keyword">const</span> <span class="hljs-title function_">f</span></code></pre>
  <table><thead><tr><th align="left">h</th><th>i</th></tr></thead><tbody><tr><td>1</td><td align="center">2</td></tr><tr><td>3</td><td>4</td></tr></tbody></table>
  <figure><img src="a.png" alt=""><figcaption>图</figcaption></figure>
  <hr><sup class="footnote-ref"><a href="#fn1" id="ref1">1</a></sup>
  <svg viewBox="0 0 1 1"><defs><linearGradient id="g"></linearGradient></defs><foreignObject></foreignObject><path d="M0 0"/></svg>
  <section class="footnotes"><ol><li id="fn1"><p>注 <a href="#ref1" class="back">↩</a></p></li></ol></section>
  <style>p { color: red }</style><script>1</script>
</section>
<p class="slogan">尾</p>`

const AWKWARD = [
  'p',
  'P',
  '.note',
  '.NOTE',
  '.Note',
  '#top',
  '#TOP',
  '#last',
  'section',
  '*',
  'section *',
  'section > p',
  'p + p',
  'p ~ p',
  'li:first-child',
  'li:last-child',
  'li:nth-child(2n+1)',
  'tr:nth-of-type(even) td',
  'p:empty',
  ':not(p)',
  'p:not(.note)',
  'a[href]',
  'a[href^="https://mp"]',
  '[class~=note]',
  '[CLASS~=note]',
  '[class~=Note i]',
  '[id=TOP i]',
  'p, .note',
  '.note, p',
  'h1, h2, h3',
  '.lead.note',
  'p.lead',
  'blockquote blockquote p',
  'blockquote > p',
  'ul ul li',
  'ol li.task',
  'pre code .hljs-keyword',
  '.hljs-title.function_',
  'linearGradient',
  'lineargradient',
  'svg lineargradient',
  'foreignObject',
  'svg path',
  'td[align=center]',
  'th[align="left" i]',
  'p:has(> strong)',
  'p:is(.note, .lead)',
  'p:where(.slogan)',
  'style',
  'script',
  'section.footnotes li',
  '.footnotes a.back',
  'a#ref1',
  'sup.footnote-ref a',
  'figure img + figcaption',
  'table',
  'h2.title',
  '.wxpress',
  '.Top',
  'p:contains(丙)',
  // left to cheerio (positionals, relative to its context) or invalid: must behave the same either way
  'li:first',
  'p:eq(1)',
  ':root',
  ':scope > p',
  'p[',
  '.',
  'p::before',
  'p:hover',
  '>',
  '',
]

function themeSelectors(): string[] {
  const out: string[] = []
  for (const id of readdirSync(path.join(repo, 'themes'))) {
    const css = readFileSync(path.join(repo, 'themes', id, 'theme.css'), 'utf8').replace(
      /\/\*[\s\S]*?\*\//g,
      '',
    )
    for (const [, selector] of css.matchAll(/(?:^|})\s*([^{}@]+?)\s*\{/g))
      out.push(selector!.replace(/::?(before|after)\b/g, ''))
  }
  return out
}

describe('selectElements', () => {
  const selectors = [...new Set([...themeSelectors(), ...AWKWARD])]
  const cache: SelectorCache = new Map()

  it('finds what cheerio finds, in document order, for every theme selector and awkward ones', () => {
    expect(themeSelectors().length).toBeGreaterThan(100)
    const $ = load(HTML, { xml: { xmlMode: false, decodeEntities: true } }, false)
    const index = indexElements($.root()[0]!)
    const at = (elements: Element[]) => elements.map((e) => index.all.indexOf(e))
    let answered = 0
    for (const selector of selectors) {
      const found = selectElements(index, selector, cache)
      if (found === undefined) continue // cheerio answers these itself
      answered++
      let expected: number[] | 'throws'
      try {
        expected = at($(selector).toArray() as Element[])
      } catch {
        expected = 'throws'
      }
      expect(expected, `cheerio throws for ${selector}, so the index must not answer`).not.toBe('throws')
      expect(at(found), selector).toEqual(expected)
    }
    expect(answered).toBeGreaterThan(selectors.length - 12)
    // the theme selectors that name a tag or class were answered from the index, and matched something
    expect(at(selectElements(index, 'pre code .hljs-keyword', cache)!)).toHaveLength(1)
  })
})
