/** Evaluates `calc(a op b …)` when every term has the same unit (or none). */
export function resolveCalc(value: string): string {
  return value.replace(/calc\(([^()]*)\)/g, (whole, expr: string) => {
    const tokens = expr.trim().split(/\s+/)
    let unit: string | undefined
    const nums: number[] = []
    const ops: string[] = []
    for (const [i, token] of tokens.entries()) {
      if (i % 2 === 1) {
        if (!/^[-+*/]$/.test(token)) return whole
        ops.push(token)
        continue
      }
      const m = /^(-?\d*\.?\d+)([a-z%]*)$/i.exec(token)
      if (!m) return whole
      const u = m[2] ?? ''
      if (u && unit && u !== unit) return whole
      if (u) unit = u
      nums.push(Number(m[1]))
    }
    let result = nums[0] ?? 0
    for (const [i, op] of ops.entries()) {
      const n = nums[i + 1] ?? 0
      result = op === '+' ? result + n : op === '-' ? result - n : op === '*' ? result * n : result / n
    }
    return `${Math.round(result * 1000) / 1000}${unit ?? ''}`
  })
}
