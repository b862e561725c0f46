import { describe, expect, it } from 'vitest'
import { findChromium, launchBrowser } from '../../src/browser/launch-browser.js'

describe('launchBrowser', () => {
  it('says why when the named executable does not exist, without throwing', async () => {
    const result = await launchBrowser({ executablePath: '/nonexistent/chromium' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(/no Chromium found.*apt-get install -y chromium/)
  })

  it.skipIf(!findChromium() && !process.env.CI)('renders a page at phone width', async () => {
    const result = await launchBrowser()
    expect(result.ok).toBe(true)
    if (!result.ok) return
    try {
      const page = await result.value.browser.newPage({ viewport: { width: 375, height: 600 } })
      await page.setContent('<p style="width:100%">你好</p>')
      const width = await page.evaluate(() => document.querySelector('p')!.getBoundingClientRect().width)
      expect(width).toBeGreaterThan(300)
      expect(width).toBeLessThanOrEqual(375)
    } finally {
      await result.value.close()
    }
  })
})
