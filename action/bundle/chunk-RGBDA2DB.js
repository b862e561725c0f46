import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/i18n/message.ts
var LOCALES = ["en", "zh-CN"];
var zhList = (list) => list.split(", ").join("\u3001");
function m(en, zh) {
  return { en, zh };
}
function defineMessages(area, defs) {
  const msg = {};
  const entries = {};
  for (const [key, entry] of Object.entries(defs)) {
    const id = `${area}.${key}`;
    entries[id] = entry;
    msg[key] = (params = {}) => ({ id, params });
  }
  return { msg, entries };
}
function isMessage(text) {
  return typeof text === "object" && text !== null && typeof text.id === "string";
}
var num = (n) => typeof n !== "number" ? n : Number.isSafeInteger(n) && !Object.is(n, -0) ? String(n).replace(THOUSANDS, ",") : n.toLocaleString("en");
var THOUSANDS = /\B(?=(\d{3})+$)/g;

export {
  LOCALES,
  zhList,
  m,
  defineMessages,
  isMessage,
  num
};
