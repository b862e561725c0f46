/**
 * Reads one `content/<slug>/index.md` into an `Article`. Never throws for bad input: unreadable,
 * non-UTF-8, empty or broken files become diagnostics and an article with `readable: false`.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Position } from 'unist'
import { VFile } from '../core/vfile.js'
import type { Config } from '../config/schema.js'
import { report } from '../diagnostics/diagnostic.js'
import { recordsSince, replayRecords, type MessageRecord } from '../diagnostics/message-records.js'
import { hashKey, type Cache } from '../cache/create-cache.js'
import type { Article } from './article.js'
import { checkCover } from './check-cover.js'
import { decodeSource } from './decode-source.js'
import { checkBody } from './check-body.js'
import { MAX_MARK_WORK, measureComplexity } from './check-complexity.js'
import { splitFrontmatter } from './frontmatter.js'
import { inspectFile } from '../core/safe-file.js'
import { validateFrontmatter } from './validate-frontmatter.js'
import { contentMessages } from '../i18n/messages/content.js'
import { cliMiscMessages } from '../i18n/messages/cli-misc.js'
const { msg } = contentMessages

const LINE1: Position = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }

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

export async function loadArticle(input: LoadArticleInput): Promise<Article> {
  const { root, absolutePath, slug, config } = input
  const rel = path.relative(root, absolutePath).split(path.sep).join('/')
  const file = new VFile({ path: rel, cwd: root, value: '' })
  const article: Article = {
    slug,
    path: rel,
    dir: path.dirname(absolutePath),
    file,
    markdown: '',
    frontmatter: {},
    fields: [],
    block: LINE1,
    slot: undefined,
    coverPath: undefined,
    hash: '',
    readable: false,
  }
  const problem = inspectFile(absolutePath, root)
  if (problem && problem.kind !== 'missing') {
    const outside = problem.kind === 'outside'
    report(
      file,
      'error',
      outside ? 'content/outside-root' : 'content/not-regular-file',
      'content',
      outside
        ? cliMiscMessages.msg.articleLink({ path: rel })
        : cliMiscMessages.msg.articleNotRegular({ type: problem.type, path: rel }),
      {
        place: LINE1,
        value: rel,
        hint: outside ? cliMiscMessages.msg.articleLinkHint() : cliMiscMessages.msg.articleNotRegularHint(),
      },
    )
    return article
  }
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
    return article
  }
  article.hash = createHash('sha256').update(bytes).digest('hex')
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
    return article
  }
  file.value = decoded.text
  const key = input.cache
    ? hashKey('content', input.cache.salt, JSON.stringify(config), rel, article.hash)
    : undefined
  const hit = key ? await input.cache?.store.get<CachedContent>('content', key) : undefined
  if (hit) {
    Object.assign(article, hit.article)
    replayRecords(file, hit.records)
  } else {
    parseSource(article, decoded.text, config)
    if (key) {
      const { markdown, frontmatter, fields, block, slot, readable } = article
      await input.cache?.store.set('content', key, {
        article: { markdown, frontmatter, fields, block, slot, readable },
        records: recordsSince(file, 0),
      } satisfies CachedContent)
    }
  }
  if (article.frontmatter.cover !== undefined)
    article.coverPath = await checkCover(article, article.frontmatter.cover)
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
    slug: base.slug,
    path: base.path,
    dir: base.dir,
    file,
    markdown: '',
    frontmatter: {},
    fields: [],
    block: LINE1,
    slot: undefined,
    coverPath: undefined,
    hash: '',
    readable: false,
  }
  parseSource(article, text, config)
  return article
}

function parseSource(article: Article, text: string, config: Config): void {
  const { file } = article
  if (text.trim() === '') {
    report(file, 'error', 'content/empty-file', 'content', msg.emptyFile(), {
      place: LINE1,
      hint: msg.emptyFileHint(),
    })
    return
  }
  const split = splitFrontmatter(text)
  article.markdown = split.markdown
  article.readable = split.status !== 'unclosed'
  // the body's characters (code points), front-matter not counted: the same text as the threshold
  const bodyChars =
    article.readable && split.markdown.length - split.bodyStart > MAX_MARKDOWN_CHARS
      ? codePoints(split.markdown, split.bodyStart)
      : 0
  if (bodyChars > MAX_MARKDOWN_CHARS) {
    // ten times what WeChat can take: not worth the seconds (and gigabyte) a parse of it costs
    article.readable = false
    report(
      file,
      'error',
      'content/too-large',
      'content',
      msg.tooLarge({ n: bodyChars, max: MAX_MARKDOWN_CHARS }),
      {
        place: LINE1,
        value: String(bodyChars),
        hint: msg.tooLargeHint(),
      },
    )
  }
  const complexity = article.readable && bodyChars === 0 ? measureComplexity(split.markdown) : undefined
  if (complexity && complexity.work > MAX_MARK_WORK && complexity.worst) {
    // thousands of unmatched or deeply nested `*`, `_`, `~`, `[` in a paragraph: minutes of parsing
    article.readable = false
    const { marks, place } = complexity.worst
    report(
      file,
      'error',
      'content/too-complex',
      'content',
      `This paragraph has ${marks.toLocaleString('en')} emphasis and link marks (\`*\`, \`_\`, \`~\`, \`[\`, \`]\`), more than wxpress can parse in reasonable time; the article is not linted or rendered`,
      {
        place,
        value: String(marks),
        hint: 'Put generated or pasted text in a fenced code block (```), or split it into shorter paragraphs.',
      },
    )
  }
  if (split.status === 'none') {
    report(file, 'error', 'frontmatter/missing-block', 'content', msg.missingBlock(), {
      place: LINE1,
      hint: msg.missingBlockHint(),
    })
    return
  }
  if (split.status === 'unclosed') {
    report(file, 'error', 'frontmatter/unclosed', 'content', msg.unclosed(), {
      place: LINE1,
      hint: msg.unclosedHint(),
    })
    return
  }
  article.block = { start: { line: 1, column: 1 }, end: { line: split.endLine, column: 4 } }
  if (split.status === 'language') {
    report(file, 'error', 'frontmatter/language', 'content', msg.language({ lang: split.language }), {
      place: article.block,
      value: split.language,
      hint: msg.languageHint(),
    })
    return
  }
  const yaml = split.yaml
  if (!yaml) return
  for (const error of yaml.errors) {
    if (error.code === 'DUPLICATE_KEY') {
      const key = error.key ?? 'a key'
      const first = error.firstPosition?.start.line ?? 0
      report(file, 'error', 'frontmatter/yaml-syntax', 'content', msg.duplicateKey({ key, first }), {
        place: error.position,
        field: error.key,
        value: error.key,
        hint: msg.duplicateKeyHint({ key, first, second: error.position.start.line }),
      })
      continue
    }
    report(file, 'error', 'frontmatter/yaml-syntax', 'content', msg.yamlSyntax({ error: error.message }), {
      place: error.position,
      hint: msg.yamlSyntaxHint(),
    })
  }
  if (yaml.errors.length > 0) return
  if (
    yaml.data !== undefined &&
    yaml.data !== null &&
    (typeof yaml.data !== 'object' || Array.isArray(yaml.data))
  ) {
    report(file, 'error', 'frontmatter/not-a-mapping', 'content', msg.notMapping(), {
      place: article.block,
      value: yaml.data,
      hint: msg.notMappingHint(),
    })
    return
  }
  article.fields = yaml.fields
  const { frontmatter, slot } = validateFrontmatter({
    file,
    data: (yaml.data ?? {}) as Record<string, unknown>,
    fields: yaml.fields,
    block: article.block,
    config,
  })
  article.frontmatter = frontmatter
  article.slot = slot
  checkBody(file, split.markdown, split.endLine)
}
