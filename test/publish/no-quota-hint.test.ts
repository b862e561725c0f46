/**
 * 45028 (no mass-send quota) tells the operator what to check (a mass send by hand today in the
 * 公众号后台) and what happens next: later runs retry until the slot plus the configured lateness, after
 * which the push is missed and its slot must move to another day. Same in the alert issue.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { call } from '../helpers/emulator-http.js'
import { runCli } from '../helpers/run-cli.js'
import { emu, start } from './publish-emulator.js'
import { makeSite } from './publish-site.js'

afterEach(async () => emu?.close())

const AT = '2027-04-15T20:05:00+08:00'
const SENDALL = '/cgi-bin/message/mass/sendall'
const env = () => ({
  WECHAT_API_BASE: emu.url,
  WECHAT_APP_ID: 'wx0000000000emulator',
  WECHAT_APP_SECRET: 'emulator-secret',
})

describe('the 45028 hint', () => {
  it('says to check for a manual mass send and retries until slot + the configured lateness', async () => {
    await start(AT)
    const root = makeSite([{ slug: 'one', slot: '2027-04-15T20:00:00+08:00' }], {
      schedule: { windows: [{ start: '00:00', end: '23:59' }], maxLatenessMinutes: 90 },
    })
    await call(emu, '/__emulator/faults', { json: { failNext: [{ path: SENDALL, errcode: 45028 }] } })
    const zh = await runCli(['publish', `--now=${AT}`, '--locale=zh-CN'], root, env())
    expect(zh.code, zh.stdout).toBe(1)
    const flat = zh.stdout.replace(/\s*\n\s*/g, '')
    expect(flat).toContain(
      '「公众号后台 → 内容与互动 → 发表记录 / 群发记录」里看看是否已有人手动群发过（订阅号看今天，服务号看本月）',
    )
    expect(flat).toContain('直到 2027-04-15 21:30 周四（推送时间之后允许的 1 小时 30 分钟）')
    expect(flat).toContain('这次推送就错过了：请把 `slot` 改到另一天')

    await call(emu, '/__emulator/faults', { json: { failNext: [{ path: SENDALL, errcode: 45028 }] } })
    const en = await runCli(['publish', `--now=${AT}`], root, env())
    const flatEn = en.stdout.replace(/\s*\n\s*/g, ' ')
    expect(flatEn).toContain(
      'whether someone already mass-sent by hand (today, or this month for a service account)',
    )
    expect(flatEn).toContain('until 2027-04-15 21:30 Thu (the slot plus the allowed 1 h 30 min)')
  })
})
