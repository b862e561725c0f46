/**
 * Issues and issue comments (a pull request is an issue for comments): list with pagination, create,
 * update. The publish alerts use issues; the PR report and stats use comments.
 */
import type { Octokit } from './octokit.js'

export interface IssueComment {
  id: number
  body: string
  user: { login: string; type: string } | null
  createdAt: string
  htmlUrl: string
}

export interface Issue {
  number: number
  title: string
  body: string
  state: string
  labels: string[]
  htmlUrl: string
  user: { login: string; type: string } | null
  /** ISO time it was closed, or null. */
  closedAt: string | null
}

type Where = { owner: string; repo: string }

export function createIssuesApi(octokit: Octokit, where: Where) {
  const comment = (c: {
    id: number
    body?: string
    user: { login: string; type: string } | null
    created_at: string
    html_url: string
  }): IssueComment => ({
    id: c.id,
    body: c.body ?? '',
    user: c.user ? { login: c.user.login, type: c.user.type } : null,
    createdAt: c.created_at,
    htmlUrl: c.html_url,
  })
  const issue = (i: {
    number: number
    title: string
    body?: string | null
    state: string
    html_url: string
    labels: (string | { name?: string })[]
    user?: { login: string; type: string } | null
    closed_at?: string | null
  }): Issue => ({
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    state: i.state,
    htmlUrl: i.html_url,
    labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    user: i.user ? { login: i.user.login, type: i.user.type } : null,
    closedAt: i.closed_at ?? null,
  })
  return {
    /** Every comment of an issue or pull request, all pages. */
    async listComments(issueNumber: number): Promise<IssueComment[]> {
      const list = await octokit.paginate(octokit.rest.issues.listComments, {
        ...where,
        issue_number: issueNumber,
        per_page: 100,
      })
      return list.map(comment)
    },
    async createComment(issueNumber: number, body: string): Promise<IssueComment> {
      const { data } = await octokit.rest.issues.createComment({ ...where, issue_number: issueNumber, body })
      return comment(data)
    },
    async updateComment(id: number, body: string): Promise<IssueComment> {
      const { data } = await octokit.rest.issues.updateComment({ ...where, comment_id: id, body })
      return comment(data)
    },
    /** Issues (not pull requests) by state, labels and creator, all pages. */
    async listIssues(
      filter: { state?: 'open' | 'closed' | 'all'; labels?: string[]; creator?: string } = {},
    ) {
      const list = await octokit.paginate(octokit.rest.issues.listForRepo, {
        ...where,
        per_page: 100,
        state: filter.state ?? 'open',
        ...(filter.labels?.length ? { labels: filter.labels.join(',') } : {}),
        ...(filter.creator ? { creator: filter.creator } : {}),
      })
      return list.filter((i) => !i.pull_request).map(issue)
    },
    async createIssue(fields: { title: string; body: string; labels?: string[] }): Promise<Issue> {
      const { data } = await octokit.rest.issues.create({ ...where, ...fields })
      return issue(data)
    },
    /** Creates the label unless the repository has it (issue alerts carry it). */
    async ensureLabel(name: string, color: string, description: string): Promise<'created' | 'exists'> {
      try {
        await octokit.rest.issues.getLabel({ ...where, name })
        return 'exists'
      } catch (error) {
        if ((error as { status?: number }).status !== 404) throw error
      }
      await octokit.rest.issues.createLabel({ ...where, name, color, description })
      return 'created'
    },
    async updateIssue(
      issueNumber: number,
      fields: { title?: string; body?: string; state?: 'open' | 'closed'; labels?: string[] },
    ): Promise<Issue> {
      const { data } = await octokit.rest.issues.update({ ...where, issue_number: issueNumber, ...fields })
      return issue(data)
    },
  }
}
