import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-7CNB3Y4Q.js";
import "./chunk-34UVIRG4.js";
import "./chunk-A4Y4RZEY.js";
import "./chunk-CX7M6O55.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-UI5AUGOU.js";
import "./chunk-LDYINIK6.js";
import "./chunk-42Z7RVBT.js";
import "./chunk-RCZ4IK7M.js";
import "./chunk-KAWUAIKW.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-BT33YHP2.js";
import "./chunk-X5YA6HSQ.js";
import "./chunk-2W6RZ76N.js";
import "./chunk-DS2PTOKG.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
