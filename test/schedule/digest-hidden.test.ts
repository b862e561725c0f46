/**
 * `schedule/digest-hidden`: WeChat drops the digest of every article in a push of 2+ articles; an
 * article of such a push that has a `digest` gets an info on it. A single-article push does not.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseNow } from '../../src/core/date-time.js'
import { checkSite } from '../../src/site/check-site.js'
import { loadSite } from '../../src/site/load-site.js'

function site(articles: { slug: string; slot: string; order?: number; digest?: string }[]) {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-digest-'))
  for (const a of articles) {
    mkdirSync(path.join(root, 'content', a.slug), { recursive: true })
    const fm = [`title: 文章 ${a.slug}`, `slot: ${a.slot}`, 'audience: 全部粉丝']
    if (a.order) fm.push(`order: ${a.order}`)
    if (a.digest) fm.push(`digest: ${a.digest}`)
    writeFileSync(path.join(root, 'content', a.slug, 'index.md'), `---\n${fm.join('\n')}\n---\n\n正文。\n`)
  }
  writeFileSync(path.join(root, 'wxpress.config.json'), JSON.stringify({ locale: 'zh-CN' }))
  return root
}

async function hidden(root: string) {
  const result = await checkSite(await loadSite({ root }), {
    nowMs: parseNow('2027-02-26T10:00:00+08:00', 'UTC')!,
    noCache: true,
  })
  return result.diagnostics.filter((d) => d.ruleId === 'schedule/digest-hidden')
}

describe('schedule/digest-hidden', () => {
  it('an info on each article of a multi-article push that has a digest', async () => {
    const slot = '2027-03-01T20:00:00+08:00'
    const found = await hidden(
      site([
        { slug: 'a-kickoff', slot, order: 1, digest: '三月份的第一篇文章，介绍新计划。' },
        { slug: 'a-kickoff-2', slot, order: 2 },
      ]),
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ severity: 'info', file: 'content/a-kickoff/index.md' })
    expect(found[0]!.message).toBe(
      '2027-03-01 20:00 周一 的推送有 2 篇文章：多图文推送不显示摘要，这里的 digest 不会出现',
    )
  })

  it('nothing for a single-article push', async () => {
    const found = await hidden(site([{ slug: 'one', slot: '2027-03-01T20:00:00+08:00', digest: '摘要。' }]))
    expect(found).toEqual([])
  })
})
