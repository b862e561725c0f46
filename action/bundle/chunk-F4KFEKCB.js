import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  require_picocolors
} from "./chunk-72RZ5Q3G.js";
import {
  reportMessages,
  t
} from "./chunk-OWIXN4P4.js";
import {
  __toESM
} from "./chunk-EP4KRDZC.js";

// src/diagnostics/report-pretty.ts
var import_picocolors = __toESM(require_picocolors(), 1);
var { msg } = reportMessages;
var PRETTY_PER_RULE = 20;
function capFindings(list, perRule) {
  const seen = /* @__PURE__ */ new Map();
  const hidden = /* @__PURE__ */ new Map();
  const kept = [];
  for (const d of list) {
    const n = d.severity === "error" ? 0 : (seen.get(d.ruleId) ?? 0) + 1;
    if (n > 0) seen.set(d.ruleId, n);
    if (n > perRule) hidden.set(d.ruleId, (hidden.get(d.ruleId) ?? 0) + 1);
    else kept.push(d);
  }
  return { kept, hidden };
}
function severityName(severity, locale = "en") {
  return t(
    locale,
    severity === "error" ? msg.severityError() : severity === "warning" ? msg.severityWarning() : msg.severityInfo()
  );
}
function width(s) {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch
    ) ? 2 : 1;
  return w;
}
function place(d) {
  const start = `${d.line}:${d.column}`;
  if (d.endLine === void 0) return start;
  return d.endLine === d.line ? `${start}-${d.endColumn ?? ""}` : `${start}-${d.endLine}:${d.endColumn ?? ""}`;
}
function reportPretty(diagnostics, summary, options = {}) {
  const c = import_picocolors.default.createColors(options.color === true);
  const locale = options.locale ?? "en";
  const names = {
    error: severityName("error", locale),
    warning: severityName("warning", locale),
    info: severityName("info", locale)
  };
  const sevWidth = Math.max(...Object.values(names).map(width));
  const pad = (s) => s + " ".repeat(sevWidth - width(s));
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  const severities = {
    error: paint.error(pad(names.error)),
    warning: paint.warning(pad(names.warning)),
    info: paint.info(pad(names.info))
  };
  const keep = typeof options.quiet === "object" ? options.quiet.keep : [];
  const shown = options.quiet ? diagnostics.filter((d) => d.severity !== "info" || keep.includes(d.ruleId)) : diagnostics;
  const byFile = /* @__PURE__ */ new Map();
  for (const d of shown) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  let out = "";
  const perRule = options.perRule ?? Number.POSITIVE_INFINITY;
  for (const [file, all] of byFile) {
    const { kept: list, hidden } = capFindings(all, perRule);
    const places = list.map(place);
    const placeWidth = places.reduce((width2, p) => Math.max(width2, p.length), 0);
    const indent = `  ${" ".repeat(placeWidth)}  ${" ".repeat(sevWidth)}  `;
    out += `${c.underline(file)}
`;
    for (let i = 0; i < list.length; i++) {
      const d = list[i];
      out += `  ${places[i].padEnd(placeWidth)}  ${severities[d.severity]}  ${d.message}  ${c.dim(d.ruleId)}
`;
      if (d.hint) out += `${indent}${c.dim(t(locale, msg.hint({ hint: d.hint })))}
`;
    }
    for (const [rule, n] of hidden) out += `  ${c.dim(t(locale, msg.moreOfRule({ n, rule })))}
`;
    out += "\n";
  }
  const mark = summary.errors > 0 ? c.red("\u2716") : summary.warnings > 0 ? c.yellow("\u26A0") : c.green("\u2714");
  out += `${mark} ${t(locale, msg.totals({ errors: summary.errors, warnings: summary.warnings, infos: summary.infos, files: summary.files }))}
`;
  if (summary.fixable) out += `  ${t(locale, msg.fixable({ n: summary.fixable }))}
`;
  return out;
}

export {
  PRETTY_PER_RULE,
  severityName,
  reportPretty
};
