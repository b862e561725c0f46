import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/config/rule-ids.ts
var RULE_IDS = [
  "title/max-length",
  "title/punctuation",
  "title/clickbait",
  "title/absolute-terms",
  "body/absolute-terms",
  "body/clickbait",
  "body/wrong-date",
  "length/word-count",
  "length/character-limit",
  "length/image-count",
  "length/digest-missing",
  "length/digest-length",
  "typography/cjk-spacing",
  "typography/punctuation-width",
  "typography/ellipsis",
  "typography/repeated-punctuation",
  "typography/quotes",
  "typography/brackets",
  "typography/space-around-fullwidth",
  "typography/product-name",
  "typography/typo",
  "typography/invisible-characters",
  "markdown/unparsed-emphasis",
  "markdown/accidental-emphasis",
  "markdown/soft-break",
  "markdown/highlight",
  "markdown/indented-prose",
  "markdown/heading-skip",
  "markdown/heading-colon"
];
var isOtherStageId = (id) => id.startsWith("render/") || id.startsWith("schedule/") || id.startsWith("frontmatter/");
var isKnownRuleId = (id) => RULE_IDS.includes(id) || isOtherStageId(id);

export {
  RULE_IDS,
  isOtherStageId,
  isKnownRuleId
};
