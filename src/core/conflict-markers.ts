/** Git conflict markers left in a file (a ledger or another state file) after a bad merge. */

const CONFLICT = /^(<{7}|>{7})( |$)|^={7}$/m

/** Where the first conflict marker of `text` is, as a problem sentence, or undefined. */
export function conflictMarkers(text: string): string | undefined {
  const marker = CONFLICT.exec(text)
  if (!marker) return undefined
  const line = text.slice(0, marker.index).split('\n').length
  return `it holds git conflict markers (line ${line}: \`${marker[0].trim()}\`)`
}
