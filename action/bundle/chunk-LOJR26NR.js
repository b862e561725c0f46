import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
} from "./chunk-OCM6PU6M.js";
import "./chunk-Y64YN74X.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-XVZTF26N.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-G576H6B5.js";
import "./chunk-ZSCO65PS.js";
import "./chunk-EQ63TVKZ.js";
import "./chunk-EP4KRDZC.js";
export {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
};
