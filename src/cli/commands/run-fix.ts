/**
 * `check --fix` / `--fix-dry-run`: applies safe typography fixes to the Markdown files (or shows
 * them as a diff) before the check reports what is left.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createTwoFilesPatch } from 'diff'
import { createLinter } from '../../lint/lint-article.js'
import { applyFixes } from '../../lint/fix-article.js'
import type { Site } from '../../site/load-site.js'
import type { CliIO } from '../io.js'

export async function runFix(io: CliIO, site: Site, dryRun: boolean): Promise<void> {
  const linter = createLinter({ config: site.config })
  let total = 0
  for (const article of site.selected) {
    if (!article.readable) continue
    const absolute = path.join(site.root, article.path)
    const original = await readFile(absolute, 'utf8')
    const findings = linter.lint(article)
    article.file.messages.length = 0
    const { output, changes } = applyFixes(article, findings, original)
    if (changes.length === 0) continue
    total += changes.length
    if (dryRun) {
      io.stdout.write(createTwoFilesPatch(`a/${article.path}`, `b/${article.path}`, original, output, '', '', { context: 1 }))
    } else {
      await writeFile(absolute, output)
      for (const c of changes) io.stderr.write(`fixed ${article.path}:${c.line}:${c.column} ${c.ruleId}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}\n`)
    }
  }
  io.stderr.write(total === 0 ? 'Nothing to fix.\n' : dryRun ? `${total} fix(es) would be applied (dry run, nothing written).\n` : `Applied ${total} fix(es).\n`)
}
