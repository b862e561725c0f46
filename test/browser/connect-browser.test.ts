/**
 * A running browser named by its endpoint (`CHROMIUM_PATH=ws://…` or `http://host:port`): wxpress
 * connects instead of starting one, closing only disconnects, and an endpoint that does not answer
 * is a reason, never a throw.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  CHROMIUM_ARGS,
  findChromium,
  isBrowserEndpoint,
  launchBrowser,
} from '../../src/browser/launch-browser.js'

const executablePath = findChromium()

/** A port on 127.0.0.1 nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe('a running browser named by its endpoint', () => {
  it('is told from an executable path; findChromium takes it as it is', () => {
    for (const endpoint of ['ws://127.0.0.1:9222/abc', 'http://chrome:9222', 'wss://b.example/x'])
      expect([isBrowserEndpoint(endpoint), findChromium(endpoint)]).toEqual([true, endpoint])
    expect(isBrowserEndpoint('/usr/bin/chromium')).toBe(false)
  })

  it('says why when nothing answers, without throwing', async () => {
    const port = await closedPort()
    for (const endpoint of [`ws://127.0.0.1:${port}/x`, `http://127.0.0.1:${port}`]) {
      const result = await launchBrowser({ executablePath: endpoint })
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.reason).toContain(`the browser at ${endpoint} did not answer:`)
    }
  })

  it.skipIf(!executablePath && !process.env.CI)(
    'connects to a Playwright browser server; closing leaves it running for the next run',
    async () => {
      // the run's shared browser (test/setup/build-once.ts) when there is one
      const own = process.env.WXPRESS_TEST_BROWSER
        ? undefined
        : await chromium.launchServer({ executablePath: executablePath!, args: CHROMIUM_ARGS })
      const endpoint = own?.wsEndpoint() ?? process.env.WXPRESS_TEST_BROWSER!
      try {
        for (const run of [1, 2]) expect(await greet(endpoint), `run ${run}`).toBe('你好')
      } finally {
        await own?.close()
      }
    },
  )

  it.skipIf(!executablePath && !process.env.CI)(
    'connects to a Chromium started with --remote-debugging-port (DevTools endpoint)',
    async () => {
      const profile = mkdtempSync(path.join(tmpdir(), 'wxpress-devtools-'))
      const child = spawn(
        executablePath!,
        [
          '--headless',
          '--remote-debugging-port=0',
          `--user-data-dir=${profile}`,
          ...CHROMIUM_ARGS,
          'about:blank',
        ],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      )
      try {
        const ws = await new Promise<string>((resolve, reject) => {
          let err = ''
          child.stderr.on('data', (d: Buffer) => {
            err += d.toString()
            const m = /DevTools listening on (ws:\/\/\S+)/.exec(err)
            if (m) resolve(m[1]!)
          })
          child.once('exit', () => reject(new Error(`Chromium exited: ${err}`)))
        })
        expect(await greet(ws)).toBe('你好')
        // http://host:port finds the same browser
        expect(await greet(`http://${new URL(ws).host}`)).toBe('你好')
        expect(child.exitCode).toBe(null)
      } finally {
        child.kill()
      }
    },
  )
})

/** Connects, draws a page, closes (disconnects); the page's text. */
async function greet(endpoint: string): Promise<string | null> {
  const result = await launchBrowser({ executablePath: endpoint })
  if (!result.ok) throw new Error(result.reason)
  try {
    const page = await result.value.browser.newPage({ viewport: { width: 375, height: 600 } })
    await page.setContent('<p>你好</p>')
    return await page.evaluate(() => document.querySelector('p')!.textContent)
  } finally {
    await result.value.close()
  }
}
