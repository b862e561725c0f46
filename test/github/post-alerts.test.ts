/** postAlerts against the GitHub emulator with hand-made plans: which issues it closes, and whose. */
import { afterEach, describe, expect, it } from 'vitest'
import { createGithubClient } from '../../src/github/github-client.js'
import {
  createGithubEmulator,
  type GithubEmulator,
} from '../../src/github/emulator/create-github-emulator.js'
import { postAlerts } from '../../src/github/post-alerts.js'
import type { AlertPlan } from '../../src/publish/alerts/plan-alerts.js'

let gh: GithubEmulator | undefined
afterEach(async () => gh?.close())

const marker = (slot: string) => `<!-- wxpress:alert:main:${slot} -->`
const A = marker('2027-04-15T12:00:00Z')
const B = marker('2027-04-16T12:00:00Z')
const empty: AlertPlan = { issues: [], close: [], planned: [], sent: [] }

async function seed() {
  gh = await createGithubEmulator({ token: 'gh', repository: 'shanhai/site' })
  const human = gh.addToken('human', 'xiaoshan')
  const client = createGithubClient({ baseUrl: gh.url, token: 'gh', repository: 'shanhai/site' })
  const a = await client.createIssue({ title: 'A', body: `${A}\nbody`, labels: ['wxpress'] })
  const b = await client.createIssue({ title: 'B', body: `${B}\nbody`, labels: ['wxpress'] })
  // a person's issue quoting our marker is never ours
  const byHuman = createGithubClient({ baseUrl: gh.url, token: 'human', repository: 'shanhai/site' })
  const c = await byHuman.createIssue({ title: 'C', body: `${A}\nquoted`, labels: ['wxpress'] })
  expect(human.login).toBe('xiaoshan')
  const log: string[] = []
  const post = (plan: AlertPlan, closeGone: boolean) =>
    postAlerts({
      client,
      plan,
      prepared: [],
      closeGone,
      botLogin: 'github-actions[bot]',
      nowMs: Date.parse('2027-04-16T13:00:00Z'),
      pullOf: async () => undefined,
      log: (l) => log.push(l),
    })
  return { a, b, c, post, log, gh: gh! }
}

describe('postAlerts', () => {
  it('closes a sent push with its comment, a gone slot only when the run saw every push', async () => {
    const t = await seed()
    await t.post({ ...empty, planned: [A], close: [{ marker: A, comment: '已发送。' }] }, false)
    expect(t.gh.state.issues.get(t.a.number)!.state).toBe('closed')
    expect(t.gh.comments(t.a.number).map((c) => c.body)).toEqual(['已发送。'])
    expect(t.gh.state.issues.get(t.b.number)!.state).toBe('open') // --only: B was not in this run
    expect(t.gh.state.issues.get(t.c.number)!.state).toBe('open') // not ours
    await t.post({ ...empty, planned: [A] }, true)
    expect(t.gh.state.issues.get(t.b.number)!.state).toBe('closed')
    expect(t.gh.comments(t.b.number)[0]!.body).toContain('已不在计划中')
    expect(t.gh.state.issues.get(t.c.number)!.state).toBe('open')
    expect(t.gh.comments(t.c.number)).toEqual([])
  })

  it('finds a recently closed issue again instead of opening a second one', async () => {
    const t = await seed()
    await t.post({ ...empty, planned: [A], close: [{ marker: A, comment: '已发送。' }] }, true)
    t.gh.resetCalls()
    const issues = [{ marker: A, title: 'A2', body: `${A}\nnew reason` }]
    await t.post({ ...empty, planned: [A], issues }, true)
    expect(t.gh.state.issues.get(t.a.number)).toMatchObject({ state: 'open', title: 'A2' })
    expect(t.gh.writes().filter((c) => c.method === 'POST' && c.path.endsWith('/issues'))).toEqual([])
    expect(t.log.at(-1)).toBe(`issue #${t.a.number} reopened: A2`)
  })
})

describe('postAlerts when GitHub did the work but answered 502', () => {
  it('opens the issue and posts the "sent" comment once, reading back before a second try', async () => {
    gh = await createGithubEmulator({ token: 'gh', repository: 'shanhai/site' })
    gh.addPull({ number: 9, headSha: 'a'.repeat(40) })
    const waits: number[] = []
    const client = createGithubClient({
      baseUrl: gh.url,
      token: 'gh',
      repository: 'shanhai/site',
      sleep: async (ms) => void waits.push(ms),
    })
    const badGateway = { status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' }
    gh.failNext('POST', /^\/issues$/, 1, badGateway, true)
    gh.failNext('POST', /^\/issues\/9\/comments$/, 1, { status: 0, body: null }, true)
    const sent = {
      slug: 'spring',
      marker: '<!-- wxpress:sent:spring -->',
      body: '<!-- wxpress:sent:spring -->\n✅',
    }
    const log: string[] = []
    await postAlerts({
      client,
      plan: { ...empty, issues: [{ marker: A, title: 'A', body: `${A}\nbody` }], sent: [sent] },
      prepared: [],
      closeGone: false,
      botLogin: 'github-actions[bot]',
      nowMs: Date.parse('2027-04-16T13:00:00Z'),
      pullOf: async () => 9,
      log: (l) => log.push(l),
    })
    expect(waits).toEqual([1000, 1000])
    expect([...gh.state.issues.values()].map((i) => i.title)).toEqual(['A'])
    expect(gh.writes().filter((c) => c.method === 'POST' && c.path.endsWith('/issues'))).toHaveLength(1)
    expect(gh.comments(9).map((c) => c.body)).toEqual([sent.body])
    expect(log).toEqual([expect.stringMatching(/^issue #\d+ opened: A$/), expect.stringContaining('#9')])
  })

  it('opens the issue again when the failed POST left nothing', async () => {
    gh = await createGithubEmulator({ token: 'gh', repository: 'shanhai/site' })
    const client = createGithubClient({
      baseUrl: gh.url,
      token: 'gh',
      repository: 'shanhai/site',
      sleep: async () => undefined,
    })
    gh.failNext('POST', /^\/issues$/, 1, { status: 503, body: { message: 'Service Unavailable' } })
    await postAlerts({
      client,
      plan: { ...empty, issues: [{ marker: A, title: 'A', body: `${A}\nbody` }] },
      prepared: [],
      closeGone: false,
      botLogin: 'github-actions[bot]',
      nowMs: Date.parse('2027-04-16T13:00:00Z'),
      pullOf: async () => undefined,
      log: () => undefined,
    })
    expect([...gh.state.issues.values()].map((i) => i.title)).toEqual(['A'])
    expect(gh.writes().filter((c) => c.method === 'POST' && c.path.endsWith('/issues'))).toHaveLength(2)
  })
})
