/**
 * A rough width of text in em, for layout decisions made without a browser (a list's hang, whether a
 * table cell is short): wide characters (CJK, kana, hangul, full-width forms, emoji) count 1em, narrow
 * ones (`i l j . , : ; ' | !` and spaces) 0.3em, everything else 0.6em. It errs wide for Latin text and
 * digits, so what is sized from it fits in any common sans-serif font.
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u
const NARROW = /[ilj.,:;'|! \u00a0]/

/** After these a line may break (UAX #14 allows it after a hyphen, a slash or a dash). */
const BREAK_AFTER = /[-/~\u2010-\u2015]/
const SPACE = /\s/

const charWidth = (char: string) => (WIDE.test(char) ? 1 : NARROW.test(char) ? 0.3 : 0.6)
const round = (width: number) => Math.round(width * 100) / 100

export function emWidth(text: string): number {
  let width = 0
  for (const char of text) width += charWidth(char)
  return round(width)
}

/**
 * The width of the widest piece of `text` no line break can split when Latin words are kept whole:
 * a word (up to a space, or through a hyphen or slash), or one wide character.
 */
export function unbreakableWidth(text: string): number {
  let widest = 0
  let run = 0
  const chars = [...text]
  for (const [i, char] of chars.entries()) {
    if (SPACE.test(char)) run = 0
    else if (WIDE.test(char)) {
      run = 0
      widest = Math.max(widest, 1)
    } else {
      run += charWidth(char)
      widest = Math.max(widest, run)
      // a slash between digits does not break (`¥268/100g`, `3/4`: UAX #14 LB25); a hyphen does
      if (BREAK_AFTER.test(char) && !(char === '/' && /[0-9]/.test(chars[i + 1] ?? ''))) run = 0
    }
  }
  return round(widest)
}
