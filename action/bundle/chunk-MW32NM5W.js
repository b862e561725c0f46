import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-WB3A7KHW.js";
import "./chunk-MGBBTH4O.js";
import "./chunk-HS6V3NC4.js";
import "./chunk-F3GYHSGF.js";
import "./chunk-SUXKJEYH.js";
import "./chunk-MDZAZRJS.js";
import "./chunk-VZWPW2PM.js";
import "./chunk-X4OV62ST.js";
import "./chunk-NZIE4A7T.js";
import "./chunk-V5G7W6GZ.js";
import "./chunk-LDYINIK6.js";
import "./chunk-JQLIWCQT.js";
import "./chunk-5FWSN2RR.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-2HE3LQZM.js";
import "./chunk-J5CJTNU7.js";
import "./chunk-3JHFFKUU.js";
import "./chunk-W666XFH3.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-G5RI4KAW.js";
import "./chunk-L5CD6X34.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
