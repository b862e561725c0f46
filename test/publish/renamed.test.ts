/**
 * An article sent, then its folder renamed (the ledger is keyed by the folder name): publish must
 * block it (`publish/renamed-after-send`) and never make a second draft or mass send; an orphaned
 * ledger of an article truly deleted changes nothing. Real emulator over HTTP, fixed clocks.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from './publish-site.js'

let emu: Emulator
afterEach(async () => emu?.close())

const SLOT = '2027-04-15T20:00:00+08:00'
const AT_SLOT = '2027-04-15T20:05:00+08:00'
const LATER = '2027-04-15T20:40:00+08:00'
const SERVICE = { accounts: { main: { kind: 'service', mode: 'broadcast', tags: ['技术读者'] } } }
const ENV = () => ({
  WECHAT_API_BASE: emu.url,
  WECHAT_APP_ID: 'wx0000000000emulator',
  WECHAT_APP_SECRET: 'emulator-secret',
})
const calls = (p: string) =>
  (emu.state() as { calls: { path: string; errcode: number }[] }).calls.filter(
    (c) => c.path === p && c.errcode === 0,
  ).length
const ledgerFile = (root: string, slug: string) => path.join(root, '.wxpress', 'state', `${slug}.json`)

async function publish(root: string, now: string, ...extra: string[]) {
  emu.setClock(Date.parse(now))
  return runCli(['publish', `--now=${now}`, ...extra], root, ENV())
}

/** A service account (no daily quota to hide a second send) that sent `news` at its slot. */
async function sentNews(mode = 'broadcast') {
  emu = await createEmulator({
    clock: AT_SLOT,
    kind: 'service',
    tags: ['技术读者'],
    settings: { publishDelayMs: 0 },
  })
  const root = makeSite([{ slug: 'news', slot: SLOT, audience: '技术读者', extra: `mode: ${mode}` }], SERVICE)
  const first = await publish(root, AT_SLOT)
  expect(first.code).toBe(0)
  expect(JSON.parse(readFileSync(ledgerFile(root, 'news'), 'utf8'))).toMatchObject({ state: 'sent' })
  return root
}

const moveFolder = (root: string, from: string, to: string) =>
  renameSync(path.join(root, 'content', from), path.join(root, 'content', to))

describe('an article renamed after it was sent', () => {
  it('is blocked with both slugs and a hint, and never drafted or mass-sent again', async () => {
    const root = await sentNews()
    moveFolder(root, 'news', 'news-2027')
    const again = await publish(root, LATER)
    expect(again.code).toBe(1)
    expect(calls('/cgi-bin/message/mass/sendall')).toBe(1)
    expect(calls('/cgi-bin/draft/add')).toBe(1)
    expect(existsSync(ledgerFile(root, 'news-2027'))).toBe(false)
    expect(again.stdout).toMatch(/news-2027: BLOCKED by 1 error\(s\), not sent/)
    expect(again.stdout).toMatch(/publish\/renamed-after-send/)
    expect(again.stdout).toMatch(/`news`, whose folder no longer exists, was sent at 2027-04-15 20:05/)
    expect(again.stdout).toMatch(/the same content/)
    expect(again.stdout).toContain('git mv .wxpress/state/news.json .wxpress/state/news-2027.json')
    // zh-CN, and check sees it too once the ledger is there (without the HTML: by title)
    const zh = await runCli(['check', `--now=${LATER}`, '--locale=zh-CN'], root)
    expect(zh.stdout).toMatch(/文件夹已不存在的 `news` 已于 2027-04-15 20:05 发送.*且标题相同/)
    expect(zh.stdout).toMatch(/4:7-\d+ +错误 .*publish\/renamed-after-send/)
    // it was sent under its old name: no "past, never sent" next to that
    expect(zh.stdout).not.toMatch(/schedule\/past|从未发出/)
  })

  it('is still recognised by its title when it was edited too (and in publish mode)', async () => {
    const root = await sentNews('publish')
    moveFolder(root, 'news', 'news-renamed')
    const file = path.join(root, 'content', 'news-renamed', 'index.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('正文第一段。', '正文第一段，改过了。'))
    const again = await publish(root, LATER)
    expect(again.code).toBe(1)
    expect(again.stdout).toMatch(/`news`, whose folder no longer exists, was sent .* and has the same title/)
    expect(calls('/cgi-bin/freepublish/submit')).toBe(1)
    expect(calls('/cgi-bin/draft/add')).toBe(1)
  })

  it('renamed back, or with its ledger moved to the new name, is already sent and clean', async () => {
    const root = await sentNews()
    moveFolder(root, 'news', 'news-2027')
    expect((await publish(root, LATER)).code).toBe(1)
    moveFolder(root, 'news-2027', 'news')
    const back = await publish(root, LATER)
    expect(back.code).toBe(0)
    expect(back.stdout).toMatch(/news: already sent/)
    expect(back.stdout).not.toMatch(/renamed-after-send|error/i)
    // the other way out: the ledger moved on the state branch, its slug changed
    moveFolder(root, 'news', 'news-2027')
    const old = readFileSync(ledgerFile(root, 'news'), 'utf8')
    writeFileSync(ledgerFile(root, 'news-2027'), old.replace('"slug": "news"', '"slug": "news-2027"'))
    rmSync(ledgerFile(root, 'news'))
    const moved = await publish(root, LATER)
    expect(moved.code).toBe(0)
    expect(moved.stdout).toMatch(/news-2027: already sent/)
    expect(calls('/cgi-bin/message/mass/sendall')).toBe(1)
    expect(calls('/cgi-bin/draft/add')).toBe(1)
  })

  it('an orphaned ledger of an article truly deleted does not block an unrelated new article', async () => {
    const root = await sentNews()
    rmSync(path.join(root, 'content', 'news'), { recursive: true })
    const next = makeSite(
      [{ slug: 'fresh', slot: '2027-04-16T20:00:00+08:00', audience: '技术读者' }],
      SERVICE,
    )
    renameSync(path.join(next, 'content', 'fresh'), path.join(root, 'content', 'fresh'))
    const sent = await publish(root, '2027-04-16T20:05:00+08:00')
    expect(sent.stdout).not.toMatch(/renamed-after-send/)
    expect(sent.code).toBe(0)
    expect(calls('/cgi-bin/message/mass/sendall')).toBe(2)
    expect(JSON.parse(readFileSync(ledgerFile(root, 'fresh'), 'utf8'))).toMatchObject({ state: 'sent' })
  })
})
