/**
 * One-click fixes as one review (event COMMENT) of ```suggestion comments. The changed lines come
 * from GitHub's diff of the pull request and the line texts from the file at the head commit — never
 * from the artifact. Suggestions our bot already posted (same path, replaced lines and text, at
 * whatever line GitHub shows them now; every review comment is listed, page by page) are skipped
 * and count towards the cap of MAX_SUGGESTIONS. Outdated ones (`line: null`: their lines changed)
 * cannot be committed any more and do not count.
 */
import type { GithubClient } from './github-client.js'
import type { ReportDiagnostic } from '../pr/report-schema.js'
import type { FixedLinesEntry } from '../pr/report-fix-schema.js'
import {
  addedLines,
  FIX_COMMAND,
  MAX_SUGGESTIONS,
  pickSuggestions,
  planSuggestions,
  keyOfSuggestion,
  markerOf,
  replacesMarker,
  suggestionKey,
  suggestionText,
  type Suggestion,
} from '../pr/report/suggestions.js'
import { linesText } from '../pr/report/merge-fixes.js'

export interface SuggestionsResult {
  /** Suggestions on the pull request that apply to this head commit (posted now or before). */
  applicable: number
  /** Posted by this run. */
  posted: number
  /** Suggestions not posted because of the cap (fixed locally with `check --fix`). */
  left: number
  /** The findings the `applicable` suggestions fix (one suggestion may fix several on its lines). */
  places: number
}

const NONE: SuggestionsResult = { applicable: 0, posted: 0, left: 0, places: 0 }

/**
 * How many of our bot's current (not outdated) suggestions on the pull request have each key. A
 * comment posted before comments named the lines they replace (markerOf) is keyed by the lines it
 * sits on now at the head commit, which GitHub keeps equal to the lines it was posted on.
 */
async function ourSuggestions(
  client: GithubClient,
  pr: number,
  botLogin: string,
  texts: ReadonlyMap<string, string>,
): Promise<Map<string, number>> {
  const posted = new Map<string, number>()
  for (const c of await client.listReviewComments(pr)) {
    const text = suggestionText(c.body)
    if (c.user?.type !== 'Bot' || c.user.login !== botLogin || text === undefined || c.line === null) continue
    let marker = markerOf(c.body)
    if (marker === undefined) {
      const lines = texts.get(c.path)?.split('\n')
      if (!lines) continue
      marker = replacesMarker(linesText(lines, c.startLine ?? c.line, c.line))
    }
    const key = suggestionKey(c.path, marker, text)
    posted.set(key, (posted.get(key) ?? 0) + 1)
  }
  return posted
}

/** Both units said: suggestions (one per group of lines) and the places (findings) they fix. */
const count = (list: readonly Suggestion[]) =>
  `${list.length} 条修改建议（共 ${list.reduce((n, s) => n + s.fixes, 0)} 处）`

/** The review's body: what it posts, and what it leaves to `check --fix` over the cap. */
export function reviewBody(
  all: readonly Suggestion[],
  fresh: readonly Suggestion[],
  over: readonly Suggestion[],
): string {
  const commit = '点每条建议下的 “Commit suggestion” 即可提交'
  if (over.length === 0) return `wxpress 为可自动修正的排版问题贴出 ${count(fresh)}：${commit}。`
  return (
    `wxpress 为可自动修正的排版问题准备了 ${count(all)}，每个提交最多贴出 ${MAX_SUGGESTIONS} 条，` +
    `这里贴出 ${count(fresh)}：${commit}；还有 ${count(over)}没有贴出：` +
    `在本地运行 \`${FIX_COMMAND}\` 可以一次修好全部。`
  )
}

export async function postSuggestions(
  client: GithubClient,
  pr: number,
  headSha: string,
  diagnostics: readonly ReportDiagnostic[],
  botLogin: string,
  /** Per file, the lines as `check --fix` writes them (the articles' `fixedLines`). */
  fixedLines: ReadonlyMap<string, readonly FixedLinesEntry[]> = new Map(),
): Promise<SuggestionsResult> {
  const fixable = diagnostics.filter((d) => d.fix)
  if (fixable.length === 0) return NONE
  const wantedFiles = new Set(fixable.map((d) => d.file))
  const added = new Map<string, Set<number>>()
  for (const f of await client.listPullFiles(pr)) {
    if (wantedFiles.has(f.filename) && f.status !== 'removed') added.set(f.filename, addedLines(f.patch))
  }
  const texts = new Map<string, string>()
  for (const file of added.keys()) {
    if (!fixable.some((d) => d.file === file && d.fix && added.get(file)!.has(d.fix.line))) continue
    const text = await client.fileText(file, headSha)
    if (text !== undefined) texts.set(file, text)
  }
  const all = planSuggestions(fixable, added, texts, new Set(), fixedLines)
  if (all.length === 0) return NONE
  const posted = await ourSuggestions(client, pr, botLogin, texts)
  const { fresh, already, left, over, places } = pickSuggestions(all, posted)
  if (fresh.length > 0) {
    const body = reviewBody(all, fresh, over)
    const comments = fresh.map((s) => ({
      path: s.path,
      line: s.line,
      ...(s.startLine < s.line ? { startLine: s.startLine } : {}),
      body: s.body,
    }))
    // a review is all or nothing: when one of its comments is there after a failed POST, all are
    await client.createOnce(
      () => client.createReview(pr, headSha, body, comments),
      async () => {
        const key = keyOfSuggestion(fresh[0]!)
        const now = await ourSuggestions(client, pr, botLogin, texts)
        return (now.get(key) ?? 0) > (posted.get(key) ?? 0) ? 0 : undefined
      },
    )
  }
  return { applicable: already + fresh.length, posted: fresh.length, left, places }
}
