import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
} from "./chunk-27H2KHVO.js";
import "./chunk-YTX4BA6S.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-5IIKD7GL.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-CNIVT4DI.js";
import "./chunk-ZKLKFDP6.js";
import "./chunk-2W6RZ76N.js";
import "./chunk-EP4KRDZC.js";
export {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
};
