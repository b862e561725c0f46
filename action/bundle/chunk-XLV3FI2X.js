import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  parseYaml
} from "./chunk-AAS5RZ52.js";
import "./chunk-EP4KRDZC.js";
export {
  parseYaml
};
