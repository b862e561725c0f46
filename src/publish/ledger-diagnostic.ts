/** The one diagnostic of an unreadable ledger, shared by every reader (check, plan, publish, stats). */
import { fieldPosition, type Article } from '../content/article.js'
import { report } from '../diagnostics/diagnostic.js'
import { publishMessages } from '../i18n/messages/publish.js'
import type { Message } from '../i18n/message.js'
import path from 'node:path'

const { msg } = publishMessages

export const LEDGER_UNREADABLE = 'publish/ledger-unreadable'

/** Reports once per article that its ledger cannot be trusted; the article's push is then blocked. */
export function reportLedgerUnreadable(
  article: Article,
  found: { file: string; problem: string; tooLong?: true },
): void {
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
      hint: ledgerHint(article, found),
    },
  )
}

/** What to do about an unreadable ledger: restore it from history, or (a name too long) shorten the folder. */
export function ledgerHint(article: Article, found: { file: string; tooLong?: true }): Message {
  return found.tooLong
    ? msg.ledgerNameTooLongHint({ folder: path.posix.dirname(article.path) })
    : msg.ledgerUnreadableHint({ file: found.file })
}
