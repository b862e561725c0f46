import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  buildVersion,
  packageRepository,
  packageVersion
} from "./chunk-YSZOIMHP.js";
import "./chunk-EP4KRDZC.js";
export {
  buildVersion,
  packageRepository,
  packageVersion
};
