/**
 * `content/index-name`: a slug folder whose article file is `index.MD`, `Index.md` or the like. It is
 * no article (every article is `<slug>/index.md`), yet a case-insensitive disk (macOS, Windows)
 * reads it: said as a warning on that file, and in the "no article" error when its slug is asked for.
 */
import path from 'node:path'
import { VFile } from '../core/vfile.js'
import { report } from '../diagnostics/diagnostic.js'
import { didYouMean } from '../diagnostics/did-you-mean.js'
import { configMessages } from '../i18n/messages/config.js'
import { commonMessages } from '../i18n/messages/common.js'
import { LINE1 } from './blank-article.js'
import type { MisnamedIndex } from './list-articles.js'

const { msg } = configMessages

/** The site-relative path of the misnamed file and of the name it should have. */
function paths(root: string, contentDir: string, { slug, name }: MisnamedIndex) {
  const folder = path.relative(root, path.join(contentDir, slug)).split(path.sep).join('/')
  return { file: `${folder}/${name}`, to: `${folder}/index.md` }
}

/** One file with the warning per misnamed article file, in slug order. */
export function misnamedIndexFiles(
  root: string,
  contentDir: string,
  misnamed: readonly MisnamedIndex[],
): VFile[] {
  return [...misnamed]
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .map((m) => {
      const { file, to } = paths(root, contentDir, m)
      const vfile = new VFile({ path: file, cwd: root, value: '' })
      report(vfile, 'warning', 'content/index-name', 'content', msg.indexName({ file, name: m.name }), {
        place: LINE1,
        value: m.name,
        hint: msg.indexNameHint({ file, to }),
      })
      return vfile
    })
}

/** `cli/unknown-slug` for a slug given on the command line that names no article. */
export function reportUnknownSlug(
  usage: VFile,
  root: string,
  contentDir: string,
  slug: string,
  slugs: Iterable<string>,
  misnamed: readonly MisnamedIndex[],
): void {
  const dir = path.relative(root, contentDir) || '.'
  const variant = misnamed.find((m) => m.slug === slug)
  if (variant) {
    const { file, to } = paths(root, contentDir, variant)
    report(usage, 'error', 'cli/unknown-slug', 'content', msg.unknownSlugMisnamed({ slug, dir, file }), {
      value: slug,
      hint: msg.indexNameHint({ file, to }),
    })
    return
  }
  const s = didYouMean(slug, slugs)
  report(usage, 'error', 'cli/unknown-slug', 'content', msg.unknownSlug({ slug, dir }), {
    value: slug,
    hint: s ? commonMessages.msg.didYouMean({ s }) : msg.runPlan(),
  })
}
