import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  publishErrcodeMessages,
  renderText
} from "./chunk-OWIXN4P4.js";

// src/publish/wechat-errors.ts
var RETRYABLE = /* @__PURE__ */ new Set([-1, 45011]);
var TOKEN_ERRORS = /* @__PURE__ */ new Set([40001, 40014, 42001]);
var INCONCLUSIVE = /* @__PURE__ */ new Set([-1, 45066]);
var isRetryable = (code) => RETRYABLE.has(code);
var isTokenError = (code) => TOKEN_ERRORS.has(code);
var WechatApiError = class extends Error {
  constructor(path, errcode, errmsg, uncertain = false, body = {}) {
    super(`${path}: ${errcode === void 0 ? "" : `errcode ${errcode}, `}${errmsg}`);
    this.path = path;
    this.errcode = errcode;
    this.errmsg = errmsg;
    this.uncertain = uncertain;
    this.body = body;
  }
  path;
  errcode;
  errmsg;
  uncertain;
  body;
  /**
   * WeChat answered and refused: this call did nothing (45028 no quota, 48001, 40007 …). Not a lost
   * answer, and not an answer after an earlier attempt of the same call was lost (`uncertain`).
   */
  get refused() {
    return this.errcode !== void 0 && !this.uncertain && !INCONCLUSIVE.has(this.errcode);
  }
  /** The image an upload failed on: the article and the image's source as written. */
  asset;
  /** A hint that knows more than the errcode (e.g. 40007 for a draft an earlier run prepared). */
  hintOverride;
  /** The hint in English (plain text). */
  get hint() {
    return renderText(this.hintMessage);
  }
  /** The hint as a catalogue message, to be written in the report's locale. */
  get hintMessage() {
    const { msg } = publishErrcodeMessages;
    if (this.hintOverride) return this.hintOverride;
    if (this.errcode === 40007 && /draft is being published/i.test(this.errmsg))
      return msg.draftBeingPublished();
    return this.errcode === void 0 ? msg.unreachable() : msg.hint({ code: this.errcode });
  }
};

export {
  isRetryable,
  isTokenError,
  WechatApiError
};
