import { tmpdir } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import {
  createGithubEmulator,
  type GithubEmulator,
} from '../../src/github/emulator/create-github-emulator.js'
import { runCli } from '../helpers/run-cli.js'
import { baseReport, diag, fixOf, SHA1, SHA2, writeArtifact } from './pr-fixture.js'
import { env, NOW, REPO, workflowRunEvent } from './pr-run.js'

let gh: GithubEmulator | undefined
afterEach(async () => gh?.close())

const FILE = 'content/hike/index.md'
const BEFORE = ['---', 'title: 徒步', '---', '', '第一段,很好。', '第二段(上午)出发。', '第三段,结束。']
// the fix commit adds a paragraph above and rewrites the third one (still with a comma to fix)
const AFTER = [
  '---',
  'title: 徒步',
  '---',
  '',
  '新加的一段。',
  '第一段,很好。',
  '第二段(上午)出发。',
  '第三段,改过了。',
]

/** PR #7 at `sha` adding FILE with `lines`, and an artifact with every fixable comma/bracket. */
function push(g: GithubEmulator, sha: string, lines: string[]) {
  const text = `${lines.join('\n')}\n`
  g.setContent(sha, FILE, text)
  const patch = [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n')
  g.addPull({ number: 7, headSha: sha, files: [{ filename: FILE, status: 'added', patch }] })
  const report = baseReport(sha) as { check: { diagnostics: unknown[] } }
  lines.forEach((l, i) => {
    for (const [find, replace] of [
      [',', '，'],
      ['(上午)', '（上午）'],
    ] as const) {
      if (!l.includes(find)) continue
      const fix = fixOf(text, i + 1, find, replace)
      report.check.diagnostics.push(diag(FILE, i + 1, 'warning', 'typography/x', `改 ${find}`, { fix }))
    }
  })
  return writeArtifact(report)
}

const report = (g: GithubEmulator, artifact: string, sha: string) =>
  runCli(['pr-report', '--artifact', artifact, NOW], tmpdir(), env(g, workflowRunEvent(sha)))

interface ApiComment {
  line: number | null
  original_line: number
  body: string
}

describe('suggestions on lines that moved', () => {
  it('knows a suggestion GitHub moved down with its line, and posts again only where the line changed', async () => {
    const g = (gh = await createGithubEmulator({ token: 'actions-token', repository: REPO }))
    const first = await report(g, push(g, SHA1, BEFORE), SHA1)
    expect(first.code, first.stderr).toBe(0)
    expect(first.stderr).toContain('suggestions: 3 posted, 0 already there')

    const second = await report(g, push(g, SHA2, AFTER), SHA2)
    expect(second.code, second.stderr).toBe(0)
    expect(second.stderr).toContain('suggestions: 1 posted, 2 already there')

    // over HTTP, as GitHub answers: unchanged lines moved one down, the rewritten one outdated
    const res = await fetch(`${g.url}/repos/${REPO}/pulls/7/comments`, {
      headers: { authorization: 'token actions-token' },
    })
    const list = ((await res.json()) as ApiComment[]).map((c) => [c.original_line, c.line])
    expect(list).toEqual([
      [5, 6],
      [6, 7],
      [7, null],
      [8, 8],
    ])

    // a third run on the same head posts nothing
    g.resetCalls()
    const third = await report(g, push(g, SHA2, AFTER), SHA2)
    expect(third.stderr).toContain('suggestions: 0 posted, 3 already there')
    expect(g.writes().filter((c) => c.path.includes('/reviews'))).toEqual([])
  })
})
