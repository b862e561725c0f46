import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-LCVRJI6Z.js";
import "./chunk-34UVIRG4.js";
import "./chunk-O6HOLWH2.js";
import "./chunk-4GGDBIUI.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-UI5AUGOU.js";
import "./chunk-LDYINIK6.js";
import "./chunk-42Z7RVBT.js";
import "./chunk-RCZ4IK7M.js";
import "./chunk-NRWVFZNO.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-3THEZRCE.js";
import "./chunk-K7TYVW6Z.js";
import "./chunk-2W6RZ76N.js";
import "./chunk-DS2PTOKG.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
