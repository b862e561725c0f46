import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/themes/style-declarations.ts
function parseDeclarations(style) {
  const out = [];
  const push = (raw) => {
    const text = raw.trim();
    if (!text) return;
    const colon = text.indexOf(":");
    out.push({
      property: (colon < 0 ? text : text.slice(0, colon)).trim().toLowerCase(),
      value: colon < 0 ? "" : text.slice(colon + 1).trim(),
      text
    });
  };
  let buf = "";
  let depth = 0;
  let quote = "";
  for (let i = 0; i < style.length; i++) {
    const c = style[i];
    if (c === "\\") {
      buf += c + (style[i + 1] ?? "");
      i++;
      continue;
    }
    if (quote) {
      buf += c;
      if (c === quote) quote = "";
      continue;
    }
    if (c === "/" && style[i + 1] === "*") {
      const end = style.indexOf("*/", i + 2);
      i = end < 0 ? style.length : end + 1;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === ";" && depth === 0) {
      push(buf);
      buf = "";
      continue;
    }
    buf += c;
  }
  push(buf);
  return out;
}
function serializeDeclarations(declarations) {
  return declarations.map((d) => d.text).join(";");
}
function unescapeCss(text) {
  return text.replace(
    /\\([0-9a-f]{1,6})[ \t\n\r\f]?|\\([\s\S])/gi,
    (_, hex, char) => {
      if (char !== void 0) return char;
      const code = Number.parseInt(hex, 16);
      return code > 0 && code <= 1114111 ? String.fromCodePoint(code) : "\uFFFD";
    }
  );
}
var WECHAT_IMAGE = /^https:\/\/mmbiz\.(?:qpic|qlogo)\.cn\//;
function unsafeDeclaration(declaration) {
  const flat = unescapeCss(declaration.text).toLowerCase().replace(/[\s\u0000-\u001f]+/g, "");
  const property = flat.slice(0, Math.max(0, flat.indexOf(":")));
  if (flat.includes("javascript:") || flat.includes("vbscript:"))
    return { kind: "script", reason: "it holds a script URL" };
  if (flat.includes("expression(")) return { kind: "script", reason: "IE `expression()` runs script" };
  if (property === "behavior" || property === "-ms-behavior" || property === "-moz-binding" || flat.includes("-moz-binding"))
    return { kind: "script", reason: "it binds a script to the element" };
  for (const resource of flat.matchAll(
    /(?:^|[^a-z-])(?:url|image|image-set|-webkit-image-set|cross-fade|element|src)\(\s*(['"]?)([^'")]*)/g
  )) {
    const target = resource[2] ?? "";
    if (WECHAT_IMAGE.test(target)) continue;
    if (/^(?:[a-z][a-z\d+.-]*:)?\/\//.test(target))
      return {
        kind: "remote",
        reason: "a remote image in a style is hot-linked: WeChat does not show it and it can track readers"
      };
    if (target.startsWith("data:"))
      return { kind: "data", reason: "WeChat does not show `data:` images embedded in a style" };
    return { kind: "local", reason: "a style cannot load a local file in WeChat" };
  }
  return void 0;
}

export {
  parseDeclarations,
  serializeDeclarations,
  unescapeCss,
  unsafeDeclaration
};
