// A check's render with an image not found depends on that file being absent: replayed while it is,
// and rendered again once the file is added (the finding goes).
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkSite } from '../../src/site/check-site.js'
import { loadSite } from '../../src/site/load-site.js'

const nowMs = Date.parse('2027-01-01T00:00:00Z')
const market = path.resolve(import.meta.dirname, '../../content/autumn-noodles/images/market.png')

async function check(root: string) {
  const site = await loadSite({ root, cacheVersion: 'test' })
  const result = await checkSite(site, { nowMs, version: 'test', html: false })
  const ids = site.selected.flatMap((a) => a.file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`))
  return { cached: result.renders.get('market')?.cached, missing: ids.filter((id) => id.includes('image/')) }
}

describe('an image not found', () => {
  it('is reported from the cache while it is missing, and no more once it is added', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-missing-'))
    const dir = path.join(root, 'content', 'market')
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      path.join(dir, 'index.md'),
      '---\ntitle: 市场\n---\n\n正文。\n\n![市场](images/%E5%B8%82.png)\n',
    )
    expect(await check(root)).toEqual({ cached: false, missing: ['7:1 image/missing'] })
    expect(await check(root)).toEqual({ cached: true, missing: ['7:1 image/missing'] })
    mkdirSync(path.join(dir, 'images'))
    copyFileSync(market, path.join(dir, 'images', '市.png'))
    expect(await check(root)).toEqual({ cached: false, missing: [] })
  })
})
