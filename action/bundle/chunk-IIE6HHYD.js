import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  CONFIG_NAMES,
  loadConfig
} from "./chunk-73BVYIKW.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-JQLIWCQT.js";
import "./chunk-GKTGANYJ.js";
import "./chunk-2HE3LQZM.js";
import "./chunk-Q6SWAHCR.js";
import "./chunk-LJW2MYIL.js";
import "./chunk-W666XFH3.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";
export {
  CONFIG_NAMES,
  loadConfig
};
