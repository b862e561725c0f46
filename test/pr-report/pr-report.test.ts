import { tmpdir } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import type { GithubEmulator } from '../../src/github/emulator/create-github-emulator.js'
import { runCli } from '../helpers/run-cli.js'
import { PNG, SHA1, SHA2, writeArtifact } from './pr-fixture.js'
import {
  addFixturePull,
  env,
  MARKER,
  NOW,
  REPO,
  reportWith,
  start as startEmulator,
  workflowRunEvent,
} from './pr-run.js'

let gh: GithubEmulator | undefined
afterEach(async () => gh?.close())

async function start() {
  gh = await startEmulator()
  return gh
}

describe('wxpress pr-report over real HTTP', () => {
  it('writes one comment, one check run with every annotation and one suggestion review; edits in place; then writes nothing', async () => {
    const g = await start()
    const first = await runCli(
      ['pr-report', '--artifact', writeArtifact(reportWith(114)), NOW],
      tmpdir(),
      env(g, workflowRunEvent(SHA1)),
    )
    expect(first.stderr).not.toMatch(/internal error|at .*\.ts/)
    expect(first.code).toBe(0)
    const comments = g.comments(7)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body.startsWith(MARKER)).toBe(true)
    expect(comments[0]!.user.login).toBe('github-actions[bot]')
    const [run] = g.state.checkRuns
    expect(g.state.checkRuns).toHaveLength(1)
    expect(run).toMatchObject({ name: 'wxpress', head_sha: SHA1, conclusion: 'failure' })
    expect(run!.annotations).toHaveLength(120)
    expect(
      g
        .writes()
        .filter((c) => c.path.includes('/check-runs'))
        .map((c) => c.method),
    ).toEqual(['POST', 'PATCH', 'PATCH'])
    // suggestions: spring lines 7 and 8 (added), autumn line 6 (added); autumn line 5 is unchanged
    expect(g.state.reviews).toHaveLength(1)
    expect(g.state.reviews[0]!.event).toBe('COMMENT')
    const suggestions = g.state.reviewComments.map((c) => `${c.path}:${c.line}`)
    expect(suggestions).toEqual([
      'content/autumn/index.md:6',
      'content/spring/index.md:7',
      'content/spring/index.md:8',
    ])
    expect(g.state.reviewComments[1]!.body).toContain('```suggestion\n今天天气很好，我们去公园。\n```')
    expect(g.state.reviewComments[2]!.body).toContain('```suggestion\n第二行（中文）内容。\n```')
    // images on the previews branch, linked from the comment
    const files = [...g.branchFiles('wxpress-previews').keys()].sort()
    expect(files).toEqual([
      `pr-7/${SHA1}/covers/spring.jpg`,
      `pr-7/${SHA1}/screenshots/autumn.png`,
      `pr-7/${SHA1}/screenshots/spring.png`,
    ])
    expect(comments[0]!.body).toContain(
      `https://github.com/${REPO}/raw/wxpress-previews/pr-7/${SHA1}/screenshots/spring.png`,
    )
    expect(comments[0]!.body).toContain(
      `https://github.com/${REPO}/blob/${SHA1}/content/spring/index.md?plain=1#L3`,
    )
    expect(comments[0]!.body).toContain('3 条修改建议（共 3 处）')
    const commentId = comments[0]!.id

    // a new commit: new artifact, the same comment edited, a new check run, old previews replaced
    const pull = g.state.pulls.get(7)!
    pull.headSha = SHA2
    addFixturePull(g, SHA2)
    const second = await runCli(
      ['pr-report', '--artifact', writeArtifact(reportWith(3, SHA2)), NOW],
      tmpdir(),
      env(g, workflowRunEvent(SHA2, [7])),
    )
    expect(second.code).toBe(0)
    expect(g.comments(7)).toHaveLength(1)
    expect(g.comments(7)[0]!.id).toBe(commentId)
    expect(g.comments(7)[0]!.body).toContain(SHA2.slice(0, 7))
    expect(g.state.checkRuns.map((r) => r.head_sha)).toEqual([SHA1, SHA2])
    expect([...g.branchFiles('wxpress-previews').keys()].every((p) => p.startsWith(`pr-7/${SHA2}/`))).toBe(
      true,
    )
    expect(g.state.reviews).toHaveLength(1) // the same suggestions are not posted again

    // nothing changed: not a single write
    g.resetCalls()
    const third = await runCli(
      ['pr-report', '--artifact', writeArtifact(reportWith(3, SHA2)), NOW],
      tmpdir(),
      env(g, workflowRunEvent(SHA2, [7])),
    )
    expect(third.code).toBe(0)
    expect(third.stderr).toContain('comment unchanged')
    expect(g.calls().length).toBeGreaterThan(0)
    expect(g.writes()).toEqual([])
  })

  it('keeps 600 findings under 65,536 characters and still annotates every one', async () => {
    const g = await start()
    const r = await runCli(
      ['pr-report', '--artifact', writeArtifact(reportWith(594)), NOW],
      tmpdir(),
      env(g, workflowRunEvent(SHA1)),
    )
    expect(r.code).toBe(0)
    const body = g.comments(7)[0]!.body
    expect([...body].length).toBeLessThanOrEqual(65_536)
    expect(body).toMatch(
      /还有 \d+ 条，见\[检查运行 wxpress\]\(https:\/\/github\.com\/shanhai\/site\/runs\/\d+\)/,
    )
    expect(g.state.checkRuns[0]!.annotations).toHaveLength(600)
    expect(g.writes().filter((c) => c.path.includes('/check-runs'))).toHaveLength(12)
  })

  it('never touches another bot’s or a person’s comment with the marker; updates only our newest', async () => {
    const g = await start()
    const other = g.addToken('other-bot', 'renovate[bot]')
    const human = g.addToken('human', 'lihua')
    const actions = g.state.tokens.get('actions-token')!.user
    const foreign = g.addComment(7, `${MARKER}\nfrom another bot`, other)
    const person = g.addComment(7, `${MARKER}\nquoted by a person`, human)
    const older = g.addComment(7, `${MARKER}\nlegacy 1`, actions)
    const newer = g.addComment(7, `${MARKER}\nlegacy 2`, actions)
    const r = await runCli(
      ['pr-report', '--artifact', writeArtifact(reportWith(0)), NOW],
      tmpdir(),
      env(g, workflowRunEvent(SHA1)),
    )
    expect(r.code).toBe(0)
    const byId = new Map(g.comments(7).map((c) => [c.id, c.body]))
    expect(g.comments(7)).toHaveLength(4)
    expect(byId.get(foreign)).toBe(`${MARKER}\nfrom another bot`)
    expect(byId.get(person)).toBe(`${MARKER}\nquoted by a person`)
    expect(byId.get(older)).toBe(`${MARKER}\nlegacy 1`)
    expect(byId.get(newer)).toContain('wxpress 预览报告')
  })

  it('a theme or config PR (no article changed) shows the phone screenshots of the first two articles', async () => {
    const g = await start()
    const report = reportWith(0) as unknown as { articles: { changed: boolean; screenshot?: string }[] }
    for (const a of report.articles) a.changed = false
    report.articles[2]!.screenshot = 'screenshots/winter.png'
    const images = {
      'screenshots/spring.png': PNG,
      'screenshots/autumn.png': PNG,
      'screenshots/winter.png': PNG,
    }
    const r = await runCli(
      ['pr-report', '--artifact', writeArtifact(report as never, images), NOW],
      tmpdir(),
      env(g, workflowRunEvent(SHA1)),
    )
    expect(r.code).toBe(0)
    const body = g.comments(7)[0]!.body
    const raw = `https://github.com/${REPO}/raw/wxpress-previews/pr-7/${SHA1}/screenshots`
    expect(body).toContain(
      '<details open><summary>📱 手机预览（本次改动影响每篇文章，这里展示 2 篇，从左到右）</summary>\n\n',
    )
    expect(body).toContain(
      `<img src="${raw}/spring.png" width="320" alt="《春天来了》的手机预览"> ` +
        `<img src="${raw}/autumn.png" width="320" alt="《秋天》的手机预览">`,
    )
    expect(body).not.toContain(`${raw}/winter.png`)
    expect(body.indexOf('📱 手机预览')).toBeLessThan(body.indexOf('其他 1 篇文章（未改动，一并检查）'))
  })
})
