/**
 * What readers see at phone width (375 px, Chromium): list markers never touch their text, whatever the
 * number of items, and tables fit the phone unless they are genuinely wide.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { hangWidth } from '../../src/render/plugins/rehype-lists.js'
import { closePhoneBrowser, measure, noBrowser, renderFixture as render, THEMES } from './phone-page.js'

afterAll(closePhoneBrowser)

describe('list markers', () => {
  it('hang by the widest marker of the list, with a gap', () => {
    expect(hangWidth(['1.', '9.'])).toBe(1.5)
    expect(hangWidth(['•'])).toBe(1.5)
    expect(hangWidth(['9.', '10.', '99.'])).toBe(2)
    expect(hangWidth(['100.'])).toBe(2.6)
  })

  for (const theme of THEMES) {
    it.skipIf(noBrowser)(
      `never touch their text, and items line up, at 375 px (${theme})`,
      async () => {
        const html = await render('list-hang', theme)
        const lists = await measure<{ gaps: number[]; starts: number[]; left: number }[]>(
          html,
          `[...document.querySelectorAll('ol, ul')].map((list) => {
            const spans = [...list.querySelectorAll(':scope > li > section > span:first-child, :scope > li > section > p > span:first-child')]
            const glyph = (span) => { const r = document.createRange(); r.selectNodeContents(span); return r.getBoundingClientRect() }
            const after = (span) => { const r = document.createRange(); r.setStartAfter(span); r.setEnd(span.nextSibling.firstChild ?? span.nextSibling, 1); return r.getBoundingClientRect().left }
            return {
              gaps: spans.map((s) => after(s) - glyph(s).right),
              starts: spans.map((s) => after(s)),
              left: Math.min(...spans.map((s) => glyph(s).left)),
            }
          })`,
        )
        expect(lists.length).toBe(3)
        for (const list of lists) {
          for (const gap of list.gaps) expect(gap).toBeGreaterThanOrEqual(5)
          expect(
            Math.max(...list.starts) - Math.min(...list.starts),
            JSON.stringify(list),
          ).toBeLessThanOrEqual(1)
          expect(list.left).toBeGreaterThanOrEqual(16)
        }
      },
      60_000,
    )
  }
})

describe('long URLs and inline code in justified text', () => {
  it.skipIf(noBrowser)(
    'do not leave a stretched line before them (every theme)',
    async () => {
      const stretches: Record<string, number> = {}
      for (const theme of THEMES) {
        const html = await render('long-inline', theme)
        // the widest gap justification opens on a line: how much wider its characters are than left-aligned
        const stretch = await measure<number>(
          html,
          `(() => {
            const chars = []
            for (const block of document.querySelectorAll('p, li > section')) {
              const walk = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
              for (let text; (text = walk.nextNode()); )
                for (let i = 0; i < text.length; i++) {
                  const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + 1); chars.push(r)
                }
            }
            const widths = () => chars.map((r) => r.getBoundingClientRect().width)
            const justified = widths()
            const lines = chars.map((r) => Math.round(r.getBoundingClientRect().bottom))
            document.body.style.textAlign = 'left'
            const left = widths()
            const gaps = new Map()
            justified.forEach((w, i) => gaps.set(lines[i], (gaps.get(lines[i]) ?? 0) + w - left[i]))
            return Math.max(...gaps.values())
          })()`,
        )
        stretches[theme] = stretch
      }
      // before: ~160 px (half the line) in every theme, the URL or code pushed to the next line
      for (const [theme, stretch] of Object.entries(stretches)) expect(stretch, theme).toBeLessThan(80)
    },
    60_000,
  )
})

describe('tables', () => {
  it.skipIf(noBrowser)(
    'fit a 375 px phone when small, keep short cells on one line, scroll only when wide, and say so',
    async () => {
      for (const theme of THEMES) {
        const html = await render('table-fit', theme)
        const tables = await measure<{ overflow: number; hint: boolean; oneLine: Record<string, boolean> }[]>(
          html,
          `[...document.querySelectorAll('table')].map((table) => ({
            overflow: table.getBoundingClientRect().width - table.parentElement.clientWidth,
            hint: table.parentElement.nextElementSibling?.textContent === '← 左右滑动查看 →',
            oneLine: Object.fromEntries([...table.querySelectorAll('td, th')].map((cell) => {
              const r = document.createRange(); r.selectNodeContents(cell)
              return [cell.textContent.trim(), r.getBoundingClientRect().height < 30]
            })),
          }))`,
        )
        const [agenda, uses, specs] = tables
        expect(agenda!.overflow, theme).toBeLessThanOrEqual(0)
        expect(agenda!.oneLine, theme).toMatchObject({
          '14:00-14:30': true,
          分享人: true,
          签到: true,
          王五: true,
        })
        expect(uses!.overflow, theme).toBeLessThanOrEqual(0)
        expect(specs!.overflow, theme).toBeGreaterThan(0)
        expect(Object.values(specs!.oneLine).every(Boolean), theme).toBe(true)
        // the reader is told exactly when a table scrolls
        expect(
          tables.map((t) => t.hint),
          theme,
        ).toEqual(tables.map((t) => t.overflow > 0))
      }
    },
    60_000,
  )

  it.skipIf(noBrowser)(
    'never break inline code of the body inside a word: only at its spaces (every theme; retest NEW5)',
    async () => {
      for (const theme of THEMES) {
        const html = await render('long-inline', theme)
        const breaks = await measure<string[]>(
          html,
          // a long token with no space (rehype-long-code.ts) may break anywhere: left out here
          `[...document.querySelectorAll('p code, li code')].filter((c) => getComputedStyle(c).wordBreak !== 'break-all').flatMap((code) => {
            const text = code.firstChild, tops = [], out = []
            for (let i = 0; i < text.length; i++) {
              const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + 1)
              tops.push(Math.round(r.getBoundingClientRect().top))
            }
            for (let i = 1; i < tops.length; i++)
              if (tops[i] !== tops[i - 1]) out.push(text.data.slice(0, i) + '|' + text.data.slice(i))
            return out
          })`,
        )
        expect(breaks.length, theme).toBeGreaterThan(0)
        expect(
          breaks.filter((b) => !/ \||\| |-\|/.test(b)),
          theme,
        ).toEqual([])
      }
    },
    60_000,
  )

  it.skipIf(noBrowser)(
    'never break inline code inside a word in a cell (every theme)',
    async () => {
      for (const theme of THEMES) {
        const html = await render('table-code', theme)
        // each piece of code in a cell, with the places (between two characters) where a line breaks it
        const codes = await measure<{ text: string; breaks: string[] }[]>(
          html,
          `[...document.querySelectorAll('td code, th code')].map((code) => {
            const text = code.firstChild, tops = []
            for (let i = 0; i < text.length; i++) {
              const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + 1)
              tops.push(Math.round(r.getBoundingClientRect().top))
            }
            const breaks = []
            for (let i = 1; i < tops.length; i++)
              if (tops[i] !== tops[i - 1]) breaks.push(text.data.slice(0, i) + '|' + text.data.slice(i))
            return { text: text.data, breaks }
          })`,
        )
        expect(codes.length, theme).toBe(12)
        // before: \`main\`、\`develop\` read \`main、d\` / \`evelop\`; code breaks at a space or not at all
        const inWord = codes.flatMap((c) => c.breaks).filter((b) => !/ \||\| /.test(b))
        expect(inWord, theme).toEqual([])
        // short code (all but the 58-character `git log …`) keeps to one line
        expect(
          codes.filter((c) => c.text.length < 40 && c.breaks.length > 0),
          theme,
        ).toEqual([])
        // and the small table of short commands still fits the phone
        const overflow = await measure<number[]>(
          html,
          `[...document.querySelectorAll('table')].map((t) => t.getBoundingClientRect().width - t.parentElement.clientWidth)`,
        )
        expect(
          overflow.slice(1, 3).every((o) => o <= 0),
          `${theme}: ${overflow}`,
        ).toBe(true)
      }
    },
    60_000,
  )
})
