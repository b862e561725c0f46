import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { NOW, usageSite } from './usage-site.js'

let site: string
beforeAll(() => {
  site = usageSite()
})

describe('a missing content folder is a usage error (QA 13)', () => {
  it('check --content <typo>: exit 2, a cli/missing-content diagnostic naming the folder, with a did-you-mean', async () => {
    const r = await runCli(['check', '--content', 'contnet', NOW], site)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('Content folder `contnet/` does not exist')
    expect(r.stderr).toContain('Did you mean `content/`?')
  })

  it('every command that reads articles fails in a folder without content/', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'wxpress-nocontent-'))
    for (const argv of [
      ['check', NOW],
      ['render', '--out', 'out'],
      ['plan', NOW],
      ['publish', '--dry-run', NOW],
    ]) {
      const r = await runCli(argv, empty)
      expect(r.code, argv[0]).toBe(2)
      expect(r.stderr, argv[0]).toMatch(
        /Content folder `content\/` does not exist[\s\S]*hint: Run wxpress in the site root/,
      )
    }
  })

  it('an empty content folder that exists is still fine (a new site)', async () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'wxpress-fresh-'))
    mkdirSync(path.join(fresh, 'content'))
    expect((await runCli(['check', NOW], fresh)).code).toBe(0)
  })
})

describe('--now with an impossible offset is a usage error (QA 11)', () => {
  it('exits 2 and says why', async () => {
    const r = await runCli(['check', '--now=2027-03-01T09:00:00+25:00'], site)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('impossible UTC offset `+25:00`')
  })
})
