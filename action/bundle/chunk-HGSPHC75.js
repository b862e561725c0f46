import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  CONFIG_NAMES,
  loadConfig
} from "./chunk-QRXZISFT.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-ADCGF4S7.js";
import "./chunk-KMEGJNAZ.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-37JXMOQM.js";
import "./chunk-W4KOVQBA.js";
import "./chunk-OZN5AX7B.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";
export {
  CONFIG_NAMES,
  loadConfig
};
