import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  CONFIG_NAMES,
  loadConfig
} from "./chunk-A5EW5TZO.js";
import "./chunk-42Z7RVBT.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-XVZTF26N.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-G576H6B5.js";
import "./chunk-MQ4MJEKL.js";
import "./chunk-ZSCO65PS.js";
import "./chunk-EQ63TVKZ.js";
import "./chunk-EP4KRDZC.js";
export {
  CONFIG_NAMES,
  loadConfig
};
