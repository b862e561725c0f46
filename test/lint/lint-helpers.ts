/** Lints Markdown text in-process (no CLI) and applies the fixes: for rule tests that need no site. */
import { VFile } from 'vfile'
import { configSchema, type ConfigInput } from '../../src/config/schema.js'
import type { Article } from '../../src/content/article.js'
import { articleFromText } from '../../src/content/article-from-text.js'
import { applyFixes } from '../../src/lint/fix-article.js'
import { createLinter } from '../../src/lint/lint-article.js'

export const FRONT =
  '---\ntitle: 测试标题\ntopic: 测试\naudience: 全部粉丝\ncover: cover.png\ndigest: 一句话摘要。\n---\n\n'

export function articleOf(text: string, config = configSchema.parse({})): Article {
  const base = {
    slug: 's',
    path: 'content/s/index.md',
    dir: '/nonexistent',
    file: new VFile({ path: 'content/s/index.md', value: text }),
  }
  return articleFromText(base as Article, text, config)
}

/** Findings of `body` (front-matter added) as `ruleId value` strings, and the text after fixing until stable. */
export function lintAndFix(body: string, input: ConfigInput = {}, merge = true) {
  const config = configSchema.parse(input)
  const linter = createLinter({ config, merge })
  let text = FRONT + body
  const article = articleOf(text, config)
  const findings = linter.lint(article).filter((f) => f.ruleId.startsWith('typography/'))
  for (let pass = 0; pass < 5; pass++) {
    const current = articleOf(text, config)
    const out = applyFixes(current, linter.lint(current), text).output
    if (out === text) break
    text = out
  }
  return { findings, messages: article.file.messages, fixed: text.slice(FRONT.length) }
}

/**
 * With `config` (default: the defaults): the typography findings of a whole text, `fix` (ONE `--fix` pass
 * over a whole text), and `fixOnce` (one pass over a body, front-matter added: its findings, the fixed
 * body and the findings left on it).
 */
export function typographyPass(config = configSchema.parse({})) {
  const linter = createLinter({ config, merge: true })
  const typography = (text: string) =>
    linter.lint(articleOf(text, config)).filter((f) => f.ruleId.startsWith('typography/'))
  const fix = (text: string) => applyFixes(articleOf(text, config), typography(text), text).output
  const fixOnce = (body: string) => {
    const text = `${FRONT}${body}\n`
    const findings = typography(text)
    const fixed = applyFixes(articleOf(text, config), findings, text).output
    return { findings, fixed: fixed.slice(FRONT.length, -1), left: typography(fixed) }
  }
  return { config, linter, typography, fix, fixOnce }
}
