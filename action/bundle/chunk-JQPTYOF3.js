import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-YLOOVN2S.js";
import "./chunk-BISYUUHA.js";
import "./chunk-OTD5UKK5.js";
import "./chunk-VBLPHCHR.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-LDYINIK6.js";
import "./chunk-42Z7RVBT.js";
import "./chunk-RCZ4IK7M.js";
import "./chunk-XVZTF26N.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-G576H6B5.js";
import "./chunk-ZSCO65PS.js";
import "./chunk-EQ63TVKZ.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
