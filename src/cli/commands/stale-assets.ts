/**
 * `render --out`: images an earlier render wrote under `<out>/assets/` that the new manifest no longer
 * lists (the image changed or was removed) are deleted. Only names wxpress writes are touched,
 * `<sha256 hex>.jpg|png` (`PlannedImage.file`); any other file a user put there stays.
 */
import { readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

const OURS = /^[0-9a-f]{64}\.(?:jpg|png)$/

/** Deletes the stale wxpress assets in `assetsDir`; `keep` holds `assets/<name>` paths. Returns the names removed. */
export function removeStaleAssets(assetsDir: string, keep: ReadonlySet<string>): string[] {
  let entries
  try {
    entries = readdirSync(assetsDir, { withFileTypes: true })
  } catch {
    return []
  }
  const removed: string[] = []
  for (const entry of entries) {
    if (!entry.isFile() || !OURS.test(entry.name) || keep.has(`assets/${entry.name}`)) continue
    try {
      rmSync(path.join(assetsDir, entry.name))
      removed.push(entry.name)
    } catch {
      // read-only or gone: leave it
    }
  }
  return removed.sort()
}
