import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
} from "./chunk-DKI64OH5.js";
import "./chunk-GYBJM2MY.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-XVITYD3G.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-ROCN63ZT.js";
import "./chunk-IPHXUQ4K.js";
import "./chunk-W666XFH3.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";
export {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
};
