/**
 * `pr-report --help` says what the code does: it reads no config, so `--locale` defaults to the
 * artifact's locale (else English); and it names its outputs with the words of the comment.
 */
import { tmpdir } from 'node:os'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

describe('pr-report --help', () => {
  it('says the locale follows the artifact, in both languages, with one word per thing', async () => {
    const en = await runCli(['pr-report', '--help'], tmpdir(), {})
    expect(en.stdout).toContain("the artifact's locale")
    expect(en.stdout).not.toContain('config `locale`')
    const zh = await runCli(['pr-report', '--help', '--locale', 'zh-CN'], tmpdir(), {})
    expect(zh.stdout).toContain('默认跟随 artifact 的 locale')
    expect(zh.stdout).not.toContain('默认用配置中的')
    expect(zh.stdout).toContain('修改建议')
    expect(zh.stdout).not.toMatch(/一键修正|一键修复|置顶/)
  })
})

describe('pr-report log words', () => {
  it('calls the comment the wxpress comment (it is not pinned) and the suggestions 修改建议', async () => {
    const { t } = await import('../../src/i18n/catalogue.js')
    const { prReportMessages } = await import('../../src/i18n/messages/pr-report.js')
    const refused = t('zh-CN', prReportMessages.msg.refused({ step: 'comment', github: 'x' }))
    expect(refused).toContain('GitHub 拒绝写 wxpress 评论')
    expect(t('zh-CN', prReportMessages.msg.couldNot({ step: 'suggestions', error: 'x' }))).toBe(
      '无法贴出修改建议：x',
    )
  })
})
