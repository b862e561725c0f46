/**
 * The GitHub emulator's state: who each token is, and the repository's comments, pulls, check runs,
 * reviews, issues and git objects. Plain data, inspected by tests through the emulator's helpers.
 */
export interface EmuUser {
  login: string
  type: 'Bot' | 'User'
  id: number
}

export interface EmuToken {
  user: EmuUser
  /** A fork PR's token: every write answers 403. */
  readOnly: boolean
  /** Writes to paths (after /repos/{o}/{r}) matching this get 403, e.g. /^\/git\// (no contents: write). */
  forbid?: RegExp | undefined
}

export interface EmuComment {
  id: number
  issue: number
  body: string
  user: EmuUser
  created_at: string
  updated_at: string
}

export interface EmuPullFile {
  filename: string
  status: 'added' | 'modified' | 'removed' | 'renamed'
  patch?: string
}

export interface EmuPull {
  number: number
  state: 'open' | 'closed'
  headSha: string
  headRef: string
  baseRef: string
  files: EmuPullFile[]
  /** Commits containing these shas list this pull in `GET /commits/{sha}/pulls`. */
  commits: string[]
  merged_at: string | null
}

export interface EmuAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: string
  message: string
  title?: string
}

export interface EmuCheckRun {
  id: number
  name: string
  head_sha: string
  status: string
  conclusion: string | null
  output: { title: string | null; summary: string | null; text: string | null }
  annotations: EmuAnnotation[]
  user: EmuUser
}

/** A review comment as made; where it is at the pull's current head: comment-anchor.ts. */
export interface EmuReviewComment {
  id: number
  pull: number
  review: number
  path: string
  /** `line`, `start_line`, `commit_id` as the comment was made (GitHub's `original_*`). */
  line: number
  start_line: number | null
  side: string
  body: string
  commit_id: string
  user: EmuUser
}

export interface EmuReview {
  id: number
  pull: number
  event: string
  body: string
  commit_id: string
  user: EmuUser
}

export interface EmuIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  labels: string[]
  user: EmuUser
  created_at?: string
  closed_at?: string | null
}

export interface EmuLabel {
  name: string
  color: string
  description: string
}

export interface EmuTreeEntry {
  path: string
  mode: string
  type: 'blob' | 'tree'
  sha: string
}

export interface EmuCommit {
  tree: string
  parents: string[]
  message: string
}

export interface EmuCall {
  method: string
  path: string
  status: number
}

export interface EmuState {
  repository: string
  tokens: Map<string, EmuToken>
  comments: EmuComment[]
  pulls: Map<number, EmuPull>
  contents: Map<string, string>
  checkRuns: EmuCheckRun[]
  reviews: EmuReview[]
  reviewComments: EmuReviewComment[]
  issues: Map<number, EmuIssue>
  /** Repository labels by name; issues created or updated with an unknown label add it, as GitHub does. */
  labels: Map<string, EmuLabel>
  blobs: Map<string, Buffer>
  trees: Map<string, EmuTreeEntry[]>
  commits: Map<string, EmuCommit>
  refs: Map<string, string>
  calls: EmuCall[]
  nextId: number
  /** The emulator's clock for created_at/updated_at: advances one second per write. */
  clockMs: number
}

export function createState(repository: string, clock: string): EmuState {
  return {
    repository,
    tokens: new Map(),
    comments: [],
    pulls: new Map(),
    contents: new Map(),
    checkRuns: [],
    reviews: [],
    reviewComments: [],
    issues: new Map(),
    labels: new Map(),
    blobs: new Map(),
    trees: new Map(),
    commits: new Map(),
    refs: new Map(),
    calls: [],
    nextId: 1000,
    clockMs: Date.parse(clock),
  }
}

/** A new id and the current emulator time (one second later than the previous write). */
export function stamp(state: EmuState): { id: number; at: string } {
  state.clockMs += 1000
  return { id: state.nextId++, at: new Date(state.clockMs).toISOString().replace(/\.\d{3}Z$/, 'Z') }
}

/** `user` as GitHub shows it in answers. */
export function userJson(user: EmuUser): Record<string, unknown> {
  return { login: user.login, id: user.id, type: user.type, html_url: `https://github.com/${user.login}` }
}
