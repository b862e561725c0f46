/**
 * `plan --format markdown`: a blocked push's status names its first reason, and a push with a warning
 * shows ⚠️ and the warning instead of ✅ (both locales).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseNow } from '../../src/core/date-time.js'
import { formatPlanMarkdown } from '../../src/schedule/format-plan.js'
import { checkSite } from '../../src/site/check-site.js'
import { loadSite } from '../../src/site/load-site.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

async function calendar(name: string, locale: 'en' | 'zh-CN') {
  const root = path.join(fixtures, name)
  const nowMs = parseNow(readFileSync(path.join(root, 'now.txt'), 'utf8').trim(), 'UTC')!
  const site = await loadSite({ root })
  const result = await checkSite(site, { nowMs, noCache: true, locale })
  return formatPlanMarkdown(result.plan, site.articles, locale)
}

const row = (md: string, text: string) =>
  md.split('\n').find((l) => l.startsWith('|') && l.includes(text)) ?? ''

describe('plan --format markdown: the status cell', () => {
  it('a blocked push says why', async () => {
    const zh = row(await calendar('past-slot', 'zh-CN'), '文章 missed')
    expect(zh).toMatch(/⛔ 受阻：.*已过去超过.*（`schedule\/past`）/)
    const en = row(await calendar('past-slot', 'en'), '文章 missed')
    expect(en).toMatch(/⛔ blocked: .* \(`schedule\/past`\)/)
  })

  it('a push with a warning is not ✅', async () => {
    const zh = row(await calendar('slot-0317', 'zh-CN'), '03:17')
    expect(zh).not.toContain('✅')
    expect(zh).toMatch(/⚠️ 推送时间 .* 不在推荐的推送窗口 .*（`schedule\/outside-window`）/)
  })
})
