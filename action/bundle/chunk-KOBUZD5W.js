import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  CONFIG_NAMES,
  loadConfig
} from "./chunk-37MPJQ3D.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-JQLIWCQT.js";
import "./chunk-F6FX7AJT.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-NME2TJLS.js";
import "./chunk-4LZSQAPQ.js";
import "./chunk-OZN5AX7B.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";
export {
  CONFIG_NAMES,
  loadConfig
};
