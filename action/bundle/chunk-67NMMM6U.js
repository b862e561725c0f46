import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/render/diagram-legibility.ts
var PHONE_COLUMN_PX = 343;
var MIN_TEXT_PX = 11;
function legibility(svg, fontPx) {
  const width = Number(svg.properties.width);
  const scale = width > PHONE_COLUMN_PX ? PHONE_COLUMN_PX / width : 1;
  return { scale, textPx: fontPx * scale };
}
var legible = (l) => l.textPx >= MIN_TEXT_PX;
function topDownSource(source) {
  const lines = source.split("\n");
  let inConfig = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const bare = line.trim();
    if (bare === "---") {
      inConfig = !inConfig;
      continue;
    }
    if (inConfig || bare === "" || bare.startsWith("%%")) continue;
    const header = /^(\s*(?:flowchart|graph)\s+)(LR|RL)\b/i.exec(line);
    if (!header) return void 0;
    lines[i] = `${header[1]}TB${line.slice(header[0].length)}`;
    return lines.join("\n");
  }
  return void 0;
}
function diagramKind(source) {
  let inConfig = false;
  for (const line of source.split("\n")) {
    if (line.trim() === "---") inConfig = !inConfig;
    const word = inConfig ? void 0 : /^\s*([A-Za-z][\w-]*)/.exec(line)?.[1];
    if (word) return word === "graph" ? "flowchart" : word;
  }
  return "diagram";
}
function withWhiteBackground(svg) {
  const box = String(svg.properties.viewBox ?? "").split(/[\s,]+/).map(Number);
  if (box.length !== 4 || box.some((n) => !Number.isFinite(n))) return svg;
  const [x, y, width, height] = box.map(String);
  const rect = {
    type: "element",
    tagName: "rect",
    properties: { x, y, width, height, rx: "4", fill: "#ffffff", stroke: "none" },
    children: []
  };
  return { ...svg, children: [rect, ...svg.children] };
}

export {
  legibility,
  legible,
  topDownSource,
  diagramKind,
  withWhiteBackground
};
