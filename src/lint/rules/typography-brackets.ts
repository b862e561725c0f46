/**
 * Brackets around Chinese text, in one style per file. Option `style`: `full-width` (`中文（注释）`),
 * `half-width-spaced` (`中文 (注释) 中文`, zhlint's default and common in technical docs) or `either`
 * (default): the style most of the file's brackets use (full-width on a tie, half-width spaced when
 * no pair is full-width), so only the minority is flagged. Half-width brackets written tight against
 * Chinese (`兰亭笔记(测试版)上线`) are wrong in both styles.
 */
import { defineLintRule, type RuleContext } from '../define-lint-rule.js'
import { lintMessages } from '../../i18n/messages/lint.js'
import type { ProseSegment } from '../prose.js'

const { msg } = lintMessages
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff'
/** A half-width pair around Chinese text, with the spaces outside it. */
const HALF = new RegExp(`([ \\t]*)\\(([^()\\n]*[${CJK}][^()\\n]*)\\)([ \\t]*)`, 'g')
/** A full-width pair, with the spaces outside it. */
const FULL = /([ \t]*)（([^（）\n]*)）([ \t]*)/g
/** What may stand right outside a spaced half-width bracket instead of a space. */
const OPEN_SIDE = /^$|[\s“‘「『《（【(\[—\u3000-\u303f\uff00-\uffef]$/
const CLOSE_SIDE = /^$|^[\s\p{P}]/u

type Style = 'full-width' | 'half-width-spaced'

function isSpaced(text: string, m: RegExpExecArray): boolean {
  const before = m[1] ? ' ' : text.slice(0, m.index).slice(-1)
  const after = m[3] ? ' ' : text.charAt(m.index + m[0].length)
  return OPEN_SIDE.test(before) && CLOSE_SIDE.test(after)
}

function matches(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0
  return [...text.matchAll(re)] as RegExpExecArray[]
}

/**
 * The style the file's own brackets agree on: full-width on a tie, but with no full-width pair at all
 * the writer's half-width is kept and spaced (`样式(半圆角)` → `样式 (半圆角)`), as autocorrect and
 * zhlint both fix it.
 */
function fileStyle(prose: readonly ProseSegment[]): Style {
  let full = 0
  let spaced = 0
  for (const s of prose) {
    full += matches(FULL, s.text).length
    spaced += matches(HALF, s.text).filter((m) => isSpaced(s.text, m)).length
  }
  return spaced > full || full === 0 ? 'half-width-spaced' : 'full-width'
}

function check(context: RuleContext) {
  const option = context.options.style
  const forced = option === 'full-width' || option === 'half-width-spaced' ? option : undefined
  const style = forced ?? fileStyle(context.prose)
  for (const segment of context.prose) {
    const text = segment.text
    const report = (m: RegExpExecArray, message: ReturnType<typeof msg.bracketsHalf>, fixed: string) => {
      context.report({
        message,
        value: m[0].trim(),
        hint: msg.write({ text: withContext(text, m, fixed) }),
        place: context.locate(segment, m.index + m[1]!.length, m.index + m[0].length - m[3]!.length),
        ...(segment.where !== 'body' ? { field: segment.where } : {}),
        fix: { segment, start: m.index, end: m.index + m[0].length, text: fixed },
      })
    }
    const mixed = forced === undefined
    for (const m of matches(HALF, text)) {
      // `](…)` is link or image syntax Markdown did not take (a space in the path): image/space-in-path
      // says so; a space or a full-width bracket would only hide it for good
      if (text.charAt(m.index - 1) === ']') continue
      const spaced = isSpaced(text, m)
      if (style === 'full-width') {
        const value = m[0].trim()
        const message = spaced && mixed ? msg.bracketsMinority({ value, style }) : msg.bracketsHalf({ value })
        report(m, message, `（${m[2]!.trim()}）`)
      } else if (!spaced) {
        report(m, msg.bracketsUnspaced({ value: m[0].trim() }), spacedHalf(text, m))
      }
    }
    if (style === 'half-width-spaced') {
      for (const m of matches(FULL, text)) {
        report(m, msg.bracketsMinority({ value: m[0].trim(), style }), spacedHalf(text, m))
      }
    }
  }
}

/** The fix as the hint shows it: with two characters of context on each side when it adds spaces. */
function withContext(text: string, m: RegExpExecArray, fixed: string): string {
  if (fixed.trim() === fixed || fixed.trim() === '') return fixed.trim() || fixed
  const end = m.index + m[0].length
  return `${text.slice(Math.max(0, m.index - 2), m.index)}${fixed}${text.slice(end, end + 2)}`.trim()
}

/** ` (inner) ` with a space on each side that is not the start, the end or punctuation. */
function spacedHalf(text: string, m: RegExpExecArray): string {
  const before = text.slice(0, m.index).slice(-1)
  const after = text.charAt(m.index + m[0].length)
  const left = before === '' || /[\s“‘「『《（【(\[]/.test(before) ? '' : ' '
  const right = after === '' || /[\s\p{P}]/u.test(after) ? '' : ' '
  return `${left}(${m[2]!.trim()})${right}`
}

export const brackets = defineLintRule({
  id: 'typography/brackets',
  severity: 'warning',
  fixable: true,
  docs: {
    description:
      'Brackets around Chinese text in one style per file: option `style` is `full-width` (`（…）`), `half-width-spaced` (` (…) `) or `either` (default: the style most of the file uses; only the minority is flagged). Half-width brackets tight against Chinese are always flagged.',
    rationale:
      'Both full-width brackets and spaced half-width ones are common conventions; half-width brackets tight against Chinese characters, or two styles in one article, look careless.',
    bad: '兰亭笔记(测试版)上线',
    good: '兰亭笔记（测试版）上线',
  },
  check,
})
