/**
 * typography/cjk-spacing across a link's brackets, which autocorrect (one text node at a time) never
 * sees: `同事写的[Git 工作流](…)` reads `同事写的Git 工作流`, and `[通用插件 API](…)扩展了` reads
 * `API扩展了`. The space goes outside the link (`写的 [Git`, `) 扩展`), so the link text stays as
 * written; only where the link's text starts (or ends) with a Latin letter or digit and Chinese
 * touches its bracket, and the Chinese is a prose text node the fix can reach.
 */
import type { Link, LinkReference, Parent, RootContent } from 'mdast'
import type { RuleContext } from '../define-lint-rule.js'
import { type ProseSegment, sourceOffset } from '../prose.js'
import { lintRuleMessages } from '../../i18n/messages/lint-rules.js'
import { CJK } from './autocorrect-hunks.js'

const HAN = new RegExp(`^[${CJK}]$`)
const LATIN = /^[A-Za-z0-9]$/

/** The links of the body, inline or by reference. */
function links(tree: Parent): (Link | LinkReference)[] {
  const out: (Link | LinkReference)[] = []
  const walk = (node: Parent) => {
    for (const child of node.children as RootContent[]) {
      if (child.type === 'link' || child.type === 'linkReference') out.push(child)
      else if ('children' in child) walk(child as Parent)
    }
  }
  walk(tree)
  return out
}

export function reportLinkSpacing(context: RuleContext): void {
  const markdown = context.article.markdown
  // body prose by where it starts and ends in the source
  const starts = new Map<number, ProseSegment>()
  const ends = new Map<number, ProseSegment>()
  for (const s of context.prose) {
    if (s.where !== 'body' || s.html || s.afterUrl || s.text === '') continue
    starts.set(sourceOffset(s, 0), s)
    ends.set(sourceOffset(s, s.text.length, true), s)
  }
  // `seen`: what the reader sees (`写的Git`); `write`: the source as it should be (`写的 [Git`)
  const report = (segment: ProseSegment, at: number, seen: string, write: string) =>
    context.report({
      message: lintRuleMessages.msg.linkSpacing({ seen }),
      place: context.locate(segment, Math.max(0, at - 1), Math.min(segment.text.length, at + 1)),
      value: seen,
      hint: lintRuleMessages.msg.linkSpacingHint({ write }),
      fix: { segment, start: at, end: at, text: ' ' },
    })
  for (const link of links(context.tree)) {
    const first = link.children[0]
    const last = link.children.at(-1)
    const start = link.position?.start.offset
    const end = link.position?.end.offset
    if (first?.type !== 'text' || last?.type !== 'text' || start === undefined || end === undefined) continue
    // written in brackets (an autolink, `<https://…>` or a bare URL, is not)
    if (markdown.charAt(start) !== '[') continue
    const text = first.value
    const before = ends.get(start)
    if (before && HAN.test(markdown.charAt(start - 1)) && LATIN.test(text.charAt(0))) {
      const han = markdown.slice(Math.max(0, start - 2), start)
      const word = /^[A-Za-z0-9]+/.exec(text)![0]
      report(before, before.text.length, `${han}${word}`, `${han} [${word}`)
    }
    const after = starts.get(end)
    if (after && HAN.test(markdown.charAt(end)) && LATIN.test(last.value.slice(-1))) {
      const han = markdown.slice(end, end + 2)
      const word = /[A-Za-z0-9]+$/.exec(last.value)![0]
      const tail = markdown.slice(last.position?.end.offset ?? end - 1, end)
      const shown = tail.length <= 12 ? tail : `${tail.slice(0, 2)}…${tail.slice(-1)}`
      report(after, 0, `${word}${han}`, `${word}${shown} ${han}`)
    }
  }
}
