/**
 * `length/digest-missing`: no `digest` (or one left blank, which means the same): the digest is the
 * first 54 characters of the body as readers see it (headings and captions included, no footnote
 * markers), which this quotes and `publish` sends (`digestSource`).
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

/** Wide characters: CJK, kana, full-width and CJK punctuation. */
const WIDE = '\\u3000-\\u9fff\\uf900-\\uffef'
/**
 * A soft line break between two wide characters joins them, as the render does
 * (rehype-cjk-line-breaks); so does a paragraph break after a full-width mark (`文章。感谢`), whose
 * own width is the gap. A heading and the paragraph after it stay a space apart.
 */
const JOINED = new RegExp(
  `(?<=[${WIDE}])[ \\t]*\\n[ \\t]*(?=[${WIDE}])|(?<=[，。！？；：、）」』”…])\\s*\\n\\s*(?=[${WIDE}])`,
  'g',
)

/** The text as one line, the way the reader sees it. */
const flowed = (text: string) => text.replace(JOINED, '').replace(/\s+/g, ' ').trim()

export const digestMissing = defineLintRule({
  id: 'length/digest-missing',
  severity: 'info',
  fixable: false,
  docs: {
    description:
      'Without a `digest` (or with one left blank, e.g. `digest:` or `digest: ""`), the digest is the first 54 characters of the body text as readers see it, headings and captions included, without footnote markers; the finding quotes them, and `publish` sends them (WeChat would keep `[1]` markers).',
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
    const preview = [...flowed(readerText(context.tree))].slice(0, 54).join('')
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
