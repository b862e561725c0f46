import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  parseSource
} from "./chunk-G6T3CGSR.js";
import {
  applyFixes
} from "./chunk-KVJU3JLX.js";
import {
  blankArticle
} from "./chunk-2DVWRVNC.js";
import {
  VFile
} from "./chunk-2LHYGFIJ.js";

// src/content/article-from-text.ts
function articleFromText(base, text, config) {
  const file = new VFile({ path: base.file.path, cwd: base.file.cwd, value: text });
  const article = blankArticle({ slug: base.slug, path: base.path, dir: base.dir, file });
  parseSource(article, text, config);
  return article;
}

// src/lint/fix-to-fixed-point.ts
var MAX_PASSES = 5;
function fixToFixedPoint(linter, article, original, config) {
  let current = article;
  let output = original;
  const changes = [];
  const seen = /* @__PURE__ */ new Set([original]);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const findings = linter.lint(current);
    current.file.messages.length = 0;
    const result = applyFixes(current, findings, original);
    if (result.changes.length === 0 || seen.has(result.output)) break;
    seen.add(result.output);
    changes.push(...result.changes);
    output = result.output;
    current = articleFromText(article, output.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"), config);
    if (!current.readable) break;
  }
  return { output, changes };
}

export {
  articleFromText,
  fixToFixedPoint
};
