/**
 * The content model: one `Article` per `content/<slug>/index.md`, carrying its `VFile` (every stage
 * reports onto it), the validated front-matter and the positions of every key.
 */
import type { Position } from 'unist'
import type { VFile } from '../core/vfile.js'
import type { RuleSetting } from '../config/schema.js'
import type { YamlField } from '../config/parse-yaml.js'
import type { Slot } from '../core/date-time.js'

export type Mode = 'draft' | 'publish' | 'broadcast'
export type Comments = 'off' | 'all' | 'followers'

/** Front-matter after validation; keys that failed validation are absent. */
export interface Frontmatter {
  title?: string
  topic?: string
  slot?: string
  audience?: string
  slogan?: string
  author?: string
  digest?: string
  cover?: string
  id?: string
  account?: string
  mode?: Mode
  theme?: string
  source_url?: string
  comments?: Comments
  lint?: Record<string, RuleSetting>
  /** Position of the article in a multi-article push (head first); `position` is an alias. */
  order?: number
}

export interface Article {
  /** Folder name under the content directory. */
  slug: string
  /** Site-relative path of the Markdown file, `/` separators (`content/<slug>/index.md`). */
  path: string
  /** Absolute path of the article folder (images resolve against it). */
  dir: string
  /** Carries the source (`value`, LF-normalised, no BOM) and every message of every stage. */
  file: VFile
  /** Markdown body with the front-matter blanked out, so parse positions are the file's own. */
  markdown: string
  /** Validated front-matter (empty when the block is missing or broken). */
  frontmatter: Frontmatter
  /** Front-matter keys with positions, in source order. */
  fields: YamlField[]
  /** Position of the whole front-matter block (line 1 when there is none). */
  block: Position
  /** The parsed slot, when `slot` is valid. */
  slot: Slot | undefined
  /** Resolved absolute path of a valid cover inside the article folder. */
  coverPath: string | undefined
  /** sha256 of the file's bytes. */
  hash: string
  /** False when the file could not be read or parsed at all (no body to lint or render). */
  readable: boolean
  /** A digest refused for its length alone (`frontmatter/max-length`): linted all the same, never published. */
  overlongDigest?: string
  /** True when the front-matter block is there but its YAML could not be read (its keys are unknown). */
  brokenFrontmatter?: boolean
}

/** Position of a front-matter key's value, or of the block for a missing key (never line 0). */
export function fieldPosition(article: Pick<Article, 'fields' | 'block'>, key: string): Position {
  return article.fields.find((f) => f.key === key)?.valuePosition ?? article.block
}

/** Position of a front-matter key itself. */
export function keyPosition(article: Pick<Article, 'fields' | 'block'>, key: string): Position {
  return article.fields.find((f) => f.key === key)?.keyPosition ?? article.block
}
