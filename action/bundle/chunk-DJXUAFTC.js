import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  pendingOf,
  quoteValue,
  report,
  setPending,
  severityOf
} from "./chunk-ATHEYLYN.js";
import {
  renderText
} from "./chunk-OWIXN4P4.js";
import {
  isMessage
} from "./chunk-RGBDA2DB.js";

// src/diagnostics/message-records.ts
function toRecord(message) {
  const extra = message;
  const place = message.place;
  const fix = extra.fix;
  const record = [
    severityOf(message),
    message.ruleId ?? "wxpress/unknown",
    message.source ?? "wxpress",
    extra.i18n?.message ?? message.reason,
    !place ? 0 : "start" in place ? [...point(place.start), ...point(place.end)] : point(place),
    message.note ? extra.i18n?.hint ?? message.note : 0,
    extra.field ?? 0,
    extra.value ?? 0,
    fix ? [fix.line, fix.column, fix.endLine, fix.endColumn, fix.text] : 0
  ];
  while (record.length > 4 && record[record.length - 1] === 0) record.pop();
  return record;
}
var point = (p) => [p.line, p.column, p.offset ?? null];
function recordsSince(file, from) {
  return file.messages.slice(from).map(toRecord);
}
function replayRecords(file, records) {
  let pending = pendingOf(file);
  if (!pending) {
    pending = { base: file.messages, entries: [] };
    setPending(file, pending);
    Object.defineProperty(file, "messages", {
      configurable: true,
      enumerable: true,
      get: () => materialize(file),
      set: (messages) => {
        materialize(file);
        file.messages = messages;
      }
    });
  }
  for (const r of records) if (Array.isArray(r)) pending.entries.push(r);
}
function materialize(file) {
  const pending = pendingOf(file);
  setPending(file, void 0);
  const messages = pending.base;
  Object.defineProperty(file, "messages", {
    configurable: true,
    enumerable: true,
    writable: true,
    value: messages
  });
  for (const entry of pending.entries) {
    if (Array.isArray(entry)) replayRecord(file, entry);
    else messages.push(entry);
  }
  return messages;
}
function replayRecord(file, r) {
  const [severity, ruleId, source, message, place, hint, field, value, fix] = r;
  report(file, severity, ruleId, source, message, {
    place: place ? place.length > 3 ? { start: toPoint(place, 0), end: toPoint(place, 3) } : toPoint(place, 0) : void 0,
    hint: hint || void 0,
    field: field === 0 ? void 0 : field,
    value: value === 0 ? void 0 : value,
    fix: fix ? { line: fix[0], column: fix[1], endLine: fix[2], endColumn: fix[3], text: fix[4] } : void 0
  });
}
function fromRecord(r, file, locale) {
  const [severity, ruleId, source, message, place, hint, field, value, fix] = r;
  const at = place || void 0;
  const diagnostic = {
    file,
    line: Math.max(1, at?.[0] ?? 1),
    column: Math.max(1, at?.[1] ?? 1),
    severity: severity || "info",
    ruleId: ruleId || "wxpress/unknown",
    source: source || "wxpress",
    message: locale !== "en" && isMessage(message) ? renderText(message, locale) : renderText(message)
  };
  if (at && at.length > 3 && (at[3] !== at[0] || at[4] !== at[1])) {
    diagnostic.endLine = at[3];
    diagnostic.endColumn = at[4];
  }
  if (hint) {
    const note = renderText(hint);
    if (note) diagnostic.hint = locale !== "en" && isMessage(hint) ? renderText(hint, locale, note) : note;
  }
  if (field !== 0 && field !== void 0) diagnostic.field = field;
  const quoted = quoteValue(value === 0 ? void 0 : value);
  if (quoted !== void 0) diagnostic.value = quoted;
  if (fix) diagnostic.fix = { line: fix[0], column: fix[1], endLine: fix[2], endColumn: fix[3], text: fix[4] };
  return diagnostic;
}
function toPoint(numbers, at) {
  const offset = numbers[at + 2];
  const p = { line: numbers[at], column: numbers[at + 1] };
  if (typeof offset === "number") p.offset = offset;
  return p;
}

export {
  recordsSince,
  replayRecords,
  fromRecord
};
