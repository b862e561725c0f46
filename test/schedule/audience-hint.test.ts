import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from '../publish/publish-site.js'

async function audienceFinding(audience: string, tags?: string[]): Promise<Diagnostic | undefined> {
  const account = { kind: 'subscription', mode: 'broadcast', ...(tags ? { tags } : {}) }
  const root = makeSite([{ slug: 'one', slot: '2027-04-15T20:00:00+08:00', audience }], {
    locale: 'zh-CN',
    accounts: { main: account },
  })
  const run = await runCli(['check', '--format', 'json', '--now', '2027-04-01T09:00:00+08:00'], root)
  const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }
  return diagnostics.find((d) => d.ruleId.endsWith('-audience'))
}

describe('the hint of an unknown audience', () => {
  it('never proposes 全部粉丝 by edit distance: it lists the account tags', async () => {
    const d = await audienceFinding('前端粉丝', ['技术读者', '活动粉丝'])
    expect(d?.ruleId).toBe('schedule/unknown-audience')
    expect(d?.hint).toBe('账号 `main` 的粉丝标签：技术读者、活动粉丝（要发给所有粉丝，请写 `全部粉丝`）。')
  })

  it('proposes a tag for a typo of it, and 全部粉丝 for a value that means "all"', async () => {
    expect((await audienceFinding('技术读着', ['技术读者', '活动粉丝']))?.hint).toMatch(
      /^是不是想写 `技术读者`？账号/,
    )
    expect((await audienceFinding('所有粉丝', ['技术读者']))?.hint).toBe('是不是想写 `全部粉丝`？')
    expect((await audienceFinding('all'))?.hint).toBe('是不是想写 `全部粉丝`？')
  })

  it('without tags in the config, asks for them instead of proposing 全部粉丝', async () => {
    const d = await audienceFinding('前端粉丝')
    expect(d?.ruleId).toBe('schedule/unlisted-audience')
    expect(d?.hint).not.toContain('全部粉丝')
  })
})
