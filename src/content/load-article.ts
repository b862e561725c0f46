/**
 * Reads one `content/<slug>/index.md` into an `Article`. Never throws for bad input: unreadable,
 * non-UTF-8, empty or broken files become diagnostics and an article with `readable: false`.
 */
import { createHash } from 'node:crypto'
import { accessSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Position } from 'unist'
import { VFile } from 'vfile'
import type { Config } from '../config/schema.js'
import { report } from '../diagnostics/diagnostic.js'
import { recordsSince, replayRecords, type MessageRecord } from '../diagnostics/message-records.js'
import { hashKey, type Cache } from '../cache/create-cache.js'
import { fieldPosition, type Article } from './article.js'
import { checkBody } from './check-body.js'
import { MAX_MARK_WORK, measureComplexity } from './check-complexity.js'
import { splitFrontmatter } from './frontmatter.js'
import { resolveAsset, staysInside } from './resolve-asset.js'
import { validateFrontmatter } from './validate-frontmatter.js'

const LINE1: Position = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

export interface LoadArticleInput {
  /** Site root (absolute). */
  root: string
  /** Content-hash cache for the text-only work; `salt` carries the wxpress version. */
  cache?: { store: Cache; salt: string } | undefined
  /** Absolute path of the index.md. */
  absolutePath: string
  slug: string
  config: Config
}

/** Decodes bytes as strict UTF-8, strips a BOM and normalises CRLF/CR to LF. */
export function decodeSource(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'the file is UTF-16 encoded' }
  }
  try {
    const text = utf8.decode(bytes) // strips a UTF-8 BOM
    return { ok: true, text: text.replace(/\r\n?/g, '\n') }
  } catch {
    return { ok: false, reason: 'the file is not valid UTF-8 (GBK or another legacy encoding?)' }
  }
}

export async function loadArticle(input: LoadArticleInput): Promise<Article> {
  const { root, absolutePath, slug, config } = input
  const rel = path.relative(root, absolutePath).split(path.sep).join('/')
  const file = new VFile({ path: rel, cwd: root, value: '' })
  const article: Article = {
    slug, path: rel, dir: path.dirname(absolutePath), file, markdown: '', frontmatter: {}, fields: [],
    block: LINE1, slot: undefined, coverPath: undefined, hash: '', readable: false,
  }
  let bytes: Buffer
  try {
    // a synchronous read: much faster than the thread pool for thousands of small files
    bytes = readFileSync(absolutePath)
  } catch (error) {
    report(file, 'error', 'content/unreadable', 'content', `Cannot read the file: ${(error as Error).message}`, {
      place: LINE1, hint: 'Check the file exists and is readable.',
    })
    return article
  }
  article.hash = createHash('sha256').update(bytes).digest('hex')
  const decoded = decodeSource(bytes)
  if (!decoded.ok) {
    report(file, 'error', 'content/encoding', 'content', `Cannot read the article: ${decoded.reason}`, {
      place: LINE1, hint: 'Save the file as UTF-8 (without changing anything else) and commit it again.',
    })
    return article
  }
  file.value = decoded.text
  const key = input.cache ? hashKey('content', input.cache.salt, JSON.stringify(config), rel, article.hash) : undefined
  const hit = key ? await input.cache?.store.get<CachedContent>('content', key) : undefined
  if (hit) {
    Object.assign(article, hit.article)
    replayRecords(file, hit.records)
  } else {
    parseSource(article, decoded.text, config)
    if (key) {
      const { markdown, frontmatter, fields, block, slot, readable } = article
      await input.cache?.store.set('content', key, { article: { markdown, frontmatter, fields, block, slot, readable }, records: recordsSince(file, 0) } satisfies CachedContent)
    }
  }
  if (article.frontmatter.cover !== undefined) article.coverPath = await checkCover(article, article.frontmatter.cover)
  return article
}

interface CachedContent {
  article: Pick<Article, 'markdown' | 'frontmatter' | 'fields' | 'block' | 'slot' | 'readable'>
  records: MessageRecord[]
}

/** A body (front-matter not counted) of more characters than this (10× WeChat's limit for the HTML) is reported instead of parsed. */
export const MAX_MARKDOWN_CHARS = 200_000

/** Code points of `text` from `start` (a surrogate pair is one character). */
function codePoints(text: string, start: number): number {
  let n = 0
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0xdc00 || c > 0xdfff || i === start || (text.charCodeAt(i - 1) & 0xfc00) !== 0xd800) n++
  }
  return n
}

/** Everything that depends only on the text and the config: front-matter, positions, slot. */
/**
 * The article as it would load from `text` (LF line ends, no BOM): same slug and path, a fresh file.
 * `check --fix` lints its output again with it until nothing is left to fix.
 */
export function articleFromText(base: Article, text: string, config: Config): Article {
  const file = new VFile({ path: base.file.path, cwd: base.file.cwd, value: text })
  const article: Article = {
    slug: base.slug, path: base.path, dir: base.dir, file, markdown: '', frontmatter: {}, fields: [],
    block: LINE1, slot: undefined, coverPath: undefined, hash: '', readable: false,
  }
  parseSource(article, text, config)
  return article
}

function parseSource(article: Article, text: string, config: Config): void {
  const { file } = article
  if (text.trim() === '') {
    report(file, 'error', 'content/empty-file', 'content', 'The article file is empty', {
      place: LINE1, hint: 'Start with a front-matter block (`---`, `title: …`, `---`) and then the body.',
    })
    return
  }
  const split = splitFrontmatter(text)
  article.markdown = split.markdown
  article.readable = split.status !== 'unclosed'
  // the body's characters (code points), front-matter not counted: the same text as the threshold
  const bodyChars = article.readable && split.markdown.length - split.bodyStart > MAX_MARKDOWN_CHARS ? codePoints(split.markdown, split.bodyStart) : 0
  if (bodyChars > MAX_MARKDOWN_CHARS) {
    // ten times what WeChat can take: not worth the seconds (and gigabyte) a parse of it costs
    article.readable = false
    report(file, 'error', 'content/too-large', 'content', `The article body has ${bodyChars.toLocaleString('en')} characters of Markdown, more than the ${MAX_MARKDOWN_CHARS.toLocaleString('en')} wxpress reads; it is not linted or rendered`, {
      place: LINE1, value: String(bodyChars),
      hint: 'WeChat takes fewer than 20,000 characters of HTML per article; split it into several articles.',
    })
  }
  const complexity = article.readable && bodyChars === 0 ? measureComplexity(split.markdown) : undefined
  if (complexity && complexity.work > MAX_MARK_WORK && complexity.worst) {
    // thousands of unmatched or deeply nested `*`, `_`, `~`, `[` in a paragraph: minutes of parsing
    article.readable = false
    const { marks, place } = complexity.worst
    report(file, 'error', 'content/too-complex', 'content', `This paragraph has ${marks.toLocaleString('en')} emphasis and link marks (\`*\`, \`_\`, \`~\`, \`[\`, \`]\`), more than wxpress can parse in reasonable time; the article is not linted or rendered`, {
      place, value: String(marks),
      hint: 'Put generated or pasted text in a fenced code block (```), or split it into shorter paragraphs.',
    })
  }
  if (split.status === 'none') {
    report(file, 'error', 'frontmatter/missing-block', 'content', 'The article has no front-matter', {
      place: LINE1,
      hint: 'Begin the file with a `---` line, the keys (title, topic, slot, audience, cover …), and a closing `---` line.',
    })
    return
  }
  if (split.status === 'unclosed') {
    report(file, 'error', 'frontmatter/unclosed', 'content', 'The front-matter block opened with `---` is never closed', {
      place: LINE1, hint: 'Add a line with only `---` after the last key.',
    })
    return
  }
  article.block = { start: { line: 1, column: 1 }, end: { line: split.endLine, column: 4 } }
  if (split.status === 'language') {
    report(file, 'error', 'frontmatter/language', 'content', `Front-matter in \`${split.language}\` is not supported`, {
      place: article.block, value: split.language, hint: 'Write the front-matter in YAML (a plain `---` line).',
    })
    return
  }
  const yaml = split.yaml
  if (!yaml) return
  for (const error of yaml.errors) {
    if (error.code === 'DUPLICATE_KEY') {
      const key = error.key ?? 'a key'
      const first = error.firstPosition ? ` (first on line ${error.firstPosition.start.line})` : ''
      report(file, 'error', 'frontmatter/yaml-syntax', 'content', `Front-matter is not valid YAML: \`${key}\` is written twice${first}`, {
        place: error.position, field: error.key, value: error.key,
        hint: `Remove one of the two \`${key}\` lines${first ? ` (line ${error.firstPosition!.start.line} or ${error.position.start.line})` : ''}; YAML keeps only one value per key.`,
      })
      continue
    }
    report(file, 'error', 'frontmatter/yaml-syntax', 'content', `Front-matter is not valid YAML: ${error.message}`, {
      place: error.position, hint: 'Check indentation and quoting; values containing `: ` or `#` need quotes.',
    })
  }
  if (yaml.errors.length > 0) return
  if (yaml.data !== undefined && yaml.data !== null && (typeof yaml.data !== 'object' || Array.isArray(yaml.data))) {
    report(file, 'error', 'frontmatter/not-a-mapping', 'content', 'Front-matter must be `key: value` lines', {
      place: article.block, value: yaml.data, hint: 'Write one `key: value` per line.',
    })
    return
  }
  article.fields = yaml.fields
  const { frontmatter, slot } = validateFrontmatter({
    file, data: (yaml.data ?? {}) as Record<string, unknown>, fields: yaml.fields, block: article.block, config,
  })
  article.frontmatter = frontmatter
  article.slot = slot
  checkBody(file, split.markdown, split.endLine)
}


async function checkCover(article: Article, cover: string): Promise<string | undefined> {
  const place = fieldPosition(article, 'cover')
  const resolved = resolveAsset(article.dir, cover)
  if (!resolved.ok) {
    const remote = resolved.reason === 'remote' || resolved.reason === 'data'
    report(article.file, 'error', remote ? 'image/remote' : 'image/outside-root', 'content',
      remote ? `\`cover\` must be a local image, not ${cover}` : `\`cover\` points outside the article folder: ${cover}`, {
        place, field: 'cover', value: cover,
        hint: remote
          ? 'Download the image into the article folder and write its relative path, e.g. `cover: cover.jpg`.'
          : 'Keep the cover inside the article folder and write a relative path such as `cover: cover.png`.',
      })
    return undefined
  }
  try {
    // synchronous, like the read above: a thread-pool round trip per article left this thread idle
    accessSync(resolved.absolute)
  } catch {
    report(article.file, 'error', 'image/missing', 'content', `Cover image not found: ${cover}`, {
      place, field: 'cover', value: cover,
      hint: `Add the file at ${article.slug}/${resolved.relative}, or fix the path (it is relative to the article folder).`,
    })
    return undefined
  }
  if (!(staysInside(article.dir, resolved.absolute))) {
    report(article.file, 'error', 'image/outside-root', 'content', `\`cover\` links to a file outside the article folder: ${cover}`, {
      place, field: 'cover', value: cover, hint: 'Replace the symbolic link with a copy of the image.',
    })
    return undefined
  }
  return resolved.absolute
}
