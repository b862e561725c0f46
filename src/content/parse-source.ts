/**
 * Everything of an article that depends only on its text and the config: front-matter, positions,
 * slot, and the size and complexity limits. Reports onto the article's file, never throws.
 */
import { reportWideColons } from './wide-colon.js'
import type { Config } from '../config/schema.js'
import type { YamlField } from '../config/parse-yaml.js'
import { report } from '../diagnostics/diagnostic.js'
import type { Article } from './article.js'
import { checkBody } from './check-body.js'
import { parseableInTime } from './parseable-in-time.js'
import { splitFrontmatter } from './frontmatter.js'
import { unclosedFlow } from './unclosed-flow.js'
import { keyOfLine, unclosedQuote } from './unclosed-quote.js'
import { validateFrontmatter } from './validate-frontmatter.js'
import { contentMessages } from '../i18n/messages/content.js'
import { contentYamlMessages } from '../i18n/messages/content-yaml.js'
import { LINE1 } from './blank-article.js'
const { msg } = contentMessages
const yamlMsg = contentYamlMessages.msg

/**
 * A body (front-matter not counted) of more characters than this (10× WeChat's limit for the HTML)
 * is reported instead of parsed.
 */
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

/** Fills `article` from `text` (LF line ends, no BOM). */
export function parseSource(article: Article, text: string, config: Config): void {
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
  if (article.readable && bodyChars === 0 && !parseableInTime(file, split.markdown)) article.readable = false
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
  if (reportWideColons(file, text, split.endLine)) return void (article.brokenFrontmatter = true)
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
    // `[`, `{` or a quote never closed: the parser stops at a later line, the writer must look where it opened
    const at = error.position.start.line
    const flow = /^Flow (?:sequence|map)\b/.test(error.message) ? unclosedFlow(text, at) : undefined
    const quote =
      error.code === 'MISSING_CHAR' && /quote/.test(error.message) ? unclosedQuote(text, at) : undefined
    const opened = flow ?? quote
    const field = opened && keyOfLine(text, opened.line)
    report(
      file,
      'error',
      'frontmatter/yaml-syntax',
      'content',
      // the cause first (an unclosed bracket or quote), not the parser's word for where it stopped
      quote
        ? yamlMsg.unclosedQuote({ quote: quote.quote, key: field ?? '' })
        : flow
          ? yamlMsg.unclosedFlow({ open: flow.open, close: flow.close, key: field ?? '' })
          : msg.yamlSyntax({ error: error.message, code: error.code }),
      {
        place: opened
          ? {
              start: { line: opened.line, column: opened.column },
              end: { line: opened.line, column: opened.column + 1 },
            }
          : error.position,
        ...(flow
          ? { value: flow.open }
          : quote
            ? { value: quote.quote }
            : error.key
              ? { value: error.key }
              : {}),
        ...(field ? { field } : {}),
        hint: flow
          ? yamlMsg.unclosedFlowHint(flow)
          : quote
            ? yamlMsg.unclosedQuoteHint(quote)
            : error.code === 'TAB_AS_INDENT'
              ? yamlMsg.tabIndentHint({ line: at })
              : error.code === 'INDENTED_KEY'
                ? yamlMsg.indentedKeyHint({ line: at })
                : msg.yamlSyntaxHint(),
      },
    )
  }
  // a key written twice is reported above; the other keys are still checked (the last value wins)
  if (yaml.errors.some((e) => e.code !== 'DUPLICATE_KEY')) {
    article.brokenFrontmatter = true
    return
  }
  if (
    yaml.data !== undefined &&
    yaml.data !== null &&
    (typeof yaml.data !== 'object' || Array.isArray(yaml.data))
  ) {
    article.brokenFrontmatter = true
    report(file, 'error', 'frontmatter/not-a-mapping', 'content', msg.notMapping(), {
      place: article.block,
      value: yaml.data,
      hint: msg.notMappingHint(),
    })
    return
  }
  article.fields = lastOfEachKey(yaml.fields)
  const { frontmatter, slot, overlongDigest } = validateFrontmatter({
    file,
    data: (yaml.data ?? {}) as Record<string, unknown>,
    fields: article.fields,
    block: article.block,
    config,
  })
  article.frontmatter = frontmatter
  article.slot = slot
  if (overlongDigest !== undefined) article.overlongDigest = overlongDigest
  checkBody(file, split.markdown, split.endLine)
}

/** The fields without the earlier lines of a key written twice: its last value is the one used. */
function lastOfEachKey(fields: YamlField[]): YamlField[] {
  const last = new Map<string, YamlField>()
  for (const field of fields) last.set(field.key, field)
  return last.size === fields.length ? fields : fields.filter((f) => last.get(f.key) === f)
}
