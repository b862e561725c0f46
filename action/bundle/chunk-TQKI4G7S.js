import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-2ZQFYIHU.js";
import "./chunk-7D3MTS2F.js";
import "./chunk-ZWXVGSVQ.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-42Z7RVBT.js";
import "./chunk-LDYINIK6.js";
import "./chunk-RCZ4IK7M.js";
import "./chunk-O5F7NYPH.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-6MUQDMQ6.js";
import "./chunk-5NSO2XBL.js";
import "./chunk-FEN2LMT4.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
