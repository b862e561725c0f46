import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
} from "./chunk-LNYUQNCL.js";
import "./chunk-P4KCHI4V.js";
import "./chunk-YDLX56YM.js";
import "./chunk-OVG2RLBT.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-5DCHGX6X.js";
import "./chunk-TWX6WRLW.js";
import "./chunk-PWRWBWTB.js";
import "./chunk-EP4KRDZC.js";
export {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
};
