/** Characters as WeChat counts them: code points (`[...s].length`), counted without making the array. */
export function codePoints(s: string): number {
  let n = s.length
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i)
    if (c < 0xd800 || c > 0xdbff) continue
    const d = s.charCodeAt(i + 1)
    // a surrogate pair is one code point; a lone surrogate counts as one, as in `[...s]`
    if (d >= 0xdc00 && d <= 0xdfff) {
      n--
      i++
    }
  }
  return n
}

/** `text` cut to at most `max` characters (code points), ending in `…` when cut. */
export function cutText(text: string, max: number): string {
  const points = [...text]
  return points.length <= max ? text : `${points.slice(0, Math.max(0, max - 1)).join('')}…`
}
