import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
} from "./chunk-MMXPTIWJ.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-O5F7NYPH.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-HUKE3GNI.js";
import "./chunk-6MUQDMQ6.js";
import "./chunk-5NSO2XBL.js";
import "./chunk-FEN2LMT4.js";
import "./chunk-EP4KRDZC.js";
export {
  BUILTIN_THEMES,
  listThemes,
  loadTheme
};
