import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
} from "./chunk-RQILOG5U.js";
import "./chunk-I5UKT6YR.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-NRWVFZNO.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-3THEZRCE.js";
import "./chunk-K7TYVW6Z.js";
import "./chunk-2W6RZ76N.js";
import "./chunk-EP4KRDZC.js";
export {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
};
