/**
 * Mermaid's browser build: the one file of the `mermaid` package wxpress uses (loaded into Chromium
 * as a script). The build copies it into `dist/vendor/` (`scripts/copy-vendor.mjs`; the Action's build
 * into `action/vendor/`) with its version and licence, so that an install of wxpress carries that file
 * (3.5 MB) instead of mermaid and its ≈ 100 packages (≈ 150 MB, 9,000 files). Run from the sources, it
 * comes from the `mermaid` devDependency.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

export interface MermaidScript {
  /** The script file. */
  path: string
  /** Mermaid's version (part of the cache key of every drawing). */
  version: string
}

/**
 * The vendored build in `vendor` (default: `vendor/` beside the compiled code's folder), else the
 * installed package; `undefined` when neither exists.
 */
export function findMermaidScript(
  vendor = new URL('../vendor/', import.meta.url),
): MermaidScript | undefined {
  const vendored = fileURLToPath(new URL('mermaid.min.js', vendor))
  const about = fileURLToPath(new URL('mermaid.json', vendor))
  try {
    if (existsSync(vendored) && existsSync(about)) {
      const { version } = JSON.parse(readFileSync(about, 'utf8')) as { version: string }
      return { path: vendored, version }
    }
    const require = createRequire(import.meta.url)
    const { version } = require('mermaid/package.json') as { version: string }
    return { path: require.resolve('mermaid/dist/mermaid.min.js'), version }
  } catch {
    return undefined
  }
}
