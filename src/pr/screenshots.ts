/**
 * Phone screenshots of the phone-frame pages with headless Chromium (`launchBrowser()`): 375 css px
 * wide at device scale 2, full page up to `MAX_SCREENSHOT_HEIGHT` css px (a longer article is cut
 * there, which keeps a PNG to a few MB). The page is set from a string and every network request is
 * aborted: the untrusted half never fetches anything (local images are inlined in the page).
 */
import { setTimeout as wait } from 'node:timers/promises'
import { launchBrowser } from '../browser/launch-browser.js'
import { PHONE_WIDTH } from '../preview/phone-frame.js'
import { cjkGlyphsRender, patchGlyphGaps } from './screenshot-fonts.js'

export const MAX_SCREENSHOT_HEIGHT = 6000
export const DEVICE_SCALE = 2

export interface ShotRequest {
  slug: string
  html: string
}

/** `noCjkFont`: the slugs whose screenshot shows Chinese as boxes (no font on the machine draws it). */
export type ShotResult =
  | { ok: true; shots: Map<string, Uint8Array>; noCjkFont: string[] }
  | { ok: false; reason: string }

/**
 * Chromium sometimes refuses one capture on a busy machine (`Page.captureScreenshot: Unable to capture
 * screenshot`) and takes the same picture when asked again a moment later: up to three attempts, a
 * short pause between them. Any other error is thrown at once.
 */
export async function captureRetrying<T>(
  capture: () => Promise<T>,
  pause = (ms: number) => wait(ms),
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await capture()
    } catch (error) {
      if (attempt >= 3 || !/Unable to capture screenshot/.test(String((error as Error)?.message))) throw error
      await pause(250 * attempt)
    }
  }
}

export async function takeScreenshots(
  pages: readonly ShotRequest[],
  options: { executablePath?: string | undefined } = {},
): Promise<ShotResult> {
  if (pages.length === 0) return { ok: true, shots: new Map(), noCjkFont: [] }
  const launched = await launchBrowser(
    options.executablePath ? { executablePath: options.executablePath } : {},
  )
  if (!launched.ok) return { ok: false, reason: launched.reason }
  const { browser, close } = launched.value
  const shots = new Map<string, Uint8Array>()
  const noCjkFont: string[] = []
  try {
    const context = await browser.newContext({
      viewport: { width: PHONE_WIDTH, height: 812 },
      deviceScaleFactor: DEVICE_SCALE,
      javaScriptEnabled: false,
      offline: true,
      serviceWorkers: 'block',
    })
    await context.route('**/*', (route) => route.abort())
    for (const { slug, html } of pages) {
      const page = await context.newPage()
      try {
        await page.setContent(html, { waitUntil: 'load', timeout: 30_000 })
        await patchGlyphGaps(page)
        if (!(await cjkGlyphsRender(page))) noCjkFont.push(slug)
        const height = await page.evaluate(() => document.documentElement.scrollHeight)
        // a reviewer must not take a cut screenshot for the whole article: its last band says so
        if (height > MAX_SCREENSHOT_HEIGHT) await markCut(page, slug, height)
        const clip = {
          x: 0,
          y: 0,
          width: PHONE_WIDTH,
          height: Math.max(1, Math.min(height, MAX_SCREENSHOT_HEIGHT)),
        }
        const png = await captureRetrying(() =>
          page.screenshot({ type: 'png', fullPage: true, clip, timeout: 30_000 }),
        )
        shots.set(slug, new Uint8Array(png))
      } finally {
        await page.close()
      }
    }
    await context.close()
  } catch (error) {
    return {
      ok: false,
      reason: `Chromium failed: ${String((error as Error).message ?? error).split('\n')[0]}`,
    }
  } finally {
    await close()
  }
  return { ok: true, shots, noCjkFont }
}

/** Draws a band over the bottom of the screenshot: where it stops and how much more there is. */
async function markCut(
  page: { evaluate: (script: string) => Promise<unknown> },
  slug: string,
  height: number,
) {
  const screens = Math.max(1, Math.round((height - MAX_SCREENSHOT_HEIGHT) / 812))
  const lines = [`截图到此为止（后面还有约 ${screens} 屏）`, `全文见构建产物 html/${slug}.html`]
  const style =
    `position:absolute;left:0;right:0;top:${MAX_SCREENSHOT_HEIGHT - BAND}px;height:${BAND}px;` +
    'box-sizing:border-box;padding:10px 12px;background:#2b2b2b;color:#fff;font-size:14px;' +
    'line-height:1.5;text-align:center;z-index:9;overflow:hidden'
  // a script as text: nothing of this module's own code has to exist in the page
  await page.evaluate(`(() => {
    const band = document.createElement('div')
    band.setAttribute('style', ${JSON.stringify(style)})
    for (const text of ${JSON.stringify(lines)}) {
      const line = document.createElement('div')
      line.textContent = text
      band.appendChild(line)
    }
    document.body.appendChild(band)
  })()`)
}

/** The height of that band (css px). */
const BAND = 64
