/**
 * The one place wxpress starts a browser: Debian's `chromium` (or the executable named by the
 * caller) driven by playwright-core. Never downloads a browser; when none is found the answer says
 * why, so commands degrade with a clear message instead of crashing.
 */
import { accessSync, constants } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'

export type { Browser, Page }

/** Where Debian, Ubuntu and common images put Chromium or Chrome. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
]

/** The first executable candidate, or `undefined`. `explicit` (e.g. from `CHROMIUM_PATH`) wins. */
export function findChromium(explicit?: string): string | undefined {
  const candidates = explicit ? [explicit] : CHROMIUM_CANDIDATES
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK)
      return path
    } catch {
      // not there or not executable: try the next one
    }
  }
  return undefined
}

export interface OpenedBrowser {
  browser: Browser
  executablePath: string
  /** Closes the browser (playwright removes its temporary profile). */
  close(): Promise<void>
}

export type BrowserResult = { ok: true; value: OpenedBrowser } | { ok: false; reason: string }

/** Flags for a closed network: no background connections, no sandbox when running as root. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
]

/** Starts headless Chromium; never throws. */
export async function launchBrowser(options: { executablePath?: string } = {}): Promise<BrowserResult> {
  const executablePath = findChromium(options.executablePath)
  if (!executablePath) {
    const looked = options.executablePath ?? CHROMIUM_CANDIDATES.join(', ')
    return {
      ok: false,
      reason: `no Chromium found (looked at ${looked}); install it with \`apt-get install -y chromium\``,
    }
  }
  try {
    const browser = await chromium.launch({
      executablePath,
      args: ARGS,
      timeout: 30_000,
    })
    return {
      ok: true,
      value: {
        browser,
        executablePath,
        async close() {
          await browser.close().catch(() => undefined)
        },
      },
    }
  } catch (error) {
    const first = String((error as Error).message ?? error).split('\n')[0]
    return { ok: false, reason: `Chromium at ${executablePath} did not start: ${first}` }
  }
}
