import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  spacedTargetRanges
} from "./chunk-V5G7W6GZ.js";

// src/lint/map-lines.ts
function mapLines(source, start, end, value) {
  const parts = value.split("\n");
  if (parts.length < 2) return void 0;
  const lines = [];
  let pos = start;
  let at = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    if (k > 0) {
      while (pos < end && (source[pos] === " " || source[pos] === "	")) pos++;
      if (source[pos] === "\r") pos++;
      if (source[pos] !== "\n") return void 0;
      pos++;
      let p = pos;
      while (p < end && (source[p] === " " || source[p] === "	" || source[p] === ">")) p++;
      while (p > pos && !source.startsWith(part, p)) p--;
      if (!source.startsWith(part, p)) return void 0;
      pos = p;
      lines.push({ at, offset: pos });
    } else if (!source.startsWith(part, pos)) return void 0;
    pos += part.length;
    at += part.length + 1;
  }
  return pos === end ? lines : void 0;
}

// src/lint/prose-segment.ts
function sourceOffset(segment, index, end = false) {
  const lines = segment.lines;
  if (!lines) return segment.offset + index;
  const probe = end && index > 0 ? index - 1 : index;
  let base = segment.offset;
  let at = 0;
  for (const l of lines) {
    if (l.at > probe) break;
    base = l.offset;
    at = l.at;
  }
  return base + (probe - at) + (end && index > 0 ? 1 : 0);
}

// src/lint/cut-targets.ts
function spacedTargetsIn(markdown, node) {
  const from = node.children[0]?.position?.start.offset;
  const to = node.children.at(-1)?.position?.end.offset;
  if (from === void 0 || to === void 0) return [];
  return spacedTargetRanges(markdown.slice(from, to)).map((r) => ({
    start: r.start + from,
    end: r.end + from
  }));
}
function cutTargets(segment, ranges) {
  const end = segment.offset + segment.text.length + (segment.lines ? Number.POSITIVE_INFINITY : 0);
  if (!ranges.some((r) => r.start < end && r.end > segment.offset)) return [segment];
  const cut = (i) => {
    const at = sourceOffset(segment, i);
    return ranges.some((r) => at >= r.start && at < r.end);
  };
  const out = [];
  let from = -1;
  for (let i = 0; i <= segment.text.length; i++) {
    const keep = i < segment.text.length && !cut(i);
    if (keep && from < 0) from = i;
    if (keep || from < 0) continue;
    out.push(piece(segment, from, i));
    from = -1;
  }
  return out;
}
function piece(segment, from, to) {
  const { lines, afterUrl, ...rest } = segment;
  const inside = lines?.filter((l) => l.at > from && l.at < to).map((l) => ({ at: l.at - from, offset: l.offset }));
  return {
    ...rest,
    text: segment.text.slice(from, to),
    offset: sourceOffset(segment, from),
    ...inside?.length ? { lines: inside } : {},
    ...afterUrl && from === 0 ? { afterUrl } : {}
  };
}

// src/lint/prose.ts
var NOT_PROSE = /* @__PURE__ */ new Set([
  "code",
  "inlineCode",
  "math",
  "inlineMath",
  "html",
  "definition"
]);
var PHRASING = /* @__PURE__ */ new Set([
  "paragraph",
  "heading",
  "tableCell",
  "emphasis",
  "strong",
  "delete",
  "link",
  "linkReference"
]);
var RAW = /^(?:style|script|textarea|pre|code|kbd|samp|svg|math|template|noscript|title|xmp|iframe|object)$/i;
var MARKUP = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<\/?([A-Za-z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>?/g;
var ENTITY = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/g;
function htmlProse(source, start, value) {
  const out = [];
  if (source.slice(start, start + value.length) !== value) return out;
  const push = (from, to) => {
    const text = value.slice(from, to);
    if (!/[^\s]/.test(text)) return;
    let last = 0;
    for (const m of text.matchAll(ENTITY)) {
      if (m.index > last && /\S/.test(text.slice(last, m.index)))
        out.push({ text: text.slice(last, m.index), where: "body", offset: start + from + last, html: true });
      last = m.index + m[0].length;
    }
    if (last < text.length && /\S/.test(text.slice(last)))
      out.push({ text: text.slice(last), where: "body", offset: start + from + last, html: true });
  };
  let pos = 0;
  let raw;
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(value); m; m = MARKUP.exec(value)) {
    const name = m[1]?.toLowerCase();
    if (raw) {
      if (name === raw && m[0].startsWith("</")) {
        raw = void 0;
        pos = m.index + m[0].length;
      }
      continue;
    }
    push(pos, m.index);
    pos = m.index + m[0].length;
    if (name && !m[0].startsWith("</") && !m[0].endsWith("/>") && RAW.test(name)) raw = name;
  }
  if (!raw) push(pos, value.length);
  return out;
}
function titleProse(markdown, image) {
  const start = image.position?.start.offset;
  const end = image.position?.end.offset;
  const title = image.title ?? "";
  if (start === void 0 || end === void 0 || !title.trim()) return [];
  const at = markdown.lastIndexOf(title, end);
  if (at < start || !/^\s*["')]\s*\)$/.test(markdown.slice(at + title.length, end))) return [];
  return [{ text: title, where: "body", offset: at }];
}
function collectProse(article, tree) {
  const out = [];
  const walk = (node) => {
    let afterUrl = false;
    const targets = spacedTargetsIn(article.markdown, node);
    for (const child of node.children) {
      const url = afterUrl;
      afterUrl = false;
      if (child.type === "html" && !PHRASING.has(node.type) && child.position && /[^\x00-\x7f]/.test(child.value)) {
        out.push(...htmlProse(article.markdown, child.position.start.offset ?? -1, child.value));
        continue;
      }
      if (NOT_PROSE.has(child.type)) continue;
      if (child.type === "text") {
        const start = child.position?.start.offset;
        const end = child.position?.end.offset;
        if (start === void 0 || end === void 0) continue;
        if (article.markdown.slice(start, end) === child.value)
          out.push(
            ...cutTargets(
              {
                text: child.value,
                where: "body",
                offset: start,
                ...url ? { afterUrl: true } : {}
              },
              targets
            )
          );
        else {
          const lines = child.value.includes("\n") ? mapLines(article.markdown, start, end, child.value) : void 0;
          if (lines)
            out.push(...cutTargets({ text: child.value, where: "body", offset: start, lines }, targets));
        }
        continue;
      }
      if (child.type === "image" && child.title) {
        out.push(...titleProse(article.markdown, child));
        continue;
      }
      if (child.type === "link") {
        const only = child.children.length === 1 ? child.children[0] : void 0;
        if (only?.type === "text" && child.url.endsWith(only.value)) {
          afterUrl = article.markdown.charAt((child.position?.end.offset ?? 0) - 1) !== ">";
          continue;
        }
      }
      if ("children" in child) walk(child);
    }
  };
  walk(tree);
  for (const where of ["title", "digest", "slogan", "author"]) {
    const value = article.frontmatter[where] ?? (where === "digest" ? article.overlongDigest : void 0);
    const field = article.fields.find((f) => f.key === where);
    if (typeof value === "string" && field)
      out.push({ text: value, where, offset: 0, valuePosition: field.valuePosition });
  }
  return out;
}

export {
  sourceOffset,
  NOT_PROSE,
  collectProse
};
