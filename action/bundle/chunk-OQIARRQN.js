import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-B5L5UQZH.js";
import "./chunk-VI4B3THP.js";
import "./chunk-HX5I5A73.js";
import "./chunk-RC3AFI3B.js";
import "./chunk-RSQKSWQP.js";
import "./chunk-ERG6FZXG.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-DLA7MNRC.js";
import "./chunk-LDYINIK6.js";
import "./chunk-JQLIWCQT.js";
import "./chunk-AEXQPUMQ.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-OTAXLDHN.js";
import "./chunk-YW4QL6O7.js";
import "./chunk-W666XFH3.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-DS2PTOKG.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
