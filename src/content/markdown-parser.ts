/**
 * The Markdown syntax every stage agrees on: CommonMark + GFM (tables, strikethrough, task lists,
 * footnotes, autolinks), `$…$`/`$$…$$` math and CJK-friendly emphasis (`**注意：**目前`).
 * The only module that imports remark-parse and the syntax extensions.
 */
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkCjkFriendly from 'remark-cjk-friendly'
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough'
import { unified } from 'unified'
import type { Root } from 'mdast'
import { guardDollars } from './dollar-guard.js'

declare module 'vfile' {
  interface DataMap {
    /** The article's parsed body, left by lint for the renderer (which consumes and mutates it). */
    mdast: Root
  }
}

/** A fresh (unfrozen) processor with the parser and syntax extensions; add transforms with `.use()`. */
export function createMarkdownProcessor() {
  return unified()
    .use(remarkParse)
    .use(remarkGfm, { singleTilde: false })
    .use(remarkMath, { singleDollarTextMath: true })
    .use(remarkCjkFriendly)
    .use(remarkCjkFriendlyGfmStrikethrough, { singleTilde: false })
}

/** Parses Markdown into mdast with the shared syntax (and the `$5到$10` guard). */
export function createMarkdownParser(): (markdown: string) => Root {
  const processor = createMarkdownProcessor().freeze()
  return (markdown) => {
    const tree = processor.parse(markdown)
    guardDollars(tree, markdown)
    return tree
  }
}
