import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
} from "./chunk-A252JOEH.js";
import "./chunk-CIXOR6C3.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-IAKQBOUI.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-Q3DPTZT4.js";
import "./chunk-3GGWQ5QS.js";
import "./chunk-OZN5AX7B.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";
export {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
};
