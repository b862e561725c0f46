/** The one diagnostic of an unreadable ledger, shared by every reader (check, plan, publish, stats). */
import { fieldPosition, type Article } from '../content/article.js'
import { report } from '../diagnostics/diagnostic.js'

export const LEDGER_UNREADABLE = 'publish/ledger-unreadable'

/** Reports once per article that its ledger cannot be trusted; the article's push is then blocked. */
export function reportLedgerUnreadable(article: Article, found: { file: string; problem: string }): void {
  if (article.file.messages.some((m) => m.ruleId === LEDGER_UNREADABLE)) return
  report(
    article.file,
    'error',
    LEDGER_UNREADABLE,
    'publish',
    `The publish ledger ${found.file} is unreadable: ${found.problem}. Its push is blocked so that it is never sent twice`,
    {
      place: fieldPosition(article, 'slot'),
      value: found.file,
      hint:
        `Restore ${found.file} from the wxpress-state branch history with git (\`git log -p -- ${found.file}\`); ` +
        'never delete it unless you are sure the article was not sent.',
    },
  )
}
