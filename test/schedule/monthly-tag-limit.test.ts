/**
 * A service account's four mass sends a month are counted per follower: a send to all followers
 * reaches a tag's members too. Only the pushes past the fourth are refused (trial P #3, #4).
 */
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from '../publish/publish-site.js'

const NOW = '--now=2027-03-15T10:00:00+08:00'
const service = {
  accounts: { main: { kind: 'service', mode: 'broadcast', tags: ['诗歌爱好者'] } },
  locale: 'zh-CN',
}

interface Found {
  file: string
  ruleId: string
  severity: string
  message: string
}
const limits = async (root: string) =>
  (JSON.parse((await runCli(['check', NOW, '--format=json'], root)).stdout).diagnostics as Found[]).filter(
    (d) => d.ruleId === 'schedule/monthly-limit',
  )

describe('the monthly limit of a service account', () => {
  it('counts the sends to all followers against a tag', async () => {
    const root = makeSite(
      [
        { slug: 'a1', slot: '2027-04-01T20:00:00+08:00' },
        { slug: 'a2', slot: '2027-04-08T20:00:00+08:00' },
        { slug: 'a3', slot: '2027-04-15T20:00:00+08:00' },
        { slug: 't1', slot: '2027-04-18T20:00:00+08:00', audience: '诗歌爱好者' },
        { slug: 't2', slot: '2027-04-25T20:00:00+08:00', audience: '诗歌爱好者' },
      ],
      service,
    )
    const found = await limits(root)
    expect(found).toEqual([
      expect.objectContaining({
        file: 'content/t2/index.md',
        severity: 'error',
        message:
          '2027-04 共有 5 次推送触达 诗歌爱好者（其中 3 次发给全部粉丝），这是第 5 次；服务号每月最多触达每位粉丝 4 次',
      }),
    ])
  })

  it('refuses only the pushes past the fourth', async () => {
    const slots = ['01', '02', '03', '04', '05'].map((d, i) => ({
      slug: `p${i + 1}`,
      slot: `2027-04-${d}T20:00:00+08:00`,
    }))
    const found = await limits(makeSite(slots, service))
    expect(found.map((d) => d.file)).toEqual(['content/p5/index.md'])
  })
})
