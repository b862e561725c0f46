import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-4CLI366V.js";
import "./chunk-34UVIRG4.js";
import "./chunk-OIR2GOYC.js";
import "./chunk-RR4VQOCC.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-DLA7MNRC.js";
import "./chunk-LDYINIK6.js";
import "./chunk-42Z7RVBT.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-VE4HOAIZ.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-DYDMDMU4.js";
import "./chunk-IG4EDCR2.js";
import "./chunk-O5JSVDFR.js";
import "./chunk-DS2PTOKG.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
