import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-6RG3FBAJ.js";
import "./chunk-VI4B3THP.js";
import "./chunk-IZGZ55B5.js";
import "./chunk-RC3AFI3B.js";
import "./chunk-PWLJCIPX.js";
import "./chunk-LEMUJCWR.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-DLA7MNRC.js";
import "./chunk-LDYINIK6.js";
import "./chunk-JQLIWCQT.js";
import "./chunk-62UMGDYR.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-OTYMRWNT.js";
import "./chunk-EBMVKP7R.js";
import "./chunk-W7CFIX3Q.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-DS2PTOKG.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
