import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  CONFIG_NAMES,
  loadConfig
} from "./chunk-OG4PLNYT.js";
import "./chunk-42Z7RVBT.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-VE4HOAIZ.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-DYDMDMU4.js";
import "./chunk-IG4EDCR2.js";
import "./chunk-O5JSVDFR.js";
import "./chunk-EP4KRDZC.js";
export {
  CONFIG_NAMES,
  loadConfig
};
