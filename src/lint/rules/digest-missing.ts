/**
 * `length/digest-missing`: no `digest` (or one left blank, which means the same): WeChat shows the
 * first 54 characters of the body, as they come (headings and captions included), which this quotes.
 */
import type { YamlField } from '../../config/parse-yaml.js'
import { defineLintRule } from '../define-lint-rule.js'
import { lintRuleMessages } from '../../i18n/messages/lint-rules.js'
import { readerText } from './reader-text.js'
const { msg } = lintRuleMessages

/** A key written with no value: `digest:`, `digest: ""`, `digest: ~`, `digest: null`. */
function blank(field: YamlField): boolean {
  const text = field.sourceText
  return text !== undefined && (text.trim() === '' || /^(?:~|null|Null|NULL)$/.test(text))
}

export const digestMissing = defineLintRule({
  id: 'length/digest-missing',
  severity: 'info',
  fixable: false,
  docs: {
    description:
      'Without a `digest` (or with one left blank, e.g. `digest:` or `digest: ""`), WeChat uses the first 54 characters of the body text as it comes, headings and captions included; the finding quotes them.',
    rationale: 'The digest is the second line of the share card; a written one usually works better.',
    bad: '(no digest)',
    good: 'digest: 一句话说清这篇文章',
  },
  check: (context) => {
    const { article } = context
    // with YAML that cannot be read, a digest may well be there: its error says so
    if (article.brokenFrontmatter || article.frontmatter.digest !== undefined) return
    const field = article.fields.find((f) => f.key === 'digest')
    // a digest of the wrong kind (a list …) is an error of the content stage
    if (field && !blank(field)) return
    const preview = [...readerText(context.tree).replace(/\s+/g, ' ').trim()].slice(0, 54).join('')
    if (preview === '') return // an empty body is content/empty-body
    context.report({
      message: field ? msg.digestBlank({ preview }) : msg.digestMissing({ preview }),
      place: field ? field.keyPosition : article.block,
      value: preview,
      ...(field ? { field: 'digest' } : {}),
      hint: field ? msg.digestBlankHint() : msg.digestMissingHint(),
    })
  },
})
