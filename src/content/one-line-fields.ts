/**
 * The front-matter values WeChat shows on one line and sends as they are: `title`, `author` and
 * `digest`. A line break in `title` or `author` (a YAML block `title: |`) would be sent with the
 * article, so it is an error; a `digest` written over several lines is joined into one (a
 * long digest is naturally written as a `>` block): between two Chinese characters without a space,
 * else with one. A control character (U+0000–U+001F but tab, U+007F) in any of them is an error.
 */
import type { VFile } from '../core/vfile.js'
import type { YamlField } from '../config/parse-yaml.js'
import { report } from '../diagnostics/diagnostic.js'
import { contentMessages } from '../i18n/messages/content.js'

export const ONE_LINE_KEYS: ReadonlySet<string> = new Set(['title', 'author', 'digest'])

const BREAK = /[\n\u2028\u2029]/
const CONTROL = /[\0-\x08\x0a-\x1f\x7f]/
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef'
const BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t]*[\\n\\u2028\\u2029]\\s*(?=[${CJK}])`, 'gu')

/** A space YAML made of a line break (`>` block, a plain or quoted value over several lines). */
const FOLDED = new RegExp(`(?<=[${CJK}]) (?=[${CJK}])`, 'gu')

/**
 * A digest on one line: line breaks between Chinese characters dropped, others made one space.
 * `folded`: the value spans several lines of the source, so YAML already made each line break a
 * space; one between two Chinese characters is dropped too.
 */
export function joinLines(text: string, folded = false): string {
  let out = text
  if (BREAK.test(out))
    out = out
      .trim()
      .replace(BETWEEN_CJK, '')
      .replace(/[ \t]*[\n\u2028\u2029]\s*/g, ' ')
  return folded ? out.replace(FOLDED, '') : out
}

/** The value as a message quotes it: line breaks and control characters written as `\n`, `\u001b`. */
function shown(text: string): string {
  const short = [...text].length > 40 ? `${[...text].slice(0, 40).join('')}…` : text
  return short.replace(/[\0-\x1f\x7f\u2028\u2029]/g, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/**
 * Reports a line break (title, author) or a control character in `value` as
 * `frontmatter/invalid-value` on the field; true when it did (the value is then not used).
 */
export function reportLineProblem(file: VFile, field: YamlField, value: string): boolean {
  const { msg } = contentMessages
  const key = field.key
  const options = { place: field.valuePosition, field: key, value }
  if (key !== 'digest' && BREAK.test(value)) {
    const message = msg.lineBreak({ key, value: shown(value) })
    report(file, 'error', 'frontmatter/invalid-value', 'content', message, {
      ...options,
      hint: msg.lineBreakHint({ key }),
    })
    return true
  }
  const control = CONTROL.exec(value)
  if (!control) return false
  const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
  report(
    file,
    'error',
    'frontmatter/invalid-value',
    'content',
    msg.controlChar({ key, code, value: shown(value) }),
    {
      ...options,
      hint: msg.controlCharHint({ key }),
    },
  )
  return true
}
