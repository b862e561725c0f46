import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  CONFIG_NAMES,
  loadConfig
} from "./chunk-N5HKJTMJ.js";
import "./chunk-42Z7RVBT.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-5IIKD7GL.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-CNIVT4DI.js";
import "./chunk-MQ4MJEKL.js";
import "./chunk-ZKLKFDP6.js";
import "./chunk-2W6RZ76N.js";
import "./chunk-EP4KRDZC.js";
export {
  CONFIG_NAMES,
  loadConfig
};
