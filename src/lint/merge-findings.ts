/**
 * One finding per mistake: the spacing, width and spelling fixes that touch one phrase
 * (`本周Github上`: a space before `G`, `Github` → `GitHub`, a space after it) become one finding
 * whose message quotes the phrase and its correction, with one fix over the whole range, so a PR
 * suggestion replaces exactly that range. Fixes are mergeable when they sit in the same prose
 * segment and only Latin text lies between them (letters, digits, ASCII marks, single spaces), or,
 * between two spacing or spelling fixes, a Chinese word of one or two characters (`支持Windows和macOS`).
 */
import type { Point, Position } from 'unist'
import { commonEnds } from '../core/common-ends.js'
import type { Severity } from '../diagnostics/diagnostic.js'
import { lintMessages } from '../i18n/messages/lint.js'
import type { Finding, FixEdit } from './define-lint-rule.js'
import type { ProseSegment } from './prose.js'

export interface RuleFinding extends Finding {
  ruleId: string
  severity: Severity
}

const MERGEABLE = new Set([
  'typography/brackets',
  'typography/cjk-spacing',
  'typography/punctuation-width',
  'typography/product-name',
  'typography/repeated-punctuation',
  'typography/space-around-fullwidth',
  'typography/typo',
])
/** What may lie between two fixes of one phrase: Latin text (single spaces inside), no Chinese or full-width mark. */
const GAP = /^(?:[^\s\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]| (?! ))*$/
const gapOk = (gap: string) => gap.length <= 40 && GAP.test(gap) && !/^ | $/.test(gap)
/** Between two spacing or spelling fixes, a short Chinese word also joins them: `支持Windows和macOS`. */
const WORD_GAP = /^[\u3400-\u9fff]{1,2}$/
const SPACING = new Set(['typography/cjk-spacing', 'typography/product-name'])
/** Characters of the phrase quoted around the fix (letters and digits, also Chinese). */
const WORD = /[\p{L}\p{N}]/u
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

type Fixable = RuleFinding & { fix: FixEdit }

const mergeable = (f: RuleFinding): f is Fixable =>
  MERGEABLE.has(f.ruleId) && f.fix !== undefined && f.moreFixes === undefined

type Locate = (segment: ProseSegment, from: number, to: number) => Position | undefined

/**
 * The same finding with its fix cut to the characters that change: `Typescript.` → `Typescript。` is
 * the full stop alone, so it joins a fix that ends inside `Typescript` instead of overlapping it.
 */
function minimal(f: Fixable): Fixable {
  const { segment, start, end, text } = f.fix
  const old = segment.text.slice(start, end)
  const { head, tail } = commonEnds(old, text)
  if (head === 0 && tail === 0) return f
  const fix = { segment, start: start + head, end: end - tail, text: text.slice(head, text.length - tail) }
  return { ...f, fix }
}

export function mergeFindings(findings: readonly RuleFinding[], locate: Locate): RuleFinding[] {
  const bySegment = new Map<ProseSegment, Fixable[]>()
  const original = new Map<Fixable, RuleFinding>()
  for (const f of findings) {
    if (!mergeable(f)) continue
    const m = minimal(f)
    original.set(m, f)
    const list = bySegment.get(f.fix.segment)
    if (list) list.push(m)
    else bySegment.set(f.fix.segment, [m])
  }
  const replaced = new Map<RuleFinding, RuleFinding | null>()
  for (const [segment, list] of bySegment) {
    if (list.length < 2) continue
    list.sort((a, b) => a.fix.start - b.fix.start || a.fix.end - b.fix.end)
    let cluster = [list[0]!]
    let end = list[0]!.fix.end // where the cluster's edits end, kept as it grows (linear in the findings)
    const flush = () => {
      if (cluster.length > 1) {
        const spans = cluster.map((c) => original.get(c)!.fix!)
        const merged = mergeCluster(segment, cluster, spans, locate)
        for (const [i, f] of cluster.entries()) replaced.set(original.get(f)!, i === 0 ? merged : null)
      }
    }
    for (const f of list.slice(1)) {
      const last = cluster.at(-1)!
      const { start, end: stop, text } = last.fix
      const same = f.fix.start === start && f.fix.end === stop && f.fix.text === text
      if (same) {
        replaced.set(original.get(f)!, null) // the same edit twice (two rules saw it): one finding
        continue
      }
      const gap = segment.text.slice(end, f.fix.start)
      const words = SPACING.has(last.ruleId) && SPACING.has(f.ruleId) && WORD_GAP.test(gap)
      if (f.fix.start >= end && (gapOk(gap) || words)) {
        cluster.push(f)
        end = Math.max(end, f.fix.end)
      } else {
        flush()
        cluster = [f]
        end = f.fix.end
      }
    }
    flush()
  }
  const out: RuleFinding[] = []
  for (const f of findings) {
    const r = replaced.get(f)
    if (r === undefined) out.push(f)
    else if (r !== null) out.push(r)
  }
  return withoutCoveredTitleMarks(out)
}

/** Whether point `a` comes before or at point `b`. */
const atOrBefore = (a: Point, b: Point) => a.line < b.line || (a.line === b.line && a.column <= b.column)
const within = (outer: Position | undefined, inner: Position | undefined) =>
  outer !== undefined &&
  inner !== undefined &&
  atOrBefore(outer.start, inner.start) &&
  atOrBefore(inner.end, outer.end)

/**
 * `新版本发布了!!!` is one mistake: a typography fix (`了!!!` → `了！`) settles what title/punctuation
 * reports without a fix, so that finding goes when such a fix covers it and leaves no repeated mark.
 */
function withoutCoveredTitleMarks(findings: RuleFinding[]): RuleFinding[] {
  const fixes = findings.filter(
    (f) =>
      f.field === 'title' && f.ruleId.startsWith('typography/') && f.fix && !/[！!？?]{2}/.test(f.fix.text),
  )
  if (fixes.length === 0) return findings
  return findings.filter(
    (f) => f.ruleId !== 'title/punctuation' || !fixes.some((g) => within(g.place, f.place)),
  )
}

/** A `:` `.` `/` `-` `_` joining two letters or digits (`18:00`, `3.4`, `a/b`). */
const inToken = (text: string, i: number) =>
  /[:./_-]/.test(text.charAt(i)) &&
  /[A-Za-z0-9]/.test(text.charAt(i - 1)) &&
  /[A-Za-z0-9]/.test(text.charAt(i + 1))

/** One finding over the rules' own ranges (`spans`: whole words), fixed by the minimal edits of `cluster`. */
function mergeCluster(
  segment: ProseSegment,
  cluster: readonly Fixable[],
  spans: readonly FixEdit[],
  locate: Locate,
): RuleFinding {
  const text = segment.text
  // loops, not Math.min(...spread): a cluster may hold thousands of edits
  let start = Number.POSITIVE_INFINITY
  let end = 0
  for (const s of spans) [start, end] = [Math.min(start, s.start), Math.max(end, s.end)]
  for (const c of cluster) end = Math.max(end, c.fix.end)
  let fixed = ''
  let pos = start
  for (const c of cluster) {
    fixed += text.slice(pos, c.fix.start) + c.fix.text
    pos = c.fix.end
  }
  fixed += text.slice(pos, end)
  // quote the phrase: up to two letters, digits or Chinese characters before it, one after
  let from = start
  let to = end
  while (from > 0 && start - from < 2 && WORD.test(text.charAt(from - 1))) from--
  // a Latin word the phrase starts or ends in is quoted whole (`Vue3和`, not `e3和`; `和macOS`, not `和m`)
  const LATIN = /[A-Za-z0-9]/
  while (from > 0 && start - from < 20 && LATIN.test(text.charAt(from)) && LATIN.test(text.charAt(from - 1)))
    from--
  if (LATIN.test(text.charAt(end)) || (LATIN.test(text.charAt(end - 1)) && inToken(text, end))) {
    // a token is quoted whole, also across `:` `.` `/` inside it (`18:00`, `3.4`, not `18`)
    while (to < text.length && to - end < 20 && (LATIN.test(text.charAt(to)) || inToken(text, to))) to++
  } else if (to < text.length && WORD.test(text.charAt(to))) to++
  const phrase = text.slice(from, to)
  const correct = text.slice(from, start) + fixed + text.slice(end, to)
  const first = cluster[0]!
  const severity = cluster.map((c) => c.severity).sort((a, b) => RANK[a] - RANK[b])[0]!
  return {
    ruleId: first.ruleId,
    severity,
    message: lintMessages.msg.phrase({ phrase, fixed: correct }),
    place: locate(segment, start, Math.max(end, start + 1)),
    value: phrase,
    hint: lintMessages.msg.write({ text: correct }),
    ...(first.field !== undefined ? { field: first.field } : {}),
    fix: { segment, start, end, text: fixed },
  }
}
