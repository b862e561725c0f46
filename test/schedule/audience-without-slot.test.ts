/** A wrong slot and a wrong audience are reported together, not one push after the other (trial P #12). */
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from '../publish/publish-site.js'

describe('an article whose slot is invalid', () => {
  it('still has its audience checked against the account tags', async () => {
    const root = makeSite([{ slug: 'b', slot: '3月20日晚上8点', audience: '诗歌爱好着' }], {
      accounts: { main: { kind: 'service', mode: 'broadcast', tags: ['诗歌爱好者'] } },
    })
    const r = await runCli(['check', '--now=2027-03-15T10:00:00+08:00', '--format=json'], root)
    const ids = (JSON.parse(r.stdout).diagnostics as { ruleId: string }[]).map((d) => d.ruleId)
    expect(ids).toContain('frontmatter/invalid-slot')
    expect(ids).toContain('schedule/unknown-audience')
  })
})
