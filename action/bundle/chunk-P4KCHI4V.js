import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  report,
  severityOf
} from "./chunk-5DCHGX6X.js";

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
  for (const r of records) {
    if (!Array.isArray(r)) continue;
    const [severity, ruleId, source, message, place, hint, field, value, fix] = r;
    report(file, severity, ruleId, source, message, {
      place: place ? place.length > 3 ? { start: toPoint(place, 0), end: toPoint(place, 3) } : toPoint(place, 0) : void 0,
      hint: hint || void 0,
      field: field === 0 ? void 0 : field,
      value: value === 0 ? void 0 : value,
      fix: fix ? { line: fix[0], column: fix[1], endLine: fix[2], endColumn: fix[3], text: fix[4] } : void 0
    });
  }
}
function toPoint(numbers, at) {
  const offset = numbers[at + 2];
  const p = { line: numbers[at], column: numbers[at + 1] };
  if (typeof offset === "number") p.offset = offset;
  return p;
}

// src/core/safe-file.ts
import { lstatSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
function fileType(stats) {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSymbolicLink()) return "a symbolic link";
  return "not a regular file";
}
function inspectFile(absolute, within) {
  let link;
  try {
    link = lstatSync(absolute);
  } catch {
    return { kind: "missing" };
  }
  let real;
  try {
    real = realpathSync.native(absolute);
  } catch {
    return { kind: "outside", target: "(a broken symbolic link)" };
  }
  const realWithin = realRoot(within);
  if (realWithin === void 0) return { kind: "missing" };
  const rel = path.relative(realWithin, real);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel) || rel.split(path.sep).includes(".git")) {
    return { kind: "outside", target: real };
  }
  const stats = real === absolute ? link : statSync(real);
  return stats.isFile() ? void 0 : { kind: "not-regular", type: fileType(stats) };
}
var realRoots = /* @__PURE__ */ new Map();
function realRoot(within) {
  let real = realRoots.get(within);
  if (real === void 0) {
    try {
      real = realpathSync.native(within);
    } catch {
      return void 0;
    }
    if (realRoots.size > 100) realRoots.clear();
    realRoots.set(within, real);
  }
  return real;
}

export {
  recordsSince,
  replayRecords,
  inspectFile
};
