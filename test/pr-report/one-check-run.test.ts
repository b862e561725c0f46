import { tmpdir } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import type { GithubEmulator } from '../../src/github/emulator/create-github-emulator.js'
import { runCli } from '../helpers/run-cli.js'
import { SHA1, writeArtifact } from './pr-fixture.js'
import { env, NOW, REPO, reportWith, start, workflowRunEvent } from './pr-run.js'

let gh: GithubEmulator | undefined
afterEach(async () => gh?.close())

interface ApiRun {
  id: number
  name: string
  conclusion: string
  output: { title: string; annotations_count: number }
}

async function api<T>(g: GithubEmulator, rest: string): Promise<T> {
  const res = await fetch(`${g.url}/repos/${REPO}${rest}`, {
    headers: { authorization: 'token actions-token' },
  })
  return (await res.json()) as T
}

/** The runs named `wxpress` on SHA1, as GitHub lists them. */
const wxpressRuns = async (g: GithubEmulator) =>
  (await api<{ check_runs: ApiRun[] }>(g, `/commits/${SHA1}/check-runs?check_name=wxpress`)).check_runs

describe('pr-report keeps one check run named wxpress on the head commit', () => {
  it('updates it in place when findings are added, replaces it when some are gone, and never keeps two', async () => {
    const g = (gh = await start())
    const report = async (extra: number) => {
      const r = await runCli(
        ['pr-report', '--artifact', writeArtifact(reportWith(extra)), NOW],
        tmpdir(),
        env(g, workflowRunEvent(SHA1)),
      )
      expect(r.code, r.stderr).toBe(0)
      return r.stderr
    }
    await report(2)
    const [first] = await wxpressRuns(g)
    expect(first!.output.annotations_count).toBe(8)

    // more findings on the same head (a changed artifact): the same run, only the new annotations added
    expect(await report(70)).toContain('check run updated (76 annotations, 2 requests)')
    let runs = await wxpressRuns(g)
    expect(runs.map((r) => r.id)).toEqual([first!.id])
    expect(runs[0]!.output.annotations_count).toBe(76)
    const annotations = await api<{ message: string }[]>(
      g,
      `/check-runs/${first!.id}/annotations?per_page=100`,
    )
    expect(annotations.filter((a) => a.message === 'finding 69')).toHaveLength(1)

    // fewer findings: annotations cannot be removed, so a new run replaces the old one
    expect(await report(1)).toContain('check run created (7 annotations')
    runs = await wxpressRuns(g)
    expect(runs).toHaveLength(1)
    expect(runs[0]!.id).not.toBe(first!.id)
    expect(runs[0]!.output.annotations_count).toBe(7)
    const all = await api<{ check_runs: ApiRun[] }>(g, `/commits/${SHA1}/check-runs`)
    const old = all.check_runs.find((r) => r.id === first!.id)!
    expect(old).toMatchObject({ name: 'wxpress (superseded)', conclusion: 'neutral' })
    expect(old.output.title).toBe('已被新的 wxpress 检查取代')

    // the same artifact again: nothing written
    g.resetCalls()
    await report(1)
    expect(g.writes().filter((c) => c.path.includes('check-runs'))).toEqual([])
  })
})
