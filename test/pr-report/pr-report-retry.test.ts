/**
 * pr-report when GitHub hiccups (over real HTTP, against the emulator): 5xx and dropped connections
 * are retried with backoff where a retry cannot create anything twice; creating POSTs read back first.
 * The waits are recorded by an injected sleep, never slept.
 */
import { tmpdir } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import type { GithubEmulator } from '../../src/github/emulator/create-github-emulator.js'
import { runCli } from '../helpers/run-cli.js'
import { SHA1, writeArtifact } from './pr-fixture.js'
import { env, NOW, reportWith, start, workflowRunEvent } from './pr-run.js'

let gh: GithubEmulator | undefined
afterEach(async () => gh?.close())

const BAD_GATEWAY = { status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' }
const DROP = { status: 0, body: null }

/** Runs pr-report; `waits` collects every wait it asked for. */
async function report(g: GithubEmulator, locale = 'en') {
  const waits: number[] = []
  const sleep = async (ms: number) => void waits.push(ms)
  const r = await runCli(
    ['pr-report', '--artifact', writeArtifact(reportWith(0)), NOW, '--locale', locale],
    tmpdir(),
    env(g, workflowRunEvent(SHA1)),
    { sleep },
  )
  return { ...r, waits }
}

const tries = (g: GithubEmulator, method: string, path: RegExp) =>
  g.calls().filter((c) => c.method === method && path.test(c.path.replace(/\?.*$/, '')))

describe('pr-report retries what GitHub fails once', () => {
  it('retries GETs and PATCHes after a 5xx or a dropped connection, with growing waits', async () => {
    const g = (gh = await start())
    g.failNext('GET', /^\/pulls\/7\/files$/, 2, BAD_GATEWAY)
    g.failNext('GET', /^\/issues\/7\/comments$/, 1, DROP)
    const r = await report(g, 'zh-CN')
    expect(r.stderr).toContain(
      'GitHub GET /repos/shanhai/site/pulls/7/files：HTTP 502；1 秒后重试（第 2 次尝试）',
    )
    expect(r.stderr).toContain('2 秒后重试（第 3 次尝试）')
    expect(r.stderr).toContain('GitHub GET /repos/shanhai/site/issues/7/comments：没有应答；1 秒后重试')
    expect(r.code).toBe(0)
    expect(r.waits).toEqual([1000, 2000, 1000])
    expect(tries(g, 'GET', /\/pulls\/7\/files$/).map((c) => c.status)).toEqual([502, 502, 200])
    expect(g.comments(7)).toHaveLength(1)
    expect(g.state.reviews).toHaveLength(1)
    // a PATCH of the sticky comment is repeated as is
    g.state.comments[0]!.body += ' (edited)'
    g.failNext('PATCH', /^\/issues\/comments\/\d+$/, 1, { status: 504, body: { message: 'Gateway Timeout' } })
    const again = await report(g)
    expect(again.code).toBe(0)
    expect(again.waits).toEqual([1000])
    expect(tries(g, 'PATCH', /\/issues\/comments\/\d+$/).map((c) => c.status)).toEqual([504, 200])
  })

  it('posts a check run, comment and review exactly once when GitHub did the work but answered 502', async () => {
    const g = (gh = await start())
    g.failNext('POST', /^\/check-runs$/, 1, BAD_GATEWAY, true)
    g.failNext('POST', /^\/pulls\/7\/reviews$/, 1, BAD_GATEWAY, true)
    g.failNext('POST', /^\/issues\/7\/comments$/, 1, DROP, true)
    g.failNext('POST', /^\/git\/blobs$/, 1, BAD_GATEWAY, true)
    const r = await report(g)
    expect(r.code).toBe(0)
    expect(r.waits).toEqual([1000, 1000, 1000, 1000])
    expect(g.state.checkRuns).toHaveLength(1)
    expect(tries(g, 'POST', /\/check-runs$/)).toHaveLength(1)
    expect(g.state.reviews).toHaveLength(1)
    expect(g.state.reviewComments).toHaveLength(3)
    expect(g.comments(7)).toHaveLength(1)
    expect(tries(g, 'POST', /\/issues\/7\/comments$/)).toHaveLength(1)
    expect(r.stderr).toContain('check run created')
  })

  it('posts again when the failed POST left nothing, and gives up after three retries', async () => {
    const g = (gh = await start())
    g.failNext('POST', /^\/check-runs$/, 1, BAD_GATEWAY)
    g.failNext('POST', /^\/issues\/7\/comments$/, 2, {
      status: 503,
      body: { message: 'Service Unavailable' },
    })
    const r = await report(g)
    expect(r.code).toBe(0)
    expect(r.waits).toEqual([1000, 1000, 2000])
    expect(tries(g, 'POST', /\/check-runs$/).map((c) => c.status)).toEqual([502, 201])
    expect(tries(g, 'POST', /\/issues\/7\/comments$/).map((c) => c.status)).toEqual([503, 503, 201])
    expect(g.state.checkRuns).toHaveLength(1)
    expect(g.comments(7)).toHaveLength(1)

    const h = (gh = await start())
    await g.close()
    h.failNext('GET', /^\/pulls\/7$/, 9, BAD_GATEWAY)
    const down = await report(h)
    expect(down.code).toBe(1)
    expect(down.waits).toEqual([1000, 2000, 4000])
    expect(tries(h, 'GET', /\/pulls\/7$/)).toHaveLength(4)
    expect(down.stderr).toContain(
      'could not read the pull request: GitHub GET /repos/{owner}/{repo}/pulls/{pull_number}: HTTP 502',
    )
  })

  it('waits a minute for a secondary limit without retry-after, and stops waiting past the budget', async () => {
    const g = (gh = await start())
    const secondary = (headers: Record<string, string>) => ({
      status: 403,
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
      headers,
    })
    g.failNext('POST', /^\/issues\/7\/comments$/, 1, secondary({}))
    const r = await report(g, 'zh-CN')
    expect(r.waits).toEqual([60_000])
    expect(r.stderr).toContain('触发了速率限制；按 GitHub 的要求等待 60 秒（第 2 次尝试）')
    expect(r.code).toBe(0)
    expect(g.comments(7)).toHaveLength(1)

    g.state.comments.length = 0
    g.failNext('POST', /^\/issues\/7\/comments$/, 1, secondary({ 'retry-after': '3600' }))
    const long = await report(g, 'zh-CN')
    expect(long.waits).toEqual([])
    expect(long.stderr).toContain(
      'GitHub POST /repos/{owner}/{repo}/issues/{issue_number}/comments：不再等待',
    )
    expect(long.code).toBe(1)
    expect(g.comments(7)).toHaveLength(0)
  })

  it('still writes the sticky comment when another part fails, says so there, and exits 1 naming it', async () => {
    const g = (gh = await start())
    g.failNext('GET', /^\/pulls\/7\/files$/, 9, BAD_GATEWAY)
    g.failNext('POST', /^\/check-runs$/, 1, { status: 422, body: { message: 'Validation Failed' } })
    const r = await report(g, 'zh-CN')
    expect(r.code).toBe(1)
    expect(r.waits).toEqual([1000, 2000, 4000])
    expect(g.comments(7)).toHaveLength(1)
    const body = g.comments(7)[0]!.body
    expect(body).toContain(
      '> ❗ 本次未能创建检查运行（GitHub 返回 HTTP 422），详情见作业日志，下次运行会再试。',
    )
    expect(body).toContain(
      '> ❗ 本次未能贴出修改建议（GitHub 返回 HTTP 502），详情见作业日志，下次运行会再试。',
    )
    expect(body).toContain('### ') // the articles are reported all the same
    expect(r.stderr).toContain(
      '无法创建检查运行：GitHub POST /repos/{owner}/{repo}/check-runs: HTTP 422 Validation Failed',
    )
    expect(r.stderr).toContain('无法贴出修改建议：GitHub GET /repos/shanhai/site/pulls/7/files: HTTP 502')
    expect(r.stderr).toContain('wxpress-previews 上的预览图已提交（3 个文件）')
    expect(r.stderr).toContain('评论已创建')
    expect(r.stderr + r.stdout).not.toContain('actions-token')
    expect(g.state.reviews).toHaveLength(0)
    expect(g.state.checkRuns).toHaveLength(0)
  })
})
