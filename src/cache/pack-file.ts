/**
 * The cache's pack files: a header line, then one entry a line, `namespace<TAB>key<TAB>JSON` (JSON
 * text never holds a raw tab or newline). Files are written under a temporary name and renamed into
 * place, so no reader ever sees half of one.
 */
import { isAscii } from 'node:buffer'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const HEADER = 'wxpress-cache 1\n'

/** The line after the header naming the wxpress build that wrote the pack (one tab: never an entry). */
const BUILD = '@build\t'

/** An entry is `text.slice(start, end)` of its pack; `stale` when another wxpress build wrote it. */
export interface PackEntry {
  text: string
  start: number
  end: number
  stale?: boolean
}

/**
 * The text of a pack holding `lines` (`id<TAB>JSON\n` each, where the id is `namespace<TAB>key`),
 * written by wxpress build `build`.
 */
export function packText(lines: readonly string[], build?: string): string {
  return HEADER + (build ? `${BUILD}${build}\n` : '') + lines.join('')
}

/**
 * The text of a pack's bytes. A pack of ASCII text (values are written so, `asciiJson`) is decoded as
 * Latin-1, the same characters several times faster than UTF-8 (which is checked for every byte).
 */
const decodePack = (bytes: Buffer): string => bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')

/** The text of the pack file `file`; undefined when it cannot be read. */
export function readPackFile(file: string): string | undefined {
  try {
    return decodePack(readFileSync(file))
  } catch {
    return undefined
  }
}

/** The wxpress build that wrote a pack (undefined: not said). */
export function packBuild(text: string): string | undefined {
  if (!text.startsWith(HEADER + BUILD)) return undefined
  const from = HEADER.length + BUILD.length
  return text.slice(from, text.indexOf('\n', from))
}

/** Adds the entries of a pack's text to `into`, by id (an id already there is kept); nothing for a foreign file. */
export function indexPack(text: string, into: Map<string, PackEntry>, stale = false): void {
  if (!text.startsWith(HEADER)) return
  for (
    let at = HEADER.length, end = text.indexOf('\n', at);
    end > 0;
    at = end + 1, end = text.indexOf('\n', at)
  ) {
    const tab = text.indexOf('\t', text.indexOf('\t', at) + 1)
    if (tab < 0 || tab > end) continue
    const id = text.slice(at, tab)
    if (!into.has(id))
      into.set(id, stale ? { text, start: tab + 1, end, stale } : { text, start: tab + 1, end })
  }
}

/**
 * JSON text with every character beyond ASCII written as a `\uXXXX` escape (the same value to
 * `JSON.parse`): an ASCII pack is read several times faster than UTF-8 with Chinese text in it, and
 * held in half the memory, for a few more bytes on disk (not for mostly Chinese values such as the
 * HTML, 2.5 times larger so: `CacheOptions.ascii`).
 */
export function asciiJson(json: string): string {
  return NON_ASCII.test(json) ? json.replace(NON_ASCII_RUNS, escapeRun) : json
}

const NON_ASCII = /[^\x00-\x7f]/
const NON_ASCII_RUNS = /[^\x00-\x7f]+/g
function escapeRun(run: string): string {
  let out = ''
  for (let i = 0; i < run.length; i++) out += `\\u${run.charCodeAt(i).toString(16).padStart(4, '0')}`
  return out
}

/** Writes `data` to `file` under a temporary name renamed into place; whether it worked. */
export function writeWhole(file: string, data: string): boolean {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`,
  )
  try {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(temporary, data)
    renameSync(temporary, file)
    return true
  } catch {
    attempt(() => unlinkSync(temporary))
    return false
  }
}

/** Runs `action`, ignoring failure (best effort). */
export function attempt(action: () => unknown): void {
  try {
    action()
  } catch {
    // best effort
  }
}
