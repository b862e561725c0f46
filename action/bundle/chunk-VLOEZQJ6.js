import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
} from "./chunk-Z7DGENR2.js";
import "./chunk-7O5QWQC7.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-AVMKO2HK.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-WMOLPZYO.js";
import "./chunk-U3VKHFL6.js";
import "./chunk-OZN5AX7B.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";
export {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
};
