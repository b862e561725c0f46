import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  t
} from "./chunk-OWIXN4P4.js";
import "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import {
  previewMessages
} from "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";

// src/cli/listen-error.ts
var { msg } = previewMessages;
function listenErrorMessage(error, host, port, locale = "en") {
  const code = error?.code;
  const where = `${host}:${port}`;
  switch (code) {
    case "EADDRINUSE":
      return t(locale, msg.portInUse({ port, host }));
    case "EACCES":
      return t(locale, msg.noPermission({ where }));
    case "EADDRNOTAVAIL":
      return t(locale, msg.noAddress({ host }));
    default:
      return void 0;
  }
}
export {
  listenErrorMessage
};
