/**
 * Control characters (U+0000–U+001F but tab and newline, U+007F) and zero-width characters
 * (U+200B–U+200D, U+2060, U+FEFF), line and paragraph separators (U+2028, U+2029) in the text of the body (never code, math or HTML) and of the
 * front-matter values. They come from copy-paste, are invisible to the author and break search,
 * copying and line wrapping for readers. Fixed by removal (a separator between two words becomes a space); a zero-width joiner inside an emoji
 * sequence (👨‍👩‍👧) is part of the emoji and left alone.
 */
import type { Parent, RootContent } from 'mdast'
import { defineLintRule, type RuleContext } from '../define-lint-rule.js'
import { NOT_PROSE, type ProseSegment } from '../prose.js'
import { lintMessages } from '../../i18n/messages/lint.js'
const { msg } = lintMessages

const INVISIBLE = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2028\u2029\u2060\ufeff]+/g
const ANY = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2028\u2029\u2060\ufeff]/
/** Line and paragraph separators: between two words they stand for a space, elsewhere for nothing. */
const SEPARATOR = /[\u2028\u2029]/
const WORD_CHAR = /[\p{L}\p{N}\p{P}\p{S}]/u
const HAN = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/
const SKIP = new Set([...NOT_PROSE, 'yaml', 'toml'])

const NAMES: Record<number, string> = {
  0x00: 'null',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x1b: 'escape',
  0x7f: 'delete',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x2060: 'word joiner',
  0xfeff: 'zero-width no-break space (BOM)',
}

const codePoint = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`
const describe = (c: number) => NAMES[c] ?? 'control character'

/** A zero-width joiner between two parts of an emoji (surrogate pairs, U+FE0F, dingbats). */
function joinsEmoji(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1)
  const after = text.charCodeAt(at + 1)
  const emojiEnd =
    (before >= 0xdc00 && before <= 0xdfff) || before === 0xfe0f || (before >= 0x2600 && before <= 0x27bf)
  const emojiStart = (after >= 0xd800 && after <= 0xdbff) || (after >= 0x2600 && after <= 0x27bf)
  return emojiEnd && emojiStart
}

/** Two non-Chinese visible characters (`word\u2028word`): removing a separator would join them. */
const between = (a: string, b: string) =>
  WORD_CHAR.test(a) && WORD_CHAR.test(b) && !HAN.test(a) && !HAN.test(b)

function scan(context: RuleContext, segment: ProseSegment) {
  const text = segment.text
  INVISIBLE.lastIndex = 0
  for (let m = INVISIBLE.exec(text); m; m = INVISIBLE.exec(text)) {
    const run = m[0]
    if (run === '\u200d' && joinsEmoji(text, m.index)) continue
    const codes = Array.from(run, (ch) => ch.charCodeAt(0))
    const first = codes[0]!
    const same = codes.every((c) => c === first)
    const field = segment.where !== 'body' ? { field: segment.where } : {}
    context.report({
      message: same
        ? msg.invisible({ name: describe(first), code: codePoint(first), times: codes.length, ...field })
        : msg.invisibleMixed({ n: codes.length, codes: codes.map(codePoint).join(' '), ...field }),
      place: context.locate(segment, m.index, m.index + run.length),
      value: codes.map(codePoint).join(' '),
      hint: msg.invisibleHint({ n: codes.length }),
      ...(segment.where !== 'body' ? { field: segment.where } : {}),
      fix: {
        segment,
        start: m.index,
        end: m.index + run.length,
        text:
          SEPARATOR.test(run) && between(text.charAt(m.index - 1), text.charAt(m.index + run.length))
            ? ' '
            : '',
      },
    })
  }
}

export const invisibleCharacters = defineLintRule({
  id: 'typography/invisible-characters',
  severity: 'warning',
  fixable: true,
  docs: {
    description:
      'No control characters, zero-width spaces/joiners (U+200B–U+200D, U+2060, U+FEFF) or line/paragraph separators (U+2028, U+2029) in the text; the fix removes them (a separator between two words becomes a space).',
    rationale:
      'Pasted from chat apps and web pages, they are invisible in the editor but break search, copying and line wrapping, and some show as boxes.',
    bad: '公众号\u200b排版',
    good: '公众号排版',
  },
  check(context) {
    const markdown = context.article.markdown
    // body: the source of every text node outside code, math and HTML (a NUL becomes U+FFFD in the
    // tree, so the source is scanned, not the node's value)
    if (ANY.test(markdown)) {
      const walk = (node: Parent) => {
        for (const child of node.children as RootContent[]) {
          if (SKIP.has(child.type)) continue
          if (child.type === 'text') {
            const start = child.position?.start.offset
            const end = child.position?.end.offset
            if (start === undefined || end === undefined) continue
            const text = markdown.slice(start, end)
            if (ANY.test(text)) scan(context, { text, where: 'body', offset: start })
          } else if ('children' in child) walk(child as Parent)
        }
      }
      walk(context.tree)
    }
    for (const segment of context.prose)
      if (segment.where !== 'body' && ANY.test(segment.text)) scan(context, segment)
  },
})
