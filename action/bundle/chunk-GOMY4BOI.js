import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/content/written-value.ts
function writtenValue(article, key) {
  const valid = article.frontmatter[key];
  const raw = typeof valid === "string" ? valid : article.fields.find((f) => f.key === key)?.sourceText;
  const text = raw?.replace(/\s+/g, " ").trim();
  return text ? text : void 0;
}
function writtenTitle(article) {
  return writtenValue(article, "title") ?? article.slug;
}
function cutText(text, max) {
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, Math.max(0, max - 1)).join("")}\u2026`;
}

export {
  writtenValue,
  writtenTitle,
  cutText
};
