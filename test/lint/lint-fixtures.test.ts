import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../src/content/article.js'
import { collectDiagnostics } from '../../src/diagnostics/collect-diagnostics.js'
import { summarize } from '../../src/diagnostics/summarize.js'
import { reportPretty } from '../../src/diagnostics/report-pretty.js'
import { RULES } from '../../src/lint/rules/index.js'
import { fixtureConfig, lintFile } from './lint-file.js'

const here = path.dirname(fileURLToPath(import.meta.url))

function lintText(article: Article, ruleId?: string) {
  // infos count for a rule whose findings are infos (length/word-count, length/digest-missing)
  const infoRule = RULES.find((r) => r.id === ruleId)?.severity === 'info'
  const diagnostics = collectDiagnostics([{ file: article.file, path: article.path }]).filter(
    (d) => d.source === 'lint' && (d.severity !== 'info' || infoRule) && (!ruleId || d.ruleId === ruleId),
  )
  return reportPretty(diagnostics, summarize(diagnostics, 1), { color: false })
}

const fixtures = path.join(here, 'fixtures')

describe('rule fixtures', () => {
  for (const name of readdirSync(fixtures).sort()) {
    const ruleId = name.replace('__', '/')
    const siteConfig = fixtureConfig(path.join(fixtures, name))
    it(`${ruleId}: ok.md has no findings`, async () => {
      const article = await lintFile(path.join(fixtures, name, 'ok.md'), here, siteConfig)
      const text = lintText(article, ruleId)
      // a rule that always reports an info (the word count) keeps it: ok.md has that one and nothing else
      if (RULES.find((r) => r.id === ruleId)?.severity === 'info' && !text.startsWith('✔')) {
        await expect(text).toMatchFileSnapshot(path.join(fixtures, name, 'ok.txt'))
      } else expect(text).toMatch(/^✔ 0 errors, 0 warnings/)
    })
    it(`${ruleId}: not-ok.md has exactly the expected findings`, async () => {
      const article = await lintFile(path.join(fixtures, name, 'not-ok.md'), here, siteConfig)
      const text = lintText(article, ruleId)
      expect(text).not.toMatch(/^✔/)
      await expect(text).toMatchFileSnapshot(path.join(fixtures, name, 'not-ok.txt'))
    })
  }
})
