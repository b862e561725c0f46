/**
 * pr-check on a PR that renames an article folder: the new article gets a `publish/slug-changed`
 * warning when the old slot has passed (its ledger does not follow the rename), none before.
 */
import { readFileSync, renameSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { prReportSchema } from '../../src/pr/report-schema.js'
import { runCli } from '../helpers/run-cli.js'
import { commitAll, prSite } from './pr-site.js'

const readReport = (root: string) =>
  prReportSchema.parse(JSON.parse(readFileSync(path.join(root, 'wxpress-pr', 'report.json'), 'utf8')))

async function renamePr(now: string) {
  const root = prSite([{ slug: 'news', slot: '2027-03-06T08:00:00+08:00' }])
  renameSync(path.join(root, 'content', 'news'), path.join(root, 'content', 'news-2027'))
  commitAll(root, 'rename')
  const r = await runCli(
    ['pr-check', '--base', 'main', '--now', now, '--no-screenshots', '--locale=zh-CN'],
    root,
  )
  const found = readReport(root).check.diagnostics.filter((d) => d.ruleId === 'publish/slug-changed')
  return { r, found, report: readReport(root) }
}

describe('pr-check of a renamed article folder', () => {
  it('warns on the new article when the old slot has passed', async () => {
    const { r, found, report } = await renamePr('2027-03-07T09:00:00+08:00')
    expect(report.deleted).toEqual([])
    expect(report.renamed).toMatchObject([{ from: 'news', to: 'news-2027' }])
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ file: 'content/news-2027/index.md', line: 4, severity: 'warning' })
    expect(found[0]!.message).toContain(
      '这篇文章看起来就是本 PR 删除的 `news`（标题相同），而它的推送时间 2027-03-06 08:00 已经过去',
    )
    expect(found[0]!.hint).toContain('git mv .wxpress/state/news.json .wxpress/state/news-2027.json')
    expect(r.stdout).toContain('publish/slug-changed')
  })

  it('says nothing while the old slot is still to come', async () => {
    const { found, report } = await renamePr('2027-03-01T09:00:00+08:00')
    expect(report.deleted).toEqual([])
    expect(report.renamed).toMatchObject([{ from: 'news', to: 'news-2027' }])
    expect(found).toEqual([])
  })
})
