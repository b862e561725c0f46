import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { findChromium } from '../../src/browser/launch-browser.js'
import { prReportSchema } from '../../src/pr/report-schema.js'
import { commentBody } from '../../src/pr/report/comment-body.js'
import { stepSummary } from '../../src/pr/step-summary.js'
import { dejavu, latinOnlyFontconfig } from '../helpers/latin-only-fonts.js'
import { runCli } from '../helpers/run-cli.js'
import { commentInput } from '../pr-report/comment-input.js'
import { baseReport, writeArtifact } from '../pr-report/pr-fixture.js'
import { commitAll, NOW, prSite } from './pr-site.js'

function changedSite(): string {
  const root = prSite([{ slug: 'tea', slot: '2027-04-15T20:00:00+08:00' }])
  const file = path.join(root, 'content', 'tea', 'index.md')
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n冲泡用的是 85 ℃ 的水。\n`)
  commitAll(root)
  return root
}

const saved = process.env.FONTCONFIG_FILE
afterEach(() => {
  if (saved === undefined) delete process.env.FONTCONFIG_FILE
  else process.env.FONTCONFIG_FILE = saved
})

describe.skipIf((!findChromium() || !dejavu) && !process.env.CI)('pr-check without a CJK font', () => {
  it('keeps the screenshot, warns with an id and a hint, and marks the report', async () => {
    const root = changedSite()
    // Chromium inherits the environment of the process that starts it (pr-check runs in-process here)
    process.env.FONTCONFIG_FILE = latinOnlyFontconfig()
    const r = await runCli(['pr-check', '--base', 'main', '--now', NOW], root)
    expect(r.code).toBe(0)
    expect(r.stderr).toContain(
      'Screenshots show Chinese as boxes (□): no font on this machine draws Chinese (tea) [pr/screenshot-no-cjk-font]',
    )
    expect(r.stderr).toContain('hint: Install a CJK font in the step that installs Chromium')
    expect(r.stderr).toContain('fonts-noto-cjk')
    const report = prReportSchema.parse(
      JSON.parse(readFileSync(path.join(root, 'wxpress-pr', 'report.json'), 'utf8')),
    )
    expect(report.noCjkFont).toBe(true)
    expect(report.articles[0]!.screenshot).toBe('screenshots/tea.png')
    expect(stepSummary(report, undefined, 'zh-CN')).toContain('截图里的中文显示成了方框（□）')
  }, 120_000)

  it('says it in Chinese for a zh-CN site', async () => {
    const root = changedSite()
    process.env.FONTCONFIG_FILE = latinOnlyFontconfig()
    const r = await runCli(['pr-check', '--base', 'main', '--now', NOW, '--locale', 'zh-CN'], root)
    expect(r.stderr).toContain(
      '截图里的中文显示成了方框（□）：这台机器上没有能显示中文的字体（tea） [pr/screenshot-no-cjk-font]',
    )
    expect(r.stderr).toContain('建议：在安装 Chromium 的那一步装上中文字体')
  }, 120_000)

  it.skipIf(!execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim())(
    'says nothing when a CJK font is installed',
    async () => {
      const root = changedSite()
      const r = await runCli(['pr-check', '--base', 'main', '--now', NOW], root)
      expect(r.stderr).not.toContain('pr/screenshot-no-cjk-font')
      const json = JSON.parse(readFileSync(path.join(root, 'wxpress-pr', 'report.json'), 'utf8'))
      expect(json.noCjkFont).toBeUndefined()
    },
    120_000,
  )
})

describe('the sticky comment when the previews lack a Chinese font', () => {
  it('says so once, with the package to install', async () => {
    const report = baseReport() as Record<string, unknown>
    report.noCjkFont = true
    const body = commentBody(await commentInput(writeArtifact(report)))
    expect(body.match(/手机预览缺少中文字体/g)).toHaveLength(1)
    expect(body).toContain('`fonts-noto-cjk`')
    const plain = commentBody(await commentInput(writeArtifact(baseReport())))
    expect(plain).not.toContain('缺少中文字体')
  })
})
