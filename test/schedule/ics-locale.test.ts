/**
 * `plan --format ics` follows the site's locale (DESIGN §9): the calendar's name, a blocked push's
 * mark and each event's description are Chinese on a zh-CN site, the mode is 草稿 / 群发 as `plan` says it;
 * the calendar stays valid (CRLF, folded lines, one VEVENT per push). English is unchanged.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseNow } from '../../src/core/date-time.js'
import { planToIcs } from '../../src/schedule/plan-to-ics.js'
import { checkSite } from '../../src/site/check-site.js'
import { loadSite } from '../../src/site/load-site.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

async function calendar(name: string, locale?: 'zh-CN') {
  const root = path.join(fixtures, name)
  const nowMs = parseNow(readFileSync(path.join(root, 'now.txt'), 'utf8').trim(), 'UTC')!
  const site = await loadSite({ root })
  const result = await checkSite(site, { nowMs, noCache: true })
  const ics = planToIcs(result.plan, site.articles, nowMs, locale)
  if (!ics.ok) throw new Error(ics.error)
  return ics.ics.replace(/\r\n /g, '')
}

describe('plan --format ics in the site locale', () => {
  it('is Chinese on a zh-CN site and English otherwise', async () => {
    const zh = await calendar('past-slot', 'zh-CN')
    expect(zh).toContain('X-WR-CALNAME:wxpress 推送日历')
    expect(zh).toMatch(/^SUMMARY:【受阻】/m)
    expect(zh).toMatch(/^DESCRIPTION:受众：全部粉丝\\n方式：草稿\\n文章：/m)
    expect(zh).not.toMatch(/Audience:|Mode:|\[blocked\]|editorial calendar/)
    expect(zh.split('\r\n').every((l) => !l.includes('\n'))).toBe(true)
    expect(zh.match(/BEGIN:VEVENT/g)?.length).toBe(zh.match(/END:VEVENT/g)?.length)
    const en = await calendar('past-slot')
    expect(en).toContain('X-WR-CALNAME:wxpress editorial calendar')
    expect(en).toMatch(/^DESCRIPTION:Audience: 全部粉丝\\nMode: draft\\nArticles: /m)
  })
})
