/**
 * A fix never pushes a front-matter value past its hard limit: when the fixes found in `title`,
 * `digest` or `author` would together make it longer than the config's `limits` allow (the spaces
 * of `深入理解Rust异步` → `深入理解 Rust 异步` in a title of 62 characters), the fixes that lengthen the
 * value are withheld. The finding stays, without a fix, and its hint says why, so `check` counts,
 * `--fix`, JSON `fix` ranges and PR suggestions all agree.
 */
import type { Config } from '../config/schema.js'
import { codePoints } from '../core/code-points.js'
import { hardMaxLength } from '../content/frontmatter-schema.js'
import { lintMessages } from '../i18n/messages/lint.js'
import type { Finding, FixEdit } from './define-lint-rule.js'
import type { ProseSegment } from './prose.js'

const editsOf = (f: Finding): readonly FixEdit[] => (f.fix ? [f.fix, ...(f.moreFixes ?? [])] : [])

/** How many characters the finding's edits in `segment` add (negative: remove). */
function growth(f: Finding, segment: ProseSegment): number {
  let n = 0
  for (const e of editsOf(f))
    if (e.segment === segment) n += codePoints(e.text) - codePoints(segment.text.slice(e.start, e.end))
  return n
}

export function withholdOverLimit<F extends Finding>(findings: readonly F[], config: Config): F[] {
  const bySegment = new Map<ProseSegment, F[]>()
  for (const f of findings)
    for (const e of editsOf(f)) {
      if (e.segment.where === 'body' || hardMaxLength(config, e.segment.where) === undefined) continue
      const list = bySegment.get(e.segment) ?? []
      if (!list.includes(f)) list.push(f)
      bySegment.set(e.segment, list)
    }
  const withheld = new Map<F, F>()
  for (const [segment, list] of bySegment) {
    const max = hardMaxLength(config, segment.where)!
    const fixed = codePoints(segment.text) + list.reduce((n, f) => n + growth(f, segment), 0)
    if (fixed <= max) continue
    for (const f of list) {
      if (growth(f, segment) <= 0) continue
      const text = typeof f.hint === 'object' && f.hint.id === 'lint.write' ? String(f.hint.params.text) : ''
      const hint = lintMessages.msg.fixWithheld({ field: segment.where, max, fixed, text })
      const copy = { ...f, hint }
      delete copy.fix
      delete copy.moreFixes
      withheld.set(f, copy)
    }
  }
  return findings.map((f) => withheld.get(f) ?? f)
}
