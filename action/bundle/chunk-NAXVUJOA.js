import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
} from "./chunk-XDLWFTPS.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-DRIR6OAT.js";
import "./chunk-AKPTWPSE.js";
import "./chunk-JDLJL7V6.js";
import "./chunk-YYQ4LPWG.js";
import "./chunk-UYG5ZJ2M.js";
import "./chunk-FEN2LMT4.js";
import "./chunk-EP4KRDZC.js";
export {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
};
