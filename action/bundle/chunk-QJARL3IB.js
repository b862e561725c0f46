import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  parseYaml
} from "./chunk-7VXFPHBU.js";
import "./chunk-EP4KRDZC.js";
export {
  parseYaml
};
