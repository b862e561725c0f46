import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { makeSite, runPublish } from '../publish/publish-site.js'
import { runCli } from '../helpers/run-cli.js'
import { call, fileForm, PNG, token } from '../helpers/emulator-http.js'

let emu: Emulator | undefined
afterEach(async () => emu?.close())

const SLOT = '2027-04-15T20:00:00+08:00'
const AT_SLOT = '2027-04-15T20:05:00+08:00'
const env = (e: Emulator) => ({
  WECHAT_API_BASE: e.url,
  WECHAT_APP_ID: 'wx0000000000emulator',
  WECHAT_APP_SECRET: 'emulator-secret',
})
const read = (root: string, rel: string) => readFileSync(path.join(root, rel), 'utf8')
const datacubeCalls = (e: Emulator) =>
  (e.state() as { calls: { path: string }[] }).calls.filter(
    (c) => c.path === '/datacube/getarticletotaldetail',
  ).length

async function sentSite(mode: 'broadcast' | 'publish' = 'broadcast') {
  emu = await createEmulator({ clock: AT_SLOT, settings: { publishDelayMs: 0 } })
  const root = makeSite([{ slug: 'one', slot: SLOT }])
  const { summary } = await runPublish({ root, emu, now: AT_SLOT, mode })
  expect(summary.sent).toBe(1)
  return root
}

async function stats(root: string, now: string, format = 'json') {
  emu!.setClock(Date.parse(now))
  const r = await runCli(['stats', `--format=${format}`, `--now=${now}`], root, env(emu!))
  return { ...r, doc: format === 'json' ? JSON.parse(r.stdout) : undefined }
}

describe('wxpress stats: numbers that mean something', () => {
  it('keeps every day’s raw numbers apart from the ledger and derives totals, rates and a trend', async () => {
    const root = await sentSite()
    const ledgerBefore = read(root, '.wxpress/state/one.json')
    const first = await stats(root, '2027-04-18T09:00:00+08:00')
    expect(first.code).toBe(0)
    const row = first.doc.articles[0]
    expect(row).toMatchObject({ slug: 'one', sentDate: '2027-04-15', statDate: '2027-04-17', final: false })
    expect(row.trend.map((d: { date: string }) => d.date)).toEqual(['2027-04-15', '2027-04-16', '2027-04-17'])
    expect(row.trend.reduce((s: number, d: { newReads: number }) => s + d.newReads, 0)).toBe(row.read)
    expect(row.shareRate).toBeCloseTo(row.share / row.read, 10)
    expect(row.finishRate).toBeGreaterThan(0.39)
    expect(row.follows).toBeGreaterThan(0)
    expect(read(root, '.wxpress/state/one.json')).toBe(ledgerBefore)
    const kept = JSON.parse(read(root, '.wxpress/stats/one.json'))
    expect(kept).toMatchObject({
      version: 1,
      slug: 'one',
      account: 'main',
      sentDate: '2027-04-15',
      publishType: 0,
      updatedAt: '2027-04-18T01:00:00.000Z',
    })
    expect(Object.keys(kept.days)).toEqual(['2027-04-15', '2027-04-16', '2027-04-17'])
    expect(kept.days['2027-04-16'].read_user_source[0]).toEqual({
      scene_desc: '全部',
      user_count: kept.days['2027-04-16'].read_user,
    })
    // the same numbers later that day: the file is not rewritten, the comment text is the same
    const markdown = (await stats(root, '2027-04-18T09:00:00+08:00', 'markdown')).stdout
    await stats(root, '2027-04-18T15:00:00+08:00')
    expect(JSON.parse(read(root, '.wxpress/stats/one.json')).updatedAt).toBe('2027-04-18T01:00:00.000Z')
    expect((await stats(root, '2027-04-18T15:00:00+08:00', 'markdown')).stdout).toBe(markdown)
    const next = await stats(root, '2027-04-19T09:00:00+08:00')
    expect(next.doc.articles[0].trend).toHaveLength(4)
    expect(JSON.parse(read(root, '.wxpress/stats/one.json')).updatedAt).toBe('2027-04-19T01:00:00.000Z')
  })

  it('after a lost msg_data_id: reported by name, and the article is still found (by URL, else by title)', async () => {
    const root = await sentSite('publish')
    const file = path.join(root, '.wxpress', 'state', 'one.json')
    const entry = JSON.parse(readFileSync(file, 'utf8'))
    const { msgDataId, ...lost } = entry
    expect(msgDataId).toBeTruthy()
    writeFileSync(file, JSON.stringify(lost, null, 2))
    const byUrl = await stats(root, '2027-04-18T09:00:00+08:00')
    expect(byUrl.code).toBe(0)
    expect(byUrl.doc.problems).toContainEqual(
      expect.objectContaining({
        slug: 'one',
        severity: 'warning',
        message: 'the ledger marks `one` sent but has no msg_data_id, which statistics are matched by',
      }),
    )
    expect(byUrl.doc.articles[0].read).toBeGreaterThan(0)
    expect(JSON.parse(read(root, '.wxpress/stats/one.json'))).toMatchObject({
      msgid: `${msgDataId}_1`,
      recoveredBy: 'url',
    })
    const { articleUrl: _url, ...noUrl } = lost
    writeFileSync(file, JSON.stringify(noUrl, null, 2))
    rmSync(path.join(root, '.wxpress', 'stats'), { recursive: true })
    const byTitle = await stats(root, '2027-04-18T09:00:00+08:00', 'pretty')
    expect(byTitle.stdout).toContain('warning: one: the ledger marks `one` sent but has no msg_data_id')
    expect(JSON.parse(read(root, '.wxpress/stats/one.json'))).toMatchObject({
      msgid: `${msgDataId}_1`,
      recoveredBy: 'title',
    })
  })

  it('after a lost ledger file: found by title and reported; a past slot never sent stays silent', async () => {
    const root = await sentSite()
    rmSync(path.join(root, '.wxpress', 'state', 'one.json'))
    const r = await stats(root, '2027-04-18T09:00:00+08:00')
    expect(r.code).toBe(0)
    expect(r.doc.problems).toEqual([
      expect.objectContaining({
        slug: 'one',
        severity: 'warning',
        message: '`one` has no publish ledger, but WeChat has it as sent on 2027-04-15; statistics were read',
      }),
    ])
    expect(r.doc.articles[0]).toMatchObject({ slug: 'one', statDate: '2027-04-17' })
    expect(JSON.parse(read(root, '.wxpress/stats/one.json')).recoveredBy).toBe('title')
    const never = makeSite([{ slug: 'two', slot: '2027-04-16T20:00:00+08:00' }])
    const quiet = await stats(never, '2027-04-18T09:00:00+08:00')
    expect([quiet.code, quiet.doc.articles, quiet.doc.problems]).toEqual([0, [], []])
  })

  it('a title shared with another article that day: the published URL from freepublish/batchget decides', async () => {
    const root = await sentSite('publish')
    // the same title mass-sent that day too (batchget lists only published, not mass-sent, articles)
    const t = await token(emu!)
    const cover = await call(emu!, `/cgi-bin/material/add_material?access_token=${t}&type=image`, {
      form: fileForm(PNG, 'c.png', 'image/png'),
    })
    const other = [{ title: '文章 one', content: '<p>另一篇</p>', thumb_media_id: cover.media_id }]
    const draft = await call(emu!, `/cgi-bin/draft/add?access_token=${t}`, { json: { articles: other } })
    const mass = await call(emu!, `/cgi-bin/message/mass/sendall?access_token=${t}`, {
      json: { filter: { is_to_all: true }, mpnews: { media_id: draft.media_id }, msgtype: 'mpnews' },
    })
    expect(mass.errcode).toBe(0)
    const file = path.join(root, '.wxpress', 'state', 'one.json')
    const { msgDataId, articleUrl: _url, ...lost } = JSON.parse(readFileSync(file, 'utf8'))
    writeFileSync(file, JSON.stringify(lost, null, 2))
    const r = await stats(root, '2027-04-18T09:00:00+08:00')
    expect(r.code).toBe(0)
    expect(JSON.parse(read(root, '.wxpress/stats/one.json'))).toMatchObject({
      msgid: `${msgDataId}_1`,
      recoveredBy: 'url',
      publishType: 1,
    })
  })

  it('queries only within WeChat’s 30 days; the kept numbers stay and become final', async () => {
    const root = await sentSite()
    await stats(root, '2027-05-14T09:00:00+08:00')
    const last = JSON.parse(read(root, '.wxpress/stats/one.json'))
    expect(Object.keys(last.days)).toHaveLength(29)
    const calls = datacubeCalls(emu!)
    const final = await stats(root, '2027-05-15T09:00:00+08:00')
    expect(final.doc.articles[0]).toMatchObject({ final: true, statDate: '2027-05-14' })
    expect(datacubeCalls(emu!)).toBe(calls + 1)
    const later = await stats(root, '2027-06-30T09:00:00+08:00')
    expect(later.doc.articles[0]).toMatchObject({ final: true, statDate: '2027-05-14' })
    expect(datacubeCalls(emu!)).toBe(calls + 1)
    rmSync(path.join(root, '.wxpress', 'stats'), { recursive: true })
    const lost = await stats(root, '2027-06-30T09:00:00+08:00')
    expect(lost.doc.problems[0].message).toContain('more than 30 days ago; WeChat no longer reports it')
    expect(datacubeCalls(emu!)).toBe(calls + 1)
  })

  it('an unreadable stats file is an error and is never overwritten', async () => {
    const root = await sentSite()
    await stats(root, '2027-04-18T09:00:00+08:00')
    writeFileSync(path.join(root, '.wxpress', 'stats', 'one.json'), '<<<<<<< HEAD\n{}')
    const r = await stats(root, '2027-04-19T09:00:00+08:00')
    expect(r.code).toBe(1)
    expect(r.doc.problems[0]).toMatchObject({
      severity: 'error',
      message:
        '.wxpress/stats/one.json is unreadable: it is not valid JSON (a merge conflict?); it is left as it is',
    })
    expect(read(root, '.wxpress/stats/one.json')).toBe('<<<<<<< HEAD\n{}')
  })
})
