import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  CONFIG_NAMES,
  loadConfig
} from "./chunk-HPEXAKE7.js";
import "./chunk-42Z7RVBT.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-KAWUAIKW.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-BT33YHP2.js";
import "./chunk-X5YA6HSQ.js";
import "./chunk-2W6RZ76N.js";
import "./chunk-EP4KRDZC.js";
export {
  CONFIG_NAMES,
  loadConfig
};
