/**
 * The only lowlight import: highlight.js with its 37 common grammars. Named imports, so that the
 * bundle leaves out the other ≈ 150 grammars (1.5 MB that every thread would otherwise compile).
 */
import { common, createLowlight } from 'lowlight'

export type Highlighter = ReturnType<typeof createLowlight>

/** Fence names writers use for what a common grammar reads: Vue and Svelte files and WeChat's WXML as HTML, WXSS as CSS. */
const ALIASES = { xml: ['vue', 'svelte', 'wxml'], css: ['wxss'], json: ['jsonc', 'json5'] }

export function createHighlighter(): Highlighter {
  const lowlight = createLowlight(common)
  lowlight.registerAlias(ALIASES)
  return lowlight
}
