import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-DPNTKR5W.js";
import "./chunk-JSVICS76.js";
import "./chunk-X2VYE7JW.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-42Z7RVBT.js";
import "./chunk-LDYINIK6.js";
import "./chunk-RCZ4IK7M.js";
import "./chunk-JLBP2YG2.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-NIOYPDYH.js";
import "./chunk-OZYIXIAT.js";
import "./chunk-FEN2LMT4.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
