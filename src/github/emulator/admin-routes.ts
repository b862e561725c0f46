/**
 * Admin endpoints of the GitHub emulator, so it can be driven from outside without code (the CLI
 * `wxpress github-emulator`): register pull requests (files with patches, file contents at the head
 * sha, merged with a merge commit), associate commits with pulls, add tokens, read the whole state.
 * Under `/__emulator/`, no token needed (the emulator listens on 127.0.0.1 only by default).
 */
import { invalid, notFound, ok, type Answer } from './route-context.js'
import type { EmuPull, EmuPullFile, EmuState } from './state.js'

export interface AdminApi {
  state: EmuState
  addPull: (pull: Partial<EmuPull> & { number: number; headSha: string }) => EmuPull
  addToken: (token: string, login: string, extra?: { readOnly?: boolean }) => unknown
}

const SHA = /^[0-9a-f]{7,40}$/
const str = (v: unknown) => (typeof v === 'string' ? v : undefined)
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}

function addPull(api: AdminApi, body: Record<string, unknown>): Answer {
  const number = body.number
  const head = obj(body.head)
  const sha = str(head.sha)
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || !sha || !SHA.test(sha))
    return invalid('Validation Failed', ['"number" (a positive integer) and "head.sha" (hex) are required'])
  const files: EmuPullFile[] = (Array.isArray(body.files) ? body.files : []).map((f) => {
    const file = obj(f)
    const status = str(file.status)
    return {
      filename: str(file.filename) ?? '',
      status: status === 'modified' || status === 'removed' || status === 'renamed' ? status : 'added',
      ...(str(file.patch) ? { patch: str(file.patch)! } : {}),
    }
  })
  for (const [p, text] of Object.entries(obj(body.contents)))
    if (typeof text === 'string') api.state.contents.set(`${sha}:${p}`, text)
  const merged = body.merged === true
  const mergeSha = str(body.merge_commit_sha)
  const commits = [sha, ...(Array.isArray(body.commits) ? body.commits.map(String) : [])]
  if (mergeSha) commits.push(mergeSha)
  const pull = api.addPull({
    number,
    headSha: sha,
    headRef: str(head.ref) ?? `pr-${number}`,
    baseRef: str(obj(body.base).ref) ?? 'main',
    state: merged || body.state === 'closed' ? 'closed' : 'open',
    files,
    commits,
    merged_at: merged ? new Date(api.state.clockMs).toISOString().replace(/\.\d{3}Z$/, 'Z') : null,
  })
  return ok({ number: pull.number, state: pull.state, commits: pull.commits, merged_at: pull.merged_at }, 201)
}

function snapshot(state: EmuState) {
  return {
    repository: state.repository,
    issues: [...state.issues.values()],
    labels: [...state.labels.values()],
    comments: state.comments,
    pulls: [...state.pulls.values()],
    checkRuns: state.checkRuns,
    reviews: state.reviews,
    reviewComments: state.reviewComments,
    refs: Object.fromEntries(state.refs),
    calls: state.calls,
  }
}

/** The answer to an admin request, `rest` being the path after `/__emulator`. */
export function adminAnswer(
  api: AdminApi,
  method: string,
  rest: string,
  body: Record<string, unknown>,
): Answer {
  if (method === 'GET' && rest === '/state') return ok(snapshot(api.state))
  if (method === 'POST' && rest === '/pulls') return addPull(api, body)
  const assoc = /^\/commits\/([0-9a-f]{7,40})\/pulls$/.exec(rest)
  if (method === 'POST' && assoc) {
    const pull = api.state.pulls.get(Number(body.number))
    if (!pull) return notFound()
    if (!pull.commits.includes(assoc[1]!)) pull.commits.push(assoc[1]!)
    return ok({ number: pull.number, commits: pull.commits }, 201)
  }
  if (method === 'POST' && rest === '/tokens') {
    const token = str(body.token)
    const login = str(body.login)
    if (!token || !login) return invalid('Validation Failed', ['"token" and "login" are required'])
    api.addToken(token, login, { readOnly: body.readOnly === true })
    return ok({ token: '(set)', login, readOnly: body.readOnly === true }, 201)
  }
  return notFound()
}
