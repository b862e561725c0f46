import { defineLintRule } from '../define-lint-rule.js'
import { reportMatches } from '../prose-matches.js'
import { lintMessages } from '../../i18n/messages/lint.js'
import { CJK } from './autocorrect-hunks.js'
const { msg } = lintMessages

/** A whole Latin word, or up to two other characters, on the side of the space. */
function around(text: string, before: boolean): string {
  const word = before
    ? /(?:[A-Za-z0-9_.@/-]{1,24}|[^\sA-Za-z0-9]{1,2})$/
    : /^(?:[^\sA-Za-z0-9]{1,2}|[A-Za-z0-9_.@/-]{1,24})/
  return word.exec(text)?.[0] ?? ''
}

/** Spaces before or after a full-width mark; a run of spaces is tried from its first one only (linear). */
export const SPACE_AROUND_FULLWIDTH =
  /(?<![ \t])[ \t]+(?=[，。！？：；、）」』”])|(?<=[，。！？：；、（「『“])[ \t]+(?=\S)/

/**
 * A space on one side only of a dash inside a Chinese sentence (`念头—— 我`, `他说 ——我`). Not a dash
 * spaced on both sides (`念头 —— 我`: a house style that zhlint-clean docs such as Vue's use), nor one
 * that opens a line (`—— 鲁迅`, `—— 完 ——`: an attribution or an ornament).
 */
const SPACED_DASH = new RegExp(`(?<=[${CJK}])(?:[ \\t]+——|——[ \\t]+)(?=[${CJK}])`)

/** The text of a match with a word or two of what stands around it. */
const quoted = (m: RegExpExecArray) =>
  `${around(m.input.slice(Math.max(0, m.index - 30), m.index), true)}${m[0]}${around(m.input.slice(m.index + m[0].length, m.index + m[0].length + 30), false)}`

export const spaceBeforeFullwidth = defineLintRule({
  id: 'typography/space-around-fullwidth',
  severity: 'warning',
  fixable: true,
  docs: {
    description:
      'No space before or after full-width punctuation (except a space between a bare URL and the mark after it).',
    rationale: 'Full-width marks already carry their own spacing; an extra space leaves a visible gap.',
    bad: '我们用 TypeScript ，效果很好。',
    good: '我们用 TypeScript，效果很好。',
  },
  check: (context) => {
    reportMatches(context, {
      pattern: SPACE_AROUND_FULLWIDTH,
      // the space after a bare URL keeps the mark out of the link where GitHub shows the Markdown
      skip: (m, segment) => m.index === 0 && segment.afterUrl === true,
      // quoted with what stands around it, as the reader sees it (`TypeScript ，效果`, `issue 。`)
      message: (m) => msg.spaceFullwidth({ n: m[0].length, text: quoted(m) }),
      replace: () => '',
      hint: () => msg.removeSpace(),
    })
    reportMatches(context, {
      pattern: SPACED_DASH,
      message: (m) => msg.spaceFullwidth({ n: m[0].length - 2, text: quoted(m) }),
      replace: () => '——',
      hint: () => msg.removeSpace(),
    })
  },
})
