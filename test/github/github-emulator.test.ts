import { afterEach, describe, expect, it } from 'vitest'
import {
  createGithubEmulator,
  type GithubEmulator,
} from '../../src/github/emulator/create-github-emulator.js'
import { createGithubClient, GithubApiError } from '../../src/github/github-client.js'
import { rateLimitWait } from '../../src/github/octokit.js'

const REPO = 'shanhai/site'
let gh: GithubEmulator | undefined
afterEach(async () => gh?.close())

async function setup(maxPerPage?: number) {
  gh = await createGithubEmulator({ token: 'tok', repository: REPO, ...(maxPerPage ? { maxPerPage } : {}) })
  gh.addPull({
    number: 3,
    headSha: 'e5'.repeat(20),
    files: [{ filename: 'a.md', status: 'modified', patch: '@@ -1,2 +1,3 @@\n x\n+y\n z' }],
  })
  return { g: gh, client: createGithubClient({ baseUrl: gh.url, token: 'tok', repository: REPO }) }
}

const status = async (p: Promise<unknown>) => {
  try {
    await p
    return 0
  } catch (error) {
    expect(error).toBeInstanceOf(GithubApiError)
    return (error as GithubApiError).status
  }
}

describe('the GitHub REST emulator, through the Octokit client', () => {
  it('answers like GitHub: bot authors, Link pagination, 422 over 65,536 characters, 401, 404', async () => {
    const { g, client } = await setup(2)
    for (let i = 0; i < 5; i++) await client.createComment(3, `c${i}`)
    const list = await client.listComments(3)
    expect(list.map((c) => c.body)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4'])
    expect(list[0]!.user).toEqual({ login: 'github-actions[bot]', type: 'Bot' })
    expect(
      g
        .calls()
        .filter((c) => c.method === 'GET')
        .map((c) => new URL(c.path, g.url).searchParams.get('page')),
    ).toEqual([null, '2', '3'])
    expect(await status(client.createComment(3, 'x'.repeat(65_537)))).toBe(422)
    expect(await status(client.createComment(3, '字'.repeat(65_536)))).toBe(0)
    expect(await status(client.createComment(99, 'x'))).toBe(404)
    const bad = createGithubClient({ baseUrl: g.url, token: 'wrong', repository: REPO })
    expect(await status(bad.getPull(3))).toBe(401)
  })

  it('rejects more than 50 annotations per request and a missing output title; appends on PATCH', async () => {
    const { g, client } = await setup()
    const ann = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        path: 'a.md',
        start_line: i + 1,
        end_line: i + 1,
        annotation_level: 'warning' as const,
        message: 'm',
      }))
    expect(
      await status(
        client.checks.create('wxpress', 'e5'.repeat(20), 'success', {
          title: 't',
          summary: 's',
          annotations: ann(51),
        }),
      ),
    ).toBe(422)
    expect(
      await status(
        client.checks.create('wxpress', 'e5'.repeat(20), 'success', {
          title: '',
          summary: undefined as unknown as string,
        }),
      ),
    ).toBe(422)
    const run = await client.checks.create('wxpress', 'e5'.repeat(20), 'neutral', {
      title: 't',
      summary: 's',
      annotations: ann(50),
    })
    await client.checks.update(run.id, { title: 't', summary: 's', annotations: ann(7) })
    expect(g.state.checkRuns[0]!.annotations).toHaveLength(57)
    expect((await client.checks.list('e5'.repeat(20), 'wxpress'))[0]).toMatchObject({
      id: run.id,
      conclusion: 'neutral',
    })
  })

  it('accepts review comments only on lines of the diff; read-only tokens get 403 on writes', async () => {
    const { g, client } = await setup()
    expect(
      await status(client.createReview(3, 'e5'.repeat(20), '', [{ path: 'a.md', line: 9, body: 'b' }])),
    ).toBe(422)
    await client.createReview(3, 'e5'.repeat(20), 'r', [{ path: 'a.md', line: 2, body: 'b' }])
    expect((await client.listReviewComments(3)).map((c) => [c.path, c.line])).toEqual([['a.md', 2]])
    g.addToken('ro', 'github-actions[bot]', { readOnly: true })
    const ro = createGithubClient({ baseUrl: g.url, token: 'ro', repository: REPO })
    expect((await ro.getPull(3)).headSha).toBe('e5'.repeat(20))
    const e = await ro.createComment(3, 'x').catch((error: unknown) => error)
    expect(e).toMatchObject({ status: 403, githubMessage: 'Resource not accessible by integration' })
    g.setContent('main', 'docs/a b.md', '你好')
    expect(await client.fileText('docs/a b.md', 'main')).toBe('你好')
    expect(await client.fileText('nope.md', 'main')).toBeUndefined()
  })

  it('keeps git data: trees with base_tree and deletions, commits, refs with a fast-forward check', async () => {
    const { g, client } = await setup()
    const { git } = client
    expect(await git.branchSha('previews')).toBeUndefined()
    const blob = await git.createBlob(Buffer.from('hello'))
    expect(blob).toBe('b6fc4c620b67d95f953a5c1c1230aaab5db5a1b0') // git hash-object
    const t1 = await git.createTree([
      { path: 'x/a.txt', mode: '100644', type: 'blob', sha: blob },
      { path: 'b.txt', mode: '100644', type: 'blob', sha: blob },
    ])
    const c1 = await git.createCommit('one', t1, [])
    await git.createBranch('previews', c1)
    expect(await status(git.createBranch('previews', c1))).toBe(422)
    const t2 = await git.createTree([{ path: 'x', mode: '040000', type: 'tree', sha: null }], t1)
    const c2 = await git.createCommit('two', t2, [c1])
    await git.updateBranch('previews', c2)
    expect([...g.branchFiles('previews').keys()]).toEqual(['b.txt'])
    const stray = await git.createCommit('stray', t1, [])
    expect(await status(git.updateBranch('previews', stray))).toBe(422)
    expect(await git.branchSha('previews')).toBe(c2)
    expect((await git.tree(await git.commitTree(c1), true)).map((e) => e.path).sort()).toEqual([
      'b.txt',
      'x/a.txt',
    ])
  })

  it('lists issues by state, label and creator; creates and updates them', async () => {
    const { client } = await setup()
    const a = await client.createIssue({ title: '发布失败', body: 'x', labels: ['wxpress', 'alert'] })
    await client.createIssue({ title: 'other', body: '', labels: ['bug'] })
    expect((await client.listIssues({ labels: ['wxpress'] })).map((i) => i.title)).toEqual(['发布失败'])
    expect(await client.listIssues({ creator: 'github-actions[bot]' })).toHaveLength(2)
    await client.updateIssue(a.number, { state: 'closed' })
    expect((await client.listIssues({ state: 'closed' })).map((i) => i.number)).toEqual([a.number])
    expect(a.number).toBe(4)
  })

  it('waits out a secondary rate limit (Retry-After) and retries; gives up on long waits', async () => {
    const { g, client } = await setup()
    const limited = {
      status: 403,
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
      headers: { 'retry-after': '0' },
    }
    g.failNext('POST', /\/issues\/3\/comments$/, 2, limited)
    await client.createComment(3, 'after two refusals')
    expect(g.calls().map((c) => c.status)).toEqual([403, 403, 201])
    g.failNext('POST', /\/issues\/3\/comments$/, 3, { ...limited, status: 429 })
    expect(await status(client.createComment(3, 'x'))).toBe(429)
    expect(rateLimitWait(403, 'Resource not accessible by integration', {}, 0)).toBeUndefined()
    expect(rateLimitWait(403, 'API rate limit exceeded', { 'retry-after': '3600' }, 0)).toBe(3600)
    // no retry-after: the reset when nothing remains, else at least a minute (GitHub's docs), doubling
    const reset = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1000' }
    expect(rateLimitWait(403, 'API rate limit exceeded', reset, 0, 990_000)).toBe(10)
    expect(rateLimitWait(403, 'secondary rate limit', { 'x-ratelimit-remaining': '4999' }, 0)).toBe(60)
    expect(rateLimitWait(429, 'slow down', {}, 1)).toBe(120)
  })
})
