/**
 * Validates parsed front-matter key by key: one diagnostic per problem at the key's own value,
 * quoting the value; a missing key points at the block. A bad key never hides the others.
 */
import type { Position } from 'unist'
import type { VFile } from '../core/vfile.js'
import type { Config } from '../config/schema.js'
import type { YamlField } from '../config/parse-yaml.js'
import { report } from '../diagnostics/diagnostic.js'
import { didYouMean } from '../diagnostics/did-you-mean.js'
import type { Frontmatter } from './article.js'
import type { Slot } from '../core/date-time.js'
import { validateLintBlock } from './validate-lint-block.js'
import { reportUnknownKey } from './unknown-key.js'
import { checkSlot } from './check-slot.js'
import { REQUIRED_KEYS, TEXT_KEYS, frontmatterSchemas, type FrontmatterKey } from './frontmatter-schema.js'
import { codePoints } from '../core/code-points.js'
import { joinLines, ONE_LINE_KEYS, reportLineProblem } from './one-line-fields.js'
import { contentMessages } from '../i18n/messages/content.js'
import { commonMessages } from '../i18n/messages/common.js'
import type { Message } from '../i18n/message.js'

export interface ValidationInput {
  file: VFile
  data: Record<string, unknown>
  fields: YamlField[]
  block: Position
  config: Config
}

export interface ValidationResult {
  frontmatter: Frontmatter
  slot: Slot | undefined
  /** A digest refused only for its length: still linted (typography), never used. */
  overlongDigest?: string
}

const { msg } = contentMessages
const didYouMeanMsg = (s: string) => commonMessages.msg.didYouMean({ s })
const HINTS: Partial<Record<string, Message>> = {
  title: msg.hintTitle(),
  topic: msg.hintTopic(),
  audience: msg.hintAudience(),
  cover: msg.hintCover(),
  slot: msg.hintSlot(),
  source_url: msg.hintSourceUrl(),
  order: msg.hintOrder(),
  position: msg.hintOrder(),
}

/** Keys that must have a value when written; any other key left blank (`digest:`, `digest: ""`) counts as not written. */
const MUST_HAVE_TEXT = new Set<string>([...REQUIRED_KEYS, 'slot'])

const ENUMS: Partial<Record<string, string[]>> = {
  mode: ['draft', 'publish', 'broadcast'],
  comments: ['off', 'all', 'followers'],
}

function short(value: string): string {
  return codePoints(value) > 40 ? `${[...value].slice(0, 40).join('')}…` : value
}

export function validateFrontmatter(input: ValidationInput): ValidationResult {
  const { file, data, fields, block, config } = input
  const schemas = frontmatterSchemas(config)
  const known = Object.keys(schemas)
  const frontmatter: Record<string, unknown> = {}
  let slot: Slot | undefined
  let overlongDigest: string | undefined

  for (const field of fields) {
    const { key } = field
    // own keys only: `toString`, `constructor`, `__proto__` are unknown keys like any other
    if (!Object.hasOwn(schemas, key)) {
      reportUnknownKey(file, field, data[key], known)
      continue
    }
    let value = data[key]
    if (key === 'lint') {
      const lint = validateLintBlock(file, field, value)
      if (lint) frontmatter.lint = lint
      continue
    }
    // an optional key left blank means "use the default", as if it were not written (DESIGN §2)
    if (!MUST_HAVE_TEXT.has(key) && (value === null || (typeof value === 'string' && value.trim() === '')))
      continue
    if (
      TEXT_KEYS.has(key) &&
      (typeof value === 'number' || typeof value === 'boolean') &&
      field.sourceText !== undefined
    ) {
      value = field.sourceText
    }
    if (typeof value === 'string') value = value.replace(/\r/g, '')
    if (typeof value === 'string' && ONE_LINE_KEYS.has(key)) {
      const { start, end } = field.valuePosition
      if (key === 'digest') value = joinLines(value, start.line !== end.line)
      if (reportLineProblem(file, field, value as string)) continue
    }
    const result = schemas[key as FrontmatterKey].safeParse(value)
    if (!result.success) {
      const issue = result.error.issues[0]
      const params = (issue && 'params' in issue ? issue.params : undefined) as
        | { rule?: string; max?: number }
        | undefined
      const rule = params?.rule ?? (value === null || value === undefined ? 'empty' : 'invalid-value')
      const shown = typeof value === 'string' ? short(value) : JSON.stringify(value)
      const max = params?.max ?? 0
      const message =
        rule === 'max-length'
          ? msg.maxLength({ key, n: codePoints(String(value)), max, value: shown })
          : rule === 'empty'
            ? msg.empty({ key })
            : msg.invalid({ key, problem: issue?.message ?? 'is invalid', value: shown })
      let hint = rule === 'max-length' ? msg.shorten({ max }) : (HINTS[key] ?? msg.hintText({ key }))
      const options = ENUMS[key]
      if (options) {
        const s = typeof value === 'string' ? didYouMean(value, options) : undefined
        hint = s ? didYouMeanMsg(s) : commonMessages.msg.useOneOf({ list: options.join(', ') })
      }
      if (rule === 'unknown-account') {
        const s = didYouMean(String(value), Object.keys(config.accounts))
        hint = s ? didYouMeanMsg(s) : msg.accounts({ list: Object.keys(config.accounts).join(', ') })
      }
      if (rule === 'max-length' && key === 'digest' && typeof value === 'string') overlongDigest = value
      report(file, 'error', `frontmatter/${rule}`, 'content', message, {
        place: field.valuePosition,
        field: key,
        value,
        hint,
      })
      continue
    }
    frontmatter[key === 'position' ? 'order' : key] = result.data
    if (key === 'slot') slot = checkSlot(file, field, result.data as string, config)
  }

  for (const key of REQUIRED_KEYS) {
    if (fields.some((f) => f.key === key)) continue
    report(file, 'error', 'frontmatter/missing', 'content', msg.missing({ key }), {
      place: block,
      field: key,
      hint: HINTS[key],
    })
  }
  return { frontmatter: frontmatter as Frontmatter, slot, ...(overlongDigest ? { overlongDigest } : {}) }
}
