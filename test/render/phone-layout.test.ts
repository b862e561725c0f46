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
})
