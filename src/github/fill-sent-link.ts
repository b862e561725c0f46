/**
 * A mass send's "sent" comment has no article URL (WeChat's sendall returns none); `stats --post`
 * finds it the next day, and writes it into that comment, where the README says the URL is.
 */
import type { GithubClient } from './github-client.js'
import { NO_LINK, sentMarker, withSentLink } from '../publish/alerts/pr-bodies.js'
import { findSticky } from './sticky-comment.js'

/** Whether the comment was updated (false: none, or it already has a URL). */
export async function fillSentLink(
  client: Pick<GithubClient, 'listComments' | 'updateComment'>,
  issue: number,
  slug: string,
  url: string,
  login?: string,
): Promise<boolean> {
  const sent = findSticky(await client.listComments(issue), sentMarker(slug), login)
  if (!sent?.body.includes(NO_LINK)) return false
  await client.updateComment(sent.id, withSentLink(sent.body, url))
  return true
}
