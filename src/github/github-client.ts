/**
 * The GitHub REST calls wxpress makes, on the Actions toolkit's Octokit (see octokit.ts): issues and
 * their comments, pull requests, their files, reviews and review comments, file contents, check runs
 * (github-checks.ts) and the git data API (github-git.ts). Answers are narrowed to plain values.
 */
import { createOctokit, GithubApiError, type OctokitOptions } from './octokit.js'
import { createOnce, createPace } from './retry.js'
import { createChecksApi } from './github-checks.js'
import { createGitApi } from './github-git.js'
import { createIssuesApi } from './github-issues.js'

export { GithubApiError }

export interface GithubClientOptions extends OctokitOptions {
  /** `owner/name`. */
  repository: string
}

export interface GithubUser {
  login: string
  type: string
}

export interface PullRequest {
  number: number
  state: string
  headSha: string
  htmlUrl: string
}

export interface PullFile {
  filename: string
  status: string
  /** Unified diff of the file; GitHub leaves it out for binary or very large diffs. */
  patch?: string
}

export interface ReviewComment {
  id: number
  path: string
  /** Where the comment is now (null when outdated); `startLine` for a comment on several lines. */
  line: number | null
  startLine: number | null
  body: string
  user: GithubUser | null
}

export interface NewReviewComment {
  path: string
  line: number
  startLine?: number
  body: string
}

export function createGithubClient(options: GithubClientOptions) {
  const pace = createPace(options)
  const octokit = createOctokit(options, pace)
  const [owner = '', repo = ''] = options.repository.split('/')
  const where = { owner, repo }
  const user = (u: { login: string; type: string } | null | undefined): GithubUser | null =>
    u ? { login: u.login, type: u.type } : null
  return {
    repository: options.repository,
    /** Runs a creating POST at most once in effect: retried only when reading back finds nothing. */
    createOnce: <T>(create: () => Promise<T>, readBack: () => Promise<T | undefined>) =>
      createOnce(pace, create, readBack),
    ...createIssuesApi(octokit, where),
    checks: createChecksApi(octokit, where),
    git: createGitApi(octokit, where),

    /** Pull requests that contain `sha` (the merged PR of a commit on main). */
    async pullsForCommit(
      sha: string,
    ): Promise<{ number: number; htmlUrl: string; mergedAt: string | null }[]> {
      const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        ...where,
        commit_sha: sha,
      })
      return data.map((p) => ({ number: p.number, htmlUrl: p.html_url, mergedAt: p.merged_at }))
    },

    async getPull(number: number): Promise<PullRequest> {
      const { data } = await octokit.rest.pulls.get({ ...where, pull_number: number })
      return { number: data.number, state: data.state, headSha: data.head.sha, htmlUrl: data.html_url }
    },

    /** Numbers of every open pull request. */
    async openPullNumbers(): Promise<number[]> {
      const pulls = await octokit.paginate(octokit.rest.pulls.list, {
        ...where,
        state: 'open',
        per_page: 100,
      })
      return pulls.map((p) => p.number)
    },

    /** Every file of a pull request (GitHub lists at most 3,000). */
    async listPullFiles(number: number): Promise<PullFile[]> {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        ...where,
        pull_number: number,
        per_page: 100,
      })
      return files.map((f) => ({
        filename: f.filename,
        status: f.status,
        ...(f.patch ? { patch: f.patch } : {}),
      }))
    },

    /** Text of a file at `ref`, or undefined when it is missing or not a file. */
    async fileText(path: string, ref: string): Promise<string | undefined> {
      try {
        const { data } = await octokit.rest.repos.getContent({ ...where, path, ref })
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined
        return Buffer.from(data.content, 'base64').toString('utf8')
      } catch (error) {
        if (error instanceof GithubApiError && error.status === 404) return undefined
        throw error
      }
    },

    async listReviewComments(number: number): Promise<ReviewComment[]> {
      const list = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
        ...where,
        pull_number: number,
        per_page: 100,
      })
      return list.map((c) => ({
        id: c.id,
        path: c.path,
        line: c.line ?? null,
        startLine: c.start_line ?? null,
        body: c.body,
        user: user(c.user),
      }))
    },

    /** One review (event COMMENT) holding every comment; returns its id. */
    async createReview(
      number: number,
      commitId: string,
      body: string,
      comments: NewReviewComment[],
    ): Promise<number> {
      const { data } = await octokit.rest.pulls.createReview({
        ...where,
        pull_number: number,
        commit_id: commitId,
        event: 'COMMENT',
        body,
        comments: comments.map((c) => ({
          path: c.path,
          line: c.line,
          side: 'RIGHT',
          ...(c.startLine !== undefined && c.startLine < c.line
            ? { start_line: c.startLine, start_side: 'RIGHT' }
            : {}),
          body: c.body,
        })),
      })
      return data.id
    },
  }
}

export type GithubClient = ReturnType<typeof createGithubClient>
