import { createServer, type Server } from 'node:net'
import { describe, expect, it } from 'vitest'
import { findChromium, launchBrowser } from '../../src/browser/launch-browser.js'
import { startPreview } from '../../src/preview/preview-server.js'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from '../publish/publish-site.js'
import { testBrowser } from '../helpers/test-browser.js'

const nowMs = () => Date.parse('2027-04-01T00:00:00Z')

/** Holds a port until closed. */
async function occupy(port = 0): Promise<{ server: Server; port: number }> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { server, port: (server.address() as { port: number }).port }
}

describe('wxpress preview: phone frame, host and ports', () => {
  it('serves the article in the phone frame: chat-list card, title, author and account line', async () => {
    const root = makeSite([{ slug: 'one', slot: '2027-04-15T20:00:00+08:00' }], {
      accounts: { main: { name: '山海实验室' } },
    })
    const server = await startPreview({ root, port: 0, nowMs, version: 'test' })
    try {
      const page = await (await fetch(`${server.url}/a/one`)).text()
      expect(page).toContain('<div class="wx-card">')
      expect(page).toMatch(
        /class="wx-card-cover" style="background-image:url\(&quot;\/assets\/[0-9a-f]{64}\.png&quot;\)"/,
      )
      expect(page).toContain('<div class="wx-card-digest">一句话摘要。</div>')
      expect(page).toContain('<span class="wx-author">小山</span> <span class="wx-account">山海实验室</span>')
      expect(page).toContain('<aside class="wx-aside">')
    } finally {
      await server.close()
    }
  })

  it('moves to the next free port when the port is busy, and says which', async () => {
    const root = makeSite([{ slug: 'one', slot: '2027-04-15T20:00:00+08:00' }])
    const held = await occupy()
    try {
      const refused = await startPreview({
        root,
        port: held.port,
        portTries: 0,
        nowMs,
        version: 'test',
      }).then(
        () => 'listened',
        (e: { code?: string }) => e.code,
      )
      expect(refused).toBe('EADDRINUSE')
      const server = await startPreview({ root, port: held.port, nowMs, version: 'test' })
      try {
        expect(server.busyPort).toBe(held.port)
        expect(server.port).toBeGreaterThan(held.port)
        expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
        expect((await fetch(server.url)).status).toBe(200)
      } finally {
        await server.close()
      }
    } finally {
      held.server.close()
    }
  })

  it('a host this machine does not have, or a busy emulator port, is a clear message (exit 2), not an internal error', async () => {
    const root = makeSite([{ slug: 'one', slot: '2027-04-15T20:00:00+08:00' }])
    const preview = await runCli(['preview', '--host', '203.0.113.7', '--port', '0'], root)
    expect(preview.code).toBe(2)
    expect(preview.stderr).toContain('wxpress preview: this machine has no address 203.0.113.7')
    const held = await occupy()
    try {
      const emulator = await runCli(['emulator', '--port', String(held.port)], root)
      expect(emulator.code).toBe(2)
      expect(emulator.stderr).toBe(
        `wxpress emulator: port ${held.port} is already in use on 127.0.0.1: stop the other server or pass a free port with --port <n> (0 = any free port)\n`,
      )
      expect(emulator.stderr).not.toContain('internal error')
    } finally {
      held.server.close()
    }
  })

  it.skipIf(!findChromium() && !process.env.CI)(
    'puts the findings below the article on a phone and beside it on a wide screen',
    async () => {
      const root = makeSite([
        { slug: 'one', slot: '2027-04-15T20:00:00+08:00', body: '正文,English混排。\n' },
      ])
      const server = await startPreview({ root, port: 0, nowMs, version: 'test' })
      const launched = await launchBrowser(testBrowser())
      expect(launched.ok).toBe(true)
      if (!launched.ok) return
      try {
        const boxes = async (width: number) => {
          const page = await launched.value.browser.newPage({ viewport: { width, height: 800 } })
          await page.goto(`${server.url}/a/one`)
          const phone = (await page.locator('.wx-phone').boundingBox())!
          const aside = (await page.locator('.wx-aside').boundingBox())!
          await page.close()
          return { phone, aside }
        }
        const narrow = await boxes(375)
        expect(narrow.phone.width).toBe(375)
        expect(narrow.aside.y).toBeGreaterThanOrEqual(narrow.phone.y + narrow.phone.height - 1)
        const wide = await boxes(1200)
        expect(wide.phone.width).toBe(375)
        expect(wide.aside.x).toBeGreaterThanOrEqual(wide.phone.x + wide.phone.width)
      } finally {
        await launched.value.close()
        await server.close()
      }
    },
    60_000,
  )
})
