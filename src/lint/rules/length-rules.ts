import { defineLintRule } from '../define-lint-rule.js'
import { lintRuleMessages } from '../../i18n/messages/lint-rules.js'
import { readerText } from './reader-text.js'
import { readingMinutes } from '../reading-time.js'
import { codePoints } from '../../core/code-points.js'
const { msg } = lintRuleMessages

/** Counts as WeChat and Word do: each Han character is one, each run of Latin letters/digits one word. */
export function countWords(text: string): number {
  // one pass, no copies: a word is `[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*` (Han characters end it)
  let n = 0
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i)
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
      n++
      i++
      continue
    }
    if (!isAlnum(c)) {
      i++
      continue
    }
    n++
    while (i < text.length && isAlnum(text.charCodeAt(i))) i++
    while (isJoiner(text.charCodeAt(i)) && isAlnum(text.charCodeAt(i + 1))) {
      i++
      while (i < text.length && isAlnum(text.charCodeAt(i))) i++
    }
  }
  return n
}

const isAlnum = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
/** `.`, `'`, `’`, `-` inside a word (`Node.js`, `don't`, `e-mail`). */
const isJoiner = (c: number) => c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2d

export const wordCount = defineLintRule({
  id: 'length/word-count',
  severity: 'info',
  fixable: false,
  docs: {
    description:
      'Reports the body length in 字 (Han characters + Latin words, as WeChat counts) and the reading time (≈ 400 字/min); warns outside `min`–`max` (300–5,000).',
    rationale: 'Operators aim for 800–1,200 字: long enough to be worth opening, short enough to finish.',
    bad: '(a 120-字 article)',
    good: '(a 1,000-字 article)',
  },
  check: (context) => {
    const text = readerText(context.tree)
    const n = countWords(text)
    const min = typeof context.options.min === 'number' ? context.options.min : 300
    const max = typeof context.options.max === 'number' ? context.options.max : 5000
    const minutes = readingMinutes(n)
    const place = context.article.block
    context.report({ message: msg.wordCount({ n, minutes }), place, value: String(n) })
    if (n < min)
      context.report({ message: msg.wordsFew({ n, min }), place, value: String(n), hint: msg.wordsFewHint() })
    if (n > max)
      context.report({
        message: msg.wordsMany({ n, max }),
        place,
        value: String(n),
        hint: msg.wordsManyHint(),
      })
  },
})

export const characterLimit = defineLintRule({
  id: 'length/character-limit',
  severity: 'error',
  fixable: false,
  docs: {
    description:
      'A length cap of the team’s own (option `max`, characters of body text; none by default): WeChat’s own limit is `render/content-too-long`, measured on the rendered text.',
    rationale: 'Some accounts keep articles short on purpose; a cap in the config holds every writer to it.',
    bad: '(a 9,000-character article with `max: 8000`)',
    good: '(split into two articles)',
  },
  check: (context) => {
    // without a cap of the team's own, render/content-too-long alone speaks for WeChat's limit
    const max = typeof context.options.max === 'number' ? context.options.max : undefined
    if (max === undefined) return
    // a block break counts as one character, as a line break does
    const chars = codePoints(readerText(context.tree).replaceAll('\n\n', '\n'))
    if (chars > max)
      context.report({
        message: msg.characterLimit({ n: chars, max }),
        place: context.article.block,
        value: String(chars),
        hint: msg.splitArticle(),
      })
  },
})

export const imageCount = defineLintRule({
  id: 'length/image-count',
  severity: 'warning',
  fixable: false,
  docs: {
    description: 'Warns when an article has more images than `max` (default 30).',
    rationale: 'Each image is an upload and slows the article down on mobile networks.',
    bad: '(45 images)',
    good: '(a handful of chosen images)',
  },
  check: (context) => {
    let n = 0
    const walk = (node: { type: string; children?: unknown[] }) => {
      if (node.type === 'image') n++
      for (const c of (node.children ?? []) as { type: string }[]) walk(c)
    }
    walk(context.tree)
    const max = typeof context.options.max === 'number' ? context.options.max : 30
    if (n > max)
      context.report({
        message: msg.imageCount({ n, max }),
        place: context.article.block,
        value: String(n),
        hint: msg.imageCountHint(),
      })
  },
})

export const digestLength = defineLintRule({
  id: 'length/digest-length',
  severity: 'warning',
  fixable: false,
  docs: {
    description:
      'Warns when `digest` is longer than a share card shows (`limits.digestWarn`, 54) but within `limits.digestMax`; above `digestMax` (54 by default, DESIGN §2; WeChat’s own limit is 120, for sites that raise it) is an error of the content stage.',
    rationale:
      'The share card cuts the digest after about 54 characters; the rest is only seen in some views.',
    bad: 'digest: （一段 80 字的摘要）',
    good: 'digest: 一句话说清这篇文章',
  },
  check: (context) => {
    const digest = context.article.frontmatter.digest
    const field = context.article.fields.find((f) => f.key === 'digest')
    if (typeof digest !== 'string' || !field) return
    const max = typeof context.options.max === 'number' ? context.options.max : 54
    const n = [...digest].length
    if (n > max) {
      context.report({
        message: msg.digestLength({ n, max }),
        place: field.valuePosition,
        value: digest,
        field: 'digest',
        hint: msg.digestLengthHint({ max }),
      })
    }
  },
})
