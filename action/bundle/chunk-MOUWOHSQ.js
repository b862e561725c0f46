import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
} from "./chunk-4OHL6BKF.js";
import "./chunk-3YNZKNOZ.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-XEV7J7VN.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-7BSCOPR6.js";
import "./chunk-YXXPLIK3.js";
import "./chunk-W666XFH3.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";
export {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
};
