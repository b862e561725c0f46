/**
 * Nested lists at phone width (375 px, Chromium): every level is indented under its parent item. A task
 * item's ☐ hangs like a list marker, so a list nested under it starts where its text starts (it used to
 * sit left of the ☐, and nested ☐ only 0.3em right of their parent's, with a theme's negative margin).
 */
import { afterAll, describe, expect, it } from 'vitest'
import { closePhoneBrowser, measure, noBrowser, renderFixture, THEMES } from './phone-page.js'

afterAll(closePhoneBrowser)

interface Item {
  text: string
  marker: number
  start: number
  parent?: { marker: number; start: number }
}

/** Each item's marker glyph left and text start, and its parent item's (CSS px). */
const ITEMS = `(() => {
  const markerOf = (li) => li.querySelector(':scope > section > span:first-child, :scope > section > p:first-child > span:first-child')
  const glyphLeft = (span) => { const r = document.createRange(); r.selectNodeContents(span); return r.getBoundingClientRect().left }
  const textStart = (span) => { const r = document.createRange(); r.setStartAfter(span); const n = span.nextSibling; r.setEnd(n.firstChild ?? n, 1); return r.getBoundingClientRect().left }
  const at = (li) => { const m = markerOf(li); return { marker: glyphLeft(m), start: textStart(m) } }
  return [...document.querySelectorAll('li')].map((li) => {
    const up = li.parentElement.closest('li')
    const m = markerOf(li)
    return { text: m.nextSibling.textContent.trim().slice(0, 8), ...at(li), ...(up ? { parent: at(up) } : {}) }
  })
})()`

describe('nested lists', () => {
  for (const theme of THEMES) {
    it.skipIf(noBrowser)(
      `are indented under their parent item, task items too, at 375 px (${theme})`,
      async () => {
        const items = await measure<Item[]>(await renderFixture('nested-tasks', theme), ITEMS)
        const nested = items.filter((i) => i.parent)
        expect(nested.map((i) => i.text)).toEqual([
          'IDE：推荐 V',
          '数据库客户端',
          '申请仓库读权限',
          '申请 CI 权限',
          '请人校对',
          '有序项下的任务',
        ])
        for (const item of nested) {
          const { parent } = item
          // the nested marker starts under the parent's text, a clear step right of the parent's marker
          expect(item.marker, JSON.stringify(item)).toBeGreaterThanOrEqual(parent!.start - 1)
          expect(item.marker - parent!.marker, JSON.stringify(item)).toBeGreaterThanOrEqual(16)
        }
        // top-level task items line up with the article's text like any list: markers in the margin-free column
        for (const item of items.filter((i) => !i.parent)) expect(item.marker).toBeGreaterThanOrEqual(16)
      },
      60_000,
    )
  }
})
