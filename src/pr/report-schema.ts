/**
 * The shape of `<artifact>/report.json` (DESIGN §8), written by `pr-check` and read as data only by
 * `pr-report`: both validate against this one schema. Also the part of the `pull_request` event
 * pr-check reads.
 */
import { z } from 'zod'

const range = z.tuple([z.number().int().positive(), z.number().int().positive()])

export const fixSchema = z.object({
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  endLine: z.number().int().positive(),
  endColumn: z.number().int().positive(),
  text: z.string(),
})

export const diagnosticSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  endLine: z.number().int().positive().optional(),
  endColumn: z.number().int().positive().optional(),
  severity: z.enum(['error', 'warning', 'info']),
  ruleId: z.string(),
  source: z.string(),
  message: z.string(),
  hint: z.string().optional(),
  field: z.string().optional(),
  value: z.string().optional(),
  fix: fixSchema.optional(),
})

/** The document of `wxpress check --format json`. */
export const checkDocumentSchema = z.object({
  version: z.literal(1),
  files: z.array(
    z.object({ file: z.string(), slug: z.string(), errors: z.number().int(), warnings: z.number().int() }),
  ),
  diagnostics: z.array(diagnosticSchema),
  summary: z.object({
    files: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int(),
    infos: z.number().int(),
  }),
})

/** Artifact-relative paths only: never absolute, never `..`. */
const artifactPath = (folder: string, ext: string) =>
  z
    .string()
    .regex(new RegExp(`^${folder}/[^/]+\\.(?:${ext})$`))
    .refine((p) => !p.split('/').includes('..'))

export const reportArticleSchema = z.object({
  slug: z.string(),
  file: z.string(),
  title: z.string(),
  topic: z.string(),
  audience: z.string(),
  slot: z.string().nullable(),
  utc: z.string().nullable(),
  push: z
    .object({ slot: z.string(), articles: z.array(z.object({ slug: z.string(), title: z.string() })) })
    .nullable(),
  words: z.number().int().nonnegative(),
  readingMinutes: z.number().int().positive(),
  digest: z.string(),
  status: z.enum(['ok', 'warning', 'error']),
  changed: z.boolean(),
  screenshot: artifactPath('screenshots', 'png').optional(),
  cover: artifactPath('covers', 'jpg|png').optional(),
  html: artifactPath('html', 'html'),
  changedLines: z.array(range),
})

export const prReportSchema = z.object({
  version: z.literal(1),
  pr: z.object({ number: z.number().int().positive().nullable(), headSha: z.string(), baseRef: z.string() }),
  scope: z.object({ all: z.boolean(), reason: z.string().nullable() }),
  articles: z.array(reportArticleSchema),
  check: checkDocumentSchema,
})

export type PrReport = z.infer<typeof prReportSchema>
export type PrReportArticle = z.infer<typeof reportArticleSchema>
export type CheckDocument = z.infer<typeof checkDocumentSchema>

/** The part of a `pull_request` event (GITHUB_EVENT_PATH) pr-check reads. */
export const pullRequestEventSchema = z.object({
  pull_request: z.object({
    number: z.number().int().positive(),
    head: z.object({ sha: z.string().regex(/^[0-9a-f]{40}$/i) }),
    base: z.object({ ref: z.string().min(1) }),
  }),
})
