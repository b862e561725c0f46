import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
