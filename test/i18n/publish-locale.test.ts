/**
 * `wxpress publish` on a zh-CN site (DESIGN §9): against the WeChat emulator, the run in Chinese and
 * the run with `--locale en` report the same rule ids at the same positions and exit alike; only the
 * texts differ, and the Chinese run has no English sentence left in its findings and summary.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { makeSite, type ArticleSpec } from '../publish/publish-site.js'
import { runCli } from '../helpers/run-cli.js'
import { renderText } from '../../src/i18n/catalogue.js'
import { publishMessages } from '../../src/i18n/messages/publish.js'

const emus: Emulator[] = []
afterEach(async () => {
  for (const emu of emus.splice(0)) await emu.close()
})

const NOW = '2027-04-15T20:05:00+08:00'
const ARTICLES: ArticleSpec[] = [
  { slug: 'due', slot: '2027-04-15T20:00:00+08:00' },
  { slug: 'late', slot: '2027-04-15T09:00:00+08:00' },
  { slug: 'tagged', slot: '2027-04-15T20:02:00+08:00', audience: '技术读者' },
]
const HAN = /[\u4e00-\u9fff]/

/** `place rule-id` of each finding in the pretty report. */
const findings = (stdout: string) =>
  [...stdout.matchAll(/^ {2}(\d+:\d+\S*)\s+\S+\s+.*\s(\S+\/\S+)$/gm)].map((m) => `${m[1]} ${m[2]}`)

async function publish(extra: string[]) {
  const emu = await createEmulator({ clock: NOW, settings: { publishDelayMs: 0 } })
  emus.push(emu)
  const root = makeSite(ARTICLES, {
    locale: 'zh-CN',
    accounts: { main: { kind: 'service', mode: 'broadcast', tags: ['技术读者'] } },
  })
  const env = {
    WECHAT_API_BASE: emu.url,
    WECHAT_APP_ID: 'wx0000000000emulator',
    WECHAT_APP_SECRET: 'emulator-secret',
  }
  return runCli(['publish', `--now=${NOW}`, ...extra], root, env)
}

describe('publish in both locales', () => {
  it('gives the same rule ids, positions and exit code; Chinese text in zh-CN', async () => {
    const zh = await publish([])
    const en = await publish(['--locale', 'en'])
    expect(zh.code).toBe(en.code)
    expect(zh.code).toBe(1)
    const ids = findings(en.stdout)
    // an unknown tag at the slot: the same finding as preflight's, on the audience line
    expect(ids).toEqual(['4:7-32 publish/missed', '5:11-15 publish/unknown-tag'])
    expect(findings(zh.stdout)).toEqual(ids)

    expect(en.stdout).toContain(' late, more than the allowed 3 hours)')
    expect(en.stdout).toMatch(/^1 sent, 0 drafted, 1 failed, 1 missed, 0 blocked$/m)
    expect(en.stdout).toMatch(
      /due: due, broadcast\n {2}→ uploaded 2 images, drafted \(media_id \S+\), sent \(msg_id/,
    )

    expect(zh.stdout).toMatch(
      /^按 2027-04-15 20:05 周四（2027-04-15T12:05:00.000Z）的时间发布，经由 http:\/\/127\.0\.0\.1:\d+\/?$/m,
    )
    expect(zh.stdout).toContain('已错过（已晚')
    expect(zh.stdout).toMatch(/late：已错过，未发送/)
    expect(zh.stdout).toMatch(
      /due：已到时间，群发\n {2}→ 已上传 2 张图片，已存草稿（media_id \S+），已群发（msg_id/,
    )
    expect(zh.stdout).toMatch(/^已发送 1 次，存草稿 0 次，失败 1 次，错过 1 次，被阻止 0 次$/m)
    expect(zh.stdout).toContain('账号 `main` 上没有粉丝标签「技术读者」')
    expect(zh.stdout).toContain('账号上的标签：「星标组」。')
    // every finding and hint line is Chinese; WeChat's errmsg may stay as WeChat wrote it
    expect(zh.stdout).toMatch(
      // its images were uploaded by the push before it (the same files, the same account)
      /tagged：已到时间，群发\n {2}→ 已存草稿（media_id \S+）；核对粉丝标签失败\n/,
    )
    const lines = zh.stdout.split('\n').filter((l) => /^ {2}\d+:\d+/.test(l) || /^ {4,}\S/.test(l))
    expect(lines.length).toBeGreaterThan(3)
    for (const line of lines) expect(line, line).toMatch(HAN)
  })

  it('writes usage errors in the chosen locale before the config is read', async () => {
    const zh = await publish(['--only', 'nope'])
    const en = await publish(['--only', 'nope', '--locale', 'en'])
    expect(zh.code).toBe(2)
    expect(en.code).toBe(2)
    expect(zh.stderr).toBe('wxpress：没有文章 `nope`\n')
    expect(en.stderr).toBe('wxpress: no article `nope`\n')
  })

  it('preflight: the same findings; its lines and the missing tag in Chinese', async () => {
    const zh = await publish(['--preflight'])
    const en = await publish(['--preflight', '--locale', 'en'])
    expect(zh.code).toBe(en.code)
    expect(findings(zh.stdout)).toEqual(findings(en.stdout))
    expect(findings(en.stdout)).toEqual(['5:11-15 publish/unknown-tag'])
    expect(en.stdout).toContain('Preflight of 2 push(es) on `main`: credentials, mode, follower tags')
    expect(zh.stdout).toContain('预检 `main` 上的 2 次推送：凭据、模式、粉丝标签')
    expect(zh.stdout).toContain('账号 `main` 上没有粉丝标签「技术读者」')
    expect(zh.stdout).toContain(
      '建议：账号上的标签：「星标组」。在 公众平台 → 用户管理 → 标签 里创建它，或改用 全部粉丝。',
    )
  })

  it('pr-report: its usage errors follow --locale (it reads no config)', async () => {
    const root = makeSite([])
    const zh = await runCli(['pr-report', '--locale', 'zh-CN'], root, {})
    const en = await runCli(['pr-report'], root, {})
    expect(zh.code).toBe(2)
    expect(en.code).toBe(2)
    expect(zh.stderr).toBe(
      'wxpress pr-report：没有设置 GITHUB_TOKEN（请把 `secrets.GITHUB_TOKEN` 交给这个作业）。\n',
    )
    expect(en.stderr).toBe(
      'wxpress pr-report: GITHUB_TOKEN is not set (give the job `secrets.GITHUB_TOKEN`).\n',
    )
  })
})

describe('phrases wxpress writes into publish findings', () => {
  const { msg } = publishMessages
  it("are Chinese in zh-CN, while WeChat's own errmsg is quoted as it is", () => {
    const unreadable = msg.ledgerUnreadable({
      file: '.wxpress/state/a.json',
      problem: 'it holds git conflict markers (line 3: `<<<<<<< HEAD`)',
    })
    expect(renderText(unreadable, 'zh-CN')).toBe(
      '发布台账 .wxpress/state/a.json 无法读取：其中有 git 冲突标记' +
        '（第 3 行：`<<<<<<< HEAD`）。为了绝不重复发送，它所在的推送已被阻止',
    )
    expect(renderText(unreadable, 'en')).toBe(
      'The publish ledger .wxpress/state/a.json is unreadable: it holds ' +
        'git conflict markers (line 3: `<<<<<<< HEAD`). Its push is blocked so that it is never sent twice',
    )
    const status = msg.wechatFailed({
      path: '/cgi-bin/freepublish/get',
      code: 53503,
      errmsg: 'publish_status 4: rejected by platform review',
    })
    expect(renderText(status, 'zh-CN')).toBe(
      '/cgi-bin/freepublish/get 调用失败：errcode 53503，publish_status 4：未通过平台审核',
    )
    const timeout = msg.wechatFailed({
      path: '/cgi-bin/draft/add',
      code: '',
      errmsg: 'no answer within 15000 ms',
    })
    expect(renderText(timeout, 'zh-CN')).toBe('/cgi-bin/draft/add 调用失败：15000 毫秒内没有应答')
    const wechat = msg.credentials({
      account: 'main',
      code: 40164,
      errmsg: 'invalid ip 1.2.3.4, not in whitelist',
    })
    expect(renderText(wechat, 'zh-CN')).toBe(
      '账号 `main` 的凭据无效：errcode 40164，invalid ip 1.2.3.4, not in whitelist',
    )
  })
})
