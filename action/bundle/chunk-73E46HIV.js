import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  report,
  severityOf
} from "./chunk-OEJMVUHU.js";

// src/diagnostics/message-records.ts
function toRecord(message) {
  const extra = message;
  const record = {
    severity: severityOf(message),
    ruleId: message.ruleId ?? "wxpress/unknown",
    source: message.source ?? "wxpress",
    message: extra.i18n?.message ?? message.reason
  };
  if (message.place) record.place = message.place;
  if (message.note) record.hint = extra.i18n?.hint ?? message.note;
  if (extra.field !== void 0) record.field = extra.field;
  if (extra.value !== void 0) record.value = extra.value;
  if (extra.fix !== void 0) record.fix = extra.fix;
  return record;
}
function recordsSince(file, from) {
  return file.messages.slice(from).map(toRecord);
}
function replayRecords(file, records) {
  for (const r of records) {
    report(file, r.severity, r.ruleId, r.source, r.message, {
      place: r.place,
      hint: r.hint,
      field: r.field,
      value: r.value,
      fix: r.fix
    });
  }
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
  try {
    lstatSync(absolute);
  } catch {
    return { kind: "missing" };
  }
  let real;
  try {
    real = realpathSync.native(absolute);
  } catch {
    return { kind: "outside", target: "(a broken symbolic link)" };
  }
  let realWithin;
  try {
    realWithin = realpathSync.native(within);
  } catch {
    return { kind: "missing" };
  }
  const rel = path.relative(realWithin, real);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel) || rel.split(path.sep).includes(".git")) {
    return { kind: "outside", target: real };
  }
  const stats = statSync(real);
  return stats.isFile() ? void 0 : { kind: "not-regular", type: fileType(stats) };
}

export {
  recordsSince,
  replayRecords,
  inspectFile
};
