/**
 * A front-matter key wxpress does not know: a warning with a did-you-mean (also for the keys of other
 * site tools). `draft:` of static-site generators gets its own finding, frontmatter/draft: with
 * `draft: true` the writer does not want the article sent, which wxpress would do all the same at its
 * `slot`, so it is an error (the article is blocked); `draft: false` is a warning that it does nothing.
 */
import type { VFile } from '../core/vfile.js'
import type { YamlField } from '../config/parse-yaml.js'
import { report } from '../diagnostics/diagnostic.js'
import { didYouMean } from '../diagnostics/did-you-mean.js'
import { contentMessages } from '../i18n/messages/content.js'
import { commonMessages } from '../i18n/messages/common.js'

const { msg } = contentMessages

/** Keys other static-site tools use, and ours. */
const ALIASES: Partial<Record<string, string>> = {
  date: 'slot',
  publishdate: 'slot',
  publish_date: 'slot',
  publishat: 'slot',
  publish_at: 'slot',
  time: 'slot',
  schedule: 'slot',
  description: 'digest',
  summary: 'digest',
  excerpt: 'digest',
  abstract: 'digest',
  image: 'cover',
  thumbnail: 'cover',
  banner: 'cover',
  cover_image: 'cover',
  featured_image: 'cover',
  category: 'topic',
  categories: 'topic',
  column: 'topic',
  to: 'audience',
  followers: 'audience',
  authors: 'author',
  writer: 'author',
  footer: 'slogan',
  canonical: 'source_url',
  original_url: 'source_url',
  link: 'source_url',
}

/** Keys of static-site generators that a WeChat article has no counterpart for; `topic` is its column. */
const TAG_KEYS = new Set(['tags', 'tag', 'keywords'])

/** A `draft:` value that says "not a draft": false, blank, or the words YAML 1.1 read as false. */
function saysNo(value: unknown): boolean {
  if (value === false || value === null || value === undefined || value === 0) return true
  return typeof value === 'string' && /^\s*(?:false|no|off|n|0|)\s*$/i.test(value)
}

export function reportUnknownKey(file: VFile, field: YamlField, value: unknown, known: string[]): void {
  const { key } = field
  const alias = key.toLowerCase()
  if (alias === 'draft') {
    const no = saysNo(value)
    const shown = field.sourceText ?? (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''))
    report(
      file,
      no ? 'warning' : 'error',
      'frontmatter/draft',
      'content',
      no ? msg.draftUnused({ key, value: shown }) : msg.draftIgnored({ key, value: shown }),
      {
        place: field.keyPosition,
        field: key,
        value: shown,
        hint: no ? msg.draftUnusedHint({ key }) : msg.draftIgnoredHint({ key }),
      },
    )
    return
  }
  const suggestion = (Object.hasOwn(ALIASES, alias) ? ALIASES[alias] : undefined) ?? didYouMean(key, known)
  // `tags:` (Hexo, Hugo, Jekyll): an article has no tags in WeChat, its column is `topic`
  const hint = TAG_KEYS.has(alias)
    ? msg.tagsNotField({ key })
    : suggestion
      ? commonMessages.msg.didYouMean({ s: suggestion })
      : msg.knownKeys({ list: known.join(', ') })
  report(file, 'warning', 'frontmatter/unknown-key', 'content', msg.unknownKey({ key }), {
    place: field.keyPosition,
    field: key,
    value: key,
    hint,
  })
}
