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
import { createFixLocator } from './fix-article.js'
import { createLineIndex, locate } from './locate.js'
import { mergeFindings, type RuleFinding } from './merge-findings.js'
import { lintMessages } from '../i18n/messages/lint.js'
import { commonMessages } from '../i18n/messages/common.js'
import { collectProse } from './prose.js'
import { resolveRules } from './resolve-rules.js'
import { withholdOverLimit } from './withhold-fixes.js'
import { isOtherStageId } from '../config/rule-ids.js'
import { RULES } from './rules/index.js'

export interface LintOptions {
  config: Config
  /** Merge the fixes of one phrase into one finding (default true; false counts every edit). */
  merge?: boolean
}

export interface Linter {
  /** Reports findings on `article.file`; returns them (with fixes and rule ids) for `--fix`. */
  /** `parsed`: the article's shared parse (see `shareParse`); parsed here when not given. */
  lint(article: Article, parsed?: ParsedBody): (Finding & { ruleId: string })[]
}

function withoutFix<F extends Finding>(finding: F): F {
  const copy = { ...finding }
  delete copy.fix
  delete copy.moreFixes
  return copy
}

export function createLinter(options: LintOptions): Linter {
  const parse = createMarkdownParser()
  const { config } = options
  const { msg } = lintMessages
  const hintFor = (s: string | undefined) =>
    s ? commonMessages.msg.didYouMean({ s }) : commonMessages.msg.seeRulesDoc()
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
        const s = didYouMean(
          id,
          RULES.map((r) => r.id),
        )
        const field = article.fields.find((f) => f.key === 'lint')
        // an id of this file's `lint:` is reported on its own line; one from the config at the block
        const entry =
          article.frontmatter.lint && id in article.frontmatter.lint
            ? field?.entries?.find((e) => e.key === id)
            : undefined
        report(
          article.file,
          'warning',
          'lint/unknown-rule',
          'lint',
          msg.unknownRule({ id, where: entry ? 'lint' : '' }),
          {
            place: entry?.keyPosition ?? field?.valuePosition ?? article.block,
            value: id,
            field: entry ? `lint.${id}` : undefined,
            hint: hintFor(s),
          },
        )
      }
      const where = (segment: Parameters<typeof locate>[1], from: number, to: number) =>
        locate(index, segment, from, to, fileLines)
      const found: RuleFinding[] = []
      for (const { rule, severity, options: ruleOptions } of active) {
        try {
          rule.check({
            article,
            prose,
            tree,
            options: ruleOptions,
            locate: where,
            report: (finding) => {
              const start = finding.place?.start.line
              if (isDisabled(directives, rule.id, start)) return
              if (rule.id.startsWith('typography/') && inCall(finding.place)) return
              found.push({ ...finding, ruleId: rule.id, severity })
            },
          })
        } catch (error) {
          report(
            article.file,
            'error',
            'lint/rule-crashed',
            'lint',
            msg.ruleCrashed({ id: rule.id, error: (error as Error).message }),
            {
              place: article.block,
              hint: msg.ruleCrashedHint(),
            },
          )
        }
      }
      const fixOf = createFixLocator(article)
      // text in raw HTML is grouped as in Markdown (`6月1日` is one finding), reported, never fixed
      const merged = (options.merge === false ? found : mergeFindings(found, where)).map((f) =>
        f.fix?.segment.html || f.moreFixes?.some((e) => e.segment.html) ? withoutFix(f) : f,
      )
      for (const finding of withholdOverLimit(merged, config)) {
        const { severity, ...rest } = finding
        all.push(rest)
        report(article.file, severity, finding.ruleId, 'lint', finding.message, {
          place: finding.place,
          hint: finding.hint,
          value: finding.value,
          field: finding.field,
          fix: fixOf(finding),
        })
      }
      const ruleIds = RULES.map((r) => r.id)
      for (const d of directives) {
        if (d.rules === 'all') continue
        d.rules.forEach((id, i) => {
          if (ruleIds.includes(id) || isOtherStageId(id)) return
          const s = didYouMean(id, ruleIds)
          report(
            article.file,
            'warning',
            'lint/unknown-rule',
            'lint',
            msg.unknownRule({ id, where: 'comment' }),
            {
              place: d.idPlaces[i] ?? d.position,
              value: id,
              hint: hintFor(s),
            },
          )
        })
      }
      for (const d of directives) {
        if (d.used) continue
        // a comment naming only unknown rules was reported above
        if (d.rules !== 'all' && d.rules.every((id) => !ruleIds.includes(id) && !isOtherStageId(id))) continue
        report(
          article.file,
          'warning',
          'lint/unused-disable',
          'lint',
          msg.unusedDisable({ rules: d.rules === 'all' ? '' : d.rules.join(', ') }),
          {
            place: d.position,
            hint: msg.unusedDisableHint(),
          },
        )
      }
      return all
    },
  }
}
