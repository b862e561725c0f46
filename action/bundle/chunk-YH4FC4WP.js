import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  toString
} from "./chunk-7LBD2UEY.js";
import {
  codePoints
} from "./chunk-7M4XFPZV.js";
import {
  lintRuleMessages
} from "./chunk-OWIXN4P4.js";

// src/lint/define-lint-rule.ts
function defineLintRule(rule) {
  return rule;
}

// src/lint/rules/reader-text.ts
var HIDDEN_OPEN = /^<(style|script|textarea|template|noscript|title|select)\b/i;
var HIDDEN_ELEMENT = /<(style|script|textarea|template|noscript|title|select|head)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
var BLOCK_TAG = /^<\/?(?:p|div|section|article|header|footer|aside|blockquote|br|hr|li|ul|ol|h[1-6]|table|tr|td|th|thead|tbody|figure|figcaption|pre|img)\b/i;
var NAMED = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ldquo: "\u201C",
  rdquo: "\u201D",
  lsquo: "\u2018",
  rsquo: "\u2019",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  middot: "\xB7",
  times: "\xD7",
  copy: "\xA9",
  reg: "\xAE",
  ensp: " ",
  emsp: " ",
  thinsp: " "
};
function decodeEntities(text) {
  if (!text.includes("&")) return text;
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]+));/g,
    (whole, dec, hex, name) => {
      if (name !== void 0) return NAMED[name] ?? whole;
      const code = dec !== void 0 ? Number(dec) : parseInt(hex, 16);
      return code > 0 && code <= 1114111 && !(code >= 55296 && code <= 57343) ? String.fromCodePoint(code) : "\uFFFD";
    }
  );
}
function htmlText(html) {
  if (!html.includes("<")) return decodeEntities(html);
  return decodeEntities(
    html.replace(/<!--[\s\S]*?(?:-->|$)/g, "").replace(HIDDEN_ELEMENT, " ").replace(/<\/?[A-Za-z][^>]*>?/g, (tag) => BLOCK_TAG.test(tag) ? " " : "")
  );
}
var LITERAL_IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
var FLOW = /* @__PURE__ */ new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);
function visibleText(node) {
  if (node.type === "html") return htmlText(node.value);
  if (node.type === "code" || node.type === "image" || node.type === "imageReference") return "";
  if (node.type === "text")
    return node.value.includes("](") ? node.value.replace(LITERAL_IMAGE, " ") : node.value;
  if (!("children" in node)) return toString(node, { includeImageAlt: false });
  const parts = [];
  let hidden;
  const flow = FLOW.has(node.type);
  for (const child of node.children) {
    if (child.type === "html" && !flow) {
      const open = HIDDEN_OPEN.exec(child.value);
      if (!hidden && open && !new RegExp(`</${open[1]}\\s*>`, "i").test(child.value))
        hidden = open[1].toLowerCase();
      else if (hidden && new RegExp(`^</${hidden}\\s*>`, "i").test(child.value)) hidden = void 0;
      else if (!hidden) parts.push(htmlText(child.value));
      continue;
    }
    if (!hidden) parts.push(visibleText(child));
  }
  return parts.join(flow ? "\n\n" : "");
}
var texts = /* @__PURE__ */ new WeakMap();
function readerText(tree) {
  let text = texts.get(tree);
  if (text === void 0) texts.set(tree, text = visibleText(tree));
  return text;
}

// src/lint/reading-time.ts
var WORDS_PER_MINUTE = 400;
function readingMinutes(words) {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

// src/lint/rules/length-rules.ts
var { msg } = lintRuleMessages;
function countWords(text) {
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c >= 13312 && c <= 40959 || c >= 63744 && c <= 64255) {
      n++;
      i++;
      continue;
    }
    if (!isAlnum(c)) {
      i++;
      continue;
    }
    n++;
    while (i < text.length && isAlnum(text.charCodeAt(i))) i++;
    while (isJoiner(text.charCodeAt(i)) && isAlnum(text.charCodeAt(i + 1))) {
      i++;
      while (i < text.length && isAlnum(text.charCodeAt(i))) i++;
    }
  }
  return n;
}
var isAlnum = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
var isJoiner = (c) => c === 46 || c === 39 || c === 8217 || c === 45;
var wordCount = defineLintRule({
  id: "length/word-count",
  severity: "info",
  fixable: false,
  docs: {
    description: "Reports the body length in \u5B57 (Han characters + Latin words, as WeChat counts) and the reading time (\u2248 400 \u5B57/min); warns outside `min`\u2013`max` (300\u20135,000).",
    rationale: "Operators aim for 800\u20131,200 \u5B57: long enough to be worth opening, short enough to finish.",
    bad: "(a 120-\u5B57 article)",
    good: "(a 1,000-\u5B57 article)"
  },
  check: (context) => {
    const text = readerText(context.tree);
    const n = countWords(text);
    const min = typeof context.options.min === "number" ? context.options.min : 300;
    const max = typeof context.options.max === "number" ? context.options.max : 5e3;
    const minutes = readingMinutes(n);
    const place = context.article.block;
    context.report({ message: msg.wordCount({ n, minutes }), place, value: String(n) });
    if (n < min)
      context.report({ message: msg.wordsFew({ n, min }), place, value: String(n), hint: msg.wordsFewHint() });
    if (n > max)
      context.report({
        message: msg.wordsMany({ n, max }),
        place,
        value: String(n),
        hint: msg.wordsManyHint()
      });
  }
});
var characterLimit = defineLintRule({
  id: "length/character-limit",
  severity: "error",
  fixable: false,
  docs: {
    description: "A length cap of the team\u2019s own (option `max`, characters of body text; none by default): WeChat\u2019s own limit is `render/content-too-long`, measured on the rendered text.",
    rationale: "Some accounts keep articles short on purpose; a cap in the config holds every writer to it.",
    bad: "(a 9,000-character article with `max: 8000`)",
    good: "(split into two articles)"
  },
  check: (context) => {
    const max = typeof context.options.max === "number" ? context.options.max : void 0;
    if (max === void 0) return;
    const chars = codePoints(readerText(context.tree).replaceAll("\n\n", "\n"));
    if (chars > max)
      context.report({
        message: msg.characterLimit({ n: chars, max }),
        place: context.article.block,
        value: String(chars),
        hint: msg.splitArticle()
      });
  }
});
var imageCount = defineLintRule({
  id: "length/image-count",
  severity: "warning",
  fixable: false,
  docs: {
    description: "Warns when an article has more images than `max` (default 30).",
    rationale: "Each image is an upload and slows the article down on mobile networks.",
    bad: "(45 images)",
    good: "(a handful of chosen images)"
  },
  check: (context) => {
    let n = 0;
    const walk = (node) => {
      if (node.type === "image") n++;
      for (const c of node.children ?? []) walk(c);
    };
    walk(context.tree);
    const max = typeof context.options.max === "number" ? context.options.max : 30;
    if (n > max)
      context.report({
        message: msg.imageCount({ n, max }),
        place: context.article.block,
        value: String(n),
        hint: msg.imageCountHint()
      });
  }
});
var digestLength = defineLintRule({
  id: "length/digest-length",
  severity: "warning",
  fixable: false,
  docs: {
    description: "Warns when `digest` is longer than a share card shows (`limits.digestWarn`, 54) but within `limits.digestMax`; above `digestMax` (54 by default, DESIGN \xA72; WeChat\u2019s own limit is 120, for sites that raise it) is an error of the content stage.",
    rationale: "The share card cuts the digest after about 54 characters; the rest is only seen in some views.",
    bad: "digest: \uFF08\u4E00\u6BB5 80 \u5B57\u7684\u6458\u8981\uFF09",
    good: "digest: \u4E00\u53E5\u8BDD\u8BF4\u6E05\u8FD9\u7BC7\u6587\u7AE0"
  },
  check: (context) => {
    const digest = context.article.frontmatter.digest;
    const field = context.article.fields.find((f) => f.key === "digest");
    if (typeof digest !== "string" || !field) return;
    const max = typeof context.options.max === "number" ? context.options.max : 54;
    const n = [...digest].length;
    if (n > max) {
      context.report({
        message: msg.digestLength({ n, max }),
        place: field.valuePosition,
        value: digest,
        field: "digest",
        hint: msg.digestLengthHint({ max })
      });
    }
  }
});

export {
  defineLintRule,
  readerText,
  readingMinutes,
  countWords,
  wordCount,
  characterLimit,
  imageCount,
  digestLength
};
