/**
 * The one schema of `<artifact>/report.json` (DESIGN §8): `pr-check` validates what it writes with it,
 * `pr-report` reads the file as hostile data with it. Every string and array is bounded, paths are
 * plain relative paths (images and pages exactly where pr-check puts them), slugs and rule ids are
 * plain names. The fields of §8 (and of the §4 check document) are required; what pr-check adds
 * beyond them is optional or defaulted, so a report written to the contract alone is read as well.
 */
import { z } from '../core/zod.js'

import { LIMITS, RULE_ID_PATTERN, SLUG_PATTERN } from './report-limits.js'
import { fixedLinesSchema, fixTextsSchema } from './report-fix-schema.js'

export { LIMITS, RULE_ID_PATTERN, SLUG_PATTERN }

const text = (max: number) => z.string().max(max)
/** A site- or artifact-relative path: `/`-separated, no `.`/`..` segment, no leading `/`, no controls. */
const relPath = z
  .string()
  .max(LIMITS.path)
  .regex(/^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[^\\\0-\x1f\x7f:*?"<>|]+$/)
/** Exactly `<folder>/<name>.<ext>` inside the artifact. */
const artifactPath = (folder: string, ext: string) =>
  relPath.regex(new RegExp(`^${folder}/[^/]+\\.(?:${ext})$`), `must be ${folder}/<name>.${ext}`)
const slug = z.string().min(1).max(LIMITS.slug).regex(SLUG_PATTERN)
const position = z.number().int().min(1).max(10_000_000)
const count = z.number().int().min(0).max(1_000_000_000)
const sha = z.string().regex(/^[0-9a-f]{40}$/)

export const fixSchema = z.object({
  line: position,
  column: position,
  endLine: position,
  endColumn: position,
  text: text(LIMITS.text),
})

export const diagnosticSchema = z.object({
  file: relPath,
  line: position,
  column: position,
  endLine: position.optional(),
  endColumn: position.optional(),
  severity: z.enum(['error', 'warning', 'info']),
  ruleId: z.string().max(LIMITS.ruleId).regex(RULE_ID_PATTERN),
  source: text(LIMITS.source),
  message: text(LIMITS.text),
  hint: text(LIMITS.text).optional(),
  field: text(LIMITS.field).optional(),
  value: text(LIMITS.text).optional(),
  fix: fixSchema.optional(),
})

/** The document of `wxpress check --format json` (DESIGN §4). */
export const checkDocumentSchema = z.object({
  version: z.literal(1),
  files: z
    .array(z.object({ file: relPath, slug: text(LIMITS.path), errors: count, warnings: count }))
    .max(LIMITS.articles),
  diagnostics: z.array(diagnosticSchema).max(LIMITS.diagnostics),
  summary: z.object({ files: count, errors: count, warnings: count, infos: count.default(0) }),
})

export const reportArticleSchema = z.object({
  slug,
  file: relPath,
  title: text(LIMITS.title),
  topic: text(LIMITS.label),
  audience: text(LIMITS.label),
  slot: text(LIMITS.slot).nullable(),
  utc: text(LIMITS.slot).nullable(),
  push: z
    .object({
      slot: text(LIMITS.slot),
      articles: z.array(z.object({ slug, title: text(LIMITS.title) })).max(LIMITS.pushArticles),
    })
    .nullable(),
  words: z.number().int().min(0).max(100_000_000),
  readingMinutes: z.number().min(0).max(1_000_000),
  digest: text(LIMITS.text),
  status: z.enum(['ok', 'warning', 'error']),
  /** Beyond §8: whether the PR changed it (false = checked because a theme or the config changed). */
  changed: z.boolean().default(true),
  /** Beyond §8: false when the article was not linted or rendered (too large, unreadable): no 字数. */
  checked: z.boolean().default(true),
  /** Beyond §8: true when the front-matter block is there but is not valid YAML (title, slot… unknown). */
  frontmatterBroken: z.boolean().default(false),
  screenshot: artifactPath('screenshots', 'png').optional(),
  cover: artifactPath('covers', 'jpg|png').optional(),
  /** Beyond §8: `html/<slug>.html`, which pr-check always writes. */
  html: artifactPath('html', 'html').optional(),
  changedLines: z
    .array(z.tuple([position, position]))
    .max(LIMITS.ranges)
    .default([]),
  /** Beyond §8: the text each fix in this file replaces (the check document stays that of §4). */
  fixTexts: fixTextsSchema,
  /** Beyond §8: the lines `check --fix` rewrites, as it writes them (what suggestions replace). */
  fixedLines: fixedLinesSchema,
})

export const prReportSchema = z.object({
  version: z.literal(1),
  /** Beyond §8: the site's language, which pr-report's log follows (the comment is always Chinese). */
  locale: z.enum(['zh-CN', 'en']).optional(),
  /** Beyond §8: the time pr-check judged the slots against (`--now` or its clock); pr-report's
   * relative times ("3 天后") are from it, so they agree with the findings ("已过去超过 3 小时"). */
  checkedAt: z.iso.datetime({ offset: true }).optional(),
  pr: z.object({
    number: z.number().int().min(1).max(1_000_000_000).nullable(),
    headSha: sha,
    baseRef: text(LIMITS.ref),
  }),
  /** Beyond §8: why every article was checked. */
  scope: z
    .object({
      all: z.boolean(),
      reason: text(LIMITS.reason).nullable(),
      /** Beyond §8: the config could not be read, so no article was checked. */
      configFailed: z.boolean().default(false),
    })
    .default({ all: false, reason: null, configFailed: false }),
  articles: z.array(reportArticleSchema).max(LIMITS.articles),
  /** Beyond §8: articles the PR deletes, with the title and slot they had on the base branch. */
  deleted: z
    .array(
      z.object({
        slug,
        file: relPath,
        title: text(LIMITS.title).nullable(),
        slot: text(LIMITS.slot).nullable(),
      }),
    )
    .max(LIMITS.articles)
    .default([]),
  /** Beyond §8: article folders the PR renames (`from` → `to`), with the title and slot on the base branch. */
  renamed: z
    .array(
      z.object({
        from: slug,
        to: slug,
        file: relPath,
        title: text(LIMITS.title).nullable(),
        slot: text(LIMITS.slot).nullable(),
      }),
    )
    .max(LIMITS.articles)
    .default([]),
  check: checkDocumentSchema,
  /** Beyond §8: the screenshots show Chinese as boxes (no CJK font where pr-check ran). */
  noCjkFont: z.boolean().optional(),
})

export type PrReport = z.infer<typeof prReportSchema>
export type PrReportArticle = z.infer<typeof reportArticleSchema>
export type ReportArticle = PrReportArticle
export type ReportDiagnostic = z.infer<typeof diagnosticSchema>
export type ReportFix = z.infer<typeof fixSchema>
export type CheckDocument = z.infer<typeof checkDocumentSchema>

/** Validates `value`; on failure, up to five problems as `path: message`. */
export function parseReport(
  value: unknown,
): { ok: true; report: PrReport } | { ok: false; problems: string[] } {
  const result = prReportSchema.safeParse(value)
  if (result.success) return { ok: true, report: result.data }
  const problems = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
  return { ok: false, problems }
}
