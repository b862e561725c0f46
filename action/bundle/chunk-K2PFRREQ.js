import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  parseSource
} from "./chunk-S6HAQD6F.js";
import {
  blankArticle
} from "./chunk-2DVWRVNC.js";
import {
  VFile
} from "./chunk-PEA4DY5D.js";

// src/content/article-from-text.ts
function articleFromText(base, text, config) {
  const file = new VFile({ path: base.file.path, cwd: base.file.cwd, value: text });
  const article = blankArticle({ slug: base.slug, path: base.path, dir: base.dir, file });
  parseSource(article, text, config);
  return article;
}

export {
  articleFromText
};
