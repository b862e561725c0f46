/**
 * One sticky comment per purpose (the marketplace pattern of marocchino/sticky-pull-request-comment):
 * found by a hidden marker at the start of the body among the comments of our bot, edited in place,
 * left alone when the body is already the same (or says the same: `same`). Comments by people or other bots are never touched,
 * even when they quote the marker; with several of ours (legacy runs) the newest is kept up to date.
 */
import type { GithubClient } from './github-client.js'
import type { IssueComment } from './github-issues.js'

/** The login the Actions token writes as; a GitHub App or PAT writes as someone else (`botLogin`). */
export const ACTIONS_BOT = 'github-actions[bot]'

export interface StickyResult {
  action: 'created' | 'updated' | 'unchanged'
  id: number
  url: string
}

/** Whether `comment` is ours: written by the bot `login` and starting with `marker`. */
export function isOurComment(comment: IssueComment, marker: string, login: string): boolean {
  return (
    comment.user?.type === 'Bot' &&
    comment.user.login === login &&
    comment.body.trimStart().startsWith(marker)
  )
}

/** Our newest comment carrying `marker`, if any. */
export function findSticky(
  comments: IssueComment[],
  marker: string,
  login = ACTIONS_BOT,
): IssueComment | undefined {
  return comments
    .filter((c) => isOurComment(c, marker, login))
    .sort((a, b) => (a.createdAt === b.createdAt ? b.id - a.id : a.createdAt < b.createdAt ? 1 : -1))[0]
}

export async function upsertSticky(
  client: Pick<GithubClient, 'listComments' | 'createComment' | 'updateComment' | 'createOnce'>,
  issue: number,
  marker: string,
  body: string,
  login = ACTIONS_BOT,
  /** Whether the body there already says what `body` says (default: the same text). */
  same: (existing: string, body: string) => boolean = (a, b) => a === b,
): Promise<StickyResult> {
  if (!body.startsWith(marker)) throw new Error('a sticky comment body must start with its marker')
  const existing = findSticky(await client.listComments(issue), marker, login)
  if (existing && same(existing.body, body))
    return { action: 'unchanged', id: existing.id, url: existing.htmlUrl }
  if (existing) {
    const updated = await client.updateComment(existing.id, body)
    return { action: 'updated', id: updated.id, url: updated.htmlUrl }
  }
  // after a failed POST, the comment may be there all the same: never post it twice
  const created = await client.createOnce(
    () => client.createComment(issue, body),
    async () => {
      const found = findSticky(await client.listComments(issue), marker, login)
      return found && same(found.body, body) ? found : undefined
    },
  )
  return { action: 'created', id: created.id, url: created.htmlUrl }
}
