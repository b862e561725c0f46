import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-PGKRX6BP.js";
import "./chunk-3NKBR6QC.js";
import "./chunk-3DGHXMHN.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-IXS4FBYV.js";
import "./chunk-RYILCIE3.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-77KF246I.js";
import "./chunk-OVG2RLBT.js";
import "./chunk-OEJMVUHU.js";
import "./chunk-FV5QCGHG.js";
import "./chunk-PWRWBWTB.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
