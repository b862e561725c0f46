import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
} from "./chunk-7UUYNOIZ.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-YA7KTWE4.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-7U36STZY.js";
import "./chunk-4NHVJLK4.js";
import "./chunk-JJWNTXSG.js";
import "./chunk-FEN2LMT4.js";
import "./chunk-EP4KRDZC.js";
export {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
};
