/**
 * One-click fixes as one review (event COMMENT) of ```suggestion comments. The changed lines come
 * from GitHub's diff of the pull request and the line texts from the file at the head commit — never
 * from the artifact. Suggestions our bot already posted (same path, line and text) are skipped.
 */
import type { GithubClient } from './github-client.js'
import type { ReportDiagnostic } from '../pr/report-schema.js'
import { addedLines, planSuggestions, suggestionText } from '../pr/report/suggestions.js'

export interface SuggestionsResult {
  /** Suggestions that apply to this head commit (posted now or before). */
  applicable: number
  posted: number
}

export async function postSuggestions(
  client: GithubClient,
  pr: number,
  headSha: string,
  diagnostics: readonly ReportDiagnostic[],
  botLogin: string,
): Promise<SuggestionsResult> {
  const fixable = diagnostics.filter((d) => d.fix)
  if (fixable.length === 0) return { applicable: 0, posted: 0 }
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
  const all = planSuggestions(fixable, added, texts, new Set())
  if (all.length === 0) return { applicable: 0, posted: 0 }
  const posted = new Set<string>()
  for (const c of await client.listReviewComments(pr)) {
    const text = suggestionText(c.body)
    if (c.user?.type === 'Bot' && c.user.login === botLogin && text !== undefined && c.line !== null) {
      posted.add(`${c.path}:${c.line}:${text}`)
    }
  }
  const fresh = planSuggestions(fixable, added, texts, posted)
  if (fresh.length > 0) {
    const body = `wxpress 找到 ${fresh.length} 处可以一键修复的排版问题：点每条建议下的 “Commit suggestion” 即可提交。`
    await client.createReview(
      pr,
      headSha,
      body,
      fresh.map((s) => ({
        path: s.path,
        line: s.line,
        ...(s.startLine < s.line ? { startLine: s.startLine } : {}),
        body: s.body,
      })),
    )
  }
  return { applicable: all.length, posted: fresh.length }
}
