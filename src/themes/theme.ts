/**
 * A theme: `themes/<id>/theme.json` (metadata, validated) + `theme.css` (flat CSS, every rule under
 * `.wxpress`) + optional `plugins.mjs` exporting `rehypePlugins`.
 */
import { z } from '../core/zod.js'

export const themeMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id'),
  name: z.string().min(1),
  description: z.string().default(''),
  author: z.string().default(''),
  codeStyle: z.enum(['light', 'dark']).default('light'),
})

export type ThemeMeta = z.output<typeof themeMetaSchema>

export interface Theme extends ThemeMeta {
  /** Folder holding the theme. */
  dir: string
  /** Site-relative (or package-relative) path of theme.css, for diagnostics. */
  cssPath: string
  /** CSS after variables and calc() were resolved to literals. */
  css: string
  /** The same CSS split per selector, with the names each needs (see `cssFor`). */
  rules: import('./css-for.js').ThemeRule[]
  /** sha256 of theme.json + theme.css (+ plugins), for caches. */
  hash: string
  /** Theme rehype plugins, `[plugin, options?]`. */
  rehypePlugins: unknown[]
}
