import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  messageIds,
  renderText,
  t
} from "./chunk-K7TYVW6Z.js";
import "./chunk-2W6RZ76N.js";
import "./chunk-EP4KRDZC.js";
export {
  messageIds,
  renderText,
  t
};
