/**
 * The target of image or link syntax with a space in the path is literal text to Markdown
 * (image/space-in-path) but a file name all the same: no typography finding or fix touches it.
 */
import { copyFileSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { typographyPass } from './lint-helpers.js'
import { NOW, siteWith } from './sloppy-site.js'

const { fixOnce } = typographyPass()
const SHOT = '截图 2027-02-11 下午3.15.22.png'

describe('a spaced image or link target', () => {
  it('gets no typography finding, in a paragraph, a blockquote and a link; the prose around it still does', () => {
    const body = `![截图](${SHOT})\n\n另见[文字](路径 下午3点.md)这篇，用Github。\n\n> 引用\n> 见![图](图 下午3点.png)后用Github。`
    const { findings, fixed } = fixOnce(body)
    expect(findings.map((f) => `${f.ruleId} ${f.value}`)).toEqual([
      'typography/cjk-spacing 用Github',
      'typography/cjk-spacing 后用Github',
    ])
    expect(fixed).toContain(`![截图](${SHOT})`)
    expect(fixed).toContain('[文字](路径 下午3点.md)这篇，用 GitHub。')
    expect(fixed).toContain('> 见![图](图 下午3点.png)后用 GitHub。')
  })

  it('is left as written by check --fix, so the space-in-path hint still names the file (tester report 1)', async () => {
    const { root, file } = siteWith(`正文。\n\n![截图](${SHOT})\n`)
    copyFileSync(path.join(path.dirname(file), 'cover.png'), path.join(path.dirname(file), SHOT))
    await runCli(['check', '--fix', NOW], root)
    expect(readFileSync(file, 'utf8')).toContain(`![截图](${SHOT})\n`)
    const after = await runCli(['check', '--format=json', NOW], root)
    const ids = JSON.parse(after.stdout).diagnostics.map((d: { ruleId: string }) => d.ruleId)
    expect(ids).toContain('image/space-in-path')
    expect(ids).not.toContain('typography/cjk-spacing')
  })
})
