/**
 * How a drawn diagram reads on a phone, and what makes it read better. An inline SVG is shown at
 * `max-width: 100%` in the 343 px column (375 px less WeChat's margins) and cannot be zoomed inside
 * an article, so a wide diagram shrinks its text with it: a six-node `flowchart LR` is ≈ 930 px wide
 * and its 16 px labels end up ≈ 6 px. Flowcharts laid out left to right are drawn again top down
 * when that makes them legible; whatever is still too small is reported. Diagrams also get an
 * opaque white background: mermaid's strokes and edge labels are dark, and the SVG is transparent,
 * so on WeChat's dark page they vanish. The white is a rectangle inside the SVG, not a CSS background,
 * which WeChat's dark mode would darken (it rewrites the colours of HTML).
 */
import type { Element } from 'hast'

/** The text column of a 375 px phone, in CSS px. */
export const PHONE_COLUMN_PX = 343
/** Below this size (CSS px, as shown on the phone) diagram text is too small to read. */
export const MIN_TEXT_PX = 11

export interface Legibility {
  /** How much the diagram is shrunk to fit the column (1: not at all). */
  scale: number
  /** Its label size on the phone, in px. */
  textPx: number
}

export function legibility(svg: Element, fontPx: number): Legibility {
  const width = Number(svg.properties.width)
  const scale = width > PHONE_COLUMN_PX ? PHONE_COLUMN_PX / width : 1
  return { scale, textPx: fontPx * scale }
}

export const legible = (l: Legibility) => l.textPx >= MIN_TEXT_PX

/**
 * The source of a left-to-right (or right-to-left) flowchart with its direction set to top-down;
 * undefined for any other diagram. Only the header line changes (`direction` inside subgraphs stays).
 */
export function topDownSource(source: string): string | undefined {
  const lines = source.split('\n')
  let inConfig = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const bare = line.trim()
    if (bare === '---') {
      inConfig = !inConfig
      continue
    }
    if (inConfig || bare === '' || bare.startsWith('%%')) continue
    const header = /^(\s*(?:flowchart|graph)\s+)(LR|RL)\b/i.exec(line)
    if (!header) return undefined
    lines[i] = `${header[1]}TB${line.slice(header[0].length)}`
    return lines.join('\n')
  }
  return undefined
}

/** The kind of a mermaid diagram, from its header line: `flowchart`, `sequenceDiagram`, `gantt`… */
export function diagramKind(source: string): string {
  let inConfig = false
  for (const line of source.split('\n')) {
    if (line.trim() === '---') inConfig = !inConfig
    const word = inConfig ? undefined : /^\s*([A-Za-z][\w-]*)/.exec(line)?.[1]
    if (word) return word === 'graph' ? 'flowchart' : word
  }
  return 'diagram'
}

/** A white rectangle behind everything the diagram draws (its whole viewBox). */
export function withWhiteBackground(svg: Element): Element {
  const box = String(svg.properties.viewBox ?? '')
    .split(/[\s,]+/)
    .map(Number)
  if (box.length !== 4 || box.some((n) => !Number.isFinite(n))) return svg
  const [x, y, width, height] = box.map(String) as [string, string, string, string]
  const rect: Element = {
    type: 'element',
    tagName: 'rect',
    properties: { x, y, width, height, rx: '4', fill: '#ffffff', stroke: 'none' },
    children: [],
  }
  return { ...svg, children: [rect, ...svg.children] }
}
