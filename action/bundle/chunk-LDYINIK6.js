import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/content/dollar-guard.ts
function guardDollars(tree, markdown) {
  const walk = (node) => {
    for (let i = 0; i < node.children.length; i++) {
      const child = node.children[i];
      if (child.type === "inlineMath") {
        const end = child.position?.end.offset;
        const start = child.position?.start.offset;
        const next = end === void 0 ? "" : markdown.charAt(end);
        const raw = start !== void 0 && end !== void 0 ? markdown.slice(start, end) : `$${child.value}$`;
        if (/\d/.test(next) || /^\$\s/.test(raw) || /\s\$$/.test(raw)) {
          const text = { type: "text", value: raw };
          if (child.position) text.position = child.position;
          node.children.splice(i, 1, text);
        }
      } else if ("children" in child) {
        walk(child);
      }
    }
  };
  walk(tree);
}

// src/content/heading-ids.ts
var TRAILING_ID = /[ \t]*(?<!\\)\{#([^\s{}\\]+)\}$/;
var CONTAINERS = /* @__PURE__ */ new Set(["blockquote", "list", "listItem", "footnoteDefinition"]);
function stripHeadingIds(tree, markdown) {
  if (!markdown.includes("{#")) return;
  const walk = (node) => {
    for (const child of node.children) {
      if (child.type === "heading") strip(child, markdown);
      else if (CONTAINERS.has(child.type)) walk(child);
    }
  };
  walk(tree);
}
function strip(heading, markdown) {
  const last = heading.children.at(-1);
  if (last?.type !== "text") return;
  const start = last.position?.start.offset;
  const end = last.position?.end.offset;
  if (start === void 0 || end === void 0 || last.position === void 0) return;
  const source = markdown.slice(start, end);
  const m = TRAILING_ID.exec(source);
  if (!m?.[1] || !last.value.endsWith(m[0])) return;
  if (heading.children.length === 1 && m[0].length === last.value.length) return;
  const removed = m[0].length;
  heading.data = { ...heading.data, headingId: m[1] };
  if (removed === last.value.length) {
    heading.children.pop();
    return;
  }
  last.value = last.value.slice(0, -removed);
  const at = last.position.end;
  last.position.end = { line: at.line, column: at.column - removed, offset: end - removed };
}

// src/content/finish-parse.ts
function finishParse(tree, markdown) {
  guardDollars(tree, markdown);
  stripHeadingIds(tree, markdown);
  return tree;
}

export {
  finishParse
};
