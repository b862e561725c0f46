import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseNow } from '../../src/core/date-time.js'
import { reportPretty } from '../../src/diagnostics/report-pretty.js'
import { summarize } from '../../src/diagnostics/summarize.js'
import { planToJson } from '../../src/schedule/plan-schedule.js'
import { planToIcs } from '../../src/schedule/plan-to-ics.js'
import { checkSite } from '../../src/site/check-site.js'
import { loadSite } from '../../src/site/load-site.js'
import { listCases } from '../helpers/site-fixture.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

async function run(name: string) {
  const root = path.join(fixtures, name)
  const nowMs = parseNow(readFileSync(path.join(root, 'now.txt'), 'utf8').trim(), 'UTC')!
  const site = await loadSite({ root })
  const result = await checkSite(site, { nowMs, noCache: true })
  return { site, result, nowMs }
}

describe('schedule fixtures', () => {
  for (const name of listCases(fixtures)) {
    it(`plans ${name}`, async () => {
      const { result } = await run(name)
      await expect(`${JSON.stringify(planToJson(result.plan), null, 2)}\n`).toMatchFileSnapshot(
        path.join(fixtures, name, 'plan.json'),
      )
      // lint findings (word counts of the one-line bodies) are not what these fixtures are about
      const own = result.diagnostics.filter((d) => d.source !== 'lint')
      await expect(
        reportPretty(own, summarize(own, result.summary.files), { color: false }),
      ).toMatchFileSnapshot(path.join(fixtures, name, 'diagnostics.txt'))
    })
  }
})

describe('schedule semantics', () => {
  it('groups one instant written three ways into one push, head by order', async () => {
    const { result } = await run('same-slot-two-forms')
    expect(result.plan.pushes).toHaveLength(1)
    expect(result.plan.pushes[0]?.articles).toEqual(['a', 'b', 'c'])
    expect(result.plan.pushes[0]?.utc).toBe('2027-04-15T12:00:00Z')
  })

  it('compares local days, never UTC days', async () => {
    const { result } = await run('local-vs-utc-day')
    const sameDay = result.diagnostics.filter((d) => d.ruleId === 'schedule/same-day').map((d) => d.file)
    expect(sameDay).toEqual(['content/c-after-midnight/index.md', 'content/d-evening/index.md'])
  })

  it('blocks only the push with errors and keeps the rest', async () => {
    const { result } = await run('invalid-slot')
    expect(result.plan.unscheduled).toEqual(['bad'])
    expect(result.plan.pushes.map((p) => [p.articles.join(), p.blocked])).toEqual([['good', false]])
    const { result: nine } = await run('nine-articles')
    expect(nine.plan.pushes[0]?.blocked).toBe(true)
  })

  it('blocks an article with `draft: true` on an account in publish mode; `draft: false` is only a warning (tester report 2)', async () => {
    const { result } = await run('draft-key')
    expect(result.plan.pushes.map((p) => [p.articles.join(), p.mode, p.blocked])).toEqual([
      ['kept', 'publish', true],
      ['sent', 'publish', false],
    ])
    const draft = result.diagnostics.filter((d) => d.ruleId === 'frontmatter/draft')
    expect(draft.map((d) => [d.file, d.line, d.severity, d.value])).toEqual([
      ['content/kept/index.md', 7, 'error', 'true'],
      ['content/sent/index.md', 7, 'warning', 'false'],
    ])
  })

  it('treats a past slot as an error unless the ledger says sent', async () => {
    const { result } = await run('past-slot')
    expect(result.diagnostics.filter((d) => d.ruleId === 'schedule/past').map((d) => d.file)).toEqual([
      'content/missed/index.md',
    ])
  })

  it('writes a calendar with stable UIDs', async () => {
    const { site, result, nowMs } = await run('same-slot-two-forms')
    const ics = planToIcs(result.plan, site.articles, nowMs)
    expect(ics.ok).toBe(true)
    if (ics.ok)
      await expect(ics.ics).toMatchFileSnapshot(path.join(fixtures, 'same-slot-two-forms', 'plan.ics'))
  })

  it('gives every VEVENT a DTSTAMP from the clock, CRLF line ends and lines folded at 75 octets (QA2 N19)', async () => {
    const { site, result, nowMs } = await run('same-slot-two-forms')
    // a long Chinese title: 75 characters would be 225 octets
    const long = site.articles.map((a) => ({
      ...a,
      frontmatter: {
        ...a.frontmatter,
        title: '春季技术分享会：从零开始搭建内容即代码的公众号发布流程'.repeat(2),
      },
    }))
    const ics = planToIcs(result.plan, long, nowMs)
    if (!ics.ok) throw new Error(ics.error)
    const events = ics.ics.split('BEGIN:VEVENT').slice(1)
    expect(events).toHaveLength(result.plan.pushes.length)
    for (const event of events) expect(event).toContain('\r\nDTSTAMP:20270401T010000Z\r\n') // --now 2027-04-01T09:00:00+08:00
    expect(ics.ics.endsWith('\r\n')).toBe(true)
    expect(ics.ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/) // no bare LF or CR
    const lines = ics.ics.split('\r\n').slice(0, -1)
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(1)
    // unfolded, the summary is whole (no character cut in two)
    const summary = ics.ics
      .replace(/\r\n /g, '')
      .split('\r\n')
      .find((l) => l.startsWith('SUMMARY:'))
    expect(summary).toBe(`SUMMARY:${long.map((a) => a.frontmatter.title).join(' / ')}`)
    // another clock, another stamp
    const later = planToIcs(result.plan, site.articles, Date.parse('2027-05-01T00:00:00Z'))
    expect(later.ok && later.ics).toContain('DTSTAMP:20270501T000000Z')
  })
})
