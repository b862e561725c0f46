import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-U6MY3KMN.js";
import "./chunk-TENVQZEY.js";
import "./chunk-HHTUEAY7.js";
import "./chunk-PPQIIBQV.js";
import "./chunk-4BE2E4I5.js";
import "./chunk-DWM2FFEC.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-DLA7MNRC.js";
import "./chunk-PWNPGISI.js";
import "./chunk-LDYINIK6.js";
import "./chunk-JQLIWCQT.js";
import "./chunk-DBNX7LKX.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-H5MWLFSU.js";
import "./chunk-CVCZXHK5.js";
import "./chunk-W666XFH3.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-DS2PTOKG.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
