import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
} from "./chunk-R7I4ZV7V.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-L75KP5NT.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-4MRJHI6E.js";
import "./chunk-3VCJWCH4.js";
import "./chunk-QVVIM7HE.js";
import "./chunk-FEN2LMT4.js";
import "./chunk-EP4KRDZC.js";
export {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
};
