/**
 * Reads one `content/<slug>/index.md` into an `Article`. Never throws for bad input: unreadable,
 * non-UTF-8, empty or broken files become diagnostics and an article with `readable: false`.
 */
import { lstatSync, readFileSync, type Stats } from 'node:fs'
import path from 'node:path'
import { VFile } from '../core/vfile.js'
import type { Config } from '../config/schema.js'
import { report } from '../diagnostics/diagnostic.js'
import { recordsSince, replayRecords } from '../diagnostics/message-records.js'
import { hashKey, type Cache } from '../cache/create-cache.js'
import { sha256 } from '../cache/file-hashes.js'
import type { Article } from './article.js'
import { packContent, unpackContent, type CachedContent } from './cached-content.js'
import { replayContent } from './lazy-content.js'
import { checkCover } from './check-cover.js'
import { checkFolderName } from './check-folder-name.js'
import { decodeSource } from './decode-source.js'
import { blankArticle, LINE1 } from './blank-article.js'
import { reportSameFolder } from './report-same-folder.js'
import { inspectFile } from '../core/safe-file.js'
import { contentMessages } from '../i18n/messages/content.js'
import { cliMiscMessages } from '../i18n/messages/cli-misc.js'
const { msg } = contentMessages

export interface LoadArticleInput {
  /** Site root (absolute). */
  root: string
  /** Content-hash cache for the text-only work; `salt` carries the wxpress version. */
  cache?: { store: Cache; salt: string } | undefined
  /** Absolute path of the index.md. */
  absolutePath: string
  slug: string
  /** The slug folder is a link to the folder of this listed slug (`ArticleRef.sameAs`): reported, not read. */
  sameAs?: string | undefined
  config: Config
  /** `JSON.stringify(config)`, when the caller has it (a site's thousand articles share it). */
  configJson?: (() => string) | undefined
}

export async function loadArticle(input: LoadArticleInput): Promise<Article> {
  const { root, absolutePath, slug, config } = input
  const rel = path.relative(root, absolutePath).split(path.sep).join('/')
  const file = new VFile({ path: rel, cwd: root, value: '' })
  const article = blankArticle({ slug, path: rel, dir: path.dirname(absolutePath), file })
  let stats: Stats | undefined
  const problem = inspectFile(absolutePath, root, (regular) => {
    stats = regular // taken before the read: a change meanwhile gives another stat
  })
  if (problem && problem.kind !== 'missing') {
    const outside = problem.kind === 'outside'
    // the slug folder itself is the link (content/<slug> → a folder elsewhere): say so, not "the file"
    const folder = outside && isLink(path.dirname(absolutePath))
    report(
      file,
      'error',
      outside ? 'content/outside-root' : 'content/not-regular-file',
      'content',
      folder
        ? cliMiscMessages.msg.articleFolderLink({ path: path.posix.dirname(rel) })
        : outside
          ? cliMiscMessages.msg.articleLink({ path: rel })
          : cliMiscMessages.msg.articleNotRegular({ type: problem.type, path: rel }),
      {
        place: LINE1,
        value: rel,
        hint: folder
          ? cliMiscMessages.msg.articleFolderLinkHint()
          : outside
            ? cliMiscMessages.msg.articleLinkHint()
            : cliMiscMessages.msg.articleNotRegularHint(),
      },
    )
    return article
  }
  if (input.sameAs !== undefined) {
    reportSameFolder(file, root, absolutePath, input.sameAs)
    return article
  }
  const files = input.cache?.store.files
  const known = stats && files?.known(absolutePath, stats)
  const keyOf = (hash: string) =>
    input.cache &&
    hashKey('content', input.cache.salt, input.configJson?.() ?? JSON.stringify(config), rel, hash)
  if (known && (await replayContent(article, input.cache!.store, keyOf(known)!, absolutePath, known))) {
    article.hash = known
  } else {
    const text = readText(article, absolutePath, (bytes) =>
      stats && files ? files.record(absolutePath, stats, bytes) : sha256(bytes),
    )
    if (text === undefined) return article
    file.value = text
    const key = keyOf(article.hash)
    const hit = key ? await input.cache?.store.get<CachedContent>('content', key) : undefined
    const cached = hit && unpackContent(hit, text)
    if (hit && cached) {
      Object.assign(article, cached)
      replayRecords(file, hit.records)
    } else {
      // the front-matter parser (gray-matter, js-yaml, esprima) loads on the first miss only
      const { parseSource } = await import('./parse-source.js')
      parseSource(article, text, config)
      const record = key ? packContent(article, text, recordsSince(file, 0)) : undefined
      if (key) await input.cache?.store.set('content', key, record)
    }
  }
  checkFolderName(article)
  if (article.frontmatter.cover !== undefined)
    article.coverPath = await checkCover(article, article.frontmatter.cover)
  return article
}

/** The file's text (setting `article.hash` with `hashOf` its bytes), or undefined after reporting why not. */
function readText(
  article: Article,
  absolutePath: string,
  hashOf: (bytes: Uint8Array) => string,
): string | undefined {
  const { file } = article
  let bytes: Buffer
  try {
    // a synchronous read: much faster than the thread pool for thousands of small files
    bytes = readFileSync(absolutePath)
  } catch (error) {
    report(
      file,
      'error',
      'content/unreadable',
      'content',
      msg.unreadable({ error: (error as Error).message }),
      {
        place: LINE1,
        hint: msg.unreadableHint(),
      },
    )
    return undefined
  }
  article.hash = hashOf(bytes)
  const decoded = decodeSource(bytes)
  if (!decoded.ok) {
    report(
      file,
      'error',
      'content/encoding',
      'content',
      msg.encoding({ utf16: decoded.reason.includes('UTF-16') ? 1 : 0 }),
      {
        place: LINE1,
        hint: msg.encodingHint(),
      },
    )
    return undefined
  }
  return decoded.text
}

function isLink(folder: string): boolean {
  try {
    return lstatSync(folder).isSymbolicLink()
  } catch {
    return false
  }
}
