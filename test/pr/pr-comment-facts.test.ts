/**
 * pr-check then pr-report over real HTTP (GitHub emulator): what the sticky comment says about an
 * article whose title or digest is invalid (as written, not a fallback), one without a title (named
 * the same way everywhere) and one too large to check (未检查, no preview).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  createGithubEmulator,
  type GithubEmulator,
} from '../../src/github/emulator/create-github-emulator.js'
import { prReportSchema } from '../../src/pr/report-schema.js'
import { runCli } from '../helpers/run-cli.js'
import { env, REPO, workflowRunEvent } from '../pr-report/pr-run.js'
import { commitAll, git, NOW, prSite } from './pr-site.js'
import { pullRequestEventFile } from '../helpers/pr-event-file.js'

let gh: GithubEmulator | undefined
afterEach(async () => gh?.close())

const edit = (root: string, slug: string, fn: (text: string) => string) => {
  const file = path.join(root, 'content', slug, 'index.md')
  writeFileSync(file, fn(readFileSync(file, 'utf8')))
}
const LONG_TITLE = `一个很长的标题${'长'.repeat(70)}`
const LONG_DIGEST = `写好的摘要：${'摘'.repeat(130)}。`

/** pr-check of PR #7 as the `pull_request` job runs it; returns the site and the head sha. */
async function checkedPr(): Promise<{ root: string; head: string }> {
  const slot = '2027-04-15T20:00:00+08:00'
  const root = prSite(
    [
      { slug: 'alpha', slot, order: 1 },
      { slug: 'beta', slot, order: 2 },
      { slug: 'gamma', slot: '2027-04-17T20:00:00+08:00' },
    ],
    { locale: 'zh-CN' },
  )
  edit(root, 'alpha', (t) => t.replace('title: 文章 alpha\n', ''))
  edit(root, 'beta', (t) =>
    t
      .replace('title: 文章 beta', `title: "${LONG_TITLE}"`)
      .replace('digest: 一句话摘要。', `digest: ${LONG_DIGEST}`),
  )
  edit(root, 'gamma', (t) => t.replace('正文第一段。', '很长的正文。'.repeat(40_000)))
  const head = commitAll(root)
  git(root, 'update-ref', 'refs/remotes/origin/main', 'main')
  const event = pullRequestEventFile(7, head)
  const r = await runCli(['pr-check', '--now', NOW, '--no-screenshots'], root, { GITHUB_EVENT_PATH: event })
  expect(r.stderr).not.toMatch(/internal error/)
  expect(r.code).toBe(1)
  return { root, head }
}

describe('pr-check → pr-report: the facts of each article as written', () => {
  it('shows an invalid title and digest as written, names an untitled article one way, and marks an unchecked one', async () => {
    const { root, head } = await checkedPr()
    const report = prReportSchema.parse(
      JSON.parse(readFileSync(path.join(root, 'wxpress-pr', 'report.json'), 'utf8')),
    )
    const [alpha, beta, gamma] = report.articles
    expect(beta).toMatchObject({ title: LONG_TITLE, digest: LONG_DIGEST, checked: true })
    expect(alpha).toMatchObject({ title: '', checked: true })
    expect(alpha!.push!.articles).toEqual([
      { slug: 'alpha', title: '' },
      { slug: 'beta', title: LONG_TITLE },
    ])
    expect(gamma).toMatchObject({ checked: false, words: 0 })
    expect(readFileSync(path.join(root, 'wxpress-pr', 'html', 'beta.html'), 'utf8')).toContain(LONG_TITLE)

    const g = (gh = await createGithubEmulator({ token: 'actions-token', repository: REPO }))
    g.addPull({ number: 7, headSha: head })
    const r = await runCli(
      ['pr-report', '--artifact', path.join(root, 'wxpress-pr'), '--now', NOW],
      tmpdir(),
      env(g, workflowRunEvent(head, [7])),
    )
    expect(r.code).toBe(0)
    const body = g.comments(7)[0]!.body
    // the digest the writer wrote, marked with its finding, not the start of the body
    expect(body).toContain(`| 摘要 | ❌ ${LONG_DIGEST} |`)
    expect(body).toContain(`### ❌ 《${LONG_TITLE}》`)
    // the untitled article: its heading and the other article's 同次推送 row name it the same way
    expect(body).toContain('### ❌ alpha（无标题）')
    expect(body).toContain('| 同次推送 | 共 2 篇：alpha（无标题）（头条）、**本篇** |')
    expect(body).not.toContain('《alpha》')
    // too large to check: no 字数, no preview, and WeChat's real limits in the hint
    const gammaSection = body.slice(body.indexOf('《文章 gamma》'))
    expect(gammaSection).toContain('| 字数 | 未检查（见下方的问题） |')
    expect(gammaSection).toContain('📱 未检查，没有手机预览。')
    expect(gammaSection).toContain(
      '微信每篇文章的可见文字须少于 20,000 字、HTML 须小于 1 MB；请拆成几篇文章。',
    )
    expect(body).not.toContain('0 字 · 约 1 分钟读完')
  })

  it('gives one reading time: the 字数 row, the length/word-count finding and report.json agree', async () => {
    const root = prSite([{ slug: 'spring', slot: '2027-04-15T20:00:00+08:00' }], { locale: 'zh-CN' })
    edit(root, 'spring', (t) => t.replace('正文第一段。', '春天来了。'.repeat(205)))
    const head = commitAll(root)
    git(root, 'update-ref', 'refs/remotes/origin/main', 'main')
    const event = pullRequestEventFile(7, head)
    await runCli(['pr-check', '--now', NOW, '--no-screenshots'], root, { GITHUB_EVENT_PATH: event })
    const report = JSON.parse(readFileSync(path.join(root, 'wxpress-pr', 'report.json'), 'utf8'))
    const g = (gh = await createGithubEmulator({ token: 'actions-token', repository: REPO }))
    g.addPull({ number: 7, headSha: head })
    const r = await runCli(
      ['pr-report', '--artifact', path.join(root, 'wxpress-pr'), '--now', NOW],
      tmpdir(),
      env(g, workflowRunEvent(head, [7])),
    )
    expect(r.code).toBe(0)
    const body = g.comments(7)[0]!.body
    const row = /\| 字数 \| ([\d,]+) 字 · 约 (\d+) 分钟读完 \|/.exec(body)
    // the length/word-count finding is in report.json; the comment shows it as the 字数 row only
    const counted = report.check.diagnostics.find(
      (d: { ruleId: string; hint?: string }) => d.ruleId === 'length/word-count' && !d.hint,
    )
    const finding = /共 ([\d,]+) 字，阅读约需 (\d+) 分钟/.exec(counted.message)
    expect(body).not.toMatch(/共 [\d,]+ 字，阅读约需/)
    expect(row?.[1]).toBe(finding?.[1])
    expect(Number(row![1]!.replace(',', ''))).toBeGreaterThan(800)
    expect(Number(row![1]!.replace(',', ''))).toBeLessThan(1000)
    expect(row?.[2]).toBe(finding?.[2])
    expect(report.articles[0].readingMinutes).toBe(Number(finding![2]))
  })
})
