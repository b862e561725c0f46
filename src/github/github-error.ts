/** A failed GitHub call as one value: HTTP status, method, route and GitHub's own message. */

/** A failed GitHub call: `status` 0 means no HTTP answer (network error or timeout). */
export class GithubApiError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly route: string,
    readonly githubMessage: string,
  ) {
    super(
      `GitHub ${method} ${route}: ${status === 0 ? 'no answer' : `HTTP ${status}`} ${githubMessage}`.trim(),
    )
    this.name = 'GithubApiError'
  }
}
