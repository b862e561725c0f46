/**
 * The front-matter `cover` of an article: a local image inside the article folder (checked lexically,
 * then on disk: it must be a regular file that does not link out of the folder). Returns its absolute
 * path, or undefined after reporting why not.
 */
import { caseTwin } from '../core/case-twin.js'
import { imageFileMessages } from '../i18n/messages/image-files.js'
import path from 'node:path'
import { report } from '../diagnostics/diagnostic.js'
import { contentMessages } from '../i18n/messages/content.js'
import { fieldPosition, type Article } from './article.js'
import { resolveAsset } from './resolve-asset.js'
import { insideSuggestion } from './inside-suggestion.js'
import { renderImageMessages } from '../i18n/messages/render-images.js'
import { inspectFile } from '../core/safe-file.js'
import { cliMiscMessages } from '../i18n/messages/cli-misc.js'

const { msg } = contentMessages

export async function checkCover(article: Article, cover: string): Promise<string | undefined> {
  const place = fieldPosition(article, 'cover')
  const resolved = resolveAsset(article.dir, cover)
  if (!resolved.ok) {
    const remote = resolved.reason === 'remote' || resolved.reason === 'data'
    report(
      article.file,
      'error',
      remote ? 'image/remote' : 'image/outside-root',
      'content',
      remote ? msg.coverRemote({ cover }) : msg.coverOutside({ cover }),
      {
        place,
        field: 'cover',
        value: cover,
        hint: remote ? msg.coverRemoteHint() : coverOutsideHint(article.dir, cover),
      },
    )
    return undefined
  }
  // synchronous, like the read above: a thread-pool round trip per article left this thread idle
  const problem = inspectFile(resolved.absolute, article.dir)
  if (problem?.kind === 'missing') {
    report(article.file, 'error', 'image/missing', 'content', msg.coverMissing({ cover }), {
      place,
      field: 'cover',
      value: cover,
      hint:
        twinOf(resolved.absolute) ??
        msg.coverMissingHint({ path: `${path.posix.dirname(article.path)}/${resolved.relative}` }),
    })
    return undefined
  }
  if (problem?.kind === 'outside') {
    report(article.file, 'error', 'image/outside-root', 'content', msg.coverLink({ cover }), {
      place,
      field: 'cover',
      value: cover,
      hint: msg.coverLinkHint(),
    })
    return undefined
  }
  if (problem) {
    report(
      article.file,
      'error',
      'image/not-regular-file',
      'content',
      cliMiscMessages.msg.coverNotRegular({ type: problem.type, cover }),
      {
        place,
        field: 'cover',
        value: cover,
        hint: cliMiscMessages.msg.coverNotRegularHint(),
      },
    )
    return undefined
  }
  return resolved.absolute
}

function coverOutsideHint(dir: string, cover: string) {
  const meant = insideSuggestion(dir, cover)
  const rooted = /^[\\/]/.test(cover.trim()) ? 1 : 0
  return meant ? renderImageMessages.msg.outsideMeantHint({ path: meant, rooted }) : msg.coverOutsideHint()
}

/** The hint for a cover found on disk in other letter case, if it is. */
function twinOf(absolute: string) {
  const twin = caseTwin(absolute)
  return twin ? imageFileMessages.msg.caseTwinHint({ twin }) : undefined
}
