import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-ORXXKVRV.js";
import "./chunk-BISYUUHA.js";
import "./chunk-7WG3CC5P.js";
import "./chunk-LLGPVITU.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-42Z7RVBT.js";
import "./chunk-LDYINIK6.js";
import "./chunk-RCZ4IK7M.js";
import "./chunk-UOKTAXPZ.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-LA7XCRP3.js";
import "./chunk-D62GFRDD.js";
import "./chunk-FEN2LMT4.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
