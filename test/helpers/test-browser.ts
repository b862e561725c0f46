/**
 * The browser the test run shares: a Playwright browser server the globalSetup starts
 * (test/setup/build-once.ts), passed to wxpress as an endpoint (`CHROMIUM_PATH` / `executablePath`),
 * so that tests that only need a browser do not each start one (≈ 2 s of CPU a start). Tests that
 * need a browser of their own (other fonts, the start itself) call `launchBrowser()` plainly.
 */
import { findChromium } from '../../src/browser/launch-browser.js'

/** The shared browser's endpoint, else an installed Chromium's path, else `undefined`. */
export function testChromium(): string | undefined {
  return process.env.WXPRESS_TEST_BROWSER || findChromium()
}

/** `launchBrowser` options for the shared browser (empty when there is none: the usual places). */
export function testBrowser(): { executablePath?: string } {
  const endpoint = process.env.WXPRESS_TEST_BROWSER
  return endpoint ? { executablePath: endpoint } : {}
}

/** `CHROMIUM_PATH` for an in-process CLI run that should use the shared browser. */
export function testBrowserEnv(): Record<string, string> {
  const endpoint = process.env.WXPRESS_TEST_BROWSER
  return endpoint ? { CHROMIUM_PATH: endpoint } : {}
}
