import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
} from "./chunk-2VL3NXYA.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-UOKTAXPZ.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-OE77GNSC.js";
import "./chunk-LA7XCRP3.js";
import "./chunk-D62GFRDD.js";
import "./chunk-FEN2LMT4.js";
import "./chunk-EP4KRDZC.js";
export {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
};
