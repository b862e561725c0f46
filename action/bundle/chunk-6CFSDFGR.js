import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
} from "./chunk-CBDLZLI5.js";
import "./chunk-RFTXZLSP.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-KAWUAIKW.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-BT33YHP2.js";
import "./chunk-X5YA6HSQ.js";
import "./chunk-2W6RZ76N.js";
import "./chunk-EP4KRDZC.js";
export {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
};
