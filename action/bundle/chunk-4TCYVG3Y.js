import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
} from "./chunk-N4XAQPZ6.js";
import "./chunk-V6ISR6IR.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-V7IEWHFI.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-UNKSEVJT.js";
import "./chunk-KRF23CV2.js";
import "./chunk-W7CFIX3Q.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";
export {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
};
