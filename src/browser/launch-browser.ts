/**
 * The one place wxpress starts a browser: Debian's `chromium` (or the executable named by the
 * caller) driven by playwright-core. Never downloads a browser; when none is found the answer says
 * why, so commands degrade with a clear message instead of crashing. The caller may name a running
 * browser instead: a DevTools endpoint (`http://host:port`, `ws://…/devtools/browser/…`: a Chromium
 * started with `--remote-debugging-port`, e.g. a browser service in CI) or a Playwright browser server
 * (`ws://…`, `launchServer`). wxpress then connects, works in contexts of its own and leaves that
 * browser running.
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

/** Whether `value` names a running browser (an endpoint URL) rather than an executable. */
export const isBrowserEndpoint = (value: string): boolean => /^(?:wss?|https?):\/\//i.test(value)

/**
 * The first executable candidate, or `undefined`. `explicit` (e.g. from `CHROMIUM_PATH`) wins; a
 * running browser's endpoint is taken as it is (whether it answers shows when connecting).
 */
export function findChromium(explicit?: string): string | undefined {
  if (explicit && isBrowserEndpoint(explicit)) return explicit
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
export const CHROMIUM_ARGS = [
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

/** Starts headless Chromium, or connects to the running browser named by an endpoint; never throws. */
export async function launchBrowser(options: { executablePath?: string } = {}): Promise<BrowserResult> {
  if (options.executablePath && isBrowserEndpoint(options.executablePath))
    return connectBrowser(options.executablePath)
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
      args: CHROMIUM_ARGS,
      timeout: 30_000,
    })
    return opened(browser, executablePath)
  } catch (error) {
    return { ok: false, reason: `Chromium at ${executablePath} did not start: ${firstLine(error)}` }
  }
}

/** Connects (DevTools protocol or Playwright's); closing drops the contexts made here, never the browser. */
async function connectBrowser(endpoint: string): Promise<BrowserResult> {
  try {
    const devtools = /^https?:|\/devtools\//i.test(endpoint)
    const browser = devtools
      ? await chromium.connectOverCDP(endpoint, { timeout: 30_000 })
      : await chromium.connect(endpoint, { timeout: 30_000 })
    return opened(browser, endpoint)
  } catch (error) {
    return { ok: false, reason: `the browser at ${endpoint} did not answer: ${firstLine(error)}` }
  }
}

/** A started or connected browser; `close` never throws (a connected browser is only disconnected). */
function opened(browser: Browser, executablePath: string): BrowserResult {
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
}

const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split('\n')[0]
