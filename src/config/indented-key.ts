/**
 * A key indented under a value written on its line (`cover: cover.jpg`, then `  digest: 摘要`): the
 * parser reads the value and the indented line as one multi-line key and reports it twice
 * (BLOCK_AS_IMPLICIT_KEY and MULTILINE_IMPLICIT_KEY), both at the value of the line before. The writer
 * gets one problem, INDENTED_KEY, at the line that is indented too far.
 */

export interface RawYamlError {
  code: string
  message: string
  pos: [number, number]
  /** INDENTED_KEY: the key indented too far. */
  key?: string
}

/** `key: value` with the value on the same line (not a block opener like `lint:` or `digest: |`). */
const KEY_WITH_VALUE = /^([ \t]*)([^\s#:'"][^:#]*?):[ \t]+[^\s|>#]/
/** An indented `key:`. */
const INDENTED = /^([ \t]+)([^\s#:'"-][^:#]*?):(?:[ \t]|$)/

/** The errors with each pair about an over-indented key made one INDENTED_KEY at that key's line. */
export function placeIndentedKeys(text: string, errors: readonly RawYamlError[]): RawYamlError[] {
  const out: RawYamlError[] = []
  const placed = new Set<number>()
  for (const error of errors) {
    const found =
      error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY'
        ? indentedKeyAfter(text, error.pos[0])
        : undefined
    if (!found) {
      out.push(error)
      continue
    }
    if (placed.has(found.start)) continue
    placed.add(found.start)
    out.push({
      code: 'INDENTED_KEY',
      message: `this line is indented more than the line before it, so \`${found.key}\` is read as part of the value of \`${found.parent}\``,
      pos: [found.start, found.end],
      key: found.key,
    })
  }
  return out
}

function lineAt(text: string, start: number): { line: string; end: number } {
  const newline = text.indexOf('\n', start)
  const end = newline < 0 ? text.length : newline
  return { line: text.slice(start, end).replace(/\r$/, ''), end }
}

/** The first more-indented `key:` line below the line holding `offset`, if that line is `key: value`. */
function indentedKeyAfter(
  text: string,
  offset: number,
): { start: number; end: number; key: string; parent: string } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  const first = lineAt(text, lineStart)
  const parent = KEY_WITH_VALUE.exec(first.line)
  if (!parent) return undefined
  const own = parent[1]!.length
  let pos = first.end + 1
  while (pos < text.length) {
    const { line, end } = lineAt(text, pos)
    const trimmed = line.trim()
    if (trimmed !== '' && !trimmed.startsWith('#')) {
      const indent = line.length - line.trimStart().length
      if (indent <= own) return undefined
      const key = INDENTED.exec(line)
      if (key)
        return {
          start: pos + indent,
          end: pos + line.trimEnd().length,
          key: key[2]!.trim(),
          parent: parent[2]!.trim(),
        }
    }
    pos = end + 1
  }
  return undefined
}
