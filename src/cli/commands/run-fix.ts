/**
 * `check --fix` / `--fix-dry-run`: applies safe typography fixes to the Markdown files (or shows
 * them as a diff) before the check reports what is left.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createTwoFilesPatch } from '../../core/text-diff.js'
import { createLinter } from '../../lint/lint-article.js'
import { fixToFixedPoint } from '../../lint/fix-to-fixed-point.js'
import type { Site } from '../../site/load-site.js'
import type { CliIO } from '../io.js'
import { t } from '../../i18n/catalogue.js'
import type { Locale } from '../../i18n/message.js'
import { reportMessages } from '../../i18n/messages/report.js'
import { cliMiscMessages } from '../../i18n/messages/cli-misc.js'
import { contentMessages } from '../../i18n/messages/content.js'
import { report } from '../../diagnostics/diagnostic.js'
import { LINE1 } from '../../content/blank-article.js'

/** A file whose fixes could not be written: its site-relative path and the system's error code. */
export interface UnwritableFile {
  path: string
  code: string
}

/**
 * Applies (or, with `dryRun`, shows) the fixes; returns the files whose fixed text could not be
 * written (read-only, a full disk): the other files' fixes are written all the same.
 */
export async function runFix(
  io: CliIO,
  site: Site,
  dryRun: boolean,
  locale: Locale = 'en',
): Promise<UnwritableFile[]> {
  const linter = createLinter({ config: site.config })
  const unwritable: UnwritableFile[] = []
  let total = 0
  for (const article of site.selected) {
    if (!article.readable) continue
    const absolute = path.join(site.root, article.path)
    let original: string
    try {
      original = await readFile(absolute, 'utf8')
    } catch {
      continue // gone or unreadable since it was loaded: the check after the fixes reports it
    }
    const { output, changes } = fixToFixedPoint(linter, article, original, site.config)
    if (changes.length === 0) continue
    if (dryRun) {
      total += changes.length
      io.stdout.write(
        createTwoFilesPatch(`a/${article.path}`, `b/${article.path}`, original, output, '', '', {
          context: 1,
        }),
      )
    } else {
      try {
        await writeFile(absolute, output)
      } catch (error) {
        const { code, message } = error as NodeJS.ErrnoException
        unwritable.push({ path: article.path, code: code ?? message })
        continue
      }
      total += changes.length
      for (const c of changes) {
        const place = `${article.path}:${c.line}:${c.column}`
        const fixed = {
          place,
          ruleId: c.ruleId,
          before: visible(c.context.before),
          after: visible(c.context.after),
        }
        io.stderr.write(`${t(locale, cliMiscMessages.msg.fixed(fixed))}\n`)
      }
    }
  }
  const { msg } = reportMessages
  io.stderr.write(
    `${t(
      locale,
      total === 0 && unwritable.length === 0
        ? msg.nothingToFix()
        : dryRun
          ? msg.fixesDryRun({ n: total })
          : msg.fixesApplied({ n: total }),
    )}\n`,
  )
  return unwritable
}

/**
 * Reports each file whose fixes could not be written (`content/unwritable`) on its article in the
 * reloaded `site`, so that the check after the fixes shows it with the rest and fails.
 */
export function reportUnwritable(site: Site, unwritable: readonly UnwritableFile[]): void {
  const { msg } = contentMessages
  for (const { path: file, code } of unwritable) {
    const article = site.articles.find((a) => a.path === file)
    if (!article) continue
    report(article.file, 'error', 'content/unwritable', 'content', msg.unwritable({ file, code }), {
      place: LINE1,
      value: code,
      hint: msg.unwritableHint({ file }),
    })
  }
}

/**
 * `text` in backticks for the fix log, with every character one cannot see written as `\uXXXX`: a
 * removed zero-width space prints as `` `来到\u200b春季` → `来到春季` ``, not as two equal-looking texts.
 */
export function visible(text: string): string {
  return `\`${text}\``.replace(
    /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00a0\u2000-\u200a\u202f\u205f\u3000\u115f\u1160\u3164\uffa0]/gu,
    (c) => {
      const code = c.codePointAt(0)!
      return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`
    },
  )
}
