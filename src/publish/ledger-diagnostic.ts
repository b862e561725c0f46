/** The one diagnostic of an unreadable ledger, shared by every reader (check, plan, publish, stats). */
import { fieldPosition, type Article } from '../content/article.js'
import { report } from '../diagnostics/diagnostic.js'
import { publishMessages } from '../i18n/messages/publish.js'

const { msg } = publishMessages

export const LEDGER_UNREADABLE = 'publish/ledger-unreadable'

/** Reports once per article that its ledger cannot be trusted; the article's push is then blocked. */
export function reportLedgerUnreadable(article: Article, found: { file: string; problem: string }): void {
  if (article.file.messages.some((m) => m.ruleId === LEDGER_UNREADABLE)) return
  report(
    article.file,
    'error',
    LEDGER_UNREADABLE,
    'publish',
    msg.ledgerUnreadable({ file: found.file, problem: found.problem }),
    {
      place: fieldPosition(article, 'slot'),
      value: found.file,
      hint: msg.ledgerUnreadableHint({ file: found.file }),
    },
  )
}
