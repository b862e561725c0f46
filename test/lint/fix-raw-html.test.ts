import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { NOW, siteWith } from './sloppy-site.js'

describe('check --fix', () => {
  it('lints the text of raw HTML blocks at the exact characters, skipping tags, style and comments, and never fixes it (QA3 M3)', async () => {
    const html =
      '<section>块级HTML用Github,好</section>\n\n<section title="说:Github,好"><p>第一段&nbsp;请登陆Github,然后...</p>\n  <style>.a{content:"Github,好"}</style><!-- 注释Github,好 -->\n</section>\n'
    const { root, file } = siteWith(`${html}\n正文用Github,好\n`)
    const before = readFileSync(file, 'utf8')
    const { stdout } = await runCli(['check', '--format', 'json', NOW], root)
    const lines = before.split('\n')
    const found = (
      JSON.parse(stdout) as {
        diagnostics: { ruleId: string; line: number; column: number; endColumn: number; source: string }[]
      }
    ).diagnostics
      .filter((d) => d.source === 'lint' && d.ruleId.startsWith('typography/'))
      .map(
        (d) =>
          `${lines[d.line - 1]!.startsWith('<section>块') ? 1 : lines[d.line - 1]!.startsWith('<section title') ? 2 : lines[d.line - 1]!.startsWith('正文') ? 'md' : `L${d.line}`}:${d.ruleId}:${lines[d.line - 1]!.slice(d.column - 1, d.endColumn - 1)}`,
      )
    expect(found.filter((f) => f.startsWith('1:')).sort()).toEqual([
      // one finding per phrase, as in Markdown (wr m2)
      '1:typography/cjk-spacing:HTML用Github,',
    ])
    expect(found.filter((f) => f.startsWith('2:')).sort()).toEqual([
      '2:typography/ellipsis:...',
      '2:typography/typo:登陆Github,',
    ])
    // the fixes of one phrase (`用Github,好`) are one finding, in Markdown and in HTML text alike (wr m2)
    expect(found.filter((f) => f.startsWith('md:'))).toEqual(['md:typography/cjk-spacing:Github,'])
    expect(found.filter((f) => /^(1|2|md):/.test(f))).toHaveLength(4)
    await runCli(['check', '--fix', NOW], root)
    const after = readFileSync(file, 'utf8')
    expect(after.slice(after.indexOf('<section>'))).toBe(`${html}\n正文用 GitHub，好\n`)
  })
})

describe('raw HTML text (wr m2)', () => {
  it('groups the spacing of `6月1日—8月31日` inside <p> as in Markdown, and leaves the HTML as it is', async () => {
    const body = '<p>活动时间：6月1日—8月31日</p>\n\n活动时间：6月1日—8月31日\n'
    const { root, file } = siteWith(body)
    const r = await runCli(['check', '--locale=zh-CN', NOW], root)
    const spacing = r.stdout.split('\n').filter((l) => l.includes('typography/cjk-spacing'))
    expect(spacing.map((l) => l.replace(/^\s*\d+:[\d-]+\s+/, ''))).toEqual([
      '警告  `6月1日` 应写作 `6 月 1 日`  typography/cjk-spacing',
      '警告  `8月31日` 应写作 `8 月 31 日`  typography/cjk-spacing',
      '警告  `6月1日` 应写作 `6 月 1 日`  typography/cjk-spacing',
      '警告  `8月31日` 应写作 `8 月 31 日`  typography/cjk-spacing',
    ])
    await runCli(['check', '--fix', NOW], root)
    expect(readFileSync(file, 'utf8')).toContain(
      '<p>活动时间：6月1日—8月31日</p>\n\n活动时间：6 月 1 日—8 月 31 日\n',
    )
  })
})
