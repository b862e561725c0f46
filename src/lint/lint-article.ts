/**
 * `createLinter({ config }).lint(article)`: runs every enabled rule on the article's prose and
 * front-matter and reports onto `article.file` with the configured severity. Never throws.
 */
import type { Config } from '../config/schema.js'
import type { Article } from '../content/article.js'
import { createMarkdownParser } from '../content/markdown-parser.js'
import type { ParsedBody } from '../content/share-parse.js'
import { report } from '../diagnostics/diagnostic.js'
import { createCodeLikeTest } from './code-like.js'
import { didYouMean } from '../diagnostics/did-you-mean.js'
import type { Finding } from './define-lint-rule.js'
import { isDisabled, parseDirectives } from './directives.js'
import { createLineIndex, locate } from './locate.js'
import { collectProse } from './prose.js'
import { resolveRules } from './resolve-rules.js'
import { isOtherStageId } from './rule-ids.js'
import { RULES } from './rules/index.js'

export interface LintOptions {
  config: Config
}

export interface Linter {
  /** Reports findings on `article.file`; returns them (with fixes and rule ids) for `--fix`. */
  /** `parsed`: the article's shared parse (see `shareParse`); parsed here when not given. */
  lint(article: Article, parsed?: ParsedBody): (Finding & { ruleId: string })[]
}

function withoutFix(finding: Finding): Finding {
  const copy = { ...finding }
  delete copy.fix
  delete copy.moreFixes
  return copy
}

export function createLinter(options: LintOptions): Linter {
  const parse = createMarkdownParser()
  const { config } = options
  return {
    lint(article, parsed) {
      if (!article.readable) return []
      // the renderer reuses this tree (only read here) through the same `parsed`
      const tree = parsed ? parsed(parse) : parse(article.markdown)
      const prose = collectProse(article, tree)
      const index = createLineIndex(article.markdown)
      const fileLines = String(article.file.value).split('\n')
      const directives = parseDirectives(tree)
      const inCall = createCodeLikeTest(fileLines)
      const { active, unknown } = resolveRules(RULES, config, article.frontmatter.lint)
      const all: (Finding & { ruleId: string })[] = []
      for (const id of unknown) {
        const s = didYouMean(id, RULES.map((r) => r.id))
        const field = article.fields.find((f) => f.key === 'lint')
        // an id of this file's `lint:` is reported on its own line; one from the config at the block
        const entry = article.frontmatter.lint && id in article.frontmatter.lint ? field?.entries?.find((e) => e.key === id) : undefined
        report(article.file, 'warning', 'lint/unknown-rule', 'lint', `Unknown lint rule \`${id}\`${entry ? ' in `lint:`' : ''}`, {
          place: entry?.keyPosition ?? field?.valuePosition ?? article.block, value: id, field: entry ? `lint.${id}` : undefined,
          hint: s ? `Did you mean \`${s}\`?` : 'See docs/rules.md for the rule ids.',
        })
      }
      for (const { rule, severity, options: ruleOptions } of active) {
        try {
          rule.check({
            article, prose, tree, options: ruleOptions,
            locate: (segment, from, to) => locate(index, segment, from, to, fileLines),
            report: (reported) => {
              // text in raw HTML is reported, never fixed
              const finding = reported.fix?.segment.html || reported.moreFixes?.some((f) => f.segment.html) ? withoutFix(reported) : reported
              const start = finding.place?.start.line
              if (isDisabled(directives, rule.id, start)) return
              if (rule.id.startsWith('typography/') && inCall(finding.place)) return
              all.push({ ...finding, ruleId: rule.id })
              report(article.file, severity, rule.id, 'lint', finding.message, {
                place: finding.place, hint: finding.hint, value: finding.value, field: finding.field,
              })
            },
          })
        } catch (error) {
          report(article.file, 'error', 'lint/rule-crashed', 'lint', `Rule ${rule.id} failed: ${(error as Error).message}`, {
            place: article.block, hint: 'This is a bug in the rule; disable it in the config and report it.',
          })
        }
      }
      const ruleIds = RULES.map((r) => r.id)
      for (const d of directives) {
        if (d.rules === 'all') continue
        d.rules.forEach((id, i) => {
          if (ruleIds.includes(id) || isOtherStageId(id)) return
          const s = didYouMean(id, ruleIds)
          report(article.file, 'warning', 'lint/unknown-rule', 'lint', `Unknown lint rule \`${id}\` in a disable comment`, {
            place: d.idPlaces[i] ?? d.position, value: id, hint: s ? `Did you mean \`${s}\`?` : 'See docs/rules.md for the rule ids.',
          })
        })
      }
      for (const d of directives) {
        if (d.used) continue
        // a comment naming only unknown rules was reported above
        if (d.rules !== 'all' && d.rules.every((id) => !ruleIds.includes(id) && !isOtherStageId(id))) continue
        report(article.file, 'warning', 'lint/unused-disable', 'lint', `Unused disable directive for ${d.rules === 'all' ? 'all rules' : d.rules.join(', ')}`, {
          place: d.position, hint: 'Remove the comment: nothing on the lines it covers is reported.',
        })
      }
      return all
    },
  }
}
