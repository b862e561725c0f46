/**
 * For a path that leaves the article folder (`/images/logo.png`, `C:\…\logo.png`, `../logo.png`):
 * the file inside the folder the writer most likely meant, when there is one.
 */
import { statSync } from 'node:fs'
import { resolveAsset, staysInside } from './resolve-asset.js'

/** `images/logo.png` (the path without its root) or `logo.png` (its file name), when that file is in `dir`. */
export function insideSuggestion(dir: string, ref: string): string | undefined {
  const slashed = ref
    .trim()
    .replace(/[?#].*$/, '')
    .replace(/\\/g, '/')
  const rooted = slashed.replace(/^(?:file:\/*|[a-z]:\/|\/+)/i, '').replace(/^(?:\.\.?\/)+/, '')
  const name = slashed.split('/').pop() ?? ''
  for (const candidate of [rooted, name]) {
    if (!candidate) continue
    const resolved = resolveAsset(dir, candidate)
    if (!resolved.ok) continue
    try {
      if (statSync(resolved.absolute).isFile() && staysInside(dir, resolved.absolute)) return candidate
    } catch {
      // not there: try the next candidate
    }
  }
  return undefined
}
