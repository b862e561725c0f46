import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/content/spaced-target.ts
var TARGET = String.raw`((?:[^()<>\s"'\n]+[ \t]+)+[^()<>\s"'\n]+)`;
var SPACED_IMAGE = new RegExp(String.raw`!\[([^\]\n]*)\]\(${TARGET}\)`, "g");
var SPACED_LINK_OR_IMAGE = new RegExp(String.raw`!?\[([^\]\n]*)\]\(${TARGET}\)`, "g");
function spacedTargetRanges(text) {
  if (!text.includes("](")) return [];
  return [...text.matchAll(SPACED_LINK_OR_IMAGE)].map((m) => {
    const end = m.index + m[0].length;
    return { start: end - m[2].length - 2, end };
  });
}

export {
  SPACED_LINK_OR_IMAGE,
  spacedTargetRanges
};
