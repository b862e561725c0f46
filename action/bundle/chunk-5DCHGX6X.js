import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  renderText
} from "./chunk-TWX6WRLW.js";
import {
  isMessage
} from "./chunk-PWRWBWTB.js";

// src/diagnostics/diagnostic.ts
function quoteValue(value) {
  if (value === void 0) return void 0;
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
function report(file, severity, ruleId, source, message, options = {}) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let msg;
  try {
    msg = file.message(renderText(message), { place: options.place, ruleId, source });
  } finally {
    Error.stackTraceLimit = limit;
  }
  msg.fatal = severity === "error" ? true : severity === "warning" ? false : void 0;
  msg.severity = severity;
  if (options.hint !== void 0) msg.note = renderText(options.hint);
  if (isMessage(message) || isMessage(options.hint)) {
    msg.i18n = {};
    if (isMessage(message)) msg.i18n.message = message;
    if (isMessage(options.hint)) msg.i18n.hint = options.hint;
  }
  if (options.field !== void 0) msg.field = options.field;
  const value = quoteValue(options.value);
  if (value !== void 0) msg.value = value;
  if (options.fix) msg.fix = options.fix;
  return msg;
}
function severityOf(message) {
  const own = message.severity;
  if (own) return own;
  return message.fatal === true ? "error" : message.fatal === false ? "warning" : "info";
}

export {
  quoteValue,
  report,
  severityOf
};
