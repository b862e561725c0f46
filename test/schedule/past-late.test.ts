// `schedule/past` says "never sent" only when the ledger says so and publish no longer sends it
// (trial-1 #4): an unreadable ledger leaves it unknown; within schedule.maxLatenessMinutes the next
// publish run still sends it (`schedule/late`, a warning).
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from '../publish/publish-site.js'

const SLOT = '2027-04-15T20:00:00+08:00'

async function check(root: string, now: string) {
  const r = await runCli(['check', `--now=${now}`, '--format=json'], root)
  const { diagnostics } = JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }
  const timing = diagnostics.filter((d) => d.ruleId === 'schedule/past' || d.ruleId === 'schedule/late')
  return { code: r.code, diagnostics, timing }
}

describe('a slot that passed', () => {
  it('with an unreadable ledger: publish/ledger-unreadable only, never "never sent"', async () => {
    const root = makeSite([{ slug: 'one', slot: SLOT }], { locale: 'zh-CN' })
    mkdirSync(path.join(root, '.wxpress', 'state'), { recursive: true })
    writeFileSync(path.join(root, '.wxpress', 'state', 'one.json'), '{"version": 1, "slug": "on')
    for (const now of ['2027-04-15T20:10:00+08:00', '2027-04-20T09:00:00+08:00']) {
      const { code, diagnostics, timing } = await check(root, now)
      expect(code).toBe(1)
      expect(diagnostics.map((d) => d.ruleId)).toContain('publish/ledger-unreadable')
      expect(timing).toEqual([])
    }
    const plan = await runCli(['plan', '--now=2027-04-20T09:00:00+08:00'], root)
    expect(plan.stdout).not.toContain('从未发出')
  })

  it('with a ledger of an interrupted send (sending): no "never sent" (publish asks WeChat first)', async () => {
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    mkdirSync(path.join(root, '.wxpress', 'state'), { recursive: true })
    const sending = { version: 1, slug: 'one', state: 'sending', uploads: {}, timestamps: {} }
    writeFileSync(path.join(root, '.wxpress', 'state', 'one.json'), JSON.stringify(sending))
    const { timing } = await check(root, '2027-04-20T09:00:00+08:00')
    expect(timing).toEqual([])
  })

  it('within schedule.maxLatenessMinutes: a warning that the next publish run sends it late; later the error', async () => {
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    const soon = await check(root, '2027-04-15T20:05:00+08:00')
    expect(soon.code).toBe(0)
    expect(soon.timing).toMatchObject([
      {
        ruleId: 'schedule/late',
        severity: 'warning',
        message: expect.stringContaining('passed 5 minutes ago and the article is not sent yet'),
        hint: expect.stringContaining('before 2027-04-15 23:00 Thu'),
      },
    ])
    expect(soon.timing[0]?.hint).not.toContain('will not be sent late')
    expect((await check(root, '2027-04-15T23:00:00+08:00')).timing[0]?.ruleId).toBe('schedule/late')
    const late = await check(root, '2027-04-15T23:01:00+08:00')
    expect(late.code).toBe(1)
    expect(late.timing).toMatchObject([
      {
        ruleId: 'schedule/past',
        severity: 'error',
        message: expect.stringContaining('more than 3 hours ago'),
      },
    ])
    const plan = JSON.parse(
      (await runCli(['plan', '--now=2027-04-15T20:05:00+08:00', '--format=json'], root)).stdout,
    )
    expect(plan.pushes[0].blocked).toBe(false)
  })

  it('follows the configured lateness, in Chinese too', async () => {
    const root = makeSite([{ slug: 'one', slot: SLOT }], {
      locale: 'zh-CN',
      schedule: { windows: [{ start: '00:00', end: '23:59' }], maxLatenessMinutes: 30 },
    })
    const soon = await check(root, '2027-04-15T20:10:00+08:00')
    expect(soon.timing).toMatchObject([
      {
        ruleId: 'schedule/late',
        message:
          '推送时间 2027-04-15 20:00 周四 已过去 10 分钟，文章还没有发出：下一次发布运行仍会补发（最晚到 2027-04-15 20:30 周四）',
      },
    ])
    const late = await check(root, '2027-04-15T20:31:00+08:00')
    expect(late.timing).toMatchObject([
      {
        ruleId: 'schedule/past',
        message: '推送时间 2027-04-15 20:00 周四 已过去超过 30 分钟，文章却从未发出',
        hint: '把推送时间改到将来：发布最多迟发 30 分钟（schedule.maxLatenessMinutes），已经过了这个时限。',
      },
    ])
  })
})

describe('a mode: draft push whose draft was made', () => {
  it('is done: no "never sent" error after its slot, and `due` does not call it missed (trial P #2)', async () => {
    const root = makeSite([{ slug: 'one', slot: SLOT, extra: 'mode: draft' }])
    mkdirSync(path.join(root, '.wxpress', 'state'), { recursive: true })
    const drafted = {
      version: 1,
      slug: 'one',
      state: 'drafted',
      mode: 'draft',
      account: 'main',
      draftMediaId: 'DRAFT_1',
      uploads: {},
      timestamps: { drafted: '2027-04-15T10:00:00.000Z' },
    }
    writeFileSync(path.join(root, '.wxpress', 'state', 'one.json'), JSON.stringify(drafted))
    const { code, timing } = await check(root, '2027-04-20T09:00:00+08:00')
    expect(timing).toEqual([])
    expect(code).toBe(0)
    const due = await runCli(['due', '--now=2027-04-16T09:00:00+08:00'], root)
    expect(due.stdout.trim().split('\n').at(-1)).toBe('false')
  })
})
