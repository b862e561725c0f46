/**
 * What a publish run says about a refused, an unconfirmed and a blocked push — in its log, its ledger
 * and the alert issue (Chinese whatever the site's locale) — over real HTTP: the WeChat and GitHub
 * emulators.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import {
  createGithubEmulator,
  type GithubEmulator,
} from '../../src/github/emulator/create-github-emulator.js'
import { call } from '../helpers/emulator-http.js'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from './publish-site.js'

let emu: Emulator | undefined
let gh: GithubEmulator | undefined
afterEach(async () => {
  await emu?.close()
  await gh?.close()
})

const SLOT = '2027-04-15T20:00:00+08:00'
const SENDALL = '/cgi-bin/message/mass/sendall'

async function setup(config: Record<string, unknown> = {}) {
  emu = await createEmulator({ clock: '2027-04-14T10:00:00+08:00' })
  gh = await createGithubEmulator({ token: 'gh-token', repository: 'shanhai/site' })
  const root = makeSite([{ slug: 'one', slot: SLOT }], config)
  const env = {
    WECHAT_API_BASE: emu.url,
    WECHAT_APP_ID: 'wx0000000000emulator',
    WECHAT_APP_SECRET: 'emulator-secret',
    GITHUB_API_URL: gh.url,
    GITHUB_TOKEN: 'gh-token',
    GITHUB_REPOSITORY: 'shanhai/site',
  }
  const publish = (now: string) => {
    emu!.setClock(Date.parse(now))
    return runCli(['publish', '--alert', `--now=${now}`], root, env)
  }
  const ledgerFile = path.join(root, '.wxpress', 'state', 'one.json')
  const ledger = () => JSON.parse(readFileSync(ledgerFile, 'utf8'))
  const issue = () => {
    expect(gh!.state.issues.size).toBe(1)
    return [...gh!.state.issues.values()][0]!
  }
  const sendalls = () =>
    (emu!.state() as { calls: { path: string; errcode: number }[] }).calls
      .filter((c) => c.path === SENDALL)
      .map((c) => c.errcode)
  return { root, env, publish, ledger, ledgerFile, issue, sendalls }
}

describe('publish: what a run says about a push WeChat refused, could not confirm, or that is blocked', () => {
  it('a refused mass send (45028): `drafted` with the error, a Chinese issue; after the window missed', async () => {
    const t = await setup() // an English site: the issue is Chinese all the same
    await call(emu!, '/__emulator/faults', { json: { failNext: [{ path: SENDALL, errcode: 45028 }] } })
    const refused = await t.publish('2027-04-15T20:05:00+08:00')
    expect(refused.code).toBe(1)
    expect(t.ledger()).toMatchObject({ state: 'drafted', error: { errcode: 45028 } })
    const body = t.issue().body
    expect(t.issue().title).toBe('wxpress：4 月 15 日 20:00 的推送未发送（失败）')
    expect(body).toContain(`- \`publish/wechat-45028\`，errcode 45028：${SENDALL} 调用失败：errcode 45028，`)
    expect(body).toContain(
      '  - 建议：群发额度已用完（订阅号每天可群发 1 次；服务号每月可触达每位粉丝 4 次）。',
    )
    expect(body).not.toMatch(/No mass-send quota| failed: /)
    // past the window: reported missed — never "interrupted, outcome unknown", never sent again
    const late = await t.publish('2027-04-15T23:30:00+08:00')
    expect(late.code).toBe(1)
    expect(late.stdout).toContain('one: missed, not sent')
    expect(late.stdout).not.toMatch(/unconfirmed|outcome unknown/)
    expect(t.issue().title).toBe('wxpress：4 月 15 日 20:00 的推送未发送（错过）')
    expect(t.sendalls()).toEqual([45028])
  })

  it('a send found interrupted after the window: its own header line, a Chinese reason in the issue', async () => {
    const t = await setup({ locale: 'zh-CN' })
    expect((await t.publish('2027-04-15T12:00:00+08:00')).code).toBe(0) // the draft, at merge
    const drafted = t.ledger()
    // the run that sent was killed before WeChat's answer was recorded
    const clientmsgid = 'wx0123456789abcdef0123456789abcd'
    writeFileSync(t.ledgerFile, JSON.stringify({ ...drafted, state: 'sending', clientmsgid }))
    const late = await t.publish('2027-04-15T23:30:00+08:00')
    expect(late.code).toBe(1)
    const lines = late.stdout.split('\n')
    const outcome = lines.findIndex((l) => l.includes('结果不明，不再重发'))
    expect(lines[outcome - 1]).toMatch(/^2027-04-15 20:00 周四 one：已过允许的延迟，查询上次中断的发送$/)
    const body = t.issue().body
    expect(t.issue().title).toBe('wxpress：4 月 15 日 20:00 的推送可能已发送（结果未确认）')
    expect(body).toContain(
      '- `publish/unconfirmed`：一次群发被中断，结果不明；只有再发一次才能向微信确认，而现在已经太晚了',
    )
    expect(body).not.toMatch(/[a-z]+ [a-z]+ [a-z]+/i)
    // the ledger is 台账 everywhere, and the diagnostic names the slot as `publish/missed` does
    expect(body).toContain('把看到的结果记入台账')
    expect(body).not.toContain('账本')
    expect(late.stdout).toMatch(/错误 +2027-04-15 20:00 周四 的推送：一次群发被中断/)
    expect(t.sendalls()).toEqual([])
  })

  it('a send WeChat says went out already (45065): confirmed, not counted as sent by this run', async () => {
    const t = await setup({ locale: 'zh-CN' })
    expect((await t.publish('2027-04-15T20:05:00+08:00')).code).toBe(0)
    const sent = t.ledger()
    // the answer was lost: the ledger says `sending`, no msg_id
    const { msgId: _id, msgDataId: _data, sentAt: _at, ...rest } = sent
    writeFileSync(t.ledgerFile, JSON.stringify({ ...rest, state: 'sending' }))
    const again = await t.publish('2027-04-15T20:20:00+08:00')
    expect(again.code).toBe(0)
    expect(again.stdout).toContain(`  → 确认已群发（msg_id ${sent.msgId}）`)
    expect(again.stdout).toContain(
      '已发送 0 次，确认此前已发出 1 次，存草稿 0 次，失败 0 次，错过 0 次，被阻止 0 次',
    )
    expect(t.sendalls()).toEqual([0, 45065])
    expect(t.ledger()).toMatchObject({ state: 'sent', msgId: sent.msgId, confirmedBy: '45065' })
    expect(t.ledger().msgDataId).toBeUndefined()
    // WeChat gave no msg_data_id: later runs do not ask for it each time (nothing could clear that)
    const later = await t.publish('2027-04-15T21:00:00+08:00')
    expect(later.stdout).toContain('one：已经发送过')
    expect(later.stdout).not.toMatch(/ledger-incomplete|msg_data_id/)
    // stats still says its numbers cannot be matched by id
    const stats = await runCli(['stats', '--now=2027-04-17T10:00:00+08:00'], t.root, t.env)
    expect(stats.stdout).toMatch(/台账记录 `one` 已发送，但没有 msg_data_id/)
  })

  it('an unreadable ledger: the issue carries the CLI’s repair hint, never a bare `npx wxpress`', async () => {
    const t = await setup({ locale: 'zh-CN' })
    mkdirSync(path.dirname(t.ledgerFile), { recursive: true })
    writeFileSync(t.ledgerFile, '{\n<<<<<<< HEAD\n  "state": "sent"\n=======\n>>>>>>> other\n}\n')
    const blocked = await t.publish('2027-04-15T20:05:00+08:00')
    expect(blocked.code).toBe(1)
    const body = t.issue().body
    expect(t.issue().title).toBe('wxpress：4 月 15 日 20:00 的推送被阻止，台账无法读取')
    const file = '.wxpress/state/one.json'
    expect(body).toContain(
      `- \`publish/ledger-unreadable\`（\`content/one/index.md\`）：发布台账 ${file} 无法读取：其中有 git 冲突标记`,
    )
    expect(body).toContain(
      `  - 建议：用 git 从 wxpress-state 分支的历史里恢复 ${file}（\`git log -p origin/wxpress-state -- ${file}\`）`,
    )
    expect(body).toContain('从 `wxpress-state` 分支的历史里恢复台账文件')
    expect(body).not.toContain('npx wxpress')
    expect(body).not.toContain('合并到 main')
    expect(t.sendalls()).toEqual([])
  })

  it('a blocked push on an English site: the issue gives each error and its hint in Chinese', async () => {
    const t = await setup()
    const file = path.join(t.root, 'content', 'one', 'index.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('cover: cover.png', 'cover: gone.png'))
    const blocked = await t.publish('2027-04-15T20:05:00+08:00')
    expect(blocked.code).toBe(1)
    expect(blocked.stdout).toContain('one: BLOCKED by 1 error(s), not sent')
    const reasons = t.issue().body.split('### 原因\n')[1]!.split('\n\n')[0]!
    expect(reasons).toMatch(/^- `image\/missing`（`content\/one\/index.md`）：.*gone\.png.*\n {2}- 建议：\S+/)
    expect(reasons).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}/)
  })
})
