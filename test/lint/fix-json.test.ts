import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from '../publish/publish-site.js'

/** Applies `fix` ranges (1-based, end exclusive) to `text`, last first. */
function applyJsonFixes(text: string, diagnostics: Diagnostic[]): string {
  const lines = text.split('\n')
  const offset = (line: number, column: number) =>
    lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1
  const edits = diagnostics.flatMap((d) =>
    d.fix
      ? [
          {
            start: offset(d.fix.line, d.fix.column),
            end: offset(d.fix.endLine, d.fix.endColumn),
            text: d.fix.text,
          },
        ]
      : [],
  )
  let out = text
  for (const e of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end)
  return out
}

describe('check --format json: safe fixes', () => {
  it('carries `fix` on fixable findings (also from the cache), the same edits `--fix` writes', async () => {
    const body = '中文English混排,还有"引号"。\n\n> 引用里的中文English\n\n- 列表项2个\n'
    const root = makeSite([{ slug: 'one', slot: '2027-04-15T20:00:00+08:00', body }])
    const args = ['check', '--format', 'json', '--now', '2027-04-01T09:00:00+08:00']
    const first = JSON.parse((await runCli(args, root)).stdout) as { diagnostics: Diagnostic[] }
    const cached = JSON.parse((await runCli(args, root)).stdout) as { diagnostics: Diagnostic[] }
    expect(cached.diagnostics).toEqual(first.diagnostics)
    const fixes = first.diagnostics.filter((d) => d.fix)
    expect(fixes.length).toBeGreaterThanOrEqual(4)
    const quotes = fixes.find((d) => d.ruleId === 'typography/quotes')
    expect(quotes?.fix).toMatchObject({ line: 11, text: '“引号”' })
    expect(
      first.diagnostics.filter((d) => !d.fix).every((d) => !d.ruleId.startsWith('typography/cjk-spacing')),
    ).toBe(true)
    const file = path.join(root, 'content', 'one', 'index.md')
    const source = readFileSync(file, 'utf8')
    const byJson = applyJsonFixes(source, first.diagnostics)
    await runCli(['check', '--fix', '--now', '2027-04-01T09:00:00+08:00'], root)
    const byFix = readFileSync(file, 'utf8')
    writeFileSync(file, source)
    expect(byJson).not.toBe(source)
    expect(byJson).toBe(byFix)
    expect(byJson).toContain('中文 English 混排，还有“引号”。')
  })

  it('reports each change --fix makes, one fix per finding, none left for a second pass (trialB 3, trialA 16)', async () => {
    const body =
      '方式:扫描即可.名额有限。\n\n排名第１２名，别急着下结论。。。\n\n截止时间:3月10日，开始时间:10:30。\n'
    const root = makeSite([{ slug: 'one', slot: '2027-04-15T20:00:00+08:00', body }])
    const now = ['--now', '2027-04-01T09:00:00+08:00']
    const json = async () =>
      (
        JSON.parse((await runCli(['check', '--format', 'json', ...now], root)).stdout) as {
          diagnostics: Diagnostic[]
        }
      ).diagnostics
    const file = path.join(root, 'content', 'one', 'index.md')
    const source = readFileSync(file, 'utf8')
    const fixes = (await json()).filter((d) => d.fix)
    const byJson = applyJsonFixes(source, fixes)
    const { stderr } = await runCli(['check', '--fix', ...now], root)
    expect(readFileSync(file, 'utf8')).toBe(byJson)
    expect(byJson).toContain('方式：扫描即可。名额有限。')
    expect(byJson).toContain('排名第 12 名，别急着下结论……')
    expect(byJson).toContain('截止时间：3 月 10 日，开始时间：10:30。')
    expect(stderr).toContain(`Applied ${fixes.length} fix(es).`)
    expect((await json()).filter((d) => d.fix)).toEqual([])
  })
})
