/** `.gitignore` as `init` leaves it: an existing one keeps every line; missing wxpress lines are appended. */
import { GITIGNORE_LINES } from './starter-site.js'

/** The text to write (undefined: nothing missing) and the lines added. */
export function mergeGitignore(existing: string): { text: string | undefined; added: string[] } {
  const bare = (line: string): string => line.trim().replace(/^\//, '').replace(/\/$/, '')
  const present = new Set(existing.split(/\r?\n/).map(bare))
  const added = GITIGNORE_LINES.filter((line) => !present.has(bare(line)))
  if (added.length === 0) return { text: undefined, added }
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n'
  return { text: `${existing}${separator}# wxpress\n${added.join('\n')}\n`, added }
}
