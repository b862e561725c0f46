/**
 * Picking the theme rules an article can use, apart from the CSS compiler so that rendering from the
 * cache never loads postcss.
 */

/** One selector of the compiled CSS with the tag and class names an element must have for it to apply. */
export interface ThemeRule {
  css: string
  tokens: string[]
}

/**
 * The CSS of the rules that can match a document with these `tokens` (`<tag` for each element
 * name, lower case, and each class name).
 */
export function cssFor(rules: readonly ThemeRule[], tokens: ReadonlySet<string>): string {
  return rules
    .filter((r) => r.tokens.every((t) => tokens.has(t)))
    .map((r) => r.css)
    .join('\n')
}

interface TreeNode {
  type: string
  tagName?: string
  properties?: { className?: unknown }
  children?: TreeNode[]
}

/** The tokens of a hast tree for `cssFor`. */
export function treeTokens(tree: TreeNode, into = new Set<string>()): Set<string> {
  for (const node of tree.children ?? []) {
    if (node.type !== 'element') continue
    into.add(`<${node.tagName!.toLowerCase()}`)
    const names = node.properties?.className
    for (const name of Array.isArray(names) ? names : typeof names === 'string' ? names.split(/\s+/) : [])
      into.add(String(name))
    treeTokens(node, into)
  }
  return into
}
