/**
 * pr-check of an article whose front-matter is not valid YAML: its report entry says so
 * (`frontmatterBroken`) and carries no digest taken from the body (the writer may have written one).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { prReportSchema } from '../../src/pr/report-schema.js'
import { runCli } from '../helpers/run-cli.js'
import { commitAll, NOW, prSite } from './pr-site.js'

describe('pr-check of an article with a broken front-matter', () => {
  it('marks the entry and invents no digest', async () => {
    const root = prSite([
      { slug: 'broken', slot: '2027-04-15T20:00:00+08:00' },
      { slug: 'fine', slot: '2027-04-16T20:00:00+08:00' },
    ])
    // both files have `digest: 一句话摘要。`
    for (const slug of ['broken', 'fine']) {
      const file = path.join(root, 'content', slug, 'index.md')
      const text = `${readFileSync(file, 'utf8')}\n改动的正文。\n`
      writeFileSync(file, slug === 'broken' ? text.replace('---\n', '---\ntags: [年终, 回顾\n') : text)
    }
    commitAll(root)
    await runCli(['pr-check', '--base', 'main', '--now', NOW, '--no-screenshots'], root)
    const report = prReportSchema.parse(
      JSON.parse(readFileSync(path.join(root, 'wxpress-pr', 'report.json'), 'utf8')),
    )
    const [broken, fine] = report.articles
    expect(broken).toMatchObject({ slug: 'broken', frontmatterBroken: true, digest: '', title: '' })
    expect(fine).toMatchObject({ slug: 'fine', frontmatterBroken: false, digest: '一句话摘要。' })
  })
})
