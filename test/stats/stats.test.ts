import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { createGithubClient, GithubApiError } from '../../src/github/github-client.js'
import {
  createGithubEmulator,
  type GithubEmulator,
} from '../../src/github/emulator/create-github-emulator.js'
import { upsertSticky } from '../../src/github/sticky-comment.js'
import { sentComment } from '../../src/publish/alerts/pr-bodies.js'
import { makeSite, runPublish } from '../publish/publish-site.js'
import { runCli } from '../helpers/run-cli.js'
import { git } from '../helpers/git.js'
import { call } from '../helpers/emulator-http.js'

let emu: Emulator | undefined
let gh: GithubEmulator | undefined
afterEach(async () => {
  await emu?.close()
  await gh?.close()
})

describe('GitHub client against the GitHub emulator', () => {
  it('follows Link pagination, updates the sticky comment, and reports bad credentials', async () => {
    gh = await createGithubEmulator({ token: 't0k', repository: 'shanhai/site', maxPerPage: 2 })
    gh.addPull({ number: 7, headSha: 'a'.repeat(40) })
    const client = createGithubClient({ baseUrl: gh.url, token: 't0k', repository: 'shanhai/site' })
    for (let i = 0; i < 5; i++) await upsertSticky(client, 7, `<!-- m${i} -->`, `<!-- m${i} --> body ${i}`)
    expect((await upsertSticky(client, 7, '<!-- m4 -->', '<!-- m4 --> new')).action).toBe('updated')
    expect((await upsertSticky(client, 7, '<!-- m4 -->', '<!-- m4 --> new')).action).toBe('unchanged')
    expect((await client.listComments(7)).map((c) => c.body)).toEqual([
      '<!-- m0 --> body 0',
      '<!-- m1 --> body 1',
      '<!-- m2 --> body 2',
      '<!-- m3 --> body 3',
      '<!-- m4 --> new',
    ])
    expect(gh.calls().filter((c) => c.path.includes('page=3')).length).toBeGreaterThan(0)
    const bad = createGithubClient({ baseUrl: gh.url, token: 'nope', repository: 'shanhai/site' })
    await expect(bad.listComments(7)).rejects.toBeInstanceOf(GithubApiError)
    await expect(bad.listComments(7)).rejects.toMatchObject({ status: 401 })
  })
})

describe('wxpress stats', () => {
  it('reads statistics of a sent article into the ledger and posts one comment on its PR', async () => {
    emu = await createEmulator({ clock: '2027-04-15T20:05:00+08:00' })
    gh = await createGithubEmulator({ token: 'gh-token', repository: 'shanhai/site' })
    const root = makeSite([{ slug: 'one', slot: '2027-04-15T20:00:00+08:00' }])
    git(root, 'init', '-q', '-b', 'main')
    git(root, 'add', '-A')
    git(root, 'commit', '-qm', 'add one')
    gh.addPull({ number: 12, headSha: git(root, 'rev-parse', 'HEAD'), state: 'closed' })
    await runPublish({ root, emu, now: '2027-04-15T20:05:00+08:00' })
    emu.setClock(Date.parse('2027-04-18T09:00:00+08:00'))
    const env = {
      WECHAT_API_BASE: emu.url,
      WECHAT_APP_ID: 'wx0000000000emulator',
      WECHAT_APP_SECRET: 'emulator-secret',
      GITHUB_API_URL: gh.url,
      GITHUB_TOKEN: 'gh-token',
      GITHUB_REPOSITORY: 'shanhai/site',
    }
    const json = await runCli(['stats', '--format', 'json', '--now=2027-04-18T09:00:00+08:00'], root, env)
    expect(json.code).toBe(0)
    const doc = JSON.parse(json.stdout)
    expect(doc.articles).toHaveLength(1)
    expect(doc.articles[0]).toMatchObject({ slug: 'one', sentDate: '2027-04-15' })
    expect(doc.articles[0].read).toBeGreaterThan(0)
    const kept = JSON.parse(readFileSync(path.join(root, '.wxpress', 'stats', 'one.json'), 'utf8'))
    expect(kept.days['2027-04-17'].read_user).toBe(doc.articles[0].read)
    expect(
      JSON.parse(readFileSync(path.join(root, '.wxpress', 'state', 'one.json'), 'utf8')).stats,
    ).toBeUndefined()
    // the "sent" comment of a mass send, which had no URL (tester report L6)
    const client = createGithubClient({ baseUrl: gh.url, token: 'gh-token', repository: 'shanhai/site' })
    const when = { short: '4 月 15 日 20:05', full: '2027-04-15 20:05（UTC+8）', utc: '2027-04-15T12:05:00Z' }
    const sent = sentComment({
      slug: 'one',
      title: '文章 one',
      sentAt: when,
      slot: when,
      lateness: '准时',
      account: 'main',
    })
    await client.createComment(12, sent)
    const first = await runCli(['stats', '--post', '--now=2027-04-18T09:00:00+08:00'], root, env)
    expect(first.stderr).toContain('one: comment created on #12')
    expect(first.stderr).toContain('one: the article URL added to the "sent" comment on #12')
    expect(doc.articles[0].url).toMatch(/^https:\/\/mp\.weixin\.qq\.com\//)
    expect(gh.comments(12)[0]?.body).toContain(`- 文章链接：<${doc.articles[0].url}>（由统计任务补上）`)
    const posted = await runCli(['stats', '--post', '--now=2027-04-18T09:00:00+08:00'], root, env)
    expect(posted.stderr).toContain('one: comment unchanged on #12')
    expect(posted.stderr).not.toContain('the article URL added')
    expect(gh.comments(12)).toHaveLength(2)
    expect(gh.comments(12)[1]?.body).toContain('<!-- wxpress:stats:one -->')
  })

  it('a failed statistics call is said as such, with the errcode’s advice in the site’s language', async () => {
    emu = await createEmulator({ clock: '2027-04-15T20:05:00+08:00' })
    const root = makeSite([{ slug: 'one', slot: '2027-04-15T20:00:00+08:00' }])
    await runPublish({ root, emu, now: '2027-04-15T20:05:00+08:00' })
    emu.setClock(Date.parse('2027-04-16T09:43:00+08:00'))
    const failNext = [{ path: '/cgi-bin/datacube/getarticletotaldetail', errcode: 45009 }]
    await call(emu, '/__emulator/faults', { json: { failNext } })
    const r = await runCli(['stats', '--locale', 'zh-CN', '--now=2027-04-16T09:43:00+08:00'], root, {
      WECHAT_API_BASE: emu.url,
      WECHAT_APP_ID: 'wx0000000000emulator',
      WECHAT_APP_SECRET: 'emulator-secret',
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('没有读到统计数据：1 篇文章的数据读取失败（见下）。')
    expect(r.stdout).not.toContain('今天之前没有发送过文章')
    expect(r.stdout).toMatch(/errcode 45009.*（[^）]*[\u4e00-\u9fff][^）]*）/)
    expect(r.stdout).not.toContain('The daily API quota')
  })

  it('explains that statistics arrive the day after sending', async () => {
    emu = await createEmulator({ clock: '2027-04-15T20:05:00+08:00' })
    const root = makeSite([{ slug: 'one', slot: '2027-04-15T20:00:00+08:00' }])
    await runPublish({ root, emu, now: '2027-04-15T20:05:00+08:00' })
    const r = await runCli(['stats', '--now=2027-04-15T22:00:00+08:00'], root, {
      WECHAT_API_BASE: emu.url,
      WECHAT_APP_ID: 'wx0000000000emulator',
      WECHAT_APP_SECRET: 'emulator-secret',
    })
    expect(r.stdout).toContain('one: sent on 2027-04-15; WeChat has statistics from the next day on')
  })
})
