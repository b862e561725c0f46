import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  fromRecord
} from "./chunk-DJXUAFTC.js";
import {
  pendingOf,
  severityOf
} from "./chunk-ATHEYLYN.js";
import {
  renderText
} from "./chunk-OWIXN4P4.js";

// src/diagnostics/collect-diagnostics.ts
function fromMessage(message, file, locale = "en") {
  const wx = message;
  const place = message.place;
  const start = place && "start" in place ? place.start : place;
  const end = place && "end" in place ? place.end : void 0;
  const diagnostic = {
    file,
    line: Math.max(1, start?.line ?? 1),
    column: Math.max(1, start?.column ?? 1),
    severity: severityOf(message),
    ruleId: message.ruleId ?? "wxpress/unknown",
    source: message.source ?? "wxpress",
    // `reason` and `note` are the English texts already (`report`)
    message: wx.i18n?.message && locale !== "en" ? renderText(wx.i18n.message, locale, message.reason) : message.reason
  };
  if (end && (end.line !== start?.line || end.column !== start.column)) {
    diagnostic.endLine = end.line;
    diagnostic.endColumn = end.column;
  }
  if (message.note)
    diagnostic.hint = wx.i18n?.hint && locale !== "en" ? renderText(wx.i18n.hint, locale, message.note) : message.note;
  if (wx.field !== void 0) diagnostic.field = wx.field;
  if (wx.value !== void 0) diagnostic.value = wx.value;
  if (wx.fix) diagnostic.fix = wx.fix;
  return diagnostic;
}
var ORDER = { error: 0, warning: 1, info: 2 };
function compareDiagnostics(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || ORDER[a.severity] - ORDER[b.severity] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
function collectDiagnostics(files, locale = "en", keep) {
  const out = [];
  const add = (message, path) => {
    if (!keep || keep(message.source, severityOf(message))) out.push(fromMessage(message, path, locale));
  };
  for (const { file, path } of files) {
    const pending = pendingOf(file);
    for (const message of pending ? pending.base : file.messages) add(message, path);
    for (const entry of pending?.entries ?? []) {
      if (!Array.isArray(entry)) add(entry, path);
      else {
        const record = entry;
        if (!keep || keep(record[2] || void 0, record[0] || "info"))
          out.push(fromRecord(record, path, locale));
      }
    }
  }
  return out.sort(compareDiagnostics);
}

export {
  fromMessage,
  collectDiagnostics
};
