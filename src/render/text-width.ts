/**
 * A rough width of text in em, for layout decisions made without a browser (a list's hang, whether a
 * table cell is short): wide characters (CJK, kana, hangul, full-width forms, emoji) count 1em, narrow
 * ones (`i l j . , : ; ' | !` and spaces) 0.3em, everything else 0.6em. It errs wide for Latin text and
 * digits, so what is sized from it fits in any common sans-serif font.
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u
const NARROW = /[ilj.,:;'|! \u00a0]/

const charWidth = (char: string) => (WIDE.test(char) ? 1 : NARROW.test(char) ? 0.3 : 0.6)
const round = (width: number) => Math.round(width * 100) / 100

export function emWidth(text: string): number {
  let width = 0
  for (const char of text) width += charWidth(char)
  return round(width)
}
