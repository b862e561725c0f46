import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  legibility,
  legible,
  topDownSource,
  withWhiteBackground
} from "./chunk-67NMMM6U.js";
import {
  cleanSvg,
  svgPropertyName
} from "./chunk-35W5JDWR.js";
import "./chunk-YDLX56YM.js";
import {
  VFile
} from "./chunk-2LHYGFIJ.js";
import "./chunk-ATHEYLYN.js";
import "./chunk-OWIXN4P4.js";
import "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";

// src/render/mermaid-page-script.ts
var MERMAID_PAGE_SCRIPT = String.raw`async (sources) => {
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
}`;

// src/render/mermaid-script.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
function findMermaidScript(vendor = new URL("../vendor/", import.meta.url)) {
  const vendored = fileURLToPath(new URL("mermaid.min.js", vendor));
  const about = fileURLToPath(new URL("mermaid.json", vendor));
  try {
    if (existsSync(vendored) && existsSync(about)) {
      const { version: version2 } = JSON.parse(readFileSync(about, "utf8"));
      return { path: vendored, version: version2 };
    }
    const require2 = createRequire(import.meta.url);
    const { version } = require2("mermaid/package.json");
    return { path: require2.resolve("mermaid/dist/mermaid.min.js"), version };
  } catch {
    return void 0;
  }
}

// src/render/draw-mermaid.ts
var TIMEOUT_MS = 3e4;
function timeout(ms) {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`mermaid did not finish within ${ms / 1e3} s`)), ms).unref();
  });
}
function toHast(tree) {
  const properties = {};
  for (const [name, value] of Object.entries(tree.a)) properties[svgPropertyName(name)] = value;
  const children = tree.c.map(
    (c) => typeof c === "string" ? { type: "text", value: c } : toHast(c)
  );
  return { type: "element", tagName: tree.t, properties, children };
}
async function drawIn(page, sources) {
  const drawing = page.evaluate(`(${MERMAID_PAGE_SCRIPT})(${JSON.stringify(sources)})`);
  return await Promise.race([drawing, timeout(TIMEOUT_MS + 2e3 * sources.length)]);
}
function toDiagram(r) {
  if (!r.ok) return { ok: false, kind: "error", reason: r.message };
  const svg = toHast(r.tree);
  cleanSvg(svg, new VFile());
  return { ok: true, svg: withWhiteBackground(svg), font: r.font ?? 16 };
}
async function relayOut(page, drawn) {
  const textPx = (d) => d.ok ? legibility(d.svg, d.font ?? 16).textPx : 0;
  const wide = [...drawn].flatMap(([source, d]) => {
    const topDown = d.ok && !legible(legibility(d.svg, d.font ?? 16)) ? topDownSource(source) : void 0;
    return topDown ? [{ source, topDown }] : [];
  });
  if (wide.length === 0) return;
  const results = await drawIn(
    page,
    wide.map((w) => w.topDown)
  );
  wide.forEach((w, i) => {
    const again = results[i] ? toDiagram(results[i]) : void 0;
    const wide2 = textPx(drawn.get(w.source));
    if (again?.ok && textPx(again) > wide2) drawn.set(w.source, { ...again, relaid: "TB", wideTextPx: wide2 });
  });
}
async function drawAll(launch, script, sources) {
  const out = /* @__PURE__ */ new Map();
  if (!script) {
    const reason = "mermaid's browser build is missing (dist/vendor/mermaid.min.js): reinstall wxpress";
    for (const s of sources) out.set(s, { ok: false, kind: "no-browser", reason });
    return out;
  }
  const opened = await launch();
  if (!opened.ok) {
    for (const s of sources) out.set(s, { ok: false, kind: "no-browser", reason: opened.reason });
    return out;
  }
  try {
    const page = await opened.value.browser.newPage();
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ path: script.path });
    const results = await drawIn(page, sources);
    sources.forEach((source, i) => {
      const r = results[i];
      out.set(source, r ? toDiagram(r) : { ok: false, kind: "error", reason: "no answer from mermaid" });
    });
    await relayOut(page, out);
  } catch (error) {
    const reason = `the browser failed: ${String(error.message ?? error).split("\n")[0]}`;
    for (const s of sources) if (!out.has(s)) out.set(s, { ok: false, kind: "no-browser", reason });
  } finally {
    await opened.value.close();
  }
  return out;
}
function createMermaidDrawer(launch, script = findMermaidScript() ?? null) {
  let queue = [];
  let running;
  const run = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      const results = await drawAll(launch, script, [...new Set(batch.flatMap((b) => b.sources))]);
      for (const b of batch) b.resolve(new Map(b.sources.map((s) => [s, results.get(s)])));
    }
    running = void 0;
  };
  return {
    version: script?.version ?? "missing",
    draw(sources) {
      return new Promise((resolve) => {
        queue.push({ sources, resolve });
        if (running === void 0) running = run();
      });
    }
  };
}
async function defaultMermaidDrawer(executablePath) {
  const { launchBrowser } = await import("./chunk-AWGNYWIQ.js");
  return createMermaidDrawer(() => launchBrowser(executablePath ? { executablePath } : {}));
}
export {
  createMermaidDrawer,
  defaultMermaidDrawer
};
