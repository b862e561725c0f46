/**
 * Every `<img>` (Markdown or raw HTML) becomes a planned upload: resolved inside the article folder
 * (an escaping path is an error and never opened), fetched when remote, re-encoded to JPEG/PNG
 * ≤ 1 MB when needed, and referenced as `assets/<hash>.<ext>`. `width`/`height` move into style.
 */
import { decodePath } from '../image-ref.js'
import type { Element, Root } from 'hast'
import type { VFile } from '../../core/vfile.js'
import { report } from '../../diagnostics/diagnostic.js'
import { renderContext } from '../context.js'
import { isRemote } from '../../content/resolve-asset.js'
import { parseDeclarations } from '../../themes/style-declarations.js'
import { walkElements } from '../walk-elements.js'
import { renderImageMessages as im } from '../../i18n/messages/render-images.js'

function cssLength(value: unknown): string | undefined {
  if (typeof value === 'number') return `${value}px`
  if (typeof value !== 'string' || !value.trim()) return undefined
  const v = value
    .trim()
    .replace(/\s*!important$/i, '')
    .toLowerCase()
  return /^\d+(\.\d+)?$/.test(v) ? `${v}px` : /^\d+(\.\d+)?(px|%|em|rem|vw)$/.test(v) ? v : undefined
}

/** Declarations the size replaces: `min-width` could push the image past the screen. */
const SIZED = new Set(['width', 'height', 'max-width', 'min-width'])

/** `max-width` as written when it clamps at least as much as `100%` (`50%`), else `100%`. */
function maxWidth(value: string | undefined): string {
  const v = value
    ?.trim()
    .replace(/\s*!important$/i, '')
    .toLowerCase()
  const percent = v === undefined ? undefined : /^(\d+(?:\.\d+)?)%$/.exec(v)
  return percent && Number(percent[1]) <= 100 ? v! : '100%'
}

/**
 * The `<img>`'s style: the author's declarations as written (the sanitiser already removed the
 * unsafe and unsupported ones), then its size from the style (which wins, as in browsers) or its
 * attributes, only as lengths (an SVG drawn at 2–3×: its own width), with `max-width` clamping any
 * width to the screen. juice puts these after the theme's `img` declarations, so what the author
 * wrote wins over the theme.
 */
function imageStyle(node: Element, cssWidth?: number): string {
  const style = typeof node.properties.style === 'string' ? parseDeclarations(node.properties.style) : []
  const fromStyle = (property: string) => style.findLast((d) => d.property === property)?.value
  const height = cssLength(fromStyle('height')) ?? cssLength(node.properties.height)
  // an SVG drawn at 2–3× is shown at its own size, unless the author sized it
  const width =
    cssLength(fromStyle('width')) ??
    cssLength(node.properties.width) ??
    (cssWidth && !height ? `${cssWidth}px` : undefined)
  const own = style.filter((d) => d.value && !SIZED.has(d.property)).map((d) => d.text)
  // with a width, the height follows the image's proportions (a clamped width must not distort it)
  return [
    ...own,
    ...(width ? [`width:${width}`] : []),
    `max-width:${maxWidth(fromStyle('max-width'))}`,
    width || !height ? 'height:auto' : `height:${height}`,
  ].join(';')
}

export function rehypeImages() {
  return async (tree: Root, file: VFile) => {
    const ctx = renderContext(file)
    const images: { node: Element; index: number; parent: Element | Root }[] = []
    walkElements(tree, (node, index, parent) => {
      if (node.tagName === 'img') images.push({ node, index, parent })
    })
    for (const { node, index, parent } of images.reverse()) {
      const src = typeof node.properties.src === 'string' ? node.properties.src : ''
      const alt = typeof node.properties.alt === 'string' ? node.properties.alt : ''
      if (!alt.trim()) {
        // the path as written (`<image 2026.png>` arrives as `image%202026.png`)
        const shown = decodePath(src)
        report(file, 'warning', 'image/missing-alt', 'render', im.msg.missingAlt({ src: shown }), {
          place: node.position,
          value: shown,
          hint: missingAltHint(String(file.value), node, shown),
        })
      }
      if (ctx.keepRemote && isRemote(src)) {
        node.properties = { src: src.startsWith('//') ? `https:${src}` : src, alt, style: imageStyle(node) }
        continue
      }
      const planned = src ? await ctx.loadImage(src, node.position, 'body') : undefined
      if (!planned) {
        parent.children[index] = {
          type: 'element',
          tagName: 'span',
          properties: { className: ['image-missing'] },
          children: [{ type: 'text', value: `[图片${alt ? `：${alt}` : ''}]` }],
        }
        continue
      }
      const style = imageStyle(node, planned.cssWidth)
      const properties: Element['properties'] = { src: planned.file, alt, style }
      if (typeof node.properties.title === 'string') properties.title = node.properties.title
      node.properties = properties
    }
  }
}

/** The hint of `image/missing-alt`, with the image's own path, in the syntax it was written in. */
function missingAltHint(source: string, node: Element, src: string) {
  const start = node.position?.start
  const line = start ? (source.split('\n', start.line)[start.line - 1] ?? '') : ''
  const html = src !== '' && start !== undefined && /^<img\b/i.test(line.slice(start.column - 1))
  return im.msg.missingAltHint({ src: !html && /[\s()<>]/.test(src) ? `<${src}>` : src, html: html ? 1 : 0 })
}
