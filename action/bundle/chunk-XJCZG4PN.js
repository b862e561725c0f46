import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-OWRUGBR6.js";
import "./chunk-XABRIDCN.js";
import "./chunk-C3I7JD4K.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-42Z7RVBT.js";
import "./chunk-LDYINIK6.js";
import "./chunk-RCZ4IK7M.js";
import "./chunk-JF4IOYPY.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-326MQ4WK.js";
import "./chunk-XWMTJKCP.js";
import "./chunk-FEN2LMT4.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
