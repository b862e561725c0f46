import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  severityName
} from "./chunk-F4KFEKCB.js";
import {
  reportMessages,
  t
} from "./chunk-OWIXN4P4.js";

// src/diagnostics/report-markdown.ts
var ICON = { error: "\u{1F534}", warning: "\u{1F7E1}", info: "\u{1F535}" };
function escapeCell(s) {
  return splitCode(s).map((part) => part.code !== void 0 ? codeSpan(part.code) : escapeText(part.text)).join("");
}
function codeSpan(text, inTable = true) {
  const content = text.replace(/\r?\n/g, " ");
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = /^`|`$/.test(content) || /^ [\s\S]* $/.test(content) && content.trim() !== "" ? " " : "";
  return `${fence}${pad}${inTable ? content.replace(/\|/g, "\\|") : content}${pad}${fence}`;
}
function escapeText(text) {
  return text.replace(/[\\`*_[\]~|]/g, "\\$&").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\r?\n/g, "<br>");
}
function splitCode(s) {
  const parts = [];
  let plain = "";
  let i = 0;
  while (i < s.length) {
    if (s[i] !== "`") {
      plain += s[i++];
      continue;
    }
    let n = 0;
    while (s[i + n] === "`") n++;
    const close = findRun(s, i + n, n);
    if (close < 0) {
      plain += s.slice(i, i + n);
      i += n;
      continue;
    }
    if (plain) parts.push({ text: plain });
    plain = "";
    let code = s.slice(i + n, close).replace(/\r?\n/g, " ");
    if (/^ [\s\S]* $/.test(code) && code.trim() !== "") code = code.slice(1, -1);
    parts.push({ text: "", code });
    i = close + n;
  }
  if (plain) parts.push({ text: plain });
  return parts;
}
function findRun(s, from, n) {
  for (let i = from; i < s.length; ) {
    if (s[i] !== "`") {
      i++;
      continue;
    }
    let m = 0;
    while (s[i + m] === "`") m++;
    if (m === n) return i;
    i += m;
  }
  return -1;
}
function reportMarkdown(diagnostics, summary, locale = "en") {
  const { msg } = reportMessages;
  const counts = {
    errors: summary.errors,
    warnings: summary.warnings,
    infos: summary.infos,
    files: summary.files
  };
  const fixable = summary.fixable ? ` \xB7 ${t(locale, msg.fixable({ n: summary.fixable }))}` : "";
  const head = `${t(locale, msg.markdownHead(counts))}${fixable}`;
  if (diagnostics.length === 0) return `${head} \u2705
`;
  const byFile = /* @__PURE__ */ new Map();
  for (const d of diagnostics) byFile.set(d.file, [...byFile.get(d.file) ?? [], d]);
  const parts = [head, ""];
  for (const [file, list] of byFile) {
    parts.push(
      `#### ${codeSpan(file, false)}`,
      "",
      t(locale, msg.markdownColumns()),
      "| ---: | --- | --- | --- |"
    );
    for (const d of list) {
      const msg2 = escapeCell(d.message) + (d.hint ? `<br>_${escapeCell(d.hint)}_` : "");
      parts.push(
        `| ${d.line}:${d.column} | ${ICON[d.severity]} ${severityName(d.severity, locale)} | ${codeSpan(d.ruleId)} | ${msg2} |`
      );
    }
    parts.push("");
  }
  return parts.join("\n");
}

export {
  escapeText,
  reportMarkdown
};
