import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/content/blank-article.ts
var LINE1 = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
function blankArticle(where) {
  return {
    ...where,
    markdown: "",
    frontmatter: {},
    fields: [],
    block: LINE1,
    slot: void 0,
    coverPath: void 0,
    hash: "",
    readable: false
  };
}

export {
  LINE1,
  blankArticle
};
