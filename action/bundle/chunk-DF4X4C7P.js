import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-LKJZD3TO.js";
import "./chunk-SXHTQ6XN.js";
import "./chunk-TLQLVLIE.js";
import "./chunk-IZ4Y366E.js";
import "./chunk-BWM77KQY.js";
import "./chunk-HZLWEOMM.js";
import "./chunk-MDZAZRJS.js";
import "./chunk-SUXKJEYH.js";
import "./chunk-VZWPW2PM.js";
import "./chunk-X4OV62ST.js";
import "./chunk-NZIE4A7T.js";
import "./chunk-V5G7W6GZ.js";
import "./chunk-LDYINIK6.js";
import "./chunk-JQLIWCQT.js";
import "./chunk-PEA4DY5D.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-2HE3LQZM.js";
import "./chunk-HXRLG5P4.js";
import "./chunk-LGQ3JMAU.js";
import "./chunk-W666XFH3.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-G5RI4KAW.js";
import "./chunk-L5CD6X34.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
