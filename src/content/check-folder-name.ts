/**
 * `content/folder-name-too-long`: wxpress names files after an article's folder (its ledger
 * `.wxpress/state/<slug>.json`, written through `<slug>.json.<8 hex>.tmp`; render's `<slug>.html`),
 * and a file name holds at most 255 bytes. A longer one would pass every check and then fail at
 * the slot (ENAMETOOLONG), so it is an error on the article from the first check.
 */
import path from 'node:path'
import { report } from '../diagnostics/diagnostic.js'
import { contentMessages } from '../i18n/messages/content.js'
import type { Article } from './article.js'
import { LINE1 } from './blank-article.js'

/** The most bytes of a file name (ext4, APFS, most file systems). */
const NAME_MAX = 255
/** The longest name made from a slug: the ledger's temporary copy, `<slug>.json.<8 hex>.tmp`. */
const LONGEST_SUFFIX = '.json.00000000.tmp'.length
/** The most UTF-8 bytes of a folder name. */
export const FOLDER_NAME_MAX = NAME_MAX - LONGEST_SUFFIX

export function checkFolderName(article: Article): void {
  const bytes = Buffer.byteLength(article.slug, 'utf8')
  if (bytes <= FOLDER_NAME_MAX) return
  const { msg } = contentMessages
  const folder = path.posix.dirname(article.path)
  const max = FOLDER_NAME_MAX
  report(
    article.file,
    'error',
    'content/folder-name-too-long',
    'content',
    msg.folderTooLong({ folder, bytes, max }),
    {
      place: LINE1,
      value: article.slug,
      hint: msg.folderTooLongHint({ max, chars: Math.floor(max / 3) }),
    },
  )
}
