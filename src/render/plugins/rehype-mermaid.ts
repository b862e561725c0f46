/**
 * ```` ```mermaid ```` blocks → the diagram drawn before the pipeline ran (`prepareDiagrams`):
 * `section.mermaid > svg`. A diagram mermaid refuses is a `render/mermaid-error`; one that could not
 * be drawn (no browser, drawing off) a `render/mermaid-skipped` info. Both keep the code block.
 * A flowchart drawn top down instead of left to right says so (`render/diagram-relaid`, info); a
 * diagram whose text is still too small on a phone is a `render/diagram-too-small` warning.
 */
import type { Element, Root } from 'hast'
import { hastText } from '../hast-text.js'
import type { VFile } from '../../core/vfile.js'
import { report } from '../../diagnostics/diagnostic.js'
import { renderContext } from '../context.js'
import { SKIP, walkElements } from '../walk-elements.js'
import { renderMessages as rm } from '../../i18n/messages/render.js'
import { renderDiagramMessages as dm } from '../../i18n/messages/render-diagrams.js'
import { diagramKind, legibility, legible, topDownSource } from '../diagram-legibility.js'
import type { Diagram } from '../draw-mermaid.js'
import type { Position } from 'unist'

const px = (n: number) => `${n.toFixed(0)}px`

/** The findings about how a drawn diagram reads on a phone. */
function reportLegibility(
  file: VFile,
  source: string,
  diagram: Diagram & { ok: true },
  place: Position | undefined,
) {
  const shown = legibility(diagram.svg, diagram.font ?? 16)
  if (diagram.relaid) {
    const before = px(diagram.wideTextPx ?? 0)
    report(
      file,
      'info',
      'render/diagram-relaid',
      'render',
      dm.msg.relaid({ before, after: px(shown.textPx) }),
      {
        place,
        value: diagram.relaid,
        hint: dm.msg.relaidHint(),
      },
    )
  }
  if (legible(shown)) return
  const kind = diagramKind(source)
  const percent = Math.round(shown.scale * 100)
  report(
    file,
    'warning',
    'render/diagram-too-small',
    'render',
    dm.msg.tooSmall({ kind, percent, px: px(shown.textPx) }),
    {
      place,
      value: `${percent}% ${px(shown.textPx)}`,
      hint: smallHint(kind, source, diagram.relaid !== undefined),
    },
  )
}

/** LR/RL (not already re-laid): try top down; top down already: try LR, whose levels stack up. */
function smallHint(kind: string, source: string, relaid: boolean) {
  if (kind !== 'flowchart' || relaid) return dm.msg.tooSmallHint()
  return topDownSource(source) !== undefined ? dm.msg.tooSmallFlowchartHint() : dm.msg.tooSmallWideHint()
}

const isMermaid = (node: Element) =>
  node.tagName === 'code' &&
  Array.isArray(node.properties.className) &&
  node.properties.className.map(String).includes('language-mermaid')

export function rehypeMermaid() {
  return (tree: Root, file: VFile) => {
    const diagrams = renderContext(file).diagrams
    if (!diagrams || diagrams.size === 0) return
    walkElements(tree, (node, index, parent) => {
      if (node.tagName !== 'pre') return undefined
      const code = node.children.find((c): c is Element => c.type === 'element' && isMermaid(c))
      if (!code) return SKIP
      const source = hastText(code).replace(/\n$/, '')
      const diagram = diagrams.get(source)
      if (!diagram) return SKIP
      const place = node.position
      if (diagram.ok) {
        const section: Element = {
          type: 'element',
          tagName: 'section',
          properties: { className: ['mermaid'] },
          children: [structuredClone(diagram.svg)],
        }
        if (place) section.position = place
        parent.children[index] = section
        reportLegibility(file, source, diagram, place)
      } else if (diagram.kind === 'error') {
        report(
          file,
          'warning',
          'render/mermaid-error',
          'render',
          rm.msg.mermaidError({ reason: diagram.reason }),
          {
            place,
            value: diagram.reason,
            hint: rm.msg.mermaidErrorHint(),
          },
        )
      } else if (diagram.kind === 'deferred') {
        // not drawn by a check (no browser started): said, so that silence never reads as "fits"
        report(file, 'info', 'render/diagram-not-checked', 'render', rm.msg.mermaidNotChecked(), {
          place,
          hint: rm.msg.mermaidNotCheckedHint(),
        })
      } else {
        report(
          file,
          'info',
          'render/mermaid-skipped',
          'render',
          rm.msg.mermaidSkipped({ reason: diagram.reason }),
          {
            place,
            value: diagram.kind,
            hint: rm.msg.mermaidSkippedHint(),
          },
        )
      }
      return SKIP
    })
  }
}
