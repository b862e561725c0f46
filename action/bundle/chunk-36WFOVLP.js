import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  previewMessages
} from "./chunk-O5JSVDFR.js";
import "./chunk-EP4KRDZC.js";
export {
  previewMessages
};
