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

export {
  guardDollars
};
