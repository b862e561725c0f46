/**
 * `themeMetaSchema.safeParse`, without loading zod for the common case: a `theme.json` whose fields
 * all have the expected types gets the same data built here (a test compares the two); anything
 * else goes to the schema, which writes the problems.
 */
import type { ThemeMeta } from './theme.js'

export type ThemeMetaResult =
  | { success: true; data: ThemeMeta; error?: undefined }
  | { success: false; data?: undefined; error: { issues: { path: PropertyKey[]; message: string }[] } }

const ID = /^[a-z0-9][a-z0-9-]*$/

/** The meta as the schema gives it when `raw` plainly passes it, else undefined. */
export function plainThemeMeta(raw: unknown): ThemeMeta | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined
  const { id, name, description = '', author = '', codeStyle = 'light' } = raw as Record<string, unknown>
  if (typeof id !== 'string' || !ID.test(id) || typeof name !== 'string' || name.length === 0)
    return undefined
  if (typeof description !== 'string' || typeof author !== 'string') return undefined
  if (codeStyle !== 'light' && codeStyle !== 'dark') return undefined
  return { id, name, description, author, codeStyle }
}

export async function validateThemeMeta(raw: unknown): Promise<ThemeMetaResult> {
  const data = plainThemeMeta(raw)
  if (data) return { success: true, data }
  const { themeMetaSchema } = await import('./theme.js')
  return themeMetaSchema.safeParse(raw)
}
