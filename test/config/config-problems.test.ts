/**
 * Config mistakes as a team makes them (tester reports L4, N9): a typo'd key is an error but the rest
 * of the config applies and the articles are checked; schema problems are written out in the site's
 * language; a `.json` config that only YAML reads (a trailing comma) is a warning.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from '../publish/publish-site.js'

const NOW = '--now=2027-04-01T09:00:00+08:00'
const SLOTS = [{ slug: 'alpha', slot: '2027-04-15T20:00:00+08:00' }]

interface Found {
  file: string
  line: number
  severity: string
  ruleId: string
  message: string
}
const diagnostics = (stdout: string) => JSON.parse(stdout).diagnostics as Found[]

/** The site's config rewritten by `edit` (its text). */
function editConfig(root: string, edit: (text: string) => string): void {
  const file = path.join(root, 'wxpress.config.json')
  writeFileSync(file, edit(readFileSync(file, 'utf8')))
}

describe('config problems', () => {
  it('a typo in a key is an error, yet the articles are checked with the rest of the config', async () => {
    const root = makeSite(SLOTS, { locale: 'zh-CN', timezon: 'Asia/Shanghai' })
    const r = await runCli(['check', NOW, '--format=json'], root)
    expect(r.code).toBe(1)
    const found = diagnostics(r.stdout)
    const typo = found.find((d) => d.ruleId === 'config/unknown-key')
    expect(typo).toMatchObject({ file: 'wxpress.config.json', severity: 'error' })
    expect(typo?.message).toBe('配置里有未知的键 `timezon`')
    // the articles were checked, in the config's language
    expect(found.some((d) => d.file === 'content/alpha/index.md')).toBe(true)
    const pretty = await runCli(['check', NOW], root)
    expect(pretty.stdout).toContain('是不是想写 `timezone`？')
    expect(pretty.stdout).not.toContain('Config has')
  })

  it('a value that is not allowed is written out in Chinese for a zh-CN site', async () => {
    const root = makeSite(SLOTS, {
      locale: 'zh-CN',
      accounts: { main: { kind: 'subscription', mode: 'sendall' } },
      limits: { digestMax: -1 },
      schedule: { windows: [{ start: '7:30', end: '09:00' }] },
    })
    const r = await runCli(['check', NOW], root)
    expect(r.code).toBe(2)
    expect(r.stdout).toContain(
      '配置 `accounts.main.mode` 无效（只能是 "draft"、"publish"、"broadcast" 之一）：sendall',
    )
    expect(r.stdout).toContain('配置 `limits.digestMax` 无效（应 > 0）：-1')
    expect(r.stdout).toContain('配置 `schedule.windows.0.start` 无效（应为 24 小时制的 HH:MM）：7:30')
    expect(r.stdout).not.toContain('Invalid option')
  })

  it('broken JSON is reported in the language the text still names', async () => {
    const root = makeSite(SLOTS, { locale: 'zh-CN' })
    editConfig(root, (text) => text.replace('"locale":"zh-CN"', '"locale":"zh-CN" "theme":"default"'))
    const r = await runCli(['check', NOW], root)
    expect(r.code).toBe(2)
    expect(r.stdout).toContain('配置不是合法的 JSON')
  })

  it('a trailing comma is a warning at its line, and the config still applies', async () => {
    const root = makeSite(SLOTS, { locale: 'zh-CN' })
    editConfig(root, (text) => `${text.slice(0, -1).replace('"locale":"zh-CN"', '\n"locale":"zh-CN",\n')}}`)
    expect(readFileSync(path.join(root, 'wxpress.config.json'), 'utf8')).toMatch(/,\n}$/)
    const r = await runCli(['check', NOW, '--format=json'], root)
    const loose = diagnostics(r.stdout).find((d) => d.ruleId === 'config/not-strict-json')
    expect(loose).toMatchObject({ severity: 'warning', line: 3 })
    expect(loose?.message).toContain('配置里多了结尾的逗号')
    expect(r.code).not.toBe(2)
  })

  it('a kind or mode written as the back office names it gets the value to write (retest #9)', async () => {
    const root = makeSite(SLOTS, { locale: 'zh-CN', accounts: { main: { kind: '订阅号', mode: '群发' } } })
    const r = await runCli(['check', NOW], root)
    expect(r.stdout).toContain('是不是想写 `subscription`？')
    expect(r.stdout).toContain('是不是想写 `broadcast`？')
  })

  it('a defaultAccount that names no configured account is an error (tester report N16)', async () => {
    const root = makeSite(SLOTS, { locale: 'zh-CN', defaultAccount: 'nope' })
    const r = await runCli(['check', NOW], root)
    expect(r.code).toBe(2)
    expect(r.stdout).toContain('配置 `defaultAccount` 无效（应为已配置的账号之一：main）：nope')
  })
})
