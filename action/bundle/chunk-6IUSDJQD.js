import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-YCAAVD3C.js";
import "./chunk-34UVIRG4.js";
import "./chunk-QHRCJXQS.js";
import "./chunk-5XR53JWL.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-UI5AUGOU.js";
import "./chunk-LDYINIK6.js";
import "./chunk-42Z7RVBT.js";
import "./chunk-RCZ4IK7M.js";
import "./chunk-5IIKD7GL.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-CNIVT4DI.js";
import "./chunk-ZKLKFDP6.js";
import "./chunk-2W6RZ76N.js";
import "./chunk-DS2PTOKG.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
