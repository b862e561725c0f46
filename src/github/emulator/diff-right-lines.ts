/**
 * Lines of the new file (the RIGHT side) that a unified diff shows — added and context lines — which
 * is where GitHub lets a review comment sit ("Line could not be resolved" elsewhere).
 */
export function diffRightLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>()
  if (!patch) return lines
  let right = 0
  let inHunk = false
  for (const line of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line)
    if (header) {
      right = Number(header[1])
      inHunk = true
      continue
    }
    if (!inHunk || line.startsWith('\\')) continue
    if (line.startsWith('-')) continue
    lines.add(right++)
  }
  return lines
}
