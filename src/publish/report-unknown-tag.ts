/** The one finding for an audience that is no follower tag of the account (preflight, and at the slot). */
import { fieldPosition, type Article } from '../content/article.js'
import { report } from '../diagnostics/diagnostic.js'
import { didYouMean } from '../diagnostics/did-you-mean.js'
import { publishMessages } from '../i18n/messages/publish.js'

const { msg } = publishMessages

/** Reports `tag` on the `audience` line of each of `articles`, with the account's tags `names`. */
export function reportUnknownTag(
  articles: readonly Article[],
  tag: string,
  account: string,
  names: readonly string[],
): void {
  const near = didYouMean(tag, names)
  const tags = names.map((n) => `「${n}」`).join(' ')
  for (const a of articles) {
    report(a.file, 'error', 'publish/unknown-tag', 'publish', msg.unknownTag({ tag, account }), {
      place: fieldPosition(a, 'audience'),
      value: tag,
      hint: msg.unknownTagHint({ near: near ?? '', tags }),
    })
  }
}
