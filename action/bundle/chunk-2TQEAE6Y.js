import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
} from "./chunk-KQ6F3YWH.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-JLBP2YG2.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-GYLITBTQ.js";
import "./chunk-NIOYPDYH.js";
import "./chunk-OZYIXIAT.js";
import "./chunk-FEN2LMT4.js";
import "./chunk-EP4KRDZC.js";
export {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
};
