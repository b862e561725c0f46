/**
 * Terminal width and wrapping of text with Chinese in it: a CJK character or full-width mark takes
 * two columns; a line may break between two CJK characters or at a space, never inside a word, flag
 * or path, never before a closing mark (，。、；：）…) nor after an opening one (（“ …).
 */

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u
const ANSI = /\x1b\[[0-9;]*m/g

/** Columns `text` takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text.replace(ANSI, '')) width += WIDE.test(char) ? 2 : 1
  return width
}

const OPEN = '（“‘《「『【〈'
const CLOSE = '，。、；：？！）”’》」』】〉…'
const CJK = '\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef'
/** The pieces a line may break between: spaces go with the piece after them, marks with their word. */
const PIECE = new RegExp(`\\s*[${OPEN}]*(?:[${CJK}]|[^\\s${CJK}]+)[${CLOSE}]*`, 'gu')

const HAN_PIECE = new RegExp(`^[${OPEN}]*[${CJK}]`, 'u')

/** One line of `text` wrapped to `width` columns; a lone character never ends a paragraph. */
function wrapLine(line: string, width: number): string[] {
  const pieces = line.match(PIECE)
  if (!pieces) return [line]
  const lines: string[][] = [[]]
  let used = 0
  for (const piece of pieces) {
    const current = lines[lines.length - 1]!
    if (current.length > 0 && used + displayWidth(piece) > width) {
      lines.push([piece.trimStart()])
      used = displayWidth(piece.trimStart())
    } else {
      current.push(piece)
      used += displayWidth(piece)
    }
  }
  const [before, last] = lines.slice(-2)
  if (before && last?.length === 1 && before.length > 2 && HAN_PIECE.test(last[0]!)) {
    const moved = before[before.length - 1]!
    if (HAN_PIECE.test(moved)) last.unshift(before.pop()!)
  }
  return lines.map((pieces) => pieces.join(''))
}

/** `text` wrapped to `width` columns, line by line; lines that start with a space stay as they are. */
export function wrapCjk(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => (line === '' || /^\s/.test(line) ? [line] : wrapLine(line, width)))
    .join('\n')
}
