import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-MI3F4HJX.js";
import "./chunk-MZQPOHBU.js";
import "./chunk-3ILVPWUU.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-42Z7RVBT.js";
import "./chunk-LDYINIK6.js";
import "./chunk-RCZ4IK7M.js";
import "./chunk-E6QFD6QD.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-NTOP54CK.js";
import "./chunk-XN5JETZC.js";
import "./chunk-FEN2LMT4.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
