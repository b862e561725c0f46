/**
 * The GitHub REST calls wxpress makes (plain fetch; base URL from GITHUB_API_URL): the pull request
 * of a commit, and a sticky issue comment found by a hidden marker, created or updated.
 */
export interface GithubClientOptions {
  baseUrl: string
  token: string
  /** `owner/name`. */
  repository: string
  fetch?: typeof fetch
}

export class GithubApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

export function createGithubClient(options: GithubClientOptions) {
  const doFetch = options.fetch ?? fetch
  const base = options.baseUrl.replace(/\/+$/, '')
  async function api<T>(method: string, path: string, body?: unknown): Promise<{ data: T; link: string | null }> {
    const res = await doFetch(base + path, {
      method,
      headers: {
        accept: 'application/vnd.github+json', authorization: `Bearer ${options.token}`, 'x-github-api-version': '2022-11-28',
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : null,
      signal: AbortSignal.timeout(20_000),
    })
    if (!res.ok) throw new GithubApiError(res.status, `GitHub ${method} ${path}: HTTP ${res.status} ${((await res.json().catch(() => ({}))) as { message?: string }).message ?? ''}`.trim())
    return { data: (await res.json()) as T, link: res.headers.get('link') }
  }
  const repo = `/repos/${options.repository}`
  return {
    /** Pull requests that contain `sha` (the merged PR of a commit on main). */
    async pullsForCommit(sha: string): Promise<{ number: number; html_url: string; merged_at: string | null }[]> {
      return (await api<{ number: number; html_url: string; merged_at: string | null }[]>('GET', `${repo}/commits/${sha}/pulls`)).data
    },
    /** Every comment of an issue or PR, following `Link: rel="next"` pages. */
    async listComments(issue: number): Promise<{ id: number; body: string }[]> {
      const out: { id: number; body: string }[] = []
      let path: string | undefined = `${repo}/issues/${issue}/comments?per_page=100`
      while (path) {
        const page: { data: { id: number; body: string }[]; link: string | null } = await api('GET', path)
        out.push(...page.data)
        const next = page.link?.match(/<([^>]+)>;\s*rel="next"/)?.[1]
        path = next ? next.replace(base, '') : undefined
      }
      return out
    },
    /** Creates or updates the comment that contains `marker`. */
    async upsertComment(issue: number, marker: string, body: string): Promise<'created' | 'updated'> {
      const existing = (await this.listComments(issue)).find((c) => c.body.includes(marker))
      if (existing) {
        await api('PATCH', `${repo}/issues/comments/${existing.id}`, { body })
        return 'updated'
      }
      await api('POST', `${repo}/issues/${issue}/comments`, { body })
      return 'created'
    },
  }
}

export type GithubClient = ReturnType<typeof createGithubClient>
