import { describe, expect, it } from 'vitest'
import { countWords } from '../../src/lint/rules/length-rules.js'

/** The definition: Han characters one each, plus the Latin words of the text (Han characters as spaces). */
function byRegex(text: string): number {
  const han = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0
  const words = text
    .replace(/[\u3400-\u9fff\uf900-\ufaff]/g, ' ')
    .match(/[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*/g)
  return han + (words?.length ?? 0)
}

describe('countWords', () => {
  it('counts Han characters and Latin words', () => {
    expect(countWords('我们用 Node.js 和 TypeScript 写了 3 个工具，don’t e-mail.')).toBe(14)
  })

  it('gives what the regular expressions give (random strings, fixed seed)', () => {
    const alphabet = [..."aZ09.'’-中文豈　 \n,😀", '\ud800', 'x']
    let seed = 1
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed / 0x7fffffff
    }
    for (let k = 0; k < 50_000; k++) {
      let text = ''
      const length = Math.floor(next() * 24)
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(next() * alphabet.length)]
      expect(countWords(text), JSON.stringify(text)).toBe(byRegex(text))
    }
  })
})
