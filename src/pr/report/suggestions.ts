/**
 * One-click fixes: findings whose `fix` lies wholly on lines the pull request added (from GitHub's
 * diff, not from the artifact) become review comments with a ```suggestion block that replaces
 * exactly those lines of the file at the head commit. Fixes on the same lines are merged (see
 * merge-fixes.ts), and a comment lists only the fixes its suggestion makes. A suggestion already
 * posted is recognised by its path, the lines it replaces and its text — never by its line number,
 * since a review comment moves with its lines when a later commit adds lines above them.
 */
import { createHash } from 'node:crypto'
import type { ReportDiagnostic } from '../report-schema.js'
import { inlineWithCode } from './escape-markdown.js'
import { hunkHeader } from '../diff-hunks.js'
import type { Fixable } from './merge-fixes.js'
import type { FixedLinesEntry } from '../report-fix-schema.js'
import { suggestedLines } from './suggested-lines.js'

/**
 * At most this many suggestions on a pull request's head commit, counting those already posted (a
 * review of hundreds of comments helps nobody; `check --fix` fixes the rest at once).
 */
export const MAX_SUGGESTIONS = 50
/** What fixes every fixable place at once, locally (never a bare `npx wxpress`). */
export const FIX_COMMAND = 'npx --no-install wxpress check --fix'

/** Lines a unified diff adds on the RIGHT side (the "+" lines). */
export function addedLines(patch: string | undefined): Set<number> {
  const added = new Set<number>()
  if (!patch) return added
  let right = 0
  let inHunk = false
  for (const line of patch.split('\n')) {
    const header = hunkHeader(line)
    if (header) {
      right = header.newStart
      inHunk = true
    } else if (inHunk && line.startsWith('+')) {
      added.add(right++)
    } else if (inHunk && !line.startsWith('-') && !line.startsWith('\\')) {
      right++
    }
  }
  return added
}

export interface Suggestion {
  path: string
  /** First and last line replaced (1-based). */
  startLine: number
  line: number
  /** The replacement lines. */
  text: string
  /** The lines it replaces, as they are at the head commit. */
  original: string
  body: string
  /** How many findings it fixes (a line with three fixes is one suggestion of three places). */
  fixes: number
}

/** The hidden line of a suggestion comment naming the lines it replaces (a hash of their text). */
export function replacesMarker(original: string): string {
  return `<!-- wxpress:replaces ${createHash('sha256').update(original).digest('hex').slice(0, 16)} -->`
}

/** What makes two suggestions the same, wherever their lines are now. */
export function suggestionKey(path: string, marker: string, text: string): string {
  return JSON.stringify([path, marker, text])
}

/** The key (suggestionKey) of a planned suggestion. */
export const keyOfSuggestion = (s: Pick<Suggestion, 'path' | 'original' | 'text'>) =>
  suggestionKey(s.path, replacesMarker(s.original), s.text)

function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length))
  return '`'.repeat(longest + 1)
}

export function suggestionBody(
  text: string,
  fixes: readonly ReportDiagnostic[],
  original: string,
  more = false,
): string {
  const why = [
    ...fixes.map((d) => `\`${d.ruleId}\` ${inlineWithCode(d.message, 200)}`),
    ...(more ? [`以及改好后才显出的问题（与 \`${FIX_COMMAND}\` 的结果相同）`] : []),
  ].join('<br>')
  const f = fence(text)
  return `**wxpress 建议修改**：${why}\n\n${f}suggestion\n${text}\n${f}\n${replacesMarker(original)}\n`
}

/** The marker of a posted comment body, if it has one (comments posted before it existed do not). */
export function markerOf(body: string): string | undefined {
  return /<!-- wxpress:replaces [0-9a-f]{16} -->/.exec(body)?.[0]
}

/** The suggestion text of a posted comment body, if it holds one. */
export function suggestionText(body: string): string | undefined {
  return /(`{3,})suggestion\r?\n([\s\S]*?)\r?\n\1/.exec(body)?.[2]
}

/**
 * Suggestions for `diagnostics`, given the added lines of each file and the file texts at the head
 * commit; `posted` holds the keys (suggestionKey) of suggestions already on the pull request.
 */
export function planSuggestions(
  diagnostics: readonly ReportDiagnostic[],
  added: ReadonlyMap<string, Set<number>>,
  texts: ReadonlyMap<string, string>,
  posted: ReadonlySet<string> = new Set(),
  fixed: ReadonlyMap<string, readonly FixedLinesEntry[]> = new Map(),
): Suggestion[] {
  const byFile = new Map<string, Fixable[]>()
  for (const d of diagnostics) {
    if (!d.fix || d.fix.endLine < d.fix.line) continue
    const lines = added.get(d.file)
    if (!lines) continue
    let all = true
    for (let l = d.fix.line; l <= d.fix.endLine; l++) all &&= lines.has(l)
    if (all) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d as Fixable])
  }
  const out: Suggestion[] = []
  for (const [path, fixes] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const source = texts.get(path)
    if (source === undefined) continue
    fixes.sort((a, b) => a.fix.line - b.fix.line || a.fix.column - b.fix.column)
    const blocks = [...(fixed.get(path) ?? [])].sort((a, b) => a.line - b.line)
    for (const done of suggestedLines(source.split('\n'), fixes, blocks, added.get(path)!)) {
      // the comment names exactly the fixes its suggestion makes
      const { text, original } = done
      const s = {
        path,
        startLine: done.from,
        line: done.to,
        text,
        original,
        body: '',
        fixes: done.fixes.length,
      }
      if (posted.has(keyOfSuggestion(s))) continue
      out.push({ ...s, body: suggestionBody(text, done.fixes, original, done.more) })
    }
  }
  return out
}

export interface SuggestionPick {
  /** To post now. */
  fresh: Suggestion[]
  /** Already on the pull request (same path, replaced lines and text). */
  already: number
  /** Neither posted nor to post: over the cap. */
  left: number
  /** Those suggestions. */
  over: Suggestion[]
  /** The findings fixed by the suggestions already there and those to post now. */
  places: number
}

/**
 * Of every suggestion for the head commit, those to post now: at most `max` on the pull request in
 * all, counting the ones already there (`posted`: how many comments have each key — the same
 * sentence on two lines needs two), so a re-run with nothing new posts nothing.
 */
export function pickSuggestions(
  all: readonly Suggestion[],
  posted: ReadonlyMap<string, number>,
  max = MAX_SUGGESTIONS,
): SuggestionPick {
  const unclaimed = new Map(posted)
  const there = all.map((s) => {
    const n = unclaimed.get(keyOfSuggestion(s)) ?? 0
    if (n > 0) unclaimed.set(keyOfSuggestion(s), n - 1)
    return n > 0
  })
  const already = there.filter(Boolean).length
  const waiting = all.filter((_, i) => !there[i])
  const fresh = waiting.slice(0, Math.max(0, max - already))
  const over = waiting.slice(fresh.length)
  const places = [...all.filter((_, i) => there[i]), ...fresh].reduce((n, s) => n + s.fixes, 0)
  return { fresh, already, left: over.length, over, places }
}
