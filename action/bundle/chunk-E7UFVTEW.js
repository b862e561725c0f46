import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-MHW7FHTJ.js";
import "./chunk-IRF7EOAF.js";
import "./chunk-47RSKCGR.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-42Z7RVBT.js";
import "./chunk-LDYINIK6.js";
import "./chunk-RCZ4IK7M.js";
import "./chunk-YA7KTWE4.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-4NHVJLK4.js";
import "./chunk-JJWNTXSG.js";
import "./chunk-FEN2LMT4.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
