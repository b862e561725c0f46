/**
 * Picking the theme rules an article can use, apart from the CSS compiler so that rendering from the
 * cache never loads postcss.
 */

/** One selector of the compiled CSS with the tag and class names an element must have for it to apply. */
export interface ThemeRule {
  css: string
  tokens: string[]
}

/** The CSS of the rules that can match `html`. */
export function cssFor(rules: readonly ThemeRule[], html: string): string {
  return rules.filter((r) => r.tokens.every((t) => html.includes(t))).map((r) => r.css).join('\n')
}
