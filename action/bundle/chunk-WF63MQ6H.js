import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  CONFIG_NAMES,
  loadConfig
} from "./chunk-MEXJRV55.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-JQLIWCQT.js";
import "./chunk-62UMGDYR.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-OTYMRWNT.js";
import "./chunk-EBMVKP7R.js";
import "./chunk-W7CFIX3Q.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";
export {
  CONFIG_NAMES,
  loadConfig
};
