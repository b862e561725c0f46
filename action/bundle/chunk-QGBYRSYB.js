import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/content/article.ts
function fieldPosition(article, key) {
  return article.fields.find((f) => f.key === key)?.valuePosition ?? article.block;
}

export {
  fieldPosition
};
