/**
 * `wxpress stats` on a zh-CN site (DESIGN §9): the problems, the table head and the CLI lines are
 * Chinese; the JSON fields, slugs and severities are those of `--locale en`.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { makeSite, runPublish } from '../publish/publish-site.js'
import { runCli } from '../helpers/run-cli.js'

let emu: Emulator | undefined
afterEach(async () => emu?.close())

const SLOT = '2027-04-15T20:00:00+08:00'
const AT_SLOT = '2027-04-15T20:05:00+08:00'
const HAN = /[\u4e00-\u9fff]/

interface Problem {
  slug: string
  severity: string
  message: string
  hint: string
}

describe('stats in both locales', () => {
  it('writes problems, the table and the summary lines in the site locale', async () => {
    emu = await createEmulator({ clock: AT_SLOT, settings: { publishDelayMs: 0 } })
    const root = makeSite([{ slug: 'one', slot: SLOT }], { locale: 'zh-CN' })
    expect((await runPublish({ root, emu, now: AT_SLOT, mode: 'broadcast' })).summary.sent).toBe(1)
    const env = {
      WECHAT_API_BASE: emu.url,
      WECHAT_APP_ID: 'wx0000000000emulator',
      WECHAT_APP_SECRET: 'emulator-secret',
    }
    const now = '2027-04-15T22:00:00+08:00'
    emu.setClock(Date.parse(now))
    const zh = await runCli(['stats', '--format=json', `--now=${now}`], root, env)
    const en = await runCli(['stats', '--format=json', `--now=${now}`, '--locale', 'en'], root, env)
    expect(zh.code).toBe(en.code)
    const z = JSON.parse(zh.stdout) as { problems: Problem[] }
    const e = JSON.parse(en.stdout) as { problems: Problem[] }
    const strip = (ps: Problem[]) => ps.map(({ slug, severity }) => ({ slug, severity }))
    expect(strip(z.problems)).toEqual(strip(e.problems))
    expect(z.problems).toHaveLength(1)
    expect(z.problems[0]!.message).toBe('2027-04-15 发送；微信从第二天起才有统计数据')
    expect(e.problems[0]!.message).toBe('sent on 2027-04-15; WeChat has statistics from the next day on')
    const pretty = await runCli(['stats', `--now=${now}`], root, env)
    expect(pretty.stdout).toContain('还没有统计数据（今天之前没有发送过文章）。')
    expect(pretty.stdout).toContain(
      '  提示：one：2027-04-15 发送；微信从第二天起才有统计数据（明天再运行一次 stats。）',
    )
    emu.setClock(Date.parse('2027-04-18T09:00:00+08:00'))
    const later = await runCli(['stats', '--now=2027-04-18T09:00:00+08:00'], root, env)
    expect(later.stdout.split('\n')[0]).toMatch(/^文章\s+发送\s+截至\s+阅读/)
    const post = await runCli(['stats', '--post', '--now=2027-04-18T09:00:00+08:00'], root, env)
    expect(post.code).toBe(2)
    expect(post.stderr).toMatch(HAN)
    const enPretty = await runCli(['stats', `--now=${now}`, '--locale', 'en'], root, env)
    expect(enPretty.stdout).toContain('No statistics yet (nothing sent before today).')
  })
})
