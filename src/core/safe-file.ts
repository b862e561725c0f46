/**
 * The test every file wxpress reads from a site passes first (articles, covers, images, theme files):
 * a pull request is written by anyone, so a file that is a symbolic link leaving its folder (to
 * `/proc/self/environ`, `~/.ssh`, the checkout's `.git/config`) or that is not a regular file (a FIFO
 * would block the read forever, a device never ends) is refused before it is opened.
 */
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs'
import path from 'node:path'

export type FileProblem =
  | { kind: 'missing' }
  | { kind: 'outside'; target: string }
  | { kind: 'not-regular'; type: string }

/** What kind of file `stats` describes, in words. */
export function fileType(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder'
  if (stats.isFIFO()) return 'a named pipe (FIFO)'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  if (stats.isSymbolicLink()) return 'a symbolic link'
  return 'not a regular file'
}

/**
 * Undefined when `absolute` is a regular file whose real path stays inside the real `within` folder
 * and outside any `.git` folder; else the problem. Synchronous: one or two system calls each.
 * `regular` gets the stat of a regular file (the caller need not take it again).
 */
export function inspectFile(
  absolute: string,
  within: string,
  regular?: (stats: Stats) => void,
): FileProblem | undefined {
  let link: Stats
  try {
    link = lstatSync(absolute)
  } catch {
    return { kind: 'missing' }
  }
  let real: string
  try {
    real = realpathSync.native(absolute)
  } catch {
    return { kind: 'outside', target: '(a broken symbolic link)' }
  }
  // a path that is its own real path has no link on the way, nor has its folder `within` if lexically
  // inside it (no second real-path lookup for each of a thousand article folders)
  const inside =
    real === absolute && path.resolve(within) === within && !path.relative(within, absolute).startsWith('..')
  const realWithin = inside ? within : realRoot(within)
  if (realWithin === undefined) return { kind: 'missing' }
  const rel = path.relative(realWithin, real)
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) || rel.split(path.sep).includes('.git')) {
    return { kind: 'outside', target: real }
  }
  // no link on the way: the lstat is the file's own stat
  const stats = real === absolute ? link : statSync(real)
  if (!stats.isFile()) return { kind: 'not-regular', type: fileType(stats) }
  regular?.(stats)
  return undefined
}

/** The real path of the folder files are checked against, looked up once per run (a site checks thousands). */
const realRoots = new Map<string, string>()
function realRoot(within: string): string | undefined {
  let real = realRoots.get(within)
  if (real === undefined) {
    try {
      real = realpathSync.native(within)
    } catch {
      return undefined
    }
    if (realRoots.size > 100) realRoots.clear()
    realRoots.set(within, real)
  }
  return real
}
