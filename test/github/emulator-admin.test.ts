/** The GitHub emulator's admin endpoints over HTTP, then the same data read through the REST API. */
import { afterEach, describe, expect, it } from 'vitest'
import { createGithubClient, GithubApiError } from '../../src/github/github-client.js'
import {
  createGithubEmulator,
  type GithubEmulator,
} from '../../src/github/emulator/create-github-emulator.js'

let gh: GithubEmulator | undefined
afterEach(async () => gh?.close())

const HEAD = 'a1'.repeat(20)
const MERGE = 'b2'.repeat(20)
const PATCH = '@@ -0,0 +1,2 @@\n+---\n+title: 春天'

async function admin(method: string, path: string, json?: unknown) {
  const res = await fetch(`${gh!.url}/__emulator${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('GitHub emulator admin endpoints', () => {
  it('registers a merged pull with files and contents, associates commits, shows the state', async () => {
    gh = await createGithubEmulator({ token: 'gh', repository: 'shanhai/site' })
    const created = await admin('POST', '/pulls', {
      number: 12,
      head: { sha: HEAD, ref: 'spring' },
      base: { ref: 'main' },
      merged: true,
      merge_commit_sha: MERGE,
      files: [{ filename: 'content/spring/index.md', status: 'added', patch: PATCH }],
      contents: { 'content/spring/index.md': '---\ntitle: 春天\n' },
    })
    expect(created).toMatchObject({
      status: 201,
      body: { number: 12, state: 'closed', commits: [HEAD, MERGE] },
    })
    expect(created.body.merged_at).toBe('2027-04-01T00:00:00Z')
    expect((await admin('POST', `/commits/${'c3'.repeat(20)}/pulls`, { number: 12 })).status).toBe(201)
    expect((await admin('POST', `/commits/${'c3'.repeat(20)}/pulls`, { number: 99 })).status).toBe(404)

    const client = createGithubClient({ baseUrl: gh.url, token: 'gh', repository: 'shanhai/site' })
    expect(await client.getPull(12)).toMatchObject({ number: 12, state: 'closed', headSha: HEAD })
    expect(await client.listPullFiles(12)).toEqual([
      { filename: 'content/spring/index.md', status: 'added', patch: PATCH },
    ])
    expect(await client.fileText('content/spring/index.md', HEAD)).toBe('---\ntitle: 春天\n')
    for (const sha of [HEAD, MERGE, 'c3'.repeat(20)])
      expect((await client.pullsForCommit(sha)).map((p) => p.number)).toEqual([12])

    await client.createComment(12, 'hello')
    const issue = await client.createIssue({ title: 't', body: 'b', labels: ['wxpress'] })
    const state = await admin('GET', '/state')
    expect(state.status).toBe(200)
    expect(state.body.comments).toMatchObject([
      { issue: 12, body: 'hello', user: { login: 'github-actions[bot]' } },
    ])
    expect(state.body.issues).toMatchObject([
      { number: issue.number, title: 't', state: 'open', labels: ['wxpress'] },
    ])
    expect(state.body.labels).toMatchObject([{ name: 'wxpress' }])
    expect(state.body.pulls).toMatchObject([{ number: 12 }])
    expect(Object.keys(state.body)).toEqual(
      expect.arrayContaining(['checkRuns', 'reviews', 'reviewComments', 'refs', 'calls']),
    )
  })

  it('refuses bad input with 422, adds a read-only token that gets 403 on writes', async () => {
    gh = await createGithubEmulator({ token: 'gh', repository: 'shanhai/site' })
    expect((await admin('POST', '/pulls', { number: 'x', head: { sha: HEAD } })).status).toBe(422)
    expect((await admin('POST', '/pulls', { number: 3, head: { sha: 'not-hex' } })).status).toBe(422)
    expect((await admin('GET', '/nothing')).status).toBe(404)
    const token = { token: 'ro', login: 'github-actions[bot]', readOnly: true }
    expect((await admin('POST', '/tokens', token)).status).toBe(201)
    await admin('POST', '/pulls', { number: 3, head: { sha: HEAD } })
    const ro = createGithubClient({ baseUrl: gh.url, token: 'ro', repository: 'shanhai/site' })
    expect((await ro.getPull(3)).number).toBe(3)
    await expect(ro.createComment(3, 'x')).rejects.toMatchObject({ status: 403 })
    await expect(ro.createComment(3, 'x')).rejects.toBeInstanceOf(GithubApiError)
  })

  it('labels: 404 when missing, created once, 422 when it exists', async () => {
    gh = await createGithubEmulator({ token: 'gh', repository: 'shanhai/site' })
    const client = createGithubClient({ baseUrl: gh.url, token: 'gh', repository: 'shanhai/site' })
    expect(await client.ensureLabel('wxpress', 'd93f0b', 'alerts')).toBe('created')
    expect(await client.ensureLabel('wxpress', 'd93f0b', 'alerts')).toBe('exists')
    expect(gh.state.labels.get('wxpress')).toEqual({
      name: 'wxpress',
      color: 'd93f0b',
      description: 'alerts',
    })
    const res = await fetch(`${gh.url}/repos/shanhai/site/labels`, {
      method: 'POST',
      headers: { authorization: 'token gh' },
      body: JSON.stringify({ name: 'wxpress' }),
    })
    expect(res.status).toBe(422)
  })
})
