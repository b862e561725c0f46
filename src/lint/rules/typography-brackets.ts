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
/**
 * A half-width pair (around Chinese text: see `matches`), with the spaces outside it. Every pattern
 * starts at the first of its spaces and leaves the Chinese test to code, so a long run of spaces or
 * an unclosed bracket before a long text is read once, not once per character.
 */
export const HALF = /(?<![ \t])([ \t]*)\(([^()\n]*)\)([ \t]*)/g
/** A full-width pair, with the spaces outside it. */
export const FULL = /(?<![ \t])([ \t]*)（([^（）\n]*)）([ \t]*)/g
/**
 * A full-width bracket closed half-width or the reverse, around Chinese text (`（大概吧)`, `(也许吧）`);
 * not a half-width bracket next to its full-width twin (`（测试版)）`), which the fix would double.
 */
export const MISMATCHED =
  /(?<![ \t])([ \t]*)(?:（([^（）()\n]*)\)(?![ \t]*）)|(?<!（[ \t]*)\(([^（）()\n]*)）)([ \t]*)/g
const CHINESE = new RegExp(`[${CJK}]`)
/** Latin letters or digits (half- or full-width): bracketed text that is not purely Chinese. */
const LATIN = /[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/
/** What may stand right outside a spaced half-width bracket instead of a space. */
const OPEN_SIDE = /^$|[\s“‘「『《（【([—\u3000-\u303f\uff00-\uffef]$/
const CLOSE_SIDE = /^$|^[\s\p{P}]/u

type Style = 'full-width' | 'half-width-spaced'

function isSpaced(text: string, m: RegExpExecArray): boolean {
  const before = m[1] ? ' ' : text.charAt(m.index - 1)
  const after = m[3] ? ' ' : text.charAt(m.index + m[0].length)
  return OPEN_SIDE.test(before) && CLOSE_SIDE.test(after)
}

/** The pairs of `re` in `text`; half-width and mismatched ones only around Chinese text. */
function matches(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0
  const all = [...text.matchAll(re)] as RegExpExecArray[]
  return re === FULL ? all : all.filter((m) => CHINESE.test(re === HALF ? m[2]! : (m[2] ?? m[3]!)))
}

/** The full-width pairs that share no character with a mismatched pair (which is reported on its own). */
function fullPairs(text: string): RegExpExecArray[] {
  const mismatched = matches(MISMATCHED, text)
  let i = 0
  return matches(FULL, text).filter((m) => {
    while (i < mismatched.length && mismatched[i]!.index + mismatched[i]![0].length <= m.index) i++
    const x = mismatched[i]
    return !(x && x.index < m.index + m[0].length)
  })
}

/**
 * The style the file's own brackets agree on: full-width on a tie, half-width spaced when only
 * spaced half-width pairs are written. With neither, the tight half-width pairs decide: around purely
 * Chinese words they become full-width (`15日(周六)下午` → `15日（周六）下午`, also a mismatched
 * `（大概吧)`), around text with Latin
 * letters or digits they are kept and spaced (`兰亭(beta 版)上线` → `兰亭 (beta 版) 上线`), as
 * autocorrect and zhlint fix it.
 */
function fileStyle(prose: readonly ProseSegment[]): Style {
  let full = 0
  let spaced = 0
  let chinese = 0
  let latin = 0
  for (const s of prose) {
    full += fullPairs(s.text).length
    for (const m of matches(HALF, s.text)) {
      if (isSpaced(s.text, m)) spaced++
      else if (LATIN.test(m[2]!)) latin++
      else chinese++
    }
    for (const m of matches(MISMATCHED, s.text)) LATIN.test(m[2] ?? m[3]!) ? latin++ : chinese++
  }
  if (spaced > full) return 'half-width-spaced'
  if (full > 0) return 'full-width'
  return chinese > 0 && chinese >= latin ? 'full-width' : 'half-width-spaced'
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
      for (const m of fullPairs(text)) {
        report(m, msg.bracketsMinority({ value: m[0].trim(), style }), spacedHalf(text, m))
      }
    }
    for (const m of matches(MISMATCHED, text)) {
      // as the pair `（…）` or ` (…) ` the file's style asks for
      const inner = (m[2] ?? m[3]!).trim()
      const pair = [m[0], m[1]!, inner, m[4]!] as unknown as RegExpExecArray
      pair.index = m.index
      const fixed = style === 'full-width' ? `（${inner}）` : spacedHalf(text, pair)
      report(pair, msg.bracketsMismatched({ value: m[0].trim() }), fixed)
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
  const before = text.charAt(m.index - 1)
  const after = text.charAt(m.index + m[0].length)
  const left = before === '' || /[\s“‘「『《（【([]/.test(before) ? '' : ' '
  const right = after === '' || /[\s\p{P}]/u.test(after) ? '' : ' '
  return `${left}(${m[2]!.trim()})${right}`
}

export const brackets = defineLintRule({
  id: 'typography/brackets',
  severity: 'warning',
  fixable: true,
  docs: {
    description:
      'Brackets around Chinese text in one style per file: option `style` is `full-width` (`（…）`), `half-width-spaced` (` (…) `) or `either` (default: the style most of the file uses; only the minority is flagged; with no other brackets in the file, brackets around purely Chinese words are full-width). Half-width brackets tight against Chinese, and pairs with one full-width and one half-width bracket (`（大概吧)`), are always flagged.',
    rationale:
      'Both full-width brackets and spaced half-width ones are common conventions; half-width brackets tight against Chinese characters, or two styles in one article, look careless.',
    bad: '兰亭笔记(测试版)上线',
    good: '兰亭笔记（测试版）上线',
  },
  check,
})
