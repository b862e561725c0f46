import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-KJU24CNS.js";
import "./chunk-CY2MX4BK.js";
import "./chunk-2V2SHTW4.js";
import "./chunk-KIZROGIK.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-DLA7MNRC.js";
import "./chunk-V5G7W6GZ.js";
import "./chunk-LDYINIK6.js";
import "./chunk-JQLIWCQT.js";
import "./chunk-XVITYD3G.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-ROCN63ZT.js";
import "./chunk-IPHXUQ4K.js";
import "./chunk-W666XFH3.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-DS2PTOKG.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
