import { tmpdir } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import {
  createGithubEmulator,
  type GithubEmulator,
} from '../../src/github/emulator/create-github-emulator.js'
import { suggestionText } from '../../src/pr/report/suggestions.js'
import { runCli } from '../helpers/run-cli.js'
import { baseReport, diag, fixOf, SHA1, writeArtifact } from './pr-fixture.js'
import { env, NOW, REPO, workflowRunEvent } from './pr-run.js'

let gh: GithubEmulator | undefined
afterEach(async () => gh?.close())

const FILE = 'content/meetup/index.md'
const LINES = [
  '---',
  'title: 沙龙',
  '---',
  '',
  '主题是"Rust与WebAssembly在生产环境中的实践"，欢迎来。',
  '价格是(100元)。',
]
const TEXT = `${LINES.join('\n')}\n`

/** PR #7 adding FILE, and an artifact with `fixes` (diagnostics) on it and FILE's `fixedLines`. */
async function run(fixes: unknown[], fixedLines: unknown[] = []) {
  const g = (gh = await createGithubEmulator({ token: 'actions-token', repository: REPO }))
  g.setContent(SHA1, FILE, TEXT)
  const patch = [`@@ -0,0 +1,${LINES.length} @@`, ...LINES.map((l) => `+${l}`)].join('\n')
  g.addPull({ number: 7, headSha: SHA1, files: [{ filename: FILE, status: 'added', patch }] })
  const report = baseReport(SHA1) as { check: { diagnostics: unknown[] } }
  report.check.diagnostics.push(...fixes)
  if (fixedLines.length > 0) {
    const articles = (report as unknown as { articles: Record<string, unknown>[] }).articles
    articles.push({ ...articles[0]!, slug: 'meetup', file: FILE, fixedLines })
  }
  const artifact = writeArtifact(report)
  const result = await runCli(
    ['pr-report', '--artifact', artifact, NOW],
    tmpdir(),
    env(g, workflowRunEvent(SHA1)),
  )
  expect(result.code, result.stderr).toBe(0)
  return g.state.reviewComments.filter((c) => c.path === FILE)
}

const fix = (line: number, rule: string, find: string, replace: string, message: string) =>
  diag(FILE, line, 'warning', rule, message, { fix: fixOf(TEXT, line, find, replace) })

describe('suggestions with fixes inside one another', () => {
  it('combines a quote fix with the spacing fixes inside the quotes, and lists all of them', async () => {
    const comments = await run([
      fix(
        5,
        'typography/quotes',
        '"Rust与WebAssembly在生产环境中的实践"',
        '“Rust与WebAssembly在生产环境中的实践”',
        '直引号',
      ),
      fix(5, 'typography/cjk-spacing', 't与W', 't 与 W', '空格一'),
      fix(5, 'typography/cjk-spacing', 'y在', 'y 在', '空格二'),
    ])
    expect(comments).toHaveLength(1)
    const [c] = comments
    expect(suggestionText(c!.body)).toBe('主题是“Rust 与 WebAssembly 在生产环境中的实践”，欢迎来。')
    for (const rule of ['直引号', '空格一', '空格二']) expect(c!.body).toContain(rule)
  })

  it('names only the fixes its suggestion makes when two fixes cannot both be made', async () => {
    const comments = await run([
      fix(6, 'typography/brackets', '(100元)', '（100元）', '全角括号'),
      // replaces the same "(" differently: cannot be combined with the first
      fix(6, 'typography/other', '(1', '[1', '方括号'),
      fix(6, 'typography/cjk-spacing', '0元', '0 元', '数字空格'),
    ])
    expect(comments).toHaveLength(1)
    const [c] = comments
    expect(suggestionText(c!.body)).toBe('价格是（100 元）。')
    expect(c!.body).toContain('全角括号')
    expect(c!.body).toContain('数字空格')
    expect(c!.body).not.toContain('方括号')
  })

  it('suggests the lines as check --fix writes them when the artifact has them (trial L #2)', async () => {
    const fixed = { line: 6, endLine: 6, old: LINES[5], text: '价格是（100 元）。' }
    const comments = await run([fix(6, 'typography/brackets', '(100元)', '（100元）', '全角括号')], [fixed])
    expect(comments).toHaveLength(1)
    expect(suggestionText(comments[0]!.body)).toBe('价格是（100 元）。')
    expect(comments[0]!.body).toContain('全角括号')
    expect(comments[0]!.body).toContain('check --fix')
  })
})
