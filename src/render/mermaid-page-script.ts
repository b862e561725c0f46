/**
 * The script `drawMermaid` runs in the browser page (as text: the project's TypeScript has no DOM
 * types). It draws each source with mermaid (`htmlLabels: false`, so labels are SVG `<text>`), then
 * flattens the SVG for WeChat, which strips ids and `<style>`: computed styles become presentation
 * attributes (only where they differ from the parent's), arrowheads drawn by `<marker>` become
 * triangles of their own, `foreignObject` labels become `<text>`, and ids, classes, `<style>`,
 * `<defs>` and `<marker>` go. Answers `[{ ok, tree, font | message }]`; a tree is `{ t, a, c }`, `font`
 * the usual (median) font size of its labels in px, to judge how small they end up on a phone.
 */
export const MERMAID_PAGE_SCRIPT = String.raw`async (sources) => {
  const PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap',
    'stroke-linejoin', 'fill-opacity', 'stroke-opacity', 'opacity', 'font-family', 'font-size',
    'font-weight', 'font-style', 'text-anchor', 'dominant-baseline']
  const NS = 'http://www.w3.org/2000/svg'
  const DROP = ['style', 'defs', 'marker', 'title', 'desc', 'script']
  const INITIAL = { stroke: 'none', 'stroke-width': '1px', 'stroke-dasharray': 'none',
    'stroke-linecap': 'butt', 'stroke-linejoin': 'miter', 'fill-opacity': '1', 'stroke-opacity': '1',
    opacity: '1', 'font-weight': '400', 'font-style': 'normal', 'text-anchor': 'start',
    'dominant-baseline': 'auto' }
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', htmlLabels: false,
    flowchart: { htmlLabels: false }, fontFamily: 'sans-serif', theme: 'default' })
  const bakeMarkers = (svg) => {
    for (const path of svg.querySelectorAll('[marker-end], [marker-start]')) {
      if (typeof path.getTotalLength !== 'function') continue
      const total = path.getTotalLength()
      if (!(total > 0)) continue
      const color = getComputedStyle(path).stroke
      const ends = []
      if (path.getAttribute('marker-end')) ends.push([total, Math.max(0, total - 1)])
      if (path.getAttribute('marker-start')) ends.push([0, Math.min(total, 1)])
      for (const [at, from] of ends) {
        const tip = path.getPointAtLength(at)
        const back = path.getPointAtLength(from)
        const angle = Math.atan2(tip.y - back.y, tip.x - back.x)
        const point = (length, side) => {
          const x = tip.x - length * Math.cos(angle) + side * Math.sin(angle)
          const y = tip.y - length * Math.sin(angle) - side * Math.cos(angle)
          return x.toFixed(1) + ',' + y.toFixed(1)
        }
        const head = document.createElementNS(NS, 'polygon')
        head.setAttribute('points', [point(0, 0), point(9, 4), point(9, -4)].join(' '))
        head.setAttribute('style', 'fill: ' + color + '; stroke: none')
        path.parentNode.insertBefore(head, path.nextSibling)
      }
      path.removeAttribute('marker-end')
      path.removeAttribute('marker-start')
    }
  }
  const labelsToText = (svg) => {
    for (const fo of svg.querySelectorAll('foreignObject')) {
      const text = document.createElementNS(NS, 'text')
      const x = Number(fo.getAttribute('x') || 0) + Number(fo.getAttribute('width') || 0) / 2
      const y = Number(fo.getAttribute('y') || 0) + Number(fo.getAttribute('height') || 0) / 2
      text.setAttribute('x', String(x))
      text.setAttribute('y', String(y))
      text.setAttribute('style', 'text-anchor: middle; dominant-baseline: central')
      text.textContent = fo.textContent.trim()
      fo.replaceWith(text)
    }
  }
  const toTree = (el, parentStyle) => {
    const style = getComputedStyle(el)
    const a = {}
    for (const attr of el.attributes) {
      const name = attr.name
      if (['id', 'class', 'style', 'role'].includes(name)) continue
      if (name.startsWith('data-') || name.startsWith('aria-')) continue
      if (name.startsWith('xmlns') || PROPS.includes(name)) continue
      a[name] = attr.value
    }
    for (const prop of PROPS) {
      const value = style.getPropertyValue(prop)
      const inherited = parentStyle ? parentStyle.getPropertyValue(prop) : INITIAL[prop]
      if (!value || inherited === value) continue
      a[prop] = value
    }
    const c = []
    for (const child of el.childNodes) {
      if (child.nodeType === 3) {
        if (child.nodeValue.trim()) c.push(child.nodeValue)
      } else if (child.nodeType === 1 && !DROP.includes(child.localName)) {
        c.push(toTree(child, style))
      }
    }
    return { t: el.localName, a, c }
  }
  const out = []
  for (let i = 0; i < sources.length; i++) {
    const host = document.createElement('div')
    document.body.appendChild(host)
    try {
      const { svg } = await mermaid.render('wxd' + i, sources[i], host)
      host.innerHTML = svg
      const root = host.querySelector('svg')
      labelsToText(root)
      bakeMarkers(root)
      const sizes = [...root.querySelectorAll('text')]
        .filter((t) => t.textContent.trim())
        .map((t) => parseFloat(getComputedStyle(t).fontSize))
        .filter((n) => n > 0)
        .sort((x, y) => x - y)
      const font = sizes.length > 0 ? sizes[Math.floor(sizes.length / 2)] : 16
      const tree = toTree(root, undefined)
      const box = (root.getAttribute('viewBox') || '').split(/[\s,]+/).map(Number)
      if (box.length === 4 && box[2] > 0) {
        tree.a.width = String(Math.ceil(box[2]))
        tree.a.height = String(Math.ceil(box[3]))
      }
      tree.a.style = 'max-width: 100%; height: auto;'
      out.push({ ok: true, tree, font })
    } catch (error) {
      out.push({ ok: false, message: String((error && error.message) || error).split('\n')[0] })
    }
    host.remove()
    for (const left of document.querySelectorAll('[id^="dwxd"], [id^="wxd"]')) left.remove()
  }
  return out
}`
