// A site with two accounts: each push names its account wherever pushes are listed (pretty plan, the
// Markdown calendar, the ICS description, publish's lines); a one-account site shows no prefix.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from '../publish/publish-site.js'

const NOW = '--now=2027-04-14T09:00:00+08:00'
const accounts = {
  sub: { kind: 'subscription', mode: 'broadcast' },
  svc: { kind: 'service', mode: 'publish' },
}

describe('two accounts', () => {
  it('names the account of each push in plan, calendar, ICS and publish; one account: no prefix', async () => {
    const root = makeSite([
      { slug: 'daily', slot: '2027-04-15T20:00:00+08:00', extra: 'account: sub' },
      { slug: 'notice', slot: '2027-04-15T20:00:00+08:00', extra: 'account: svc' },
    ])
    const config = path.join(root, 'wxpress.config.json')
    const written = JSON.parse(readFileSync(config, 'utf8'))
    writeFileSync(config, JSON.stringify({ ...written, locale: 'zh-CN', accounts }))
    const pretty = (await runCli(['plan', NOW], root)).stdout
    expect(pretty).toMatch(/sub · 群发 → 全部粉丝/)
    expect(pretty).toMatch(/svc · 发表 → 全部粉丝/)
    const md = (await runCli(['plan', NOW, '--format', 'markdown'], root)).stdout
    expect(md).toContain('| sub · 全部粉丝 |')
    const ics = (await runCli(['plan', NOW, '--format', 'ics'], root)).stdout
    expect(ics).toContain('受众：svc · 全部粉丝')
    const dry = (await runCli(['publish', '--dry-run', NOW], root, {})).stdout
    expect(dry).toMatch(/svc · notice/)

    const one = makeSite([{ slug: 'daily', slot: '2027-04-15T20:00:00+08:00' }])
    expect((await runCli(['plan', NOW], one)).stdout).not.toContain(' · ')
  })
})
