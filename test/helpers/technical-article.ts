/** A long technical article: prose, highlighted code and formulas. */
export function technicalBody(sections: number): string {
  const part = (i: number) =>
    [
      `## 第 ${i + 1} 节`,
      '',
      `这一节讲解渲染流水线的第 ${i + 1} 个阶段，行内公式 $T \\approx \\frac{1}{k}\\sum_{i=1}^{k} t_i$ 说明平均耗时。`.repeat(
        3,
      ),
      '',
      '```ts',
      `export function stage${i}(input: string): number {`,
      '  const words = input.split(/\\s+/)',
      '  return words.length * 2 // 注释',
      '}',
      '```',
      '',
      '$$',
      `\\int_0^{${i + 1}} x^2 \\, dx = \\frac{${(i + 1) ** 3}}{3}`,
      '$$',
      '',
    ].join('\n')
  return Array.from({ length: sections }, (_, i) => part(i)).join('\n')
}
