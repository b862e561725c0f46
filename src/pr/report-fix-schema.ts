/**
 * The artifact's fix data beyond DESIGN §8, per article (the check document stays that of §4):
 * - `fixTexts`: the text each fix replaces; pr-report suggests a fix only where the head's lines
 *   still hold it.
 * - `fixedLines`: the lines `check --fix` rewrites (it fixes until nothing changes, so a fix that
 *   makes room for another is followed by it: `(一).` → `（一）。`), each block of head lines
 *   `line..endLine` as they are (`old`, `\n`-joined) and as `--fix` writes them (`text`). A
 *   suggestion replaces the lines with that text, so that committing it equals running `--fix`.
 */
import { z } from '../core/zod.js'
import { LIMITS } from './report-limits.js'

const position = z.number().int().min(1).max(10_000_000)
const text = z.string().max(LIMITS.text)

export const fixTextsSchema = z
  .array(z.object({ line: position, column: position, endLine: position, endColumn: position, old: text }))
  .max(LIMITS.diagnostics)
  .default([])

export const fixedLinesSchema = z
  .array(z.object({ line: position, endLine: position, old: text, text }))
  .max(LIMITS.diagnostics)
  .default([])

export type FixedLinesEntry = z.infer<typeof fixedLinesSchema>[number]
