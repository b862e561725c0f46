/**
 * Resolves a path written in an article (cover, image) against the article folder, refusing any
 * path that leaves the folder **before** touching the file system.
 */
import { realpathSync } from 'node:fs'
import path from 'node:path'

export type AssetResolution =
  | { ok: true; absolute: string; relative: string }
  | { ok: false; reason: 'remote' | 'absolute' | 'outside' | 'empty' | 'data'; relative: string }

/** Whether `ref` is a remote URL (`https://…`, `//host/…`). */
export function isRemote(ref: string): boolean {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(ref) || ref.startsWith('//')
}

/**
 * Lexical resolution: decodes `%xx`, drops `?query`/`#hash`, treats `\` as a separator, and rejects
 * absolute paths and paths escaping `dir` after normalisation. Does not access the disk.
 */
export function resolveAsset(dir: string, ref: string): AssetResolution {
  const raw = ref.trim()
  if (raw === '') return { ok: false, reason: 'empty', relative: raw }
  if (/^data:/i.test(raw)) return { ok: false, reason: 'data', relative: raw }
  if (isRemote(raw)) return { ok: false, reason: 'remote', relative: raw }
  let decoded = raw.replace(/[?#].*$/, '')
  try {
    decoded = decodeURIComponent(decoded)
  } catch {
    // keep the text as written when it is not valid percent-encoding
  }
  const slashed = decoded.replace(/\\/g, '/')
  if (slashed.startsWith('/') || /^[a-z]:\//i.test(slashed) || /^file:/i.test(slashed)) {
    return { ok: false, reason: 'absolute', relative: slashed }
  }
  const relative = path.posix.normalize(slashed)
  if (relative === '..' || relative.startsWith('../') || relative === '.' || relative === '') {
    return { ok: false, reason: 'outside', relative }
  }
  return { ok: true, absolute: path.join(dir, ...relative.split('/')), relative }
}

/**
 * After `resolveAsset` succeeded: follows symlinks and checks the real file is still inside the
 * real article folder. Returns false for links that point outside (the file is then never read).
 */
export function staysInside(dir: string, absolute: string): boolean {
  try {
    // synchronous: one small system call each, cheaper than a thread-pool round trip
    const realDir = realpathSync.native(dir)
    const realFile = realpathSync.native(absolute)
    const rel = path.relative(realDir, realFile)
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)
  } catch {
    return true // missing files are reported by the caller
  }
}
