/**
 * The line endings of the file a fix is written back to. Fixes work on text with `\n` only; each
 * line keeps the ending it had (a file mixing CRLF and LF, or using lone CRs, changes only where a
 * fix did), or, when the fixes changed the number of lines, the file's most common ending is used.
 */
const ENDING = /\r\n|\r|\n/g

export function withLineEndings(original: string, output: string): string {
  const endings = original.match(ENDING) ?? []
  if (endings.every((e) => e === '\n')) return output
  const lines = output.split('\n')
  if (lines.length === endings.length + 1) return lines.map((line, i) => line + (endings[i] ?? '')).join('')
  const count = (e: string) => endings.filter((x) => x === e).length
  const common = ['\r\n', '\r', '\n'].reduce((a, b) => (count(b) > count(a) ? b : a))
  return output.replace(/\n/g, common)
}
