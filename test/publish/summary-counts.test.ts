/**
 * The run's totals count what happened in WeChat: "drafted" only when draft/add or draft/update was
 * called (an up-to-date draft is counted apart, in the dry run too); a push not attempted because its
 * account's token cannot be had is "not attempted", not "failed"; a failed push's line names the step
 * that failed (the token), never reads as if the up-to-date draft failed.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { emu, start, state } from './publish-emulator.js'
import { makeSite } from './publish-site.js'

afterEach(async () => emu?.close())

const BEFORE = '2027-04-14T10:00:00+08:00'
const AT = '2027-04-15T20:05:00+08:00'
const env = (secret = 'emulator-secret') => ({
  WECHAT_API_BASE: emu.url,
  WECHAT_APP_ID: 'wx0000000000emulator',
  WECHAT_APP_SECRET: secret,
})
const drafts = () => state().calls.filter((c) => /draft\/(add|update)$/.test(c.path)).length

describe('publish totals', () => {
  it('counts only real draft saves; up-to-date drafts apart; not-attempted apart from failed', async () => {
    await start(BEFORE)
    const root = makeSite([
      { slug: 'one', slot: '2027-04-15T20:00:00+08:00' },
      { slug: 'two', slot: '2027-04-16T20:00:00+08:00' },
    ])
    const zh = ['--locale=zh-CN']
    const first = await runCli(['publish', `--now=${BEFORE}`, ...zh], root, env())
    expect(first.code, first.stdout).toBe(0)
    expect(first.stdout).toContain('已发送 0 次，存草稿 2 次，失败 0 次')
    expect(drafts()).toBe(2)

    const again = await runCli(['publish', `--now=${BEFORE}`, ...zh], root, env())
    expect(drafts()).toBe(2)
    expect(again.stdout).toContain('已发送 0 次，存草稿 0 次，草稿已是最新 2 次，失败 0 次')
    const en = await runCli(['publish', `--now=${BEFORE}`], root, env())
    expect(en.stdout).toMatch(/^0 sent, 0 drafted, 2 draft\(s\) up to date, 0 failed, 0 missed, 0 blocked$/m)
    const dry = await runCli(['publish', '--dry-run', `--now=${BEFORE}`, ...zh], root, {})
    expect(dry.stdout).toContain('试运行：将发送 0 次推送，存草稿 0 次，草稿已是最新 2 次，失败 0 次')

    emu.setClock(Date.parse(AT))
    const bad = await runCli(['publish', `--now=${AT}`, ...zh], root, env('wrong-secret'))
    expect(bad.code, bad.stdout).toBe(1)
    expect(bad.stdout).toMatch(/→ 草稿已是最新（media_id \S+）；获取 access token 失败$/m)
    expect(bad.stdout).not.toContain('——失败')
    expect(bad.stdout).toContain('two：没有尝试——账号 `main` 无法获取 access token')
    expect(bad.stdout).toContain('已发送 0 次，存草稿 0 次，失败 1 次，未尝试 1 次，')
    expect(bad.stdout).toContain('公众号后台 → 设置与开发 → 基本配置')
    const badEn = await runCli(['publish', `--now=${AT}`], root, env('wrong-secret'))
    expect(badEn.stdout).toMatch(/→ .*FAILED: getting the access token$/m)
    expect(badEn.stdout).toMatch(/^0 sent, 0 drafted, 1 failed, 1 not attempted, 0 missed, 0 blocked$/m)
  })
})
