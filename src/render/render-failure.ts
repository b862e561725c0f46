/**
 * When the pipeline throws: a diagnostic that says why (nesting too deep for the renderer, or a
 * plugin's error) and plain HTML of the source, so reviewers still get a page for the article.
 */
import type { Nodes, Root } from 'mdast'
import type { Position } from 'unist'
import type { VFile } from '../core/vfile.js'
import { report } from '../diagnostics/diagnostic.js'
import { renderMessages as rm } from '../i18n/messages/render.js'

/** How deep raw HTML nests: the most elements open at once in `html`. */
function htmlDepth(html: string): number {
  let depth = 0
  let max = 0
  for (const [, close, name] of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    if (/^(br|hr|img|input|meta|link|wbr|col|area|source)$/i.test(name!)) continue
    depth = close ? Math.max(0, depth - 1) : depth + 1
    max = Math.max(max, depth)
  }
  return max
}

/** The most deeply nested place of the Markdown tree (raw HTML counted by its elements), without recursion. */
export function deepestPlace(tree: Root): { depth: number; position: Position | undefined } {
  let best: { depth: number; position: Position | undefined } = { depth: 0, position: undefined }
  const stack: [Nodes, number][] = [[tree, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    const here = node.type === 'html' ? depth + htmlDepth(node.value) : depth
    if (here > best.depth) best = { depth: here, position: node.position }
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1])
  }
  return best
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The source as escaped paragraphs: what reviewers see instead of the rendering. */
export function sourceHtml(markdown: string): string {
  const paragraphs = markdown
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
  return `<section>${paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('')}</section>`
}

/** Deeper than this the renderer does not go (WeChat shows nothing sensible beyond a few levels anyway). */
export const MAX_DEPTH = 500

function reportTooDeep(file: VFile, depth: number, position: Position | undefined): void {
  report(file, 'error', 'render/too-deep', 'render', rm.msg.tooDeep({ depth, max: MAX_DEPTH }), {
    place: position,
    value: String(depth),
    hint: rm.msg.tooDeepHint(),
  })
}

/** The source as HTML when the tree nests deeper than `MAX_DEPTH` (reported), else undefined. */
export function refuseTooDeep(file: VFile, tree: Root, markdown: string): string | undefined {
  const source = tree.data?.tooDeep
  if (source) {
    // the parser refused it already (too deep to parse at all)
    reportTooDeep(file, source.depth, {
      start: { line: source.line, column: 1 },
      end: { line: source.line, column: 1 },
    })
    return sourceHtml(markdown)
  }
  const { depth, position } = deepestPlace(tree)
  if (depth <= MAX_DEPTH) return undefined
  reportTooDeep(file, depth, position)
  return sourceHtml(markdown)
}

/** Reports a pipeline failure on `file`; returns the HTML to show instead. */
export function reportRenderFailure(file: VFile, error: unknown, tree: Root, markdown: string): string {
  const message = error instanceof Error ? error.message : String(error)
  if (error instanceof RangeError && /call stack/i.test(message)) {
    const { depth, position } = deepestPlace(tree)
    reportTooDeep(file, depth, position)
  } else {
    report(file, 'error', 'render/failed', 'render', rm.msg.failed({ error: message }), {
      hint: rm.msg.failedHint(),
    })
  }
  return sourceHtml(markdown)
}
