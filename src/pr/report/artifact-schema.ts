/**
 * The schema of the PR artifact's `report.json` (DESIGN §8), written by `pr-check` in the untrusted
 * half. pr-report treats it as hostile data: every string is bounded, paths are plain relative paths,
 * slugs are plain names, image paths must be exactly where pr-check puts them.
 */
import { z } from 'zod'

/** A site-relative path: `/`-separated, no `..`, no leading `/`, no control characters. */
const relPath = z
  .string()
  .max(300)
  .regex(/^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[^\\\0-\x1f\x7f:*?"<>|]+$/)
const slug = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u)
const text = (max: number) => z.string().max(max)
const line = z.number().int().min(1).max(10_000_000)
const column = z.number().int().min(1).max(10_000_000)
const sha = z.string().regex(/^[0-9a-f]{40}$/)

export const fixSchema = z.object({
  line,
  column,
  endLine: line,
  endColumn: column,
  text: text(2000),
})

export const diagnosticSchema = z.object({
  file: relPath,
  line: z.number().int().min(0).max(10_000_000),
  column: z.number().int().min(0).max(10_000_000),
  endLine: z.number().int().min(0).max(10_000_000).optional(),
  endColumn: z.number().int().min(0).max(10_000_000).optional(),
  severity: z.enum(['error', 'warning', 'info']),
  ruleId: z
    .string()
    .max(100)
    .regex(/^[a-z0-9][a-z0-9/_-]*$/i),
  source: text(40),
  message: text(2000),
  hint: text(2000).optional(),
  field: text(200).optional(),
  value: text(2000).optional(),
  fix: fixSchema.optional(),
})

export const articleSchema = z.object({
  slug,
  file: relPath,
  title: text(500),
  topic: text(200).nullable().optional(),
  audience: text(200).nullable().optional(),
  slot: text(64).nullable(),
  utc: text(64).nullable(),
  push: z
    .object({
      slot: text(64),
      articles: z.array(z.object({ slug, title: text(500) })).max(100),
    })
    .nullable()
    .optional(),
  words: z.number().int().min(0).max(100_000_000),
  readingMinutes: z.number().min(0).max(1_000_000),
  digest: text(2000).nullable().optional(),
  status: z.enum(['ok', 'warning', 'error']),
  changed: z.boolean(),
  screenshot: relPath.optional(),
  cover: relPath.optional(),
  html: relPath.optional(),
  changedLines: z
    .array(z.tuple([line, line]))
    .max(100_000)
    .optional(),
})

export const reportSchema = z.object({
  version: z.literal(1),
  pr: z.object({
    number: z.number().int().min(1).max(1_000_000_000).nullable(),
    headSha: sha,
    baseRef: text(255),
  }),
  scope: z.object({ all: z.boolean(), reason: text(500).nullable() }).optional(),
  articles: z.array(articleSchema).max(5000),
  check: z.object({
    version: z.literal(1),
    files: z.array(z.unknown()).max(100_000).optional(),
    diagnostics: z.array(diagnosticSchema).max(100_000),
    summary: z
      .object({
        files: z.number().int().min(0),
        errors: z.number().int().min(0),
        warnings: z.number().int().min(0),
      })
      .loose(),
  }),
})

export type PrReport = z.infer<typeof reportSchema>
export type ReportArticle = z.infer<typeof articleSchema>
export type ReportDiagnostic = z.infer<typeof diagnosticSchema>
export type ReportFix = z.infer<typeof fixSchema>

/** Validates `value`; on failure, up to five problems as `path: message`. */
export function parseReport(
  value: unknown,
): { ok: true; report: PrReport } | { ok: false; problems: string[] } {
  const result = reportSchema.safeParse(value)
  if (result.success) return { ok: true, report: result.data }
  const problems = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
  return { ok: false, problems }
}
