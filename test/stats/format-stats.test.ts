import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { articleStats } from '../../src/stats/article-stats.js'
import {
  formatStatsMarkdown,
  formatStatsPretty,
  sparkline,
  statsComment,
} from '../../src/stats/format-stats.js'
import type { StatsRecord } from '../../src/stats/stats-store.js'

// records as `wxpress stats` kept them from the emulator (3 days after sending; after the 30 days)
const fixture = (name: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', `${name}.json`), 'utf8')) as StatsRecord
const golden = (name: string) => path.join(import.meta.dirname, 'golden', name)

describe('statistics as text', () => {
  it('the PR comment, the Markdown and the terminal tables (goldens)', async () => {
    const day3 = articleStats(fixture('day3'))
    const final = articleStats(fixture('final'))
    await expect(statsComment(day3)).toMatchFileSnapshot(golden('comment-day3.md'))
    await expect(statsComment(final)).toMatchFileSnapshot(golden('comment-final.md'))
    await expect(formatStatsMarkdown([day3, final])).toMatchFileSnapshot(golden('table.md'))
    await expect(formatStatsPretty([day3, final])).toMatchFileSnapshot(golden('table.txt'))
  })

  it('the comment depends on the numbers only: same numbers, same text; a new day, a new text', () => {
    const record = fixture('day3')
    const again = { ...record, updatedAt: '2030-01-01T00:00:00.000Z' }
    expect(statsComment(articleStats(again))).toBe(statsComment(articleStats(record)))
    const { '2027-04-17': _last, ...twoDays } = record.days
    expect(statsComment(articleStats({ ...record, days: twoDays }))).not.toBe(
      statsComment(articleStats(record)),
    )
  })

  it('rates: 完读率 as a fraction or a percent, 分享率 from the counts; missing values are a dash', () => {
    const base = fixture('day3')
    const day = (extra: Record<string, unknown>) => ({
      ...base,
      days: { '2027-04-15': { stat_date: '2027-04-15', read_user: 200, share_user: '10', ...extra } },
    })
    expect(articleStats(day({ read_finish_rate: 42 }))).toMatchObject({
      finishRate: 0.42,
      shareRate: 0.05,
      share: 10,
    })
    expect(articleStats(day({ read_finish_rate: 0.42 })).finishRate).toBe(0.42)
    const none = articleStats(day({ read_user: 0 }))
    expect([none.finishRate, none.shareRate]).toEqual([undefined, undefined])
    expect(formatStatsMarkdown([none])).toContain('| – | – |')
    expect(sparkline([0, 5, 10])).toBe('▁▅█')
    expect(sparkline([0, 0])).toBe('▁▁')
  })
})
