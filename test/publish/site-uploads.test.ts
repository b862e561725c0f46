/**
 * A photo two articles of one account use is uploaded once, not once per article: the second push
 * takes its URL (and the cover's media_id) from the first article's ledger (tester report M9).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { count, emu, ledger, start } from './publish-emulator.js'
import { makeSite, runPublish } from './publish-site.js'

afterEach(async () => emu?.close())

describe('uploads shared across articles', () => {
  it('uploads an image and a cover used by two pushes once; the second ledger records them too', async () => {
    await start('2027-04-16T20:05:00+08:00')
    // every article of makeSite has the same cover.png and images/figure.png
    const root = makeSite([
      { slug: 'first', slot: '2027-04-15T20:00:00+08:00' },
      { slug: 'second', slot: '2027-04-16T20:00:00+08:00' },
    ])
    await runPublish({ root, emu, now: '2027-04-14T09:00:00+08:00' })
    expect(count('/cgi-bin/media/uploadimg')).toBe(1)
    expect(count('/cgi-bin/material/add_material')).toBe(1)
    expect(ledger(root, 'second').uploads).toEqual(ledger(root, 'first').uploads)
    // one file: the figure is a copy of the cover (one hash, its URL and its media_id)
    expect(Object.values(ledger(root, 'first').uploads)).toEqual([
      { url: expect.stringMatching(/^https:/), mediaId: expect.any(String) },
    ])
  })
})
