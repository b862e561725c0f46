/**
 * `content/duplicate-folder`: a slug folder that is a symbolic link to the folder of another listed slug
 * (see `listArticles`). The same article would be planned and published under two slugs, so the link is
 * reported on its own slug and never read; the folder it reaches stays an article.
 */
import { realpathSync } from 'node:fs'
import path from 'node:path'
import type { VFile } from '../core/vfile.js'
import { report } from '../diagnostics/diagnostic.js'
import { cliMiscMessages } from '../i18n/messages/cli-misc.js'
import { LINE1 } from './blank-article.js'

const { msg } = cliMiscMessages

/**
 * Reports the link `content/<slug>` (its index.md is `absolutePath`) as reaching the folder of the
 * article `sameAs`, naming both folders and, when it is elsewhere in the site, the folder reached.
 */
export function reportSameFolder(file: VFile, root: string, absolutePath: string, sameAs: string): void {
  const link = path.dirname(absolutePath)
  const shown = (p: string) => p.split(path.sep).join('/')
  const linkRel = shown(path.relative(root, link))
  const other = path.posix.join(path.posix.dirname(linkRel), sameAs)
  let target = other
  try {
    target = shown(path.relative(realpathSync(root), realpathSync(link)))
  } catch {
    // gone meanwhile: name the other article's folder
  }
  report(
    file,
    'error',
    'content/duplicate-folder',
    'content',
    msg.articleFolderTwice({ path: linkRel, target, other }),
    { place: LINE1, value: linkRel, hint: msg.articleFolderTwiceHint({ path: linkRel }) },
  )
}
