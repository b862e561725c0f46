import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-QGPJQ5SA.js";
import "./chunk-NIQJEXRE.js";
import "./chunk-BPNDT3CE.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-42Z7RVBT.js";
import "./chunk-LDYINIK6.js";
import "./chunk-RCZ4IK7M.js";
import "./chunk-L75KP5NT.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-3VCJWCH4.js";
import "./chunk-QVVIM7HE.js";
import "./chunk-FEN2LMT4.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
