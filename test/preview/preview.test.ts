import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { startPreview } from '../../src/preview/preview-server.js'
import { makeSite } from '../publish/publish-site.js'

describe('wxpress preview', () => {
  it('serves the index, an article with its images and findings, and announces changes', async () => {
    const root = makeSite([
      {
        slug: 'one',
        slot: '2027-04-15T20:00:00+08:00',
        body: '预览正文。\n\n![示意图](images/figure.png)\n',
      },
    ])
    const server = await startPreview({
      root,
      port: 0,
      nowMs: () => Date.parse('2027-04-01T00:00:00Z'),
      version: 'test',
    })
    try {
      const index = await (await fetch(server.url)).text()
      expect(index).toContain('href="/a/one"')
      const page = await (await fetch(`${server.url}/a/one`)).text()
      expect(page).toContain('预览正文。')
      const src = page.match(/src="(\/assets\/[0-9a-f]{64}\.png)"/)?.[1]
      expect(src).toBeDefined()
      const image = await fetch(server.url + src)
      expect(image.headers.get('content-type')).toBe('image/png')
      expect((await fetch(`${server.url}/a/nope`)).status).toBe(404)
      const events = await fetch(`${server.url}/events`)
      const reader = events.body!.getReader()
      await reader.read() // ": connected"
      const file = path.join(root, 'content', 'one', 'index.md')
      writeFileSync(file, readFileSync(file, 'utf8').replace('预览正文。', '改过的正文。'))
      let text = ''
      while (!text.includes('event: reload')) text += new TextDecoder().decode((await reader.read()).value)
      expect(text).toContain('event: reload')
      await reader.cancel()
      expect(await (await fetch(`${server.url}/a/one`)).text()).toContain('改过的正文。')
    } finally {
      await server.close()
    }
  })
})
