/**
 * An article's audience against its account's follower tags (config `accounts.<name>.tags`). Run for
 * the articles of every push, and for an article with no valid slot too, so that a writer learns of a
 * wrong slot and a wrong audience at once, not one push after the other.
 */
import type { Article } from '../content/article.js'
import { accountConfig } from '../config/account-config.js'
import type { Config } from '../config/schema.js'
import { scheduleMessages } from '../i18n/messages/schedule.js'
import { ALL_FOLLOWERS, audienceHint } from './audience-hint.js'
import { onSlot } from './on-slot.js'

const { msg } = scheduleMessages

export function checkAudience(a: Article, account: string, config: Config): void {
  const tags = accountConfig(config, account)?.tags
  const audience = a.frontmatter.audience
  if (!audience || audience === ALL_FOLLOWERS) return
  if (tags && !tags.includes(audience)) {
    onSlot(
      a,
      'error',
      'unknown-audience',
      msg.unknownAudience({ audience, account }),
      audienceHint(audience, account, tags),
      'audience',
    )
  } else if (!tags) {
    // without the account's tags in the config a typo would only show at publish time
    onSlot(
      a,
      'warning',
      'unlisted-audience',
      msg.unlistedAudience({ audience, account, all: ALL_FOLLOWERS }),
      audienceHint(audience, account, undefined),
      'audience',
    )
  }
}
