/**
 * Function calls and spreadsheet formulas written as prose, without backticks (`print("你好，世界")`,
 * `=IF(A1>60,"及格","不及格")`): typography findings between their parentheses would "fix" code into
 * something that no longer runs, so they are not reported there. A call is an identifier right before
 * `(…)` holding code signs (`,` `"` `'` `=` `<` `>` `+` `*` `/`) or nothing; `Github(测试版)` is prose.
 */
import type { Position } from 'unist'

const CALL = /(?<![\w$.])[A-Za-z_$][\w$.]*(\((?:[^()\n]|\([^()\n]*\))*\))/g
const CODE_SIGN = /^\(\)$|[,"'=<>+*/]/

/** The argument lists (from `(` to `)`, 0-based, inclusive) of the calls in one line. */
export function callArguments(line: string): [number, number][] {
  const spans: [number, number][] = []
  if (!line.includes('(')) return spans
  for (const m of line.matchAll(CALL)) {
    const args = m[1]!
    if (!CODE_SIGN.test(args)) continue
    const open = m.index + m[0].length - args.length
    spans.push([open, open + args.length - 1])
  }
  return spans
}

/** A test of whether a place starts inside a call's argument list, with the lines' spans cached. */
export function createCodeLikeTest(lines: readonly string[]): (place: Position | undefined) => boolean {
  const cache = new Map<number, [number, number][]>()
  return (place) => {
    if (!place) return false
    const { line, column } = place.start
    let spans = cache.get(line)
    if (!spans) cache.set(line, (spans = callArguments(lines[line - 1] ?? '')))
    return spans.some(([a, b]) => column - 1 >= a && column - 1 <= b)
  }
}
