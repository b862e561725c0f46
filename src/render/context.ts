/**
 * Per-render state shared by the built-in plugins through `file.data.render`: the article, the
 * images collected so far and the external-link reference list.
 */
import type { VFile } from '../core/vfile.js'
import type { Article } from '../content/article.js'
import type { PlannedImage } from './planned-image.js'
import type { Diagram } from './draw-mermaid.js'

export interface RenderContext {
  article: Article
  images: PlannedImage[]
  /** External URL → reference number, in order of first use. */
  references: Map<string, number>
  /** Prepares a local or remote image; undefined when it cannot be used (already reported). */
  /** Mermaid source → its drawing (or why there is none), prepared before the pipeline runs. */
  diagrams?: Map<string, Diagram>
  loadImage(
    ref: string,
    place: import('unist').Position | undefined,
    kind: 'body' | 'cover',
  ): Promise<PlannedImage | undefined>
  /** Remote images are neither fetched nor planned: `<img>` keeps its URL (the untrusted PR check). */
  keepRemote?: boolean
}

declare module 'vfile' {
  interface DataMap {
    render: RenderContext
  }
}

export function renderContext(file: VFile): RenderContext {
  const ctx = file.data.render
  if (!ctx) throw new Error('render context missing: run the processor through renderArticle()')
  return ctx
}
