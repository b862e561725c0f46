/**
 * pr-check on a PR that breaks the config: the site's language is that of the base branch's config
 * (the broken one cannot be read), and the report says the config is the problem (no article checked)
 * instead of "every article is checked".
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { prReportSchema } from '../../src/pr/report-schema.js'
import { localeInText } from '../../src/config/locale-in-text.js'
import { fallbackLocale } from '../../src/pr/fallback-locale.js'
import { runCli } from '../helpers/run-cli.js'
import { commitAll, NOW, prSite } from './pr-site.js'

async function brokenConfigPr(locale: 'zh-CN' | 'en', keepLocale: boolean) {
  const root = prSite([{ slug: 'news', slot: '2027-04-15T20:00:00+08:00' }], { locale })
  const file = path.join(root, 'wxpress.config.json')
  // a comma missing: not JSON any more (and, for the first case, no "locale" left to read in it)
  const text = readFileSync(file, 'utf8').replace('},"schedule"', '} "schedule"')
  writeFileSync(file, keepLocale ? text : text.replace(/"locale":"[^"]+"/, '"other":1'))
  commitAll(root, 'break the config')
  const r = await runCli(['pr-check', '--base', 'main', '--now', NOW, '--no-screenshots'], root)
  const report = prReportSchema.parse(
    JSON.parse(readFileSync(path.join(root, 'wxpress-pr', 'report.json'), 'utf8')),
  )
  return { r, report }
}

describe('pr-check of a PR that breaks the config', () => {
  it('reports in the base config language and says no article was checked', async () => {
    const { r, report } = await brokenConfigPr('zh-CN', false)
    expect(report.locale).toBe('zh-CN')
    expect(report.scope).toEqual({
      all: true,
      configFailed: true,
      reason: '没有检查任何文章：配置文件（wxpress.config.json）有错误，请先改正，错误见下方。',
    })
    expect(report.check.diagnostics[0]).toMatchObject({ ruleId: 'config/invalid' })
    expect(report.check.diagnostics[0]!.message).toMatch(/^配置不是合法的 JSON/)
    expect(r.stdout).not.toMatch(/Every article is checked|The config is not valid JSON/)
    expect(r.stdout).toContain('没有检查任何文章')
  })

  it('an English site stays English', async () => {
    const { report } = await brokenConfigPr('en', true)
    expect(report.locale).toBe('en')
    expect(report.scope.reason).toBe(
      'No article is checked: the config (wxpress.config.json) has errors. Fix them first; they are listed below.',
    )
  })

  it('reads "locale" from a config text that is not valid JSON', () => {
    expect(localeInText('{ "theme": "default"\n  "locale": "zh-CN" }')).toBe('zh-CN')
    expect(localeInText("export default { locale: 'en' }")).toBe('en')
    expect(localeInText('{ "locale": "fr" }')).toBeUndefined()
    expect(fallbackLocale('{"locale":"zh-CN"}', '{"locale": "en",', 'en')).toBe('zh-CN')
    expect(fallbackLocale(undefined, '{"locale": "zh-CN",', 'en')).toBe('zh-CN')
    expect(fallbackLocale(undefined, undefined, 'en')).toBe('en')
  })
})
