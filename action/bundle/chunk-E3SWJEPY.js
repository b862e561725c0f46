import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
} from "./chunk-QCLJLQLJ.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-JF4IOYPY.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-ZEGBYETP.js";
import "./chunk-326MQ4WK.js";
import "./chunk-XWMTJKCP.js";
import "./chunk-FEN2LMT4.js";
import "./chunk-EP4KRDZC.js";
export {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
};
