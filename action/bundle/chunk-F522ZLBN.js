import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  isRemote
} from "./chunk-UHZN63ZL.js";

// src/render/walk-elements.ts
var SKIP = /* @__PURE__ */ Symbol("skip");
function walkElements(tree, visitor) {
  const kids = tree.children;
  for (let i = 0; i < kids.length; ) {
    const node = kids[i];
    if (node.type !== "element") {
      i++;
      continue;
    }
    const action = visitor(node, i, tree);
    if (typeof action === "number") {
      i = action;
      continue;
    }
    if (action !== SKIP && node.children.length > 0) walkElements(node, visitor);
    i++;
  }
}
function walkNodes(tree, visitor) {
  const kids = tree.children;
  for (let i = 0; i < kids.length; ) {
    const node = kids[i];
    const action = visitor(node, i, tree);
    if (typeof action === "number") {
      i = action;
      continue;
    }
    if (action !== SKIP && "children" in node && Array.isArray(node.children) && node.children.length > 0)
      walkNodes(node, visitor);
    i++;
  }
}
function someNode(tree, test) {
  if (test(tree)) return true;
  const kids = tree.children;
  return Array.isArray(kids) && kids.some((child) => someNode(child, test));
}

// src/render/image-ref.ts
function decodePath(ref) {
  try {
    return decodeURIComponent(ref);
  } catch {
    return ref;
  }
}
function shownRef(ref) {
  return isRemote(ref) ? ref : decodePath(ref);
}
function writtenAt(value, place, text) {
  if (!place || typeof value !== "string" && !(value instanceof Uint8Array)) return false;
  const source = typeof value === "string" ? value : new TextDecoder().decode(value);
  const lines = source.split("\n").slice(place.start.line - 1, place.end.line);
  return lines.join("\n").includes(text);
}

export {
  SKIP,
  walkElements,
  walkNodes,
  someNode,
  decodePath,
  shownRef,
  writtenAt
};
