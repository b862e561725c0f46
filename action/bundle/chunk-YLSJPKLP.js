import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/content/written-value.ts
function writtenValue(article, key) {
  const text = writtenText(article, key)?.replace(/\s+/g, " ").trim();
  return text ? text : void 0;
}
function writtenText(article, key) {
  const valid = article.frontmatter[key];
  if (typeof valid === "string" && valid.trim() !== "") return valid;
  return article.fields.find((f) => f.key === key)?.sourceText;
}
function writtenTitle(article) {
  return writtenValue(article, "title") ?? article.slug;
}

export {
  writtenValue,
  writtenText,
  writtenTitle
};
