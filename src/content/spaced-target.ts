/**
 * Image and link syntax whose unbracketed target holds a space (`![截图](截图 下午3.15.22.png)`,
 * `[文字](路径 有空格.md)`): CommonMark does not take it, so it stays literal text. Shared by the
 * render check that reports it (image/space-in-path) and the prose the lint rules see, which leaves
 * the target out: a typography fix there would rename the file the writer is told to bracket.
 */

/** A target of path characters with at least one run of spaces or tabs inside. */
const TARGET = String.raw`((?:[^()<>\s"'\n]+[ \t]+)+[^()<>\s"'\n]+)`

/** `![alt](a b.png)`: group 1 the alt text, group 2 the target. */
export const SPACED_IMAGE = new RegExp(String.raw`!\[([^\]\n]*)\]\(${TARGET}\)`, 'g')

/** `[text](a b.md)` or `![alt](a b.png)`: group 1 the text, group 2 the target. */
export const SPACED_LINK_OR_IMAGE = new RegExp(String.raw`!?\[([^\]\n]*)\]\(${TARGET}\)`, 'g')

/** The `(target)` ranges, parentheses included, of spaced image and link syntax in `text`. */
export function spacedTargetRanges(text: string): { start: number; end: number }[] {
  if (!text.includes('](')) return []
  return [...text.matchAll(SPACED_LINK_OR_IMAGE)].map((m) => {
    const end = m.index + m[0].length
    return { start: end - m[2]!.length - 2, end }
  })
}
