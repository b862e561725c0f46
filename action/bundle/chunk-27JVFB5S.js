import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/schedule/push.ts
function accountPrefix(plan, push) {
  return plan.pushes.some((p) => p.account !== push.account) ? `${push.account} \xB7 ` : "";
}

export {
  accountPrefix
};
