/**
 * An image path whose file exists in other letter case (`Photo.PNG` for `photo.png`) works on macOS
 * and fails on Linux CI: the hint names the file on disk (tester report N16).
 */
import { copyFileSync, renameSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from '../publish/publish-site.js'

interface Found {
  ruleId: string
  value: string
  hint: string
}

describe('a missing image found in other letter case', () => {
  it('names the file on disk, for a body image and for the cover', async () => {
    const root = makeSite([{ slug: 'a', slot: '2027-04-15T20:00:00+08:00' }])
    const dir = path.join(root, 'content', 'a')
    renameSync(path.join(dir, 'images', 'figure.png'), path.join(dir, 'images', 'Figure.PNG'))
    copyFileSync(path.join(dir, 'cover.png'), path.join(dir, 'Cover.png'))
    renameSync(path.join(dir, 'cover.png'), path.join(dir, 'other.png'))
    const r = await runCli(['check', '--now=2027-04-01T09:00:00+08:00', '--format=json', '--no-cache'], root)
    const missing = (JSON.parse(r.stdout).diagnostics as Found[]).filter((d) => d.ruleId === 'image/missing')
    expect(missing.map((d) => [d.value, d.hint])).toEqual([
      ['cover.png', expect.stringMatching(/^The file on disk is `Cover\.png`: the letter case differs/)],
      ['images/figure.png', expect.stringMatching(/^The file on disk is `Figure\.PNG`/)],
    ])
  })
})
