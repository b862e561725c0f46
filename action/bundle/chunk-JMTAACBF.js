import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
} from "./chunk-L4LA3BHH.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-E6QFD6QD.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-7C2SDPNG.js";
import "./chunk-NTOP54CK.js";
import "./chunk-XN5JETZC.js";
import "./chunk-FEN2LMT4.js";
import "./chunk-EP4KRDZC.js";
export {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
};
