import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-35PMLAKR.js";
import "./chunk-VI4B3THP.js";
import "./chunk-XYT4ORGK.js";
import "./chunk-RC3AFI3B.js";
import "./chunk-Z3OP4VVG.js";
import "./chunk-CYRCR5P3.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-DLA7MNRC.js";
import "./chunk-LDYINIK6.js";
import "./chunk-JQLIWCQT.js";
import "./chunk-V7IEWHFI.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-UNKSEVJT.js";
import "./chunk-KRF23CV2.js";
import "./chunk-W7CFIX3Q.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-DS2PTOKG.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
