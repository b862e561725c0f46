import { describe, expect, it } from 'vitest'
import { findChromium, launchBrowser } from '../../src/browser/launch-browser.js'
import { PHONE_WIDTH, phoneFramePage } from '../../src/preview/phone-frame.js'
import { testBrowser } from '../helpers/test-browser.js'

/** Lines of the card title: how much of each line's height the clipping boxes around it let show. */
const VISIBLE_LINES = `(() => {
  const title = document.querySelector('.wx-card-title')
  let text = title
  while (text.firstChild) text = text.firstChild
  const range = document.createRange()
  range.selectNodeContents(text)
  const lines = new Map()
  for (const r of range.getClientRects()) {
    const line = lines.get(Math.round(r.top)) ?? { top: r.top, bottom: r.bottom }
    lines.set(Math.round(r.top), { top: Math.min(line.top, r.top), bottom: Math.max(line.bottom, r.bottom) })
  }
  let clipTop = -Infinity
  let clipBottom = Infinity
  for (let e = text.parentElement; e; e = e.parentElement) {
    if (getComputedStyle(e).overflowY === 'visible') continue
    const box = e.getBoundingClientRect()
    clipTop = Math.max(clipTop, box.top)
    clipBottom = Math.min(clipBottom, box.bottom)
  }
  return [...lines.values()].map((l) => {
    const shown = Math.max(0, Math.min(l.bottom, clipBottom) - Math.max(l.top, clipTop))
    return Math.round((shown / (l.bottom - l.top)) * 100) / 100
  })
})()`

describe.skipIf(!findChromium() && !process.env.CI)('the phone card (headless Chromium)', () => {
  it('clamps a long title to two whole lines: nothing of a third line shows under the ellipsis', async () => {
    const launched = await launchBrowser(testBrowser())
    if (!launched.ok) throw new Error(launched.reason)
    const { browser, close } = launched.value
    try {
      const page = await browser.newPage({ viewport: { width: PHONE_WIDTH, height: 812 } })
      const title = '春季开发者大会：从前端到后端，一整天的技术交流活动，欢迎所有对技术感兴趣的朋友报名参加'
      await page.setContent(phoneFramePage({ title, digest: '摘要', contentHtml: '<p>正文</p>' }))
      const shown = (await page.evaluate(VISIBLE_LINES)) as number[]
      expect(shown.length).toBeGreaterThanOrEqual(3)
      expect(shown.slice(0, 2)).toEqual([1, 1])
      expect(shown.slice(2).every((s) => s === 0)).toBe(true)
    } finally {
      await close()
    }
  }, 60_000)
})
