import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
} from "./chunk-O6DNI6NV.js";
import "./chunk-2Y2JL7V3.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-GKTGANYJ.js";
import "./chunk-2HE3LQZM.js";
import "./chunk-Q6SWAHCR.js";
import "./chunk-LJW2MYIL.js";
import "./chunk-W666XFH3.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";
export {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
};
