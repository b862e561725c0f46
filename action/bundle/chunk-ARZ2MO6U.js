import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/config/locale-in-text.ts
var LOCALE_IN_TEXT = /["']?\blocale["']?\s*[:=]\s*["'](zh-CN|en)["']/;
function localeInText(text) {
  if (text === void 0) return void 0;
  try {
    const value = JSON.parse(text)?.locale;
    if (value === "zh-CN" || value === "en") return value;
  } catch {
  }
  return LOCALE_IN_TEXT.exec(text)?.[1];
}

export {
  localeInText
};
