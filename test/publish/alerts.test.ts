/**
 * `publish --alert` over real HTTP: the WeChat emulator and the GitHub emulator, a site in git whose
 * article was added by pull request #12.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import {
  createGithubEmulator,
  type GithubEmulator,
} from '../../src/github/emulator/create-github-emulator.js'
import { call } from '../helpers/emulator-http.js'
import { runCli } from '../helpers/run-cli.js'
import { git } from '../helpers/git.js'
import { makeSite, type ArticleSpec } from './publish-site.js'

let emu: Emulator | undefined
let gh: GithubEmulator | undefined
afterEach(async () => {
  await emu?.close()
  await gh?.close()
})

const SLOT = '2027-04-15T20:00:00+08:00'

const PUBLISH_MODE = { accounts: { main: { kind: 'subscription', mode: 'publish', tags: ['技术读者'] } } }

async function setup(articles: ArticleSpec[], tags = ['技术读者'], config: Record<string, unknown> = {}) {
  emu = await createEmulator({ clock: '2027-04-14T10:00:00+08:00', tags })
  gh = await createGithubEmulator({ token: 'gh-token', repository: 'shanhai/site' })
  const root = makeSite(articles, config)
  git(root, 'init', '-q', '-b', 'main')
  git(root, 'add', '-A')
  git(root, 'commit', '-qm', 'add articles')
  gh.addPull({ number: 12, headSha: git(root, 'rev-parse', 'HEAD'), state: 'closed' })
  const env = {
    WECHAT_API_BASE: emu.url,
    WECHAT_APP_ID: 'wx0000000000emulator',
    WECHAT_APP_SECRET: 'emulator-secret',
    GITHUB_API_URL: gh.url,
    GITHUB_TOKEN: 'gh-token',
    GITHUB_REPOSITORY: 'shanhai/site',
  }
  const publish = (now: string, extra: Record<string, string> = {}) => {
    emu!.setClock(Date.parse(now))
    return runCli(['publish', '--alert', `--now=${now}`], root, { ...env, ...extra })
  }
  return { root, env, publish, gh: gh!, emu: emu! }
}

const onlyIssue = (g: GithubEmulator) => {
  expect(g.state.issues.size).toBe(1)
  return [...g.state.issues.values()][0]!
}
const issueWrites = (g: GithubEmulator) => g.writes().filter((c) => c.path.includes('/issues'))

describe('publish --alert: issues', () => {
  it('a missed push: exit 1 and one issue; a rerun changes nothing; a moved slot closes it', async () => {
    const t = await setup([{ slug: 'one', slot: SLOT }])
    const first = await t.publish('2027-04-15T23:30:00+08:00')
    expect(first.code).toBe(1)
    const issues = [...t.gh.state.issues.values()]
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({
      title: 'wxpress：4 月 15 日 20:00 的推送未发送（错过）',
      labels: ['wxpress'],
    })
    expect(issues[0]!.body.startsWith('<!-- wxpress:alert:main:2027-04-15T12:00:00Z -->')).toBe(true)
    const link = 'https://github.com/shanhai/site/blob/HEAD/content/one/index.md'
    expect(issues[0]!.body).toContain(`[\`content/one/index.md\`](${link})`)
    expect(issues[0]!.body).toContain('2027-04-15 20:00（UTC+8） · 2027-04-15T12:00:00Z')
    expect(t.gh.state.labels.get('wxpress')).toMatchObject({ color: 'd93f0b' })
    const n = issues[0]!.number
    expect(first.stderr).toContain(`GitHub: issue #${n} opened: wxpress：4 月 15 日`)

    t.gh.resetCalls()
    const second = await t.publish('2027-04-15T23:45:00+08:00')
    expect(second.code).toBe(1)
    expect(t.gh.state.issues.size).toBe(1)
    expect(issueWrites(t.gh)).toEqual([])

    const file = path.join(t.root, 'content', 'one', 'index.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace(SLOT, '2027-04-16T20:00:00+08:00'))
    const third = await t.publish('2027-04-16T20:05:00+08:00')
    expect(third.code).toBe(0)
    const closed = t.gh.state.issues.get(n)!
    expect(closed.state).toBe('closed')
    expect(t.gh.comments(n).map((c) => c.body)).toEqual([expect.stringContaining('已不在计划中')])
  })

  it('a new reason updates the issue; a closed issue stays closed until the reason changes', async () => {
    const t = await setup([{ slug: 'one', slot: SLOT }])
    await t.publish('2027-04-15T23:30:00+08:00')
    const n = onlyIssue(t.gh).number
    const file = path.join(t.root, 'content', 'one', 'index.md')
    const good = readFileSync(file, 'utf8')
    writeFileSync(file, good.replace('cover: cover.png', 'cover: gone.png'))
    t.gh.resetCalls()
    expect((await t.publish('2027-04-15T23:40:00+08:00')).code).toBe(1)
    expect(onlyIssue(t.gh).title).toBe('wxpress：4 月 15 日 20:00 的推送未发送（被阻止）')
    expect(onlyIssue(t.gh).body).toContain('`content/one/index.md`')
    expect(issueWrites(t.gh).map((c) => `${c.method} ${c.path}`)).toEqual([
      `PATCH /repos/shanhai/site/issues/${n}`,
    ])
    // a person closes it: the same reason does not reopen it
    Object.assign(t.gh.state.issues.get(n)!, { state: 'closed', closed_at: '2027-04-15T15:45:00Z' })
    t.gh.resetCalls()
    await t.publish('2027-04-15T23:50:00+08:00')
    expect(t.gh.writes()).toEqual([])
    writeFileSync(file, good)
    await t.publish('2027-04-16T00:05:00+08:00')
    expect(onlyIssue(t.gh)).toMatchObject({
      state: 'open',
      title: 'wxpress：4 月 15 日 20:00 的推送未发送（错过）',
    })
  })

  it('a failed push: an issue naming the errcode, closed with "sent" when a rerun sends it', async () => {
    const t = await setup([{ slug: 'one', slot: SLOT }])
    await call(t.emu, '/__emulator/faults', {
      json: { failNext: [{ path: '/cgi-bin/message/mass/sendall', errcode: 45028 }] },
    })
    const failed = await t.publish('2027-04-15T20:05:00+08:00')
    expect(failed.code).toBe(1)
    const issue = onlyIssue(t.gh)
    expect(issue.title).toBe('wxpress：4 月 15 日 20:00 的推送未发送（失败）')
    expect(issue.body).toContain('errcode 45028')
    const sent = await t.publish('2027-04-15T20:20:00+08:00')
    expect(sent.code).toBe(0)
    expect(onlyIssue(t.gh).state).toBe('closed')
    expect(t.gh.comments(issue.number)[0]!.body).toBe(
      '已发送（2027-04-15 20:20（UTC+8），晚了 20 分钟）。关闭此问题。',
    )
  })

  it('a read-only token: one clear line, the publish exit code unchanged', async () => {
    const t = await setup([{ slug: 'one', slot: SLOT }])
    t.gh.addToken('ro-token', 'github-actions[bot]', { readOnly: true })
    const r = await t.publish('2027-04-15T23:30:00+08:00', { GITHUB_TOKEN: 'ro-token' })
    expect(r.code).toBe(1)
    const lines = r.stderr.split('\n').filter((l) => l.includes('alerts not posted'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('HTTP 403')
    expect(lines[0]).toContain('the token needs issues: write / pull-requests: write')
    expect(t.gh.state.issues.size).toBe(0)
    const none = await t.publish('2027-04-15T23:40:00+08:00', { GITHUB_TOKEN: '' })
    expect(none.code).toBe(1)
    expect(none.stderr).toContain('wxpress: alerts need GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name)')
  })
})

describe('publish --alert: pull request comments', () => {
  it('a sent push: one comment on the PR with the URL and lateness, not repeated on rerun', async () => {
    const t = await setup([{ slug: 'one', slot: SLOT }], ['技术读者'], PUBLISH_MODE)
    const r = await t.publish('2027-04-15T20:12:00+08:00')
    expect(r.code, r.stdout + r.stderr).toBe(0)
    const comments = t.gh.comments(12)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toMatch(/^<!-- wxpress:sent:one -->\n### ✅ 已发送：文章 one\n/)
    expect(comments[0]!.body).toMatch(/文章链接：<https:\/\/mp\.weixin\.qq\.com\/\S+>/)
    expect(comments[0]!.body).toContain('发送时间：2027-04-15 20:12（UTC+8），晚了 12 分钟')
    await t.publish('2027-04-15T20:27:00+08:00')
    expect(t.gh.comments(12)).toHaveLength(1)
    expect(t.gh.state.issues.size).toBe(0)
  })

  it('a draft prepared at merge: the preflight finding (unknown tag) on the PR, kept in place', async () => {
    const t = await setup([{ slug: 'one', slot: SLOT, audience: '技术读者' }], [])
    const r = await t.publish('2027-04-14T10:00:00+08:00', { GITHUB_EVENT_NAME: 'push' })
    expect(r.code, r.stdout + r.stderr).toBe(0)
    const comments = t.gh.comments(12)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain(
      '<!-- wxpress:prepared:one -->\n### 📝 已准备草稿 · 预检发现 1 个问题：文章 one',
    )
    // Chinese on an English site too
    expect(comments[0]!.body).toContain('❌ `publish/unknown-tag`：账号 `main` 上没有粉丝标签「技术读者」')
    expect(comments[0]!.body).toContain('  - 建议：')
    expect(comments[0]!.body).not.toMatch(/does not exist|Tags on the account/)
    expect(r.stderr).toContain('preflight: one: 1 finding(s); publish/unknown-tag')
    t.gh.resetCalls()
    await t.publish('2027-04-14T10:15:00+08:00', { GITHUB_EVENT_NAME: 'push' })
    expect(t.gh.writes()).toEqual([])
    // a scheduled run does not preflight again
    const cron = await t.publish('2027-04-14T10:30:00+08:00', { GITHUB_EVENT_NAME: 'schedule' })
    expect(cron.stderr).not.toContain('prepared')
  })
})
