import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-EGI7NAJU.js";
import "./chunk-TENVQZEY.js";
import "./chunk-N76ZDUJV.js";
import "./chunk-PPQIIBQV.js";
import "./chunk-UXI24EUM.js";
import "./chunk-REZKFDAO.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-DLA7MNRC.js";
import "./chunk-PWNPGISI.js";
import "./chunk-LDYINIK6.js";
import "./chunk-JQLIWCQT.js";
import "./chunk-G46FMAAD.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-JTSIKM6E.js";
import "./chunk-E4NIZURH.js";
import "./chunk-W666XFH3.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-DS2PTOKG.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
