/**
 * A cheap test for text that autocorrect (autocorrect-node, pinned) certainly leaves unchanged, so that
 * well-spaced paragraphs never cross into native code. False positives only cost a `format` call;
 * a false negative would hide a finding, so `test/lint/may-autocorrect.test.ts` checks this against
 * autocorrect itself on many random strings.
 */

/** Scripts autocorrect treats as CJK: CJK radicals, kana, bopomofo, ideographs, Hangul, half-width katakana. */
const CJK =
  '\\u2e80-\\u2fdf\\u3040-\\u30ff\\u3100-\\u312f\\u3190-\\u31ff\\u3200-\\u32ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\uff61-\\uff9f'
/** Full-width punctuation and forms, curly quotes. */
const FULL = '\\u2018-\\u201f\\u3000-\\u303f\\uff00-\\uffef'
const ASCII = '\\x21-\\x7e'
const HAS_CJK = new RegExp(`[${CJK}]`)
/**
 * In text with CJK, autocorrect changes: full-width letters or digits, ASCII punctuation (written
 * full-width in Chinese context), CJK touching ASCII (a space goes between), spaces next to full-width
 * punctuation (removed), the ideographic space, and full-width punctuation between ASCII (`1：2`).
 */
const CHANGES_WITH_CJK = new RegExp(
  `[\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a!-/:-@[-\`{-~\\u3000]|[${CJK}][${ASCII}]|[${ASCII}][${CJK}]|\\s[${FULL}]|[${FULL}]\\s|[${ASCII}][${FULL}][${ASCII}]`,
)
/** Without CJK, only full-width punctuation and forms are changed (to half-width). */
const CHANGES_WITHOUT_CJK = new RegExp(`[${FULL}]`)

/** False when autocorrect's `format(text)` certainly returns `text`. */
export function mayAutocorrect(text: string): boolean {
  return HAS_CJK.test(text) ? CHANGES_WITH_CJK.test(text) : CHANGES_WITHOUT_CJK.test(text)
}
