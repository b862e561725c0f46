/**
 * The only lowlight import: highlight.js with its 37 common grammars. Named imports, so that the
 * bundle leaves out the other ≈ 150 grammars (1.5 MB that every thread would otherwise compile).
 */
import { common, createLowlight } from 'lowlight'

export type Highlighter = ReturnType<typeof createLowlight>

export function createHighlighter(): Highlighter {
  return createLowlight(common)
}
