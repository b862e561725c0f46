import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
} from "./chunk-3KB7JTI5.js";
import "./chunk-73E46HIV.js";
import "./chunk-YDLX56YM.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-OVG2RLBT.js";
import "./chunk-OEJMVUHU.js";
import "./chunk-FV5QCGHG.js";
import "./chunk-PWRWBWTB.js";
import "./chunk-EP4KRDZC.js";
export {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
};
