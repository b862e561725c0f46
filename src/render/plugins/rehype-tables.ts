/**
 * Tables scroll sideways inside a wrapper; column alignment moves into inline `text-align`. Cells
 * break lines the normal way (themes set `word-break: normal` on the table, undoing the body's
 * `break-word`): Chinese may break between any two characters, Latin words and numbers stay whole
 * (`120` never stacks digit by digit), so a small table fits a phone and only a table whose words do
 * not fit scrolls. Where the table still fits (table-columns.ts), short cells keep to one line, so a
 * squeezed column does not break `分享人` into `分享/人`, and no column ends one character wide.
 * Inline code in a cell never breaks inside a word (keep-code-whole.ts).
 * A table that scrolls is followed by an empty `p.table-scroll-hint`: the theme writes the cue in it
 * (`.table-scroll-hint::before { content: "← 左右滑动查看 →" }`); without that rule it is removed.
 * Such a table is also a `render/table-too-wide` warning: the writer learns it before a reader swipes.
 */
import type { Element, Root } from 'hast'
import type { VFile } from '../../core/vfile.js'
import { report } from '../../diagnostics/diagnostic.js'
import { renderDiagramMessages as dm } from '../../i18n/messages/render-diagrams.js'
import { SKIP, walkElements } from '../walk-elements.js'
import { cellStyles } from './table-columns.js'
import { keepCodeWhole } from './keep-code-whole.js'

export function rehypeTables() {
  return (tree: Root, file: VFile) => {
    walkElements(tree, (node, index, parent) => {
      if (node.tagName !== 'table') return
      const { styles: extra, scrolls, columns, narrowestPx: px } = cellStyles(node)
      // decided from the column count and the cells' text (table-columns.ts), as the scroll cue is
      if (scrolls)
        report(file, 'warning', 'render/table-too-wide', 'render', dm.msg.tableTooWide({ columns, px }), {
          place: node.position,
          value: `${px}px`,
          hint: dm.msg.tableTooWideHint(),
        })
      walkElements(node, (cell) => {
        if (cell.tagName !== 'td' && cell.tagName !== 'th') return
        const align = cell.properties.align
        const styles = typeof align === 'string' && align ? [`text-align:${align}`] : []
        const more = extra.get(cell)
        if (more) styles.push(more)
        if (styles.length) cell.properties.style = styles.join(';')
        delete cell.properties.align
        keepCodeWhole(cell)
        return SKIP
      })
      const hint: Element[] = scrolls
        ? [
            {
              type: 'element',
              tagName: 'p',
              properties: { className: ['table-scroll-hint'], dataWxpressDropEmpty: '' },
              children: [],
            },
          ]
        : []
      // already in a writer's `<section>`: that is the wrapper, and its layout is the writer's
      if (parent.type === 'element' && parent.tagName === 'section') return SKIP
      parent.children.splice(
        index,
        1,
        { type: 'element', tagName: 'section', properties: { className: ['table-wrap'] }, children: [node] },
        ...hint,
      )
      return index + 1 + hint.length
    })
  }
}
