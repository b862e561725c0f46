/**
 * pr-check on a PR that renames an article folder (git sees `content/a/index.md` renamed): the report
 * lists it under `renamed`, not under `deleted`, even when the title and slot changed too; the job
 * summary says what the rename means for the publish ledger, in the site's language.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { prReportSchema } from '../../src/pr/report-schema.js'
import { stepSummary } from '../../src/pr/step-summary.js'
import { runCli } from '../helpers/run-cli.js'
import { commitAll, NOW, prSite } from './pr-site.js'

async function renamePr(locale: 'zh-CN' | 'en') {
  const root = prSite([{ slug: 'spring-tea', slot: '2027-04-15T20:00:00+08:00' }], { locale })
  const from = path.join(root, 'content', 'spring-tea')
  const to = path.join(root, 'content', 'spring-tea-2027')
  renameSync(from, to)
  // a new title and slot: only git's rename detection ties the two folders together
  const file = path.join(to, 'index.md')
  const text = readFileSync(file, 'utf8')
  writeFileSync(file, text.replace(/title: .*/, 'title: 春茶新篇').replace(/2027-04-15T20/, '2027-04-16T20'))
  commitAll(root, 'rename')
  const r = await runCli(['pr-check', '--base', 'main', '--now', NOW, '--no-screenshots'], root)
  const report = prReportSchema.parse(
    JSON.parse(readFileSync(path.join(root, 'wxpress-pr', 'report.json'), 'utf8')),
  )
  return { r, report }
}

describe('pr-check of a renamed article folder', () => {
  it('lists it as renamed (from → to, old title and slot), not deleted', async () => {
    const { report } = await renamePr('zh-CN')
    expect(report.deleted).toEqual([])
    expect(report.renamed).toEqual([
      {
        from: 'spring-tea',
        to: 'spring-tea-2027',
        file: 'content/spring-tea-2027/index.md',
        title: '文章 spring-tea',
        slot: '2027-04-15T20:00:00+08:00',
      },
    ])
    expect(report.articles.map((a) => a.slug)).toEqual(['spring-tea-2027'])
    const zh = stepSummary(report, undefined, 'zh-CN')
    expect(zh).toContain('重命名：`spring-tea` → `spring-tea-2027`。发布台账按文件夹名记录')
    expect(zh).toContain('publish/renamed-after-send')
    const en = stepSummary(report, undefined, 'en')
    expect(en).toContain(
      'Renamed: `spring-tea` → `spring-tea-2027`. The publish ledger is kept per folder name',
    )
  })
})
