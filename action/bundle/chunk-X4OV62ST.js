import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// ../../main/node_modules/devlop/lib/default.js
function ok() {
}

export {
  ok
};
