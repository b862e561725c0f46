/**
 * The hint of an unknown `audience`: a tag of the account it is a likely typo of, and the account's
 * tags. `全部粉丝` sends to every follower, so it is proposed only for a value that clearly means
 * "all" (`所有粉丝`, `全体`, `all`), never by edit distance (`前端粉丝` is one character from it).
 */
import { didYouMean } from '../diagnostics/did-you-mean.js'
import { commonMessages } from '../i18n/messages/common.js'
import type { Message } from '../i18n/message.js'
import { scheduleMessages } from '../i18n/messages/schedule.js'

export const ALL_FOLLOWERS = '全部粉丝'

/** What writers put for "every follower" (compared after trimming, lower-cased). */
const MEANS_ALL = new Set(
  [
    ...['全部', '所有', '全体', '全员', '所有人', '全部人', '全体粉丝', '所有粉丝', '全粉丝', '全部的粉丝'],
    ...['全部用户', '所有用户', '全体用户', '全部关注者', '所有关注者', '全部读者', '所有读者', '群发'],
    ...['all', 'everyone', 'everybody', 'all followers', 'all-followers', 'all_followers', 'followers'],
  ].map((s) => s.toLowerCase()),
)

export function meansAll(audience: string): boolean {
  return MEANS_ALL.has(audience.trim().toLowerCase())
}

/** `tags`: the account's follower tags from the config, undefined when it lists none. */
export function audienceHint(
  audience: string,
  account: string,
  tags: readonly string[] | undefined,
): Message {
  const msg = scheduleMessages.msg
  if (meansAll(audience)) return commonMessages.msg.didYouMean({ s: ALL_FOLLOWERS })
  if (!tags) return msg.unlistedAudienceHint({ account })
  // a tag is another audience too: proposed for a typo only (`技术读着`), not for `前端粉丝` → `活动粉丝`
  const s = didYouMean(audience, tags, Math.max(1, Math.floor([...audience].length / 4))) ?? ''
  return msg.audienceTags({ s, account, list: tags.join(', '), all: ALL_FOLLOWERS })
}
