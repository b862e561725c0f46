import { afterAll, describe, expect, it } from 'vitest'
import { findChromium, launchBrowser, type Page } from '../../src/browser/launch-browser.js'
import { colourSpread } from '../../src/render/prepare-image.js'
import { dejavu, hasCjkFont, latinOnlyFontconfig } from '../helpers/latin-only-fonts.js'
import { cjkGlyphsRender, patchGlyphGaps } from '../../src/pr/screenshot-fonts.js'
import { testBrowser } from '../helpers/test-browser.js'

/** The article as the phone frame holds it: the theme's stack inlined on the root section. */
const PAGE = (text: string) =>
  `<div class="wx-content"><section style="font-family: -apple-system, BlinkMacSystemFont, 'PingFang SC', ` +
  `'Microsoft YaHei', sans-serif; font-size: 32px; background: #fff">${text}</section></div>`

type Launched = Awaited<ReturnType<typeof launchBrowser>>
/** One browser for the tests on this machine's fonts; the one under another fontconfig starts its own. */
let shared: Promise<Launched> | undefined
afterAll(async () => {
  const launched = await shared
  if (launched?.ok) await launched.value.close()
})

async function withPage<T>(html: string, use: (page: Page) => Promise<T>, env: Record<string, string> = {}) {
  const own = Object.keys(env).length > 0
  let launched: Launched
  if (own) {
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]))
    Object.assign(process.env, env)
    launched = await launchBrowser()
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
  } else {
    shared ??= launchBrowser(testBrowser())
    launched = await shared
  }
  if (!launched.ok) throw new Error(launched.reason)
  const context = await launched.value.browser.newContext({ javaScriptEnabled: false })
  try {
    const page = await context.newPage()
    await page.setContent(html)
    return await use(page)
  } finally {
    await context.close()
    if (own) await launched.value.close()
  }
}

describe.skipIf(!findChromium() && !process.env.CI)('screenshot fonts (headless Chromium)', () => {
  it.skipIf(!hasCjkFont)(
    'finds that Chinese renders with the machine’s CJK font',
    async () => {
      expect(await withPage(PAGE('中文'), (page) => cjkGlyphsRender(page))).toBe(true)
    },
    60_000,
  )

  it.skipIf(!dejavu)(
    'finds tofu when fontconfig sees no CJK font',
    async () => {
      const env = { FONTCONFIG_FILE: latinOnlyFontconfig() }
      expect(await withPage(PAGE('中文'), (page) => cjkGlyphsRender(page), env)).toBe(false)
    },
    60_000,
  )

  it.skipIf(!hasCjkFont)(
    'draws ℃ beside Han text (WenQuanYi Micro Hei maps it to an empty glyph)',
    async () => {
      const spread = await withPage(PAGE('水温 <span id="c">℃</span> 的水'), async (page) => {
        await patchGlyphGaps(page)
        return colourSpread(await page.locator('#c').screenshot())
      })
      expect(spread).toBeGreaterThan(10)
    },
    60_000,
  )

  it('leaves every other character in the theme’s fonts', async () => {
    const family = await withPage(PAGE('中文'), async (page) => {
      await patchGlyphGaps(page)
      return page.evaluate(() => getComputedStyle(document.querySelector('section')!).fontFamily)
    })
    expect(family).toMatch(/^wxpress-glyph-gaps, -apple-system, BlinkMacSystemFont, "PingFang SC"/)
  }, 60_000)
})
