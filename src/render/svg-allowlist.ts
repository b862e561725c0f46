/**
 * Self-contained inline SVG through a strict allowlist (research: wechat-fidelity.md §2). WeChat keeps
 * inline `<svg>` but strips every id, so nothing may refer to anything: no `<use>`, `<defs>`,
 * gradients, `url(#…)`, `href`/`xlink:href`; and nothing may run or embed: no script, `<style>`,
 * `foreignObject`, images, animations or event handlers. Kept: shapes and text with geometric and
 * presentation attributes (hast property names, as the HTML parser writes them).
 */
import type { Element } from 'hast'
import type { VFile } from '../core/vfile.js'
import { report } from '../diagnostics/diagnostic.js'
import { renderHtmlMessages as hm } from '../i18n/messages/render-html.js'

const PRESENTATION = [
  'fill',
  'fillOpacity',
  'fillRule',
  'stroke',
  'strokeWidth',
  'strokeLinecap',
  'strokeLinejoin',
  'strokeDasharray',
  'strokeDashoffset',
  'strokeMiterlimit',
  'strokeOpacity',
  'opacity',
  'transform',
  'color',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'textAnchor',
  'dominantBaseline',
  'alignmentBaseline',
  'baselineShift',
  'letterSpacing',
  'textDecoration',
  'visibility',
  'display',
  'clipRule',
  'vectorEffect',
  'shapeRendering',
  'style',
]
const BOX = ['x', 'y', 'width', 'height']

/** Tag → allowed properties (besides the presentation attributes every SVG element may have). */
export const SVG_ATTRIBUTES: Record<string, string[]> = {
  svg: [...BOX, 'viewBox', 'preserveAspectRatio', 'xmlns'],
  g: [],
  path: ['d', 'pathLength'],
  rect: [...BOX, 'rx', 'ry'],
  circle: ['cx', 'cy', 'r'],
  ellipse: ['cx', 'cy', 'rx', 'ry'],
  line: ['x1', 'y1', 'x2', 'y2'],
  polyline: ['points'],
  polygon: ['points'],
  text: ['x', 'y', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust'],
  tspan: ['x', 'y', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust'],
}

export const SVG_TAGS = Object.keys(SVG_ATTRIBUTES)

/** For hast-util-sanitize: every allowed SVG property of each tag. */
export const SVG_SCHEMA_ATTRIBUTES: Record<string, string[]> = Object.fromEntries(
  SVG_TAGS.map((tag) => [tag, [...SVG_ATTRIBUTES[tag]!, ...PRESENTATION]]),
)

/** `stroke-width` → `strokeWidth`: hast property names, as the HTML parser writes them for SVG. */
export const svgPropertyName = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())

const REFERENCE = /url\s*\(/i
/** Descriptions readers never see: dropped without a word. */
const SILENT = new Set(['title', 'desc', 'metadata'])

const allowed = (tag: string, key: string) =>
  PRESENTATION.includes(key) || (SVG_ATTRIBUTES[tag]?.includes(key) ?? false)

/**
 * Cleans an `<svg>` in place: elements outside the allowlist go with their content, attributes outside
 * it are dropped. What could run, embed or refer to something is reported; ids and other inert
 * attributes go silently (WeChat would strip them).
 */
export function cleanSvg(svg: Element, file: VFile): void {
  const visit = (node: Element) => {
    for (const key of Object.keys(node.properties)) {
      const value = node.properties[key]
      const text = Array.isArray(value) ? value.join(' ') : String(value)
      // event handlers are reported by the sanitiser's own pass and dropped by its schema
      if (/^on/i.test(key)) continue
      const reference = REFERENCE.test(text) || /href$/i.test(key)
      if (allowed(node.tagName, key) && !(reference && key !== 'style')) continue
      delete node.properties[key]
      if (reference) {
        report(
          file,
          'warning',
          'render/removed-attribute',
          'render',
          hm.msg.svgReference({ key, tag: node.tagName }),
          {
            place: node.position,
            value: `${key}="${text.slice(0, 80)}"`,
            hint: hm.msg.svgReferenceHint(),
          },
        )
      }
    }
    node.children = node.children.filter((child) => {
      if (child.type !== 'element') return child.type === 'text'
      if (SVG_TAGS.includes(child.tagName)) return true
      if (SILENT.has(child.tagName)) return false
      report(file, 'warning', 'render/removed-element', 'render', hm.msg.svgElement({ tag: child.tagName }), {
        place: child.position,
        value: `<${child.tagName}>`,
        hint: hm.msg.svgElementHint(),
      })
      return false
    })
    for (const child of node.children) if (child.type === 'element') visit(child)
  }
  visit(svg)
}
