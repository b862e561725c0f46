import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  report
} from "./chunk-ATHEYLYN.js";
import {
  renderHtmlMessages
} from "./chunk-OWIXN4P4.js";

// src/render/svg-allowlist.ts
var PRESENTATION = [
  "fill",
  "fillOpacity",
  "fillRule",
  "stroke",
  "strokeWidth",
  "strokeLinecap",
  "strokeLinejoin",
  "strokeDasharray",
  "strokeDashoffset",
  "strokeMiterlimit",
  "strokeOpacity",
  "opacity",
  "transform",
  "color",
  "fontFamily",
  "fontSize",
  "fontWeight",
  "fontStyle",
  "textAnchor",
  "dominantBaseline",
  "alignmentBaseline",
  "baselineShift",
  "letterSpacing",
  "textDecoration",
  "visibility",
  "display",
  "clipRule",
  "vectorEffect",
  "shapeRendering",
  "style"
];
var BOX = ["x", "y", "width", "height"];
var SVG_ATTRIBUTES = {
  svg: [...BOX, "viewBox", "preserveAspectRatio", "xmlns"],
  g: [],
  path: ["d", "pathLength"],
  rect: [...BOX, "rx", "ry"],
  circle: ["cx", "cy", "r"],
  ellipse: ["cx", "cy", "rx", "ry"],
  line: ["x1", "y1", "x2", "y2"],
  polyline: ["points"],
  polygon: ["points"],
  text: ["x", "y", "dx", "dy", "rotate", "textLength", "lengthAdjust"],
  tspan: ["x", "y", "dx", "dy", "rotate", "textLength", "lengthAdjust"]
};
var SVG_TAGS = Object.keys(SVG_ATTRIBUTES);
var SVG_SCHEMA_ATTRIBUTES = Object.fromEntries(
  SVG_TAGS.map((tag) => [tag, [...SVG_ATTRIBUTES[tag], ...PRESENTATION]])
);
var svgPropertyName = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
var REFERENCE = /url\s*\(/i;
var SILENT = /* @__PURE__ */ new Set(["title", "desc", "metadata"]);
var allowed = (tag, key) => PRESENTATION.includes(key) || (SVG_ATTRIBUTES[tag]?.includes(key) ?? false);
function cleanSvg(svg, file) {
  const visit = (node) => {
    for (const key of Object.keys(node.properties)) {
      const value = node.properties[key];
      const text = Array.isArray(value) ? value.join(" ") : String(value);
      if (/^on/i.test(key)) continue;
      const reference = REFERENCE.test(text) || /href$/i.test(key);
      if (allowed(node.tagName, key) && !(reference && key !== "style")) continue;
      delete node.properties[key];
      if (reference) {
        report(
          file,
          "warning",
          "render/removed-attribute",
          "render",
          renderHtmlMessages.msg.svgReference({ key, tag: node.tagName }),
          {
            place: node.position,
            value: `${key}="${text.slice(0, 80)}"`,
            hint: renderHtmlMessages.msg.svgReferenceHint()
          }
        );
      }
    }
    node.children = node.children.filter((child) => {
      if (child.type !== "element") return child.type === "text";
      if (SVG_TAGS.includes(child.tagName)) return true;
      if (SILENT.has(child.tagName)) return false;
      report(file, "warning", "render/removed-element", "render", renderHtmlMessages.msg.svgElement({ tag: child.tagName }), {
        place: child.position,
        value: `<${child.tagName}>`,
        hint: renderHtmlMessages.msg.svgElementHint()
      });
      return false;
    });
    for (const child of node.children) if (child.type === "element") visit(child);
  };
  visit(svg);
}

export {
  SVG_TAGS,
  SVG_SCHEMA_ATTRIBUTES,
  svgPropertyName,
  cleanSvg
};
