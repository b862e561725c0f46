import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  LOCALES
} from "./chunk-RGBDA2DB.js";

// src/cli/usage-locale.ts
function flagValue(argv, name) {
  let value;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") break;
    if (arg === name) value = argv[++i];
    else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
  }
  return value;
}
var isLocale = (value) => LOCALES.includes(value);
async function usageLocale(argv, cwd) {
  const flag = flagValue(argv, "--locale");
  return isLocale(flag) ? flag : configLocale(cwd, flagValue(argv, "--config"));
}
async function configLocale(cwd, configPath) {
  try {
    const { loadConfig } = await import("./chunk-S5WOYONC.js");
    const loaded = await loadConfig(cwd, configPath);
    return !loaded.failed && isLocale(loaded.config.locale) ? loaded.config.locale : "en";
  } catch {
    return "en";
  }
}

export {
  usageLocale,
  configLocale
};
