import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-S3DFPNSF.js";
import "./chunk-5RAQ5G5Y.js";
import "./chunk-7K47B7GX.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-42Z7RVBT.js";
import "./chunk-LDYINIK6.js";
import "./chunk-OVG2RLBT.js";
import "./chunk-2DV7PIHG.js";
import "./chunk-RYILCIE3.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-5DCHGX6X.js";
import "./chunk-TWX6WRLW.js";
import "./chunk-PWRWBWTB.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
