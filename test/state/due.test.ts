import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { writeEntry } from './git-sandbox.js'

function site(articles: { slug: string; slot: string }[], config: Record<string, unknown> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-due-'))
  for (const a of articles) {
    mkdirSync(path.join(root, 'content', a.slug), { recursive: true })
    writeFileSync(
      path.join(root, 'content', a.slug, 'index.md'),
      `---\ntitle: 文章\ntopic: 测试\nslot: ${a.slot}\naudience: 全部粉丝\ncover: cover.png\n---\n\n正文。\n`,
    )
  }
  writeFileSync(
    path.join(root, 'wxpress.config.json'),
    JSON.stringify({ accounts: { main: { mode: 'broadcast' } }, ...config }),
  )
  return root
}

const SLOT = '2027-04-15T20:00:00+08:00'
const ledger = (root: string, slug: string, fields: Record<string, unknown>) =>
  writeEntry(root, `.wxpress/state/${slug}.json`, { slug, uploads: {}, timestamps: {}, ...fields })
const due = async (root: string, now: string) => {
  const r = await runCli(['due', `--now=${now}`], root)
  expect(r.code).toBe(0)
  return { value: r.stdout, why: r.stderr }
}

describe('wxpress due', () => {
  it('a future article without a draft needs one; once drafted nothing is due until the slot', async () => {
    const root = site([{ slug: 'one', slot: SLOT }])
    expect(await due(root, '2027-04-14T09:00:00+08:00')).toEqual({
      value: 'true\n',
      why: '2027-04-15 20:00 Thu one: one needs a draft prepared\n',
    })
    ledger(root, 'one', { state: 'drafted', draftMediaId: 'MEDIA_1' })
    expect((await due(root, '2027-04-14T09:00:00+08:00')).value).toBe('false\n')
  })

  it('true from the slot to maxLateness, then (for alerting) a day more, then false; sent is never due', async () => {
    const root = site([{ slug: 'one', slot: SLOT }], { schedule: { maxLatenessMinutes: 60 } })
    ledger(root, 'one', { state: 'drafted', draftMediaId: 'MEDIA_1' })
    expect((await due(root, '2027-04-15T19:59:00+08:00')).value).toBe('false\n')
    expect(await due(root, '2027-04-15T20:00:00+08:00')).toMatchObject({
      value: 'true\n',
      why: expect.stringContaining('due now'),
    })
    expect(await due(root, '2027-04-15T21:30:00+08:00')).toMatchObject({
      value: 'true\n',
      why: expect.stringContaining('missed; publish reports it'),
    })
    expect((await due(root, '2027-04-16T21:01:00+08:00')).value).toBe('false\n')
    ledger(root, 'one', { state: 'sent', draftMediaId: 'MEDIA_1' })
    expect((await due(root, '2027-04-15T20:10:00+08:00')).value).toBe('false\n')
  })

  it('an interrupted send or an unreadable ledger is always work for publish', async () => {
    const root = site([
      { slug: 'one', slot: SLOT },
      { slug: 'two', slot: '2027-05-01T20:00:00+08:00' },
    ])
    ledger(root, 'two', { state: 'drafted', draftMediaId: 'MEDIA_2' })
    ledger(root, 'one', { state: 'sending', draftMediaId: 'MEDIA_1' })
    expect(await due(root, '2027-04-25T09:00:00+08:00')).toMatchObject({
      value: 'true\n',
      why: expect.stringContaining('a send was interrupted'),
    })
    writeFileSync(path.join(root, '.wxpress', 'state', 'one.json'), '<<<<<<< HEAD\n')
    expect(await due(root, '2027-04-25T09:00:00+08:00')).toMatchObject({
      value: 'true\n',
      why: expect.stringContaining('the ledger of one is unreadable'),
    })
  })

  it('exits 2 on a broken config', async () => {
    const root = site([{ slug: 'one', slot: SLOT }])
    writeFileSync(path.join(root, 'wxpress.config.json'), '{ "timezone": 5 }')
    const r = await runCli(['due'], root)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
  })
})
