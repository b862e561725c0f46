import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  writtenTitle
} from "./chunk-YLSJPKLP.js";
import {
  accountPrefix
} from "./chunk-27JVFB5S.js";
import {
  escapeText
} from "./chunk-LMMGZAUM.js";
import {
  withLedgerSnapshot
} from "./chunk-4KW6MAYG.js";
import "./chunk-VHVTHEVT.js";
import "./chunk-7JMQT3C6.js";
import {
  reportUsage
} from "./chunk-KH524RKI.js";
import {
  PRETTY_PER_RULE,
  reportPretty,
  severityName
} from "./chunk-F4KFEKCB.js";
import "./chunk-VH3G5L5R.js";
import {
  checkSite,
  planToJson
} from "./chunk-33OXHCRQ.js";
import "./chunk-YVTT2VMP.js";
import "./chunk-LIUXQTDM.js";
import {
  summarize
} from "./chunk-RBPDBETO.js";
import "./chunk-DAW4CLPE.js";
import "./chunk-5VEVMHFP.js";
import "./chunk-YH4FC4WP.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-72RZ5Q3G.js";
import {
  resolveNow
} from "./chunk-2NWFFI6H.js";
import {
  EXIT,
  useColor
} from "./chunk-5BTLSYB3.js";
import "./chunk-3H6A6EEH.js";
import "./chunk-N2467WQW.js";
import "./chunk-LVMNPJUU.js";
import {
  loadSite
} from "./chunk-S23H6RSW.js";
import "./chunk-QGBYRSYB.js";
import "./chunk-BRDAFRXC.js";
import "./chunk-DJXUAFTC.js";
import "./chunk-F522ZLBN.js";
import "./chunk-UHZN63ZL.js";
import "./chunk-A2AXCRP6.js";
import "./chunk-ARZ2MO6U.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-SUMJWZ6U.js";
import "./chunk-2DVWRVNC.js";
import "./chunk-V5G7W6GZ.js";
import "./chunk-LDYINIK6.js";
import "./chunk-4L3TKDER.js";
import "./chunk-2LHYGFIJ.js";
import {
  cutText
} from "./chunk-7M4XFPZV.js";
import "./chunk-UM7H22DT.js";
import {
  buildVersion
} from "./chunk-YSZOIMHP.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-ATHEYLYN.js";
import {
  formatLocalHuman,
  planMessages,
  pushWhen,
  reportMessages,
  t
} from "./chunk-OWIXN4P4.js";
import "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-EP4KRDZC.js";

// node_modules/nanoid/url-alphabet/index.cjs
var require_url_alphabet = __commonJS({
  "node_modules/nanoid/url-alphabet/index.cjs"(exports, module) {
    var urlAlphabet = "useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict";
    module.exports = { urlAlphabet };
  }
});

// node_modules/nanoid/index.cjs
var require_nanoid = __commonJS({
  "node_modules/nanoid/index.cjs"(exports, module) {
    var crypto = __require("crypto");
    var { urlAlphabet } = require_url_alphabet();
    var POOL_SIZE_MULTIPLIER = 128;
    var pool;
    var poolOffset;
    var fillPool = (bytes) => {
      if (bytes < 0 || bytes > 1024) throw new RangeError("Wrong ID size");
      try {
        if (!pool || pool.length < bytes) {
          pool = Buffer.allocUnsafe(bytes * POOL_SIZE_MULTIPLIER);
          crypto.randomFillSync(pool);
          poolOffset = 0;
        } else if (poolOffset + bytes > pool.length) {
          crypto.randomFillSync(pool);
          poolOffset = 0;
        }
      } catch (e) {
        pool = void 0;
        throw e;
      }
      poolOffset += bytes;
    };
    var random = (bytes) => {
      fillPool(bytes |= 0);
      return pool.subarray(poolOffset - bytes, poolOffset);
    };
    var customRandom = (alphabet, defaultSize, getRandom) => {
      let mask = (2 << 31 - Math.clz32(alphabet.length - 1 | 1)) - 1;
      let step = Math.ceil(1.6 * mask * defaultSize / alphabet.length);
      return (size = defaultSize) => {
        if (size <= 0) return "";
        let id = "";
        while (true) {
          let bytes = getRandom(step);
          let i = step;
          while (i--) {
            id += alphabet[bytes[i] & mask] || "";
            if (id.length === size) return id;
          }
        }
      };
    };
    var customAlphabet = (alphabet, size = 21) => customRandom(alphabet, size, random);
    var nanoid = (size = 21) => {
      fillPool(size |= 0);
      let id = "";
      for (let i = poolOffset - size; i < poolOffset; i++) {
        id += urlAlphabet[pool[i] & 63];
      }
      return id;
    };
    module.exports = { nanoid, customAlphabet, customRandom, urlAlphabet, random };
  }
});

// node_modules/ics/dist/defaults.js
var require_defaults = __commonJS({
  "node_modules/ics/dist/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.headerDefaults = exports.eventDefaults = void 0;
    var _nanoid = require_nanoid();
    var headerDefaults = exports.headerDefaults = function headerDefaults2() {
      return {
        productId: "adamgibbons/ics",
        method: "PUBLISH"
      };
    };
    var eventDefaults = exports.eventDefaults = function eventDefaults2() {
      return {
        title: "Untitled event",
        uid: (0, _nanoid.nanoid)(),
        timestamp: Date.now()
      };
    };
  }
});

// node_modules/ics/dist/pipeline/build.js
var require_build = __commonJS({
  "node_modules/ics/dist/pipeline/build.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.buildEvent = buildEvent;
    exports.buildHeader = buildHeader;
    var _defaults = require_defaults();
    function _typeof(o) {
      "@babel/helpers - typeof";
      return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
        return typeof o2;
      } : function(o2) {
        return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
      }, _typeof(o);
    }
    function _defineProperty(e, r, t2) {
      return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t2, enumerable: true, configurable: true, writable: true }) : e[r] = t2, e;
    }
    function _toPropertyKey(t2) {
      var i = _toPrimitive(t2, "string");
      return "symbol" == _typeof(i) ? i : i + "";
    }
    function _toPrimitive(t2, r) {
      if ("object" != _typeof(t2) || !t2) return t2;
      var e = t2[Symbol.toPrimitive];
      if (void 0 !== e) {
        var i = e.call(t2, r || "default");
        if ("object" != _typeof(i)) return i;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return ("string" === r ? String : Number)(t2);
    }
    function removeUndefined(input) {
      return Object.entries(input).reduce(function(clean, entry) {
        return typeof entry[1] !== "undefined" ? Object.assign(clean, _defineProperty({}, entry[0], entry[1])) : clean;
      }, {});
    }
    function buildHeader() {
      var attributes = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {};
      var output = Object.assign({}, (0, _defaults.headerDefaults)(), attributes);
      return removeUndefined(output);
    }
    function buildEvent() {
      var attributes = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {};
      var output = Object.assign({}, (0, _defaults.eventDefaults)(), attributes);
      return removeUndefined(output);
    }
  }
});

// node_modules/ics/dist/utils/format-date.js
var require_format_date = __commonJS({
  "node_modules/ics/dist/utils/format-date.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = formatDate;
    function _slicedToArray(r, e) {
      return _arrayWithHoles(r) || _iterableToArrayLimit(r, e) || _unsupportedIterableToArray(r, e) || _nonIterableRest();
    }
    function _nonIterableRest() {
      throw new TypeError("Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
    }
    function _unsupportedIterableToArray(r, a) {
      if (r) {
        if ("string" == typeof r) return _arrayLikeToArray(r, a);
        var t2 = {}.toString.call(r).slice(8, -1);
        return "Object" === t2 && r.constructor && (t2 = r.constructor.name), "Map" === t2 || "Set" === t2 ? Array.from(r) : "Arguments" === t2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t2) ? _arrayLikeToArray(r, a) : void 0;
      }
    }
    function _arrayLikeToArray(r, a) {
      (null == a || a > r.length) && (a = r.length);
      for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
      return n;
    }
    function _iterableToArrayLimit(r, l) {
      var t2 = null == r ? null : "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
      if (null != t2) {
        var e, n, i, u, a = [], f = true, o = false;
        try {
          if (i = (t2 = t2.call(r)).next, 0 === l) {
            if (Object(t2) !== t2) return;
            f = false;
          } else for (; !(f = (e = i.call(t2)).done) && (a.push(e.value), a.length !== l); f = true) ;
        } catch (r2) {
          o = true, n = r2;
        } finally {
          try {
            if (!f && null != t2["return"] && (u = t2["return"](), Object(u) !== u)) return;
          } finally {
            if (o) throw n;
          }
        }
        return a;
      }
    }
    function _arrayWithHoles(r) {
      if (Array.isArray(r)) return r;
    }
    var pad = function pad2(n) {
      return n < 10 ? "0".concat(n) : "".concat(n);
    };
    function formatDate() {
      var args = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : [];
      var outputType = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : "utc";
      var inputType = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : "local";
      if (typeof args === "string") {
        return args;
      }
      if (Array.isArray(args) && args.length === 3) {
        var _args = _slicedToArray(args, 3), year = _args[0], month = _args[1], date = _args[2];
        return "".concat(year).concat(pad(month)).concat(pad(date));
      }
      var outDate = /* @__PURE__ */ new Date();
      if (Array.isArray(args) && args.length > 0 && args[0]) {
        var _args2 = _slicedToArray(args, 6), _year = _args2[0], _month = _args2[1], _date = _args2[2], _args2$ = _args2[3], hours = _args2$ === void 0 ? 0 : _args2$, _args2$2 = _args2[4], minutes = _args2$2 === void 0 ? 0 : _args2$2, _args2$3 = _args2[5], seconds = _args2$3 === void 0 ? 0 : _args2$3;
        if (inputType === "local") {
          outDate = new Date(_year, _month - 1, _date, hours, minutes, seconds);
        } else {
          outDate = new Date(Date.UTC(_year, _month - 1, _date, hours, minutes, seconds));
        }
      } else if (!Array.isArray(args)) {
        outDate = new Date(args);
      }
      if (outputType === "local") {
        return [outDate.getFullYear(), pad(outDate.getMonth() + 1), pad(outDate.getDate()), "T", pad(outDate.getHours()), pad(outDate.getMinutes()), pad(outDate.getSeconds())].join("");
      }
      return [outDate.getUTCFullYear(), pad(outDate.getUTCMonth() + 1), pad(outDate.getUTCDate()), "T", pad(outDate.getUTCHours()), pad(outDate.getUTCMinutes()), pad(outDate.getUTCSeconds()), "Z"].join("");
    }
  }
});

// node_modules/ics/dist/utils/set-geolocation.js
var require_set_geolocation = __commonJS({
  "node_modules/ics/dist/utils/set-geolocation.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = setGeolocation;
    function setGeolocation(_ref) {
      var lat = _ref.lat, lon = _ref.lon;
      return "".concat(lat, ";").concat(lon);
    }
  }
});

// node_modules/ics/dist/utils/encode-param-value.js
var require_encode_param_value = __commonJS({
  "node_modules/ics/dist/utils/encode-param-value.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = encodeParamValue;
    function encodeParamValue(value) {
      return '"'.concat(value.replaceAll('"', '\\"'), '"');
    }
  }
});

// node_modules/ics/dist/utils/set-contact.js
var require_set_contact = __commonJS({
  "node_modules/ics/dist/utils/set-contact.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = setContact;
    var _encodeParamValue = _interopRequireDefault(require_encode_param_value());
    function _interopRequireDefault(e) {
      return e && e.__esModule ? e : { "default": e };
    }
    function setContact(_ref) {
      var name = _ref.name, email = _ref.email, rsvp = _ref.rsvp, dir = _ref.dir, partstat = _ref.partstat, role = _ref.role, cutype = _ref.cutype, xNumGuests = _ref.xNumGuests, scheduleAgent = _ref.scheduleAgent;
      var formattedParts = [];
      if (rsvp !== void 0) {
        formattedParts.push(rsvp ? "RSVP=TRUE" : "RSVP=FALSE");
      }
      if (cutype) {
        formattedParts.push("CUTYPE=".concat((0, _encodeParamValue["default"])(cutype)));
      }
      if (xNumGuests !== void 0) {
        formattedParts.push("X-NUM-GUESTS=".concat(xNumGuests));
      }
      if (role) {
        formattedParts.push("ROLE=".concat((0, _encodeParamValue["default"])(role)));
      }
      if (partstat) {
        formattedParts.push("PARTSTAT=".concat((0, _encodeParamValue["default"])(partstat)));
      }
      if (dir) {
        formattedParts.push("DIR=".concat((0, _encodeParamValue["default"])(dir)));
      }
      if (scheduleAgent) {
        formattedParts.push("SCHEDULE-AGENT=".concat((0, _encodeParamValue["default"])(scheduleAgent)));
      }
      formattedParts.push("CN=".concat((0, _encodeParamValue["default"])(name || "Unnamed attendee")));
      var formattedAttendee = formattedParts.join(";").concat(email ? ":mailto:".concat(email) : "");
      return formattedAttendee;
    }
  }
});

// node_modules/ics/dist/utils/set-organizer.js
var require_set_organizer = __commonJS({
  "node_modules/ics/dist/utils/set-organizer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = setOrganizer;
    var _encodeParamValue = _interopRequireDefault(require_encode_param_value());
    function _interopRequireDefault(e) {
      return e && e.__esModule ? e : { "default": e };
    }
    function setOrganizer(_ref) {
      var name = _ref.name, email = _ref.email, dir = _ref.dir, sentBy = _ref.sentBy;
      var formattedOrganizer = "";
      formattedOrganizer += dir ? "DIR=".concat((0, _encodeParamValue["default"])(dir), ";") : "";
      formattedOrganizer += sentBy ? "SENT-BY=".concat((0, _encodeParamValue["default"])("MAILTO:".concat(sentBy)), ";") : "";
      formattedOrganizer += "CN=";
      formattedOrganizer += (0, _encodeParamValue["default"])(name || "Organizer");
      formattedOrganizer += email ? ":MAILTO:".concat(email) : "";
      return formattedOrganizer;
    }
  }
});

// node_modules/runes2/dist/index.cjs.development.cjs
var require_index_cjs_development = __commonJS({
  "node_modules/runes2/dist/index.cjs.development.cjs"(exports, module) {
    "use strict";
    var EnumRunesCode = /* @__PURE__ */ (function(EnumRunesCode2) {
      EnumRunesCode2[EnumRunesCode2["HIGH_SURROGATE_START"] = 55296] = "HIGH_SURROGATE_START";
      EnumRunesCode2[EnumRunesCode2["HIGH_SURROGATE_END"] = 56319] = "HIGH_SURROGATE_END";
      EnumRunesCode2[EnumRunesCode2["LOW_SURROGATE_START"] = 56320] = "LOW_SURROGATE_START";
      EnumRunesCode2[EnumRunesCode2["REGIONAL_INDICATOR_START"] = 127462] = "REGIONAL_INDICATOR_START";
      EnumRunesCode2[EnumRunesCode2["REGIONAL_INDICATOR_END"] = 127487] = "REGIONAL_INDICATOR_END";
      EnumRunesCode2[EnumRunesCode2["FITZPATRICK_MODIFIER_START"] = 127995] = "FITZPATRICK_MODIFIER_START";
      EnumRunesCode2[EnumRunesCode2["FITZPATRICK_MODIFIER_END"] = 127999] = "FITZPATRICK_MODIFIER_END";
      EnumRunesCode2[EnumRunesCode2["VARIATION_MODIFIER_START"] = 65024] = "VARIATION_MODIFIER_START";
      EnumRunesCode2[EnumRunesCode2["VARIATION_MODIFIER_END"] = 65039] = "VARIATION_MODIFIER_END";
      EnumRunesCode2[EnumRunesCode2["DIACRITICAL_MARKS_START"] = 8400] = "DIACRITICAL_MARKS_START";
      EnumRunesCode2[EnumRunesCode2["DIACRITICAL_MARKS_END"] = 8447] = "DIACRITICAL_MARKS_END";
      EnumRunesCode2[EnumRunesCode2["SUBDIVISION_INDICATOR_START"] = 127988] = "SUBDIVISION_INDICATOR_START";
      EnumRunesCode2[EnumRunesCode2["TAGS_START"] = 917504] = "TAGS_START";
      EnumRunesCode2[EnumRunesCode2["TAGS_END"] = 917631] = "TAGS_END";
      EnumRunesCode2[EnumRunesCode2["ZWJ"] = 8205] = "ZWJ";
      return EnumRunesCode2;
    })({});
    var GRAPHEMES = /* @__PURE__ */ Object.freeze([776, 2359, 2367, 2984, 3007, 3021, 3633, 3635, 3648, 3657, 4352, 4449, 4520]);
    var EnumCodeUnits = /* @__PURE__ */ (function(EnumCodeUnits2) {
      EnumCodeUnits2[EnumCodeUnits2["unit_1"] = 1] = "unit_1";
      EnumCodeUnits2[EnumCodeUnits2["unit_2"] = 2] = "unit_2";
      EnumCodeUnits2[EnumCodeUnits2["unit_4"] = 4] = "unit_4";
      return EnumCodeUnits2;
    })({});
    function runes(string) {
      if (typeof string !== "string") {
        throw new TypeError("string cannot be undefined or null");
      }
      const result = [];
      let i = 0;
      let increment = 0;
      while (i < string.length) {
        increment += nextUnits(i + increment, string);
        if (isGrapheme(string[i + increment])) {
          increment++;
        }
        if (isVariationSelector(string[i + increment])) {
          increment++;
        }
        if (isDiacriticalMark(string[i + increment])) {
          increment++;
        }
        if (isZeroWidthJoiner(string[i + increment])) {
          increment++;
          continue;
        }
        result.push(string.substring(i, i + increment));
        i += increment;
        increment = 0;
      }
      return result;
    }
    function nextUnits(i, string) {
      const current = string[i];
      if (!isFirstOfSurrogatePair(current) || i === string.length - 1) {
        return EnumCodeUnits.unit_1;
      }
      const currentPair = current + string[i + 1];
      let nextPair = string.substring(i + 2, i + 5);
      if (isRegionalIndicator(currentPair) && isRegionalIndicator(nextPair)) {
        return EnumCodeUnits.unit_4;
      }
      if (isSubdivisionFlag(currentPair) && isSupplementarySpecialpurposePlane(nextPair)) {
        return string.slice(i).indexOf(String.fromCodePoint(EnumRunesCode.TAGS_END)) + 2;
      }
      if (isFitzpatrickModifier(nextPair)) {
        return EnumCodeUnits.unit_4;
      }
      return EnumCodeUnits.unit_2;
    }
    function isFirstOfSurrogatePair(string) {
      return string && betweenInclusive(string[0].charCodeAt(0), EnumRunesCode.HIGH_SURROGATE_START, EnumRunesCode.HIGH_SURROGATE_END);
    }
    function isRegionalIndicator(string) {
      return betweenInclusive(codePointFromSurrogatePair(string), EnumRunesCode.REGIONAL_INDICATOR_START, EnumRunesCode.REGIONAL_INDICATOR_END);
    }
    function isSubdivisionFlag(string) {
      return betweenInclusive(codePointFromSurrogatePair(string), EnumRunesCode.SUBDIVISION_INDICATOR_START, EnumRunesCode.SUBDIVISION_INDICATOR_START);
    }
    function isFitzpatrickModifier(string) {
      return betweenInclusive(codePointFromSurrogatePair(string), EnumRunesCode.FITZPATRICK_MODIFIER_START, EnumRunesCode.FITZPATRICK_MODIFIER_END);
    }
    function isVariationSelector(string) {
      return typeof string === "string" && betweenInclusive(string.charCodeAt(0), EnumRunesCode.VARIATION_MODIFIER_START, EnumRunesCode.VARIATION_MODIFIER_END);
    }
    function isDiacriticalMark(string) {
      return typeof string === "string" && betweenInclusive(string.charCodeAt(0), EnumRunesCode.DIACRITICAL_MARKS_START, EnumRunesCode.DIACRITICAL_MARKS_END);
    }
    function isSupplementarySpecialpurposePlane(string) {
      const codePoint = string.codePointAt(0);
      return typeof string === "string" && typeof codePoint === "number" && betweenInclusive(codePoint, EnumRunesCode.TAGS_START, EnumRunesCode.TAGS_END);
    }
    function isGrapheme(string) {
      return typeof string === "string" && GRAPHEMES.includes(string.charCodeAt(0));
    }
    function isZeroWidthJoiner(string) {
      return typeof string === "string" && string.charCodeAt(0) === EnumRunesCode.ZWJ;
    }
    function codePointFromSurrogatePair(pair) {
      const highOffset = pair.charCodeAt(0) - EnumRunesCode.HIGH_SURROGATE_START;
      const lowOffset = pair.charCodeAt(1) - EnumRunesCode.LOW_SURROGATE_START;
      return (highOffset << 10) + lowOffset + 65536;
    }
    function betweenInclusive(value, lower, upper) {
      return value >= lower && value <= upper;
    }
    function substring(string, start, width) {
      const chars = runes(string);
      if (start === void 0) {
        return string;
      }
      if (start >= chars.length) {
        return "";
      }
      const rest = chars.length - start;
      const stringWidth = width === void 0 ? rest : width;
      let endIndex = start + stringWidth;
      if (endIndex > start + rest) {
        endIndex = void 0;
      }
      return chars.slice(start, endIndex).join("");
    }
    {
      Object.defineProperty(runes, "runes", {
        value: runes
      });
      Object.defineProperty(runes, "default", {
        value: runes
      });
      Object.defineProperty(runes, "__esModule", {
        value: true
      });
      Object.defineProperty(runes, "substr", {
        value: substring
      });
      Object.defineProperty(runes, "substring", {
        value: substring
      });
      Object.defineProperty(runes, "EnumRunesCode", {
        value: EnumRunesCode
      });
      Object.defineProperty(runes, "EnumCodeUnits", {
        value: EnumCodeUnits
      });
      Object.defineProperty(runes, "GRAPHEMES", {
        value: GRAPHEMES
      });
    }
    module.exports = runes;
  }
});

// node_modules/runes2/dist/index.cjs.production.min.cjs
var require_index_cjs_production_min = __commonJS({
  "node_modules/runes2/dist/index.cjs.production.min.cjs"(exports, module) {
    "use strict";
    var e = /* @__PURE__ */ (function(e2) {
      return e2[e2.HIGH_SURROGATE_START = 55296] = "HIGH_SURROGATE_START", e2[e2.HIGH_SURROGATE_END = 56319] = "HIGH_SURROGATE_END", e2[e2.LOW_SURROGATE_START = 56320] = "LOW_SURROGATE_START", e2[e2.REGIONAL_INDICATOR_START = 127462] = "REGIONAL_INDICATOR_START", e2[e2.REGIONAL_INDICATOR_END = 127487] = "REGIONAL_INDICATOR_END", e2[e2.FITZPATRICK_MODIFIER_START = 127995] = "FITZPATRICK_MODIFIER_START", e2[e2.FITZPATRICK_MODIFIER_END = 127999] = "FITZPATRICK_MODIFIER_END", e2[e2.VARIATION_MODIFIER_START = 65024] = "VARIATION_MODIFIER_START", e2[e2.VARIATION_MODIFIER_END = 65039] = "VARIATION_MODIFIER_END", e2[e2.DIACRITICAL_MARKS_START = 8400] = "DIACRITICAL_MARKS_START", e2[e2.DIACRITICAL_MARKS_END = 8447] = "DIACRITICAL_MARKS_END", e2[e2.SUBDIVISION_INDICATOR_START = 127988] = "SUBDIVISION_INDICATOR_START", e2[e2.TAGS_START = 917504] = "TAGS_START", e2[e2.TAGS_END = 917631] = "TAGS_END", e2[e2.ZWJ = 8205] = "ZWJ", e2;
    })({});
    var n = /* @__PURE__ */ Object.freeze([776, 2359, 2367, 2984, 3007, 3021, 3633, 3635, 3648, 3657, 4352, 4449, 4520]);
    var t2 = /* @__PURE__ */ (function(e2) {
      return e2[e2.unit_1 = 1] = "unit_1", e2[e2.unit_2 = 2] = "unit_2", e2[e2.unit_4 = 4] = "unit_4", e2;
    })({});
    function runes(e2) {
      if ("string" != typeof e2) throw new TypeError("string cannot be undefined or null");
      const n2 = [];
      let t3 = 0, r = 0;
      for (; t3 < e2.length; ) r += nextUnits(t3 + r, e2), isGrapheme(e2[t3 + r]) && r++, isVariationSelector(e2[t3 + r]) && r++, isDiacriticalMark(e2[t3 + r]) && r++, isZeroWidthJoiner(e2[t3 + r]) ? r++ : (n2.push(e2.substring(t3, t3 + r)), t3 += r, r = 0);
      return n2;
    }
    function nextUnits(n2, r) {
      const i = r[n2];
      if (!(function isFirstOfSurrogatePair(n3) {
        return n3 && betweenInclusive(n3[0].charCodeAt(0), e.HIGH_SURROGATE_START, e.HIGH_SURROGATE_END);
      })(i) || n2 === r.length - 1) return t2.unit_1;
      const I = i + r[n2 + 1];
      let A = r.substring(n2 + 2, n2 + 5);
      return isRegionalIndicator(I) && isRegionalIndicator(A) ? t2.unit_4 : (function isSubdivisionFlag(n3) {
        return betweenInclusive(codePointFromSurrogatePair(n3), e.SUBDIVISION_INDICATOR_START, e.SUBDIVISION_INDICATOR_START);
      })(I) && (function isSupplementarySpecialpurposePlane(n3) {
        const t3 = n3.codePointAt(0);
        return "string" == typeof n3 && "number" == typeof t3 && betweenInclusive(t3, e.TAGS_START, e.TAGS_END);
      })(A) ? r.slice(n2).indexOf(String.fromCodePoint(e.TAGS_END)) + 2 : (function isFitzpatrickModifier(n3) {
        return betweenInclusive(codePointFromSurrogatePair(n3), e.FITZPATRICK_MODIFIER_START, e.FITZPATRICK_MODIFIER_END);
      })(A) ? t2.unit_4 : t2.unit_2;
    }
    function isRegionalIndicator(n2) {
      return betweenInclusive(codePointFromSurrogatePair(n2), e.REGIONAL_INDICATOR_START, e.REGIONAL_INDICATOR_END);
    }
    function isVariationSelector(n2) {
      return "string" == typeof n2 && betweenInclusive(n2.charCodeAt(0), e.VARIATION_MODIFIER_START, e.VARIATION_MODIFIER_END);
    }
    function isDiacriticalMark(n2) {
      return "string" == typeof n2 && betweenInclusive(n2.charCodeAt(0), e.DIACRITICAL_MARKS_START, e.DIACRITICAL_MARKS_END);
    }
    function isGrapheme(e2) {
      return "string" == typeof e2 && n.includes(e2.charCodeAt(0));
    }
    function isZeroWidthJoiner(n2) {
      return "string" == typeof n2 && n2.charCodeAt(0) === e.ZWJ;
    }
    function codePointFromSurrogatePair(n2) {
      return (n2.charCodeAt(0) - e.HIGH_SURROGATE_START << 10) + (n2.charCodeAt(1) - e.LOW_SURROGATE_START) + 65536;
    }
    function betweenInclusive(e2, n2, t3) {
      return e2 >= n2 && e2 <= t3;
    }
    function substring(e2, n2, t3) {
      const r = runes(e2);
      if (void 0 === n2) return e2;
      if (n2 >= r.length) return "";
      const i = r.length - n2;
      let I = n2 + (void 0 === t3 ? i : t3);
      return I > n2 + i && (I = void 0), r.slice(n2, I).join("");
    }
    Object.defineProperty(runes, "runes", {
      value: runes
    }), Object.defineProperty(runes, "default", {
      value: runes
    }), Object.defineProperty(runes, "__esModule", {
      value: true
    }), Object.defineProperty(runes, "substr", {
      value: substring
    }), Object.defineProperty(runes, "substring", {
      value: substring
    }), Object.defineProperty(runes, "EnumRunesCode", {
      value: e
    }), Object.defineProperty(runes, "EnumCodeUnits", {
      value: t2
    }), Object.defineProperty(runes, "GRAPHEMES", {
      value: n
    }), module.exports = runes;
  }
});

// node_modules/runes2/dist/index.cjs
var require_dist = __commonJS({
  "node_modules/runes2/dist/index.cjs"(exports, module) {
    "use strict";
    if (typeof process !== "undefined" && process.env.NODE_ENV !== "production") {
      module.exports = require_index_cjs_development();
    } else {
      module.exports = require_index_cjs_production_min();
    }
  }
});

// node_modules/ics/dist/utils/fold-line.js
var require_fold_line = __commonJS({
  "node_modules/ics/dist/utils/fold-line.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = foldLine2;
    var _runes = require_dist();
    function foldLine2(line) {
      var parts = [];
      var length = 75;
      while ((0, _runes.runes)(line).length > length) {
        parts.push((0, _runes.substring)(line, 0, length));
        line = (0, _runes.substring)(line, length);
        length = 74;
      }
      parts.push(line);
      return parts.join("\r\n	");
    }
  }
});

// node_modules/ics/dist/utils/encode-new-lines.js
var require_encode_new_lines = __commonJS({
  "node_modules/ics/dist/utils/encode-new-lines.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = encodeNewLines;
    function encodeNewLines(text) {
      return text.replace(/\r?\n/gm, "\\n");
    }
  }
});

// node_modules/ics/dist/utils/set-alarm.js
var require_set_alarm = __commonJS({
  "node_modules/ics/dist/utils/set-alarm.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = setAlarm;
    var _formatDate = _interopRequireDefault(require_format_date());
    var _foldLine = _interopRequireDefault(require_fold_line());
    var _encodeNewLines = _interopRequireDefault(require_encode_new_lines());
    function _interopRequireDefault(e) {
      return e && e.__esModule ? e : { "default": e };
    }
    function setDuration(_ref) {
      var weeks = _ref.weeks, days = _ref.days, hours = _ref.hours, minutes = _ref.minutes, seconds = _ref.seconds;
      var formattedString = "P";
      formattedString += weeks ? "".concat(weeks, "W") : "";
      formattedString += days ? "".concat(days, "D") : "";
      formattedString += "T";
      formattedString += hours ? "".concat(hours, "H") : "";
      formattedString += minutes ? "".concat(minutes, "M") : "";
      formattedString += seconds ? "".concat(seconds, "S") : "";
      return formattedString;
    }
    function setTrigger(trigger) {
      var formattedString = "";
      if (Array.isArray(trigger) || typeof trigger === "number" || typeof trigger === "string") {
        formattedString = "TRIGGER;VALUE=DATE-TIME:".concat((0, _encodeNewLines["default"])((0, _formatDate["default"])(trigger)), "\r\n");
      } else {
        var alert = trigger.before ? "-" : "";
        formattedString = "TRIGGER:".concat((0, _encodeNewLines["default"])(alert + setDuration(trigger)), "\r\n");
      }
      return formattedString;
    }
    function setAction(action) {
      return action.toUpperCase();
    }
    function setAlarm() {
      var attributes = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {};
      var action = attributes.action, repeat = attributes.repeat, description = attributes.description, duration = attributes.duration, attach = attributes.attach, attachType = attributes.attachType, trigger = attributes.trigger, summary = attributes.summary;
      var formattedString = "BEGIN:VALARM\r\n";
      formattedString += (0, _foldLine["default"])("ACTION:".concat((0, _encodeNewLines["default"])(setAction(action)))) + "\r\n";
      formattedString += repeat ? (0, _foldLine["default"])("REPEAT:".concat(repeat)) + "\r\n" : "";
      formattedString += description ? (0, _foldLine["default"])("DESCRIPTION:".concat((0, _encodeNewLines["default"])(description))) + "\r\n" : "";
      formattedString += duration ? (0, _foldLine["default"])("DURATION:".concat(setDuration(duration))) + "\r\n" : "";
      var attachInfo = attachType ? attachType : "FMTTYPE=audio/basic";
      formattedString += attach ? (0, _foldLine["default"])((0, _encodeNewLines["default"])("ATTACH;".concat(attachInfo, ":").concat(attach))) + "\r\n" : "";
      formattedString += trigger ? setTrigger(trigger) : "";
      formattedString += summary ? (0, _foldLine["default"])("SUMMARY:".concat((0, _encodeNewLines["default"])(summary))) + "\r\n" : "";
      formattedString += "END:VALARM\r\n";
      return formattedString;
    }
  }
});

// node_modules/ics/dist/utils/format-text.js
var require_format_text = __commonJS({
  "node_modules/ics/dist/utils/format-text.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = formatText;
    function formatText(text) {
      return text.replace(/\\/gm, "\\\\").replace(/\r?\n/gm, "\\n").replace(/;/gm, "\\;").replace(/,/gm, "\\,");
    }
  }
});

// node_modules/ics/dist/utils/set-description.js
var require_set_description = __commonJS({
  "node_modules/ics/dist/utils/set-description.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = setDescription;
    var _formatText = _interopRequireDefault(require_format_text());
    function _interopRequireDefault(e) {
      return e && e.__esModule ? e : { "default": e };
    }
    function setDescription(description) {
      return (0, _formatText["default"])(description);
    }
  }
});

// node_modules/ics/dist/utils/set-summary.js
var require_set_summary = __commonJS({
  "node_modules/ics/dist/utils/set-summary.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = setSummary;
    var _formatText = _interopRequireDefault(require_format_text());
    function _interopRequireDefault(e) {
      return e && e.__esModule ? e : { "default": e };
    }
    function setSummary(summary) {
      return (0, _formatText["default"])(summary);
    }
  }
});

// node_modules/ics/dist/utils/format-duration.js
var require_format_duration = __commonJS({
  "node_modules/ics/dist/utils/format-duration.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = formatDuration;
    function formatDuration() {
      var attributes = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {};
      var weeks = attributes.weeks, days = attributes.days, hours = attributes.hours, minutes = attributes.minutes, seconds = attributes.seconds;
      var formattedDuration = "P";
      formattedDuration += weeks ? "".concat(weeks, "W") : "";
      formattedDuration += days ? "".concat(days, "D") : "";
      formattedDuration += "T";
      formattedDuration += hours ? "".concat(hours, "H") : "";
      formattedDuration += minutes ? "".concat(minutes, "M") : "";
      formattedDuration += seconds ? "".concat(seconds, "S") : "";
      return formattedDuration;
    }
  }
});

// node_modules/ics/dist/utils/set-location.js
var require_set_location = __commonJS({
  "node_modules/ics/dist/utils/set-location.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = setLocation;
    var _formatText = _interopRequireDefault(require_format_text());
    function _interopRequireDefault(e) {
      return e && e.__esModule ? e : { "default": e };
    }
    function setLocation(location) {
      return (0, _formatText["default"])(location);
    }
  }
});

// node_modules/ics/dist/utils/index.js
var require_utils = __commonJS({
  "node_modules/ics/dist/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    Object.defineProperty(exports, "encodeParamValue", {
      enumerable: true,
      get: function get() {
        return _encodeParamValue["default"];
      }
    });
    Object.defineProperty(exports, "foldLine", {
      enumerable: true,
      get: function get() {
        return _foldLine["default"];
      }
    });
    Object.defineProperty(exports, "formatDate", {
      enumerable: true,
      get: function get() {
        return _formatDate["default"];
      }
    });
    Object.defineProperty(exports, "formatDuration", {
      enumerable: true,
      get: function get() {
        return _formatDuration["default"];
      }
    });
    Object.defineProperty(exports, "setAlarm", {
      enumerable: true,
      get: function get() {
        return _setAlarm["default"];
      }
    });
    Object.defineProperty(exports, "setContact", {
      enumerable: true,
      get: function get() {
        return _setContact["default"];
      }
    });
    Object.defineProperty(exports, "setDescription", {
      enumerable: true,
      get: function get() {
        return _setDescription["default"];
      }
    });
    Object.defineProperty(exports, "setGeolocation", {
      enumerable: true,
      get: function get() {
        return _setGeolocation["default"];
      }
    });
    Object.defineProperty(exports, "setLocation", {
      enumerable: true,
      get: function get() {
        return _setLocation["default"];
      }
    });
    Object.defineProperty(exports, "setOrganizer", {
      enumerable: true,
      get: function get() {
        return _setOrganizer["default"];
      }
    });
    Object.defineProperty(exports, "setSummary", {
      enumerable: true,
      get: function get() {
        return _setSummary["default"];
      }
    });
    var _formatDate = _interopRequireDefault(require_format_date());
    var _setGeolocation = _interopRequireDefault(require_set_geolocation());
    var _setContact = _interopRequireDefault(require_set_contact());
    var _setOrganizer = _interopRequireDefault(require_set_organizer());
    var _setAlarm = _interopRequireDefault(require_set_alarm());
    var _setDescription = _interopRequireDefault(require_set_description());
    var _setSummary = _interopRequireDefault(require_set_summary());
    var _formatDuration = _interopRequireDefault(require_format_duration());
    var _foldLine = _interopRequireDefault(require_fold_line());
    var _setLocation = _interopRequireDefault(require_set_location());
    var _encodeParamValue = _interopRequireDefault(require_encode_param_value());
    function _interopRequireDefault(e) {
      return e && e.__esModule ? e : { "default": e };
    }
  }
});

// node_modules/ics/dist/pipeline/format.js
var require_format = __commonJS({
  "node_modules/ics/dist/pipeline/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.formatEvent = formatEvent;
    exports.formatFooter = formatFooter;
    exports.formatHeader = formatHeader;
    var _utils = require_utils();
    var _encodeNewLines = _interopRequireDefault(require_encode_new_lines());
    function _interopRequireDefault(e) {
      return e && e.__esModule ? e : { "default": e };
    }
    function formatHeader() {
      var attributes = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {};
      var productId = attributes.productId, method = attributes.method, calName = attributes.calName;
      var icsFormat = "";
      icsFormat += "BEGIN:VCALENDAR\r\n";
      icsFormat += "VERSION:2.0\r\n";
      icsFormat += "CALSCALE:GREGORIAN\r\n";
      icsFormat += (0, _utils.foldLine)("PRODID:".concat((0, _encodeNewLines["default"])(productId))) + "\r\n";
      icsFormat += method ? (0, _utils.foldLine)("METHOD:".concat((0, _encodeNewLines["default"])(method))) + "\r\n" : "";
      icsFormat += calName ? (0, _utils.foldLine)("X-WR-CALNAME:".concat((0, _encodeNewLines["default"])(calName))) + "\r\n" : "";
      icsFormat += "X-PUBLISHED-TTL:PT1H\r\n";
      return icsFormat;
    }
    function formatFooter() {
      return "END:VCALENDAR\r\n";
    }
    function formatEvent() {
      var attributes = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {};
      var title = attributes.title, uid = attributes.uid, sequence = attributes.sequence, timestamp = attributes.timestamp, start = attributes.start, startType = attributes.startType, startInputType = attributes.startInputType, startOutputType = attributes.startOutputType, duration = attributes.duration, end = attributes.end, endInputType = attributes.endInputType, endOutputType = attributes.endOutputType, description = attributes.description, url = attributes.url, geo = attributes.geo, location = attributes.location, status = attributes.status, categories = attributes.categories, organizer = attributes.organizer, attendees = attributes.attendees, alarms = attributes.alarms, recurrenceRule = attributes.recurrenceRule, exclusionDates = attributes.exclusionDates, busyStatus = attributes.busyStatus, transp = attributes.transp, classification = attributes.classification, created = attributes.created, lastModified = attributes.lastModified, htmlContent = attributes.htmlContent, recurrenceId = attributes.recurrenceId;
      var icsFormat = "";
      icsFormat += "BEGIN:VEVENT\r\n";
      icsFormat += (0, _utils.foldLine)("UID:".concat((0, _encodeNewLines["default"])(uid))) + "\r\n";
      icsFormat += title ? (0, _utils.foldLine)("SUMMARY:".concat((0, _encodeNewLines["default"])((0, _utils.setSummary)(title)))) + "\r\n" : "";
      icsFormat += (0, _utils.foldLine)("DTSTAMP:".concat((0, _encodeNewLines["default"])((0, _utils.formatDate)(timestamp)))) + "\r\n";
      icsFormat += (0, _utils.foldLine)("DTSTART".concat(start && start.length == 3 ? ";VALUE=DATE" : "", ":").concat((0, _encodeNewLines["default"])((0, _utils.formatDate)(start, startOutputType || startType, startInputType)))) + "\r\n";
      if (!end || end.length !== 3 || start.length !== end.length || start.some(function(val, i) {
        return val !== end[i];
      })) {
        if (end) {
          icsFormat += (0, _utils.foldLine)("DTEND".concat(end.length === 3 ? ";VALUE=DATE" : "", ":").concat((0, _encodeNewLines["default"])((0, _utils.formatDate)(end, endOutputType || startOutputType || startType, endInputType || startInputType)))) + "\r\n";
        }
      }
      icsFormat += typeof sequence !== "undefined" ? "SEQUENCE:".concat(sequence, "\r\n") : "";
      icsFormat += description ? (0, _utils.foldLine)("DESCRIPTION:".concat((0, _encodeNewLines["default"])((0, _utils.setDescription)(description)))) + "\r\n" : "";
      icsFormat += url ? (0, _utils.foldLine)("URL:".concat((0, _encodeNewLines["default"])(url))) + "\r\n" : "";
      icsFormat += geo ? (0, _utils.foldLine)("GEO:".concat((0, _utils.setGeolocation)(geo))) + "\r\n" : "";
      icsFormat += location ? (0, _utils.foldLine)("LOCATION:".concat((0, _encodeNewLines["default"])((0, _utils.setLocation)(location)))) + "\r\n" : "";
      icsFormat += status ? (0, _utils.foldLine)("STATUS:".concat((0, _encodeNewLines["default"])(status))) + "\r\n" : "";
      icsFormat += categories ? (0, _utils.foldLine)("CATEGORIES:".concat((0, _encodeNewLines["default"])(categories.join(",")))) + "\r\n" : "";
      icsFormat += organizer ? (0, _utils.foldLine)("ORGANIZER;".concat((0, _utils.setOrganizer)(organizer))) + "\r\n" : "";
      icsFormat += busyStatus ? (0, _utils.foldLine)("X-MICROSOFT-CDO-BUSYSTATUS:".concat((0, _encodeNewLines["default"])(busyStatus))) + "\r\n" : "";
      icsFormat += transp ? (0, _utils.foldLine)("TRANSP:".concat((0, _encodeNewLines["default"])(transp))) + "\r\n" : "";
      icsFormat += classification ? (0, _utils.foldLine)("CLASS:".concat((0, _encodeNewLines["default"])(classification))) + "\r\n" : "";
      icsFormat += created ? "CREATED:" + (0, _encodeNewLines["default"])((0, _utils.formatDate)(created)) + "\r\n" : "";
      icsFormat += lastModified ? "LAST-MODIFIED:" + (0, _encodeNewLines["default"])((0, _utils.formatDate)(lastModified)) + "\r\n" : "";
      icsFormat += htmlContent ? (0, _utils.foldLine)("X-ALT-DESC;FMTTYPE=text/html:".concat((0, _encodeNewLines["default"])(htmlContent))) + "\r\n" : "";
      if (attendees) {
        attendees.forEach(function(attendee) {
          icsFormat += (0, _utils.foldLine)("ATTENDEE;".concat((0, _encodeNewLines["default"])((0, _utils.setContact)(attendee)))) + "\r\n";
        });
      }
      icsFormat += recurrenceRule ? (0, _utils.foldLine)("RRULE:".concat((0, _encodeNewLines["default"])(recurrenceRule))) + "\r\n" : "";
      icsFormat += exclusionDates ? (0, _utils.foldLine)("EXDATE:".concat((0, _encodeNewLines["default"])(exclusionDates.map(function(a) {
        return (0, _utils.formatDate)(a);
      }).join(",")))) + "\r\n" : "";
      icsFormat += duration ? (0, _utils.foldLine)("DURATION:".concat((0, _utils.formatDuration)(duration))) + "\r\n" : "";
      if (alarms) {
        alarms.forEach(function(alarm) {
          icsFormat += (0, _utils.setAlarm)(alarm);
        });
      }
      icsFormat += recurrenceId ? (0, _utils.foldLine)("RECURRENCE-ID:".concat((0, _encodeNewLines["default"])((0, _utils.formatDate)(recurrenceId)))) + "\r\n" : "";
      icsFormat += "END:VEVENT\r\n";
      return icsFormat;
    }
  }
});

// node_modules/property-expr/index.js
var require_property_expr = __commonJS({
  "node_modules/property-expr/index.js"(exports, module) {
    "use strict";
    function Cache(maxSize) {
      this._maxSize = maxSize;
      this.clear();
    }
    Cache.prototype.clear = function() {
      this._size = 0;
      this._values = /* @__PURE__ */ Object.create(null);
    };
    Cache.prototype.get = function(key) {
      return this._values[key];
    };
    Cache.prototype.set = function(key, value) {
      this._size >= this._maxSize && this.clear();
      if (!(key in this._values)) this._size++;
      return this._values[key] = value;
    };
    var SPLIT_REGEX = /[^.^\]^[]+|(?=\[\]|\.\.)/g;
    var DIGIT_REGEX = /^\d+$/;
    var LEAD_DIGIT_REGEX = /^\d/;
    var SPEC_CHAR_REGEX = /[~`!#$%\^&*+=\-\[\]\\';,/{}|\\":<>\?]/g;
    var CLEAN_QUOTES_REGEX = /^\s*(['"]?)(.*?)(\1)\s*$/;
    var MAX_CACHE_SIZE = 512;
    var pathCache = new Cache(MAX_CACHE_SIZE);
    var setCache = new Cache(MAX_CACHE_SIZE);
    var getCache = new Cache(MAX_CACHE_SIZE);
    module.exports = {
      Cache,
      split,
      normalizePath,
      setter: function(path) {
        var parts = normalizePath(path);
        return setCache.get(path) || setCache.set(path, function setter(obj, value) {
          var index = 0;
          var len = parts.length;
          var data = obj;
          while (index < len - 1) {
            var part = parts[index];
            if (part === "__proto__" || part === "constructor" || part === "prototype") {
              return obj;
            }
            data = data[parts[index++]];
          }
          data[parts[index]] = value;
        });
      },
      getter: function(path, safe) {
        var parts = normalizePath(path);
        return getCache.get(path) || getCache.set(path, function getter(data) {
          var index = 0, len = parts.length;
          while (index < len) {
            if (data != null || !safe) data = data[parts[index++]];
            else return;
          }
          return data;
        });
      },
      join: function(segments) {
        return segments.reduce(function(path, part) {
          return path + (isQuoted(part) || DIGIT_REGEX.test(part) ? "[" + part + "]" : (path ? "." : "") + part);
        }, "");
      },
      forEach: function(path, cb, thisArg) {
        forEach(Array.isArray(path) ? path : split(path), cb, thisArg);
      }
    };
    function normalizePath(path) {
      return pathCache.get(path) || pathCache.set(
        path,
        split(path).map(function(part) {
          return part.replace(CLEAN_QUOTES_REGEX, "$2");
        })
      );
    }
    function split(path) {
      return path.match(SPLIT_REGEX) || [""];
    }
    function forEach(parts, iter, thisArg) {
      var len = parts.length, part, idx, isArray, isBracket;
      for (idx = 0; idx < len; idx++) {
        part = parts[idx];
        if (part) {
          if (shouldBeQuoted(part)) {
            part = '"' + part + '"';
          }
          isBracket = isQuoted(part);
          isArray = !isBracket && /^\d+$/.test(part);
          iter.call(thisArg, part, isBracket, isArray, idx, parts);
        }
      }
    }
    function isQuoted(str) {
      return typeof str === "string" && str && ["'", '"'].indexOf(str.charAt(0)) !== -1;
    }
    function hasLeadingNumber(part) {
      return part.match(LEAD_DIGIT_REGEX) && !part.match(DIGIT_REGEX);
    }
    function hasSpecialChars(part) {
      return SPEC_CHAR_REGEX.test(part);
    }
    function shouldBeQuoted(part) {
      return !isQuoted(part) && (hasLeadingNumber(part) || hasSpecialChars(part));
    }
  }
});

// node_modules/tiny-case/index.js
var require_tiny_case = __commonJS({
  "node_modules/tiny-case/index.js"(exports, module) {
    var reWords = /[A-Z\xc0-\xd6\xd8-\xde]?[a-z\xdf-\xf6\xf8-\xff]+(?:['’](?:d|ll|m|re|s|t|ve))?(?=[\xac\xb1\xd7\xf7\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\xbf\u2000-\u206f \t\x0b\f\xa0\ufeff\n\r\u2028\u2029\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]|[A-Z\xc0-\xd6\xd8-\xde]|$)|(?:[A-Z\xc0-\xd6\xd8-\xde]|[^\ud800-\udfff\xac\xb1\xd7\xf7\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\xbf\u2000-\u206f \t\x0b\f\xa0\ufeff\n\r\u2028\u2029\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\d+\u2700-\u27bfa-z\xdf-\xf6\xf8-\xffA-Z\xc0-\xd6\xd8-\xde])+(?:['’](?:D|LL|M|RE|S|T|VE))?(?=[\xac\xb1\xd7\xf7\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\xbf\u2000-\u206f \t\x0b\f\xa0\ufeff\n\r\u2028\u2029\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000]|[A-Z\xc0-\xd6\xd8-\xde](?:[a-z\xdf-\xf6\xf8-\xff]|[^\ud800-\udfff\xac\xb1\xd7\xf7\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\xbf\u2000-\u206f \t\x0b\f\xa0\ufeff\n\r\u2028\u2029\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\d+\u2700-\u27bfa-z\xdf-\xf6\xf8-\xffA-Z\xc0-\xd6\xd8-\xde])|$)|[A-Z\xc0-\xd6\xd8-\xde]?(?:[a-z\xdf-\xf6\xf8-\xff]|[^\ud800-\udfff\xac\xb1\xd7\xf7\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\xbf\u2000-\u206f \t\x0b\f\xa0\ufeff\n\r\u2028\u2029\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\d+\u2700-\u27bfa-z\xdf-\xf6\xf8-\xffA-Z\xc0-\xd6\xd8-\xde])+(?:['’](?:d|ll|m|re|s|t|ve))?|[A-Z\xc0-\xd6\xd8-\xde]+(?:['’](?:D|LL|M|RE|S|T|VE))?|\d*(?:1ST|2ND|3RD|(?![123])\dTH)(?=\b|[a-z_])|\d*(?:1st|2nd|3rd|(?![123])\dth)(?=\b|[A-Z_])|\d+|(?:[\u2700-\u27bf]|(?:\ud83c[\udde6-\uddff]){2}|[\ud800-\udbff][\udc00-\udfff])[\ufe0e\ufe0f]?(?:[\u0300-\u036f\ufe20-\ufe2f\u20d0-\u20ff]|\ud83c[\udffb-\udfff])?(?:\u200d(?:[^\ud800-\udfff]|(?:\ud83c[\udde6-\uddff]){2}|[\ud800-\udbff][\udc00-\udfff])[\ufe0e\ufe0f]?(?:[\u0300-\u036f\ufe20-\ufe2f\u20d0-\u20ff]|\ud83c[\udffb-\udfff])?)*/g;
    var words = (str) => str.match(reWords) || [];
    var upperFirst = (str) => str[0].toUpperCase() + str.slice(1);
    var join = (str, d) => words(str).join(d).toLowerCase();
    var camelCase = (str) => words(str).reduce(
      (acc, next) => `${acc}${!acc ? next.toLowerCase() : next[0].toUpperCase() + next.slice(1).toLowerCase()}`,
      ""
    );
    var pascalCase = (str) => upperFirst(camelCase(str));
    var snakeCase = (str) => join(str, "_");
    var kebabCase = (str) => join(str, "-");
    var sentenceCase = (str) => upperFirst(join(str, " "));
    var titleCase = (str) => words(str).map(upperFirst).join(" ");
    module.exports = {
      words,
      upperFirst,
      camelCase,
      pascalCase,
      snakeCase,
      kebabCase,
      sentenceCase,
      titleCase
    };
  }
});

// node_modules/toposort/index.js
var require_toposort = __commonJS({
  "node_modules/toposort/index.js"(exports, module) {
    module.exports = function(edges) {
      return toposort(uniqueNodes(edges), edges);
    };
    module.exports.array = toposort;
    function toposort(nodes, edges) {
      var cursor = nodes.length, sorted = new Array(cursor), visited = {}, i = cursor, outgoingEdges = makeOutgoingEdges(edges), nodesHash = makeNodesHash(nodes);
      edges.forEach(function(edge) {
        if (!nodesHash.has(edge[0]) || !nodesHash.has(edge[1])) {
          throw new Error("Unknown node. There is an unknown node in the supplied edges.");
        }
      });
      while (i--) {
        if (!visited[i]) visit(nodes[i], i, /* @__PURE__ */ new Set());
      }
      return sorted;
      function visit(node, i2, predecessors) {
        if (predecessors.has(node)) {
          var nodeRep;
          try {
            nodeRep = ", node was:" + JSON.stringify(node);
          } catch (e) {
            nodeRep = "";
          }
          throw new Error("Cyclic dependency" + nodeRep);
        }
        if (!nodesHash.has(node)) {
          throw new Error("Found unknown node. Make sure to provided all involved nodes. Unknown node: " + JSON.stringify(node));
        }
        if (visited[i2]) return;
        visited[i2] = true;
        var outgoing = outgoingEdges.get(node) || /* @__PURE__ */ new Set();
        outgoing = Array.from(outgoing);
        if (i2 = outgoing.length) {
          predecessors.add(node);
          do {
            var child = outgoing[--i2];
            visit(child, nodesHash.get(child), predecessors);
          } while (i2);
          predecessors.delete(node);
        }
        sorted[--cursor] = node;
      }
    }
    function uniqueNodes(arr) {
      var res = /* @__PURE__ */ new Set();
      for (var i = 0, len = arr.length; i < len; i++) {
        var edge = arr[i];
        res.add(edge[0]);
        res.add(edge[1]);
      }
      return Array.from(res);
    }
    function makeOutgoingEdges(arr) {
      var edges = /* @__PURE__ */ new Map();
      for (var i = 0, len = arr.length; i < len; i++) {
        var edge = arr[i];
        if (!edges.has(edge[0])) edges.set(edge[0], /* @__PURE__ */ new Set());
        if (!edges.has(edge[1])) edges.set(edge[1], /* @__PURE__ */ new Set());
        edges.get(edge[0]).add(edge[1]);
      }
      return edges;
    }
    function makeNodesHash(arr) {
      var res = /* @__PURE__ */ new Map();
      for (var i = 0, len = arr.length; i < len; i++) {
        res.set(arr[i], i);
      }
      return res;
    }
  }
});

// node_modules/yup/index.js
var require_yup = __commonJS({
  "node_modules/yup/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var propertyExpr = require_property_expr();
    var tinyCase = require_tiny_case();
    var toposort = require_toposort();
    function _interopDefaultLegacy(e) {
      return e && typeof e === "object" && "default" in e ? e : { "default": e };
    }
    var toposort__default = /* @__PURE__ */ _interopDefaultLegacy(toposort);
    var toString = Object.prototype.toString;
    var errorToString = Error.prototype.toString;
    var regExpToString = RegExp.prototype.toString;
    var symbolToString = typeof Symbol !== "undefined" ? Symbol.prototype.toString : () => "";
    var SYMBOL_REGEXP = /^Symbol\((.*)\)(.*)$/;
    function printNumber(val) {
      if (val != +val) return "NaN";
      const isNegativeZero = val === 0 && 1 / val < 0;
      return isNegativeZero ? "-0" : "" + val;
    }
    function printSimpleValue(val, quoteStrings = false) {
      if (val == null || val === true || val === false) return "" + val;
      const typeOf = typeof val;
      if (typeOf === "number") return printNumber(val);
      if (typeOf === "string") return quoteStrings ? `"${val}"` : val;
      if (typeOf === "function") return "[Function " + (val.name || "anonymous") + "]";
      if (typeOf === "symbol") return symbolToString.call(val).replace(SYMBOL_REGEXP, "Symbol($1)");
      const tag = toString.call(val).slice(8, -1);
      if (tag === "Date") return isNaN(val.getTime()) ? "" + val : val.toISOString(val);
      if (tag === "Error" || val instanceof Error) return "[" + errorToString.call(val) + "]";
      if (tag === "RegExp") return regExpToString.call(val);
      return null;
    }
    function printValue(value, quoteStrings) {
      let result = printSimpleValue(value, quoteStrings);
      if (result !== null) return result;
      return JSON.stringify(value, function(key, value2) {
        let result2 = printSimpleValue(this[key], quoteStrings);
        if (result2 !== null) return result2;
        return value2;
      }, 2);
    }
    function toArray(value) {
      return value == null ? [] : [].concat(value);
    }
    var _Symbol$toStringTag;
    var _Symbol$hasInstance;
    var _Symbol$toStringTag2;
    var strReg = /\$\{\s*(\w+)\s*\}/g;
    _Symbol$toStringTag = Symbol.toStringTag;
    var ValidationErrorNoStack = class {
      constructor(errorOrErrors, value, field, type) {
        this.name = void 0;
        this.message = void 0;
        this.value = void 0;
        this.path = void 0;
        this.type = void 0;
        this.params = void 0;
        this.errors = void 0;
        this.inner = void 0;
        this[_Symbol$toStringTag] = "Error";
        this.name = "ValidationError";
        this.value = value;
        this.path = field;
        this.type = type;
        this.errors = [];
        this.inner = [];
        toArray(errorOrErrors).forEach((err) => {
          if (ValidationError.isError(err)) {
            this.errors.push(...err.errors);
            const innerErrors = err.inner.length ? err.inner : [err];
            this.inner.push(...innerErrors);
          } else {
            this.errors.push(err);
          }
        });
        this.message = this.errors.length > 1 ? `${this.errors.length} errors occurred` : this.errors[0];
      }
    };
    _Symbol$hasInstance = Symbol.hasInstance;
    _Symbol$toStringTag2 = Symbol.toStringTag;
    var ValidationError = class _ValidationError extends Error {
      static formatError(message, params) {
        const path = params.label || params.path || "this";
        params = Object.assign({}, params, {
          path,
          originalPath: params.path
        });
        if (typeof message === "string") return message.replace(strReg, (_, key) => printValue(params[key]));
        if (typeof message === "function") return message(params);
        return message;
      }
      static isError(err) {
        return err && err.name === "ValidationError";
      }
      constructor(errorOrErrors, value, field, type, disableStack) {
        const errorNoStack = new ValidationErrorNoStack(errorOrErrors, value, field, type);
        if (disableStack) {
          return errorNoStack;
        }
        super();
        this.value = void 0;
        this.path = void 0;
        this.type = void 0;
        this.params = void 0;
        this.errors = [];
        this.inner = [];
        this[_Symbol$toStringTag2] = "Error";
        this.name = errorNoStack.name;
        this.message = errorNoStack.message;
        this.type = errorNoStack.type;
        this.value = errorNoStack.value;
        this.path = errorNoStack.path;
        this.errors = errorNoStack.errors;
        this.inner = errorNoStack.inner;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, _ValidationError);
        }
      }
      static [_Symbol$hasInstance](inst) {
        return ValidationErrorNoStack[Symbol.hasInstance](inst) || super[Symbol.hasInstance](inst);
      }
    };
    var mixed = {
      default: "${path} is invalid",
      required: "${path} is a required field",
      defined: "${path} must be defined",
      notNull: "${path} cannot be null",
      oneOf: "${path} must be one of the following values: ${values}",
      notOneOf: "${path} must not be one of the following values: ${values}",
      notType: ({
        path,
        type,
        value,
        originalValue
      }) => {
        const castMsg = originalValue != null && originalValue !== value ? ` (cast from the value \`${printValue(originalValue, true)}\`).` : ".";
        return type !== "mixed" ? `${path} must be a \`${type}\` type, but the final value was: \`${printValue(value, true)}\`` + castMsg : `${path} must match the configured type. The validated value was: \`${printValue(value, true)}\`` + castMsg;
      }
    };
    var string = {
      length: "${path} must be exactly ${length} characters",
      min: "${path} must be at least ${min} characters",
      max: "${path} must be at most ${max} characters",
      matches: '${path} must match the following: "${regex}"',
      email: "${path} must be a valid email",
      url: "${path} must be a valid URL",
      uuid: "${path} must be a valid UUID",
      datetime: "${path} must be a valid ISO date-time",
      datetime_precision: "${path} must be a valid ISO date-time with a sub-second precision of exactly ${precision} digits",
      datetime_offset: '${path} must be a valid ISO date-time with UTC "Z" timezone',
      trim: "${path} must be a trimmed string",
      lowercase: "${path} must be a lowercase string",
      uppercase: "${path} must be a upper case string"
    };
    var number = {
      min: "${path} must be greater than or equal to ${min}",
      max: "${path} must be less than or equal to ${max}",
      lessThan: "${path} must be less than ${less}",
      moreThan: "${path} must be greater than ${more}",
      positive: "${path} must be a positive number",
      negative: "${path} must be a negative number",
      integer: "${path} must be an integer"
    };
    var date = {
      min: "${path} field must be later than ${min}",
      max: "${path} field must be at earlier than ${max}"
    };
    var boolean = {
      isValue: "${path} field must be ${value}"
    };
    var object = {
      noUnknown: "${path} field has unspecified keys: ${unknown}",
      exact: "${path} object contains unknown properties: ${properties}"
    };
    var array = {
      min: "${path} field must have at least ${min} items",
      max: "${path} field must have less than or equal to ${max} items",
      length: "${path} must have ${length} items"
    };
    var tuple = {
      notType: (params) => {
        const {
          path,
          value,
          spec
        } = params;
        const typeLen = spec.types.length;
        if (Array.isArray(value)) {
          if (value.length < typeLen) return `${path} tuple value has too few items, expected a length of ${typeLen} but got ${value.length} for value: \`${printValue(value, true)}\``;
          if (value.length > typeLen) return `${path} tuple value has too many items, expected a length of ${typeLen} but got ${value.length} for value: \`${printValue(value, true)}\``;
        }
        return ValidationError.formatError(mixed.notType, params);
      }
    };
    var locale = Object.assign(/* @__PURE__ */ Object.create(null), {
      mixed,
      string,
      number,
      date,
      object,
      array,
      boolean,
      tuple
    });
    var isSchema = (obj) => obj && obj.__isYupSchema__;
    var Condition = class _Condition {
      static fromOptions(refs, config) {
        if (!config.then && !config.otherwise) throw new TypeError("either `then:` or `otherwise:` is required for `when()` conditions");
        let {
          is,
          then,
          otherwise
        } = config;
        let check = typeof is === "function" ? is : (...values) => values.every((value) => value === is);
        return new _Condition(refs, (values, schema) => {
          var _branch;
          let branch = check(...values) ? then : otherwise;
          return (_branch = branch == null ? void 0 : branch(schema)) != null ? _branch : schema;
        });
      }
      constructor(refs, builder) {
        this.fn = void 0;
        this.refs = refs;
        this.refs = refs;
        this.fn = builder;
      }
      resolve(base, options) {
        let values = this.refs.map((ref) => (
          // TODO: ? operator here?
          ref.getValue(options == null ? void 0 : options.value, options == null ? void 0 : options.parent, options == null ? void 0 : options.context)
        ));
        let schema = this.fn(values, base, options);
        if (schema === void 0 || // @ts-ignore this can be base
        schema === base) {
          return base;
        }
        if (!isSchema(schema)) throw new TypeError("conditions must return a schema object");
        return schema.resolve(options);
      }
    };
    var prefixes = {
      context: "$",
      value: "."
    };
    function create$9(key, options) {
      return new Reference(key, options);
    }
    var Reference = class {
      constructor(key, options = {}) {
        this.key = void 0;
        this.isContext = void 0;
        this.isValue = void 0;
        this.isSibling = void 0;
        this.path = void 0;
        this.getter = void 0;
        this.map = void 0;
        if (typeof key !== "string") throw new TypeError("ref must be a string, got: " + key);
        this.key = key.trim();
        if (key === "") throw new TypeError("ref must be a non-empty string");
        this.isContext = this.key[0] === prefixes.context;
        this.isValue = this.key[0] === prefixes.value;
        this.isSibling = !this.isContext && !this.isValue;
        let prefix = this.isContext ? prefixes.context : this.isValue ? prefixes.value : "";
        this.path = this.key.slice(prefix.length);
        this.getter = this.path && propertyExpr.getter(this.path, true);
        this.map = options.map;
      }
      getValue(value, parent, context) {
        let result = this.isContext ? context : this.isValue ? value : parent;
        if (this.getter) result = this.getter(result || {});
        if (this.map) result = this.map(result);
        return result;
      }
      /**
       *
       * @param {*} value
       * @param {Object} options
       * @param {Object=} options.context
       * @param {Object=} options.parent
       */
      cast(value, options) {
        return this.getValue(value, options == null ? void 0 : options.parent, options == null ? void 0 : options.context);
      }
      resolve() {
        return this;
      }
      describe() {
        return {
          type: "ref",
          key: this.key
        };
      }
      toString() {
        return `Ref(${this.key})`;
      }
      static isRef(value) {
        return value && value.__isYupRef;
      }
    };
    Reference.prototype.__isYupRef = true;
    var isAbsent = (value) => value == null;
    function createValidation(config) {
      function validate({
        value,
        path = "",
        options,
        originalValue,
        schema
      }, panic, next) {
        const {
          name,
          test,
          params,
          message,
          skipAbsent
        } = config;
        let {
          parent,
          context,
          abortEarly = schema.spec.abortEarly,
          disableStackTrace = schema.spec.disableStackTrace
        } = options;
        const resolveOptions = {
          value,
          parent,
          context
        };
        function createError(overrides = {}) {
          const nextParams = resolveParams(Object.assign({
            value,
            originalValue,
            label: schema.spec.label,
            path: overrides.path || path,
            spec: schema.spec,
            disableStackTrace: overrides.disableStackTrace || disableStackTrace
          }, params, overrides.params), resolveOptions);
          const error = new ValidationError(ValidationError.formatError(overrides.message || message, nextParams), value, nextParams.path, overrides.type || name, nextParams.disableStackTrace);
          error.params = nextParams;
          return error;
        }
        const invalid = abortEarly ? panic : next;
        let ctx = {
          path,
          parent,
          type: name,
          from: options.from,
          createError,
          resolve(item) {
            return resolveMaybeRef(item, resolveOptions);
          },
          options,
          originalValue,
          schema
        };
        const handleResult = (validOrError) => {
          if (ValidationError.isError(validOrError)) invalid(validOrError);
          else if (!validOrError) invalid(createError());
          else next(null);
        };
        const handleError = (err) => {
          if (ValidationError.isError(err)) invalid(err);
          else panic(err);
        };
        const shouldSkip = skipAbsent && isAbsent(value);
        if (shouldSkip) {
          return handleResult(true);
        }
        let result;
        try {
          var _result;
          result = test.call(ctx, value, ctx);
          if (typeof ((_result = result) == null ? void 0 : _result.then) === "function") {
            if (options.sync) {
              throw new Error(`Validation test of type: "${ctx.type}" returned a Promise during a synchronous validate. This test will finish after the validate call has returned`);
            }
            return Promise.resolve(result).then(handleResult, handleError);
          }
        } catch (err) {
          handleError(err);
          return;
        }
        handleResult(result);
      }
      validate.OPTIONS = config;
      return validate;
    }
    function resolveParams(params, options) {
      if (!params) return params;
      for (const key of Object.keys(params)) {
        params[key] = resolveMaybeRef(params[key], options);
      }
      return params;
    }
    function resolveMaybeRef(item, options) {
      return Reference.isRef(item) ? item.getValue(options.value, options.parent, options.context) : item;
    }
    function getIn(schema, path, value, context = value) {
      let parent, lastPart, lastPartDebug;
      if (!path) return {
        parent,
        parentPath: path,
        schema
      };
      propertyExpr.forEach(path, (_part, isBracket, isArray) => {
        let part = isBracket ? _part.slice(1, _part.length - 1) : _part;
        schema = schema.resolve({
          context,
          parent,
          value
        });
        let isTuple = schema.type === "tuple";
        let idx = isArray ? parseInt(part, 10) : 0;
        if (schema.innerType || isTuple) {
          if (isTuple && !isArray) throw new Error(`Yup.reach cannot implicitly index into a tuple type. the path part "${lastPartDebug}" must contain an index to the tuple element, e.g. "${lastPartDebug}[0]"`);
          if (value && idx >= value.length) {
            throw new Error(`Yup.reach cannot resolve an array item at index: ${_part}, in the path: ${path}. because there is no value at that index. `);
          }
          parent = value;
          value = value && value[idx];
          schema = isTuple ? schema.spec.types[idx] : schema.innerType;
        }
        if (!isArray) {
          if (!schema.fields || !schema.fields[part]) throw new Error(`The schema does not contain the path: ${path}. (failed at: ${lastPartDebug} which is a type: "${schema.type}")`);
          parent = value;
          value = value && value[part];
          schema = schema.fields[part];
        }
        lastPart = part;
        lastPartDebug = isBracket ? "[" + _part + "]" : "." + _part;
      });
      return {
        schema,
        parent,
        parentPath: lastPart
      };
    }
    function reach(obj, path, value, context) {
      return getIn(obj, path, value, context).schema;
    }
    var ReferenceSet = class _ReferenceSet extends Set {
      describe() {
        const description = [];
        for (const item of this.values()) {
          description.push(Reference.isRef(item) ? item.describe() : item);
        }
        return description;
      }
      resolveAll(resolve) {
        let result = [];
        for (const item of this.values()) {
          result.push(resolve(item));
        }
        return result;
      }
      clone() {
        return new _ReferenceSet(this.values());
      }
      merge(newItems, removeItems) {
        const next = this.clone();
        newItems.forEach((value) => next.add(value));
        removeItems.forEach((value) => next.delete(value));
        return next;
      }
    };
    function clone(src, seen = /* @__PURE__ */ new Map()) {
      if (isSchema(src) || !src || typeof src !== "object") return src;
      if (seen.has(src)) return seen.get(src);
      let copy;
      if (src instanceof Date) {
        copy = new Date(src.getTime());
        seen.set(src, copy);
      } else if (src instanceof RegExp) {
        copy = new RegExp(src);
        seen.set(src, copy);
      } else if (Array.isArray(src)) {
        copy = new Array(src.length);
        seen.set(src, copy);
        for (let i = 0; i < src.length; i++) copy[i] = clone(src[i], seen);
      } else if (src instanceof Map) {
        copy = /* @__PURE__ */ new Map();
        seen.set(src, copy);
        for (const [k, v] of src.entries()) copy.set(k, clone(v, seen));
      } else if (src instanceof Set) {
        copy = /* @__PURE__ */ new Set();
        seen.set(src, copy);
        for (const v of src) copy.add(clone(v, seen));
      } else if (src instanceof Object) {
        copy = {};
        seen.set(src, copy);
        for (const [k, v] of Object.entries(src)) copy[k] = clone(v, seen);
      } else {
        throw Error(`Unable to clone ${src}`);
      }
      return copy;
    }
    function createStandardPath(path) {
      if (!(path != null && path.length)) {
        return void 0;
      }
      const segments = [];
      let currentSegment = "";
      let inBrackets = false;
      let inQuotes = false;
      for (let i = 0; i < path.length; i++) {
        const char = path[i];
        if (char === "[" && !inQuotes) {
          if (currentSegment) {
            segments.push(...currentSegment.split(".").filter(Boolean));
            currentSegment = "";
          }
          inBrackets = true;
          continue;
        }
        if (char === "]" && !inQuotes) {
          if (currentSegment) {
            if (/^\d+$/.test(currentSegment)) {
              segments.push(currentSegment);
            } else {
              segments.push(currentSegment.replace(/^"|"$/g, ""));
            }
            currentSegment = "";
          }
          inBrackets = false;
          continue;
        }
        if (char === '"') {
          inQuotes = !inQuotes;
          continue;
        }
        if (char === "." && !inBrackets && !inQuotes) {
          if (currentSegment) {
            segments.push(currentSegment);
            currentSegment = "";
          }
          continue;
        }
        currentSegment += char;
      }
      if (currentSegment) {
        segments.push(...currentSegment.split(".").filter(Boolean));
      }
      return segments;
    }
    function createStandardIssues(error, parentPath) {
      const path = parentPath ? `${parentPath}.${error.path}` : error.path;
      return error.errors.map((err) => ({
        message: err,
        path: createStandardPath(path)
      }));
    }
    function issuesFromValidationError(error, parentPath) {
      var _error$inner;
      if (!((_error$inner = error.inner) != null && _error$inner.length) && error.errors.length) {
        return createStandardIssues(error, parentPath);
      }
      const path = parentPath ? `${parentPath}.${error.path}` : error.path;
      return error.inner.flatMap((err) => issuesFromValidationError(err, path));
    }
    var Schema = class {
      constructor(options) {
        this.type = void 0;
        this.deps = [];
        this.tests = void 0;
        this.transforms = void 0;
        this.conditions = [];
        this._mutate = void 0;
        this.internalTests = {};
        this._whitelist = new ReferenceSet();
        this._blacklist = new ReferenceSet();
        this.exclusiveTests = /* @__PURE__ */ Object.create(null);
        this._typeCheck = void 0;
        this.spec = void 0;
        this.tests = [];
        this.transforms = [];
        this.withMutation(() => {
          this.typeError(mixed.notType);
        });
        this.type = options.type;
        this._typeCheck = options.check;
        this.spec = Object.assign({
          strip: false,
          strict: false,
          abortEarly: true,
          recursive: true,
          disableStackTrace: false,
          nullable: false,
          optional: true,
          coerce: true
        }, options == null ? void 0 : options.spec);
        this.withMutation((s) => {
          s.nonNullable();
        });
      }
      // TODO: remove
      get _type() {
        return this.type;
      }
      clone(spec) {
        if (this._mutate) {
          if (spec) Object.assign(this.spec, spec);
          return this;
        }
        const next = Object.create(Object.getPrototypeOf(this));
        next.type = this.type;
        next._typeCheck = this._typeCheck;
        next._whitelist = this._whitelist.clone();
        next._blacklist = this._blacklist.clone();
        next.internalTests = Object.assign({}, this.internalTests);
        next.exclusiveTests = Object.assign({}, this.exclusiveTests);
        next.deps = [...this.deps];
        next.conditions = [...this.conditions];
        next.tests = [...this.tests];
        next.transforms = [...this.transforms];
        next.spec = clone(Object.assign({}, this.spec, spec));
        return next;
      }
      label(label) {
        let next = this.clone();
        next.spec.label = label;
        return next;
      }
      meta(...args) {
        if (args.length === 0) return this.spec.meta;
        let next = this.clone();
        next.spec.meta = Object.assign(next.spec.meta || {}, args[0]);
        return next;
      }
      withMutation(fn) {
        let before = this._mutate;
        this._mutate = true;
        let result = fn(this);
        this._mutate = before;
        return result;
      }
      concat(schema) {
        if (!schema || schema === this) return this;
        if (schema.type !== this.type && this.type !== "mixed") throw new TypeError(`You cannot \`concat()\` schema's of different types: ${this.type} and ${schema.type}`);
        let base = this;
        let combined = schema.clone();
        const mergedSpec = Object.assign({}, base.spec, combined.spec);
        combined.spec = mergedSpec;
        combined.internalTests = Object.assign({}, base.internalTests, combined.internalTests);
        combined._whitelist = base._whitelist.merge(schema._whitelist, schema._blacklist);
        combined._blacklist = base._blacklist.merge(schema._blacklist, schema._whitelist);
        combined.tests = base.tests;
        combined.exclusiveTests = base.exclusiveTests;
        combined.withMutation((next) => {
          schema.tests.forEach((fn) => {
            next.test(fn.OPTIONS);
          });
        });
        combined.transforms = [...base.transforms, ...combined.transforms];
        return combined;
      }
      isType(v) {
        if (v == null) {
          if (this.spec.nullable && v === null) return true;
          if (this.spec.optional && v === void 0) return true;
          return false;
        }
        return this._typeCheck(v);
      }
      resolve(options) {
        let schema = this;
        if (schema.conditions.length) {
          let conditions = schema.conditions;
          schema = schema.clone();
          schema.conditions = [];
          schema = conditions.reduce((prevSchema, condition) => condition.resolve(prevSchema, options), schema);
          schema = schema.resolve(options);
        }
        return schema;
      }
      resolveOptions(options) {
        var _options$strict, _options$abortEarly, _options$recursive, _options$disableStack;
        return Object.assign({}, options, {
          from: options.from || [],
          strict: (_options$strict = options.strict) != null ? _options$strict : this.spec.strict,
          abortEarly: (_options$abortEarly = options.abortEarly) != null ? _options$abortEarly : this.spec.abortEarly,
          recursive: (_options$recursive = options.recursive) != null ? _options$recursive : this.spec.recursive,
          disableStackTrace: (_options$disableStack = options.disableStackTrace) != null ? _options$disableStack : this.spec.disableStackTrace
        });
      }
      /**
       * Run the configured transform pipeline over an input value.
       */
      cast(value, options = {}) {
        let resolvedSchema = this.resolve(Object.assign({}, options, {
          value
          // parent: options.parent,
          // context: options.context,
        }));
        let allowOptionality = options.assert === "ignore-optionality";
        let result = resolvedSchema._cast(value, options);
        if (options.assert !== false && !resolvedSchema.isType(result)) {
          if (allowOptionality && isAbsent(result)) {
            return result;
          }
          let formattedValue = printValue(value);
          let formattedResult = printValue(result);
          throw new TypeError(`The value of ${options.path || "field"} could not be cast to a value that satisfies the schema type: "${resolvedSchema.type}". 

attempted value: ${formattedValue} 
` + (formattedResult !== formattedValue ? `result of cast: ${formattedResult}` : ""));
        }
        return result;
      }
      _cast(rawValue, options) {
        let value = rawValue === void 0 ? rawValue : this.transforms.reduce((prevValue, fn) => fn.call(this, prevValue, rawValue, this, options), rawValue);
        if (value === void 0) {
          value = this.getDefault(options);
        }
        return value;
      }
      _validate(_value, options = {}, panic, next) {
        let {
          path,
          originalValue = _value,
          strict = this.spec.strict
        } = options;
        let value = _value;
        if (!strict) {
          value = this._cast(value, Object.assign({
            assert: false
          }, options));
        }
        let initialTests = [];
        for (let test of Object.values(this.internalTests)) {
          if (test) initialTests.push(test);
        }
        this.runTests({
          path,
          value,
          originalValue,
          options,
          tests: initialTests
        }, panic, (initialErrors) => {
          if (initialErrors.length) {
            return next(initialErrors, value);
          }
          this.runTests({
            path,
            value,
            originalValue,
            options,
            tests: this.tests
          }, panic, next);
        });
      }
      /**
       * Executes a set of validations, either schema, produced Tests or a nested
       * schema validate result.
       */
      runTests(runOptions, panic, next) {
        let fired = false;
        let {
          tests,
          value,
          originalValue,
          path,
          options
        } = runOptions;
        let panicOnce = (arg) => {
          if (fired) return;
          fired = true;
          panic(arg, value);
        };
        let nextOnce = (arg) => {
          if (fired) return;
          fired = true;
          next(arg, value);
        };
        let count = tests.length;
        let nestedErrors = [];
        if (!count) return nextOnce([]);
        let args = {
          value,
          originalValue,
          path,
          options,
          schema: this
        };
        for (let i = 0; i < tests.length; i++) {
          const test = tests[i];
          test(args, panicOnce, function finishTestRun(err) {
            if (err) {
              Array.isArray(err) ? nestedErrors.push(...err) : nestedErrors.push(err);
            }
            if (--count <= 0) {
              nextOnce(nestedErrors);
            }
          });
        }
      }
      asNestedTest({
        key,
        index,
        parent,
        parentPath,
        originalParent,
        options
      }) {
        const k = key != null ? key : index;
        if (k == null) {
          throw TypeError("Must include `key` or `index` for nested validations");
        }
        const isIndex = typeof k === "number";
        let value = parent[k];
        const testOptions = Object.assign({}, options, {
          // Nested validations fields are always strict:
          //    1. parent isn't strict so the casting will also have cast inner values
          //    2. parent is strict in which case the nested values weren't cast either
          strict: true,
          parent,
          value,
          originalValue: originalParent[k],
          // FIXME: tests depend on `index` being passed around deeply,
          //   we should not let the options.key/index bleed through
          key: void 0,
          // index: undefined,
          [isIndex ? "index" : "key"]: k,
          path: isIndex || k.includes(".") ? `${parentPath || ""}[${isIndex ? k : `"${k}"`}]` : (parentPath ? `${parentPath}.` : "") + key
        });
        return (_, panic, next) => this.resolve(testOptions)._validate(value, testOptions, panic, next);
      }
      validate(value, options) {
        var _options$disableStack2;
        let schema = this.resolve(Object.assign({}, options, {
          value
        }));
        let disableStackTrace = (_options$disableStack2 = options == null ? void 0 : options.disableStackTrace) != null ? _options$disableStack2 : schema.spec.disableStackTrace;
        return new Promise((resolve, reject) => schema._validate(value, options, (error, parsed) => {
          if (ValidationError.isError(error)) error.value = parsed;
          reject(error);
        }, (errors, validated) => {
          if (errors.length) reject(new ValidationError(errors, validated, void 0, void 0, disableStackTrace));
          else resolve(validated);
        }));
      }
      validateSync(value, options) {
        var _options$disableStack3;
        let schema = this.resolve(Object.assign({}, options, {
          value
        }));
        let result;
        let disableStackTrace = (_options$disableStack3 = options == null ? void 0 : options.disableStackTrace) != null ? _options$disableStack3 : schema.spec.disableStackTrace;
        schema._validate(value, Object.assign({}, options, {
          sync: true
        }), (error, parsed) => {
          if (ValidationError.isError(error)) error.value = parsed;
          throw error;
        }, (errors, validated) => {
          if (errors.length) throw new ValidationError(errors, value, void 0, void 0, disableStackTrace);
          result = validated;
        });
        return result;
      }
      isValid(value, options) {
        return this.validate(value, options).then(() => true, (err) => {
          if (ValidationError.isError(err)) return false;
          throw err;
        });
      }
      isValidSync(value, options) {
        try {
          this.validateSync(value, options);
          return true;
        } catch (err) {
          if (ValidationError.isError(err)) return false;
          throw err;
        }
      }
      _getDefault(options) {
        let defaultValue = this.spec.default;
        if (defaultValue == null) {
          return defaultValue;
        }
        return typeof defaultValue === "function" ? defaultValue.call(this, options) : clone(defaultValue);
      }
      getDefault(options) {
        let schema = this.resolve(options || {});
        return schema._getDefault(options);
      }
      default(def) {
        if (arguments.length === 0) {
          return this._getDefault();
        }
        let next = this.clone({
          default: def
        });
        return next;
      }
      strict(isStrict = true) {
        return this.clone({
          strict: isStrict
        });
      }
      nullability(nullable, message) {
        const next = this.clone({
          nullable
        });
        next.internalTests.nullable = createValidation({
          message,
          name: "nullable",
          test(value) {
            return value === null ? this.schema.spec.nullable : true;
          }
        });
        return next;
      }
      optionality(optional, message) {
        const next = this.clone({
          optional
        });
        next.internalTests.optionality = createValidation({
          message,
          name: "optionality",
          test(value) {
            return value === void 0 ? this.schema.spec.optional : true;
          }
        });
        return next;
      }
      optional() {
        return this.optionality(true);
      }
      defined(message = mixed.defined) {
        return this.optionality(false, message);
      }
      nullable() {
        return this.nullability(true);
      }
      nonNullable(message = mixed.notNull) {
        return this.nullability(false, message);
      }
      required(message = mixed.required) {
        return this.clone().withMutation((next) => next.nonNullable(message).defined(message));
      }
      notRequired() {
        return this.clone().withMutation((next) => next.nullable().optional());
      }
      transform(fn) {
        let next = this.clone();
        next.transforms.push(fn);
        return next;
      }
      /**
       * Adds a test function to the schema's queue of tests.
       * tests can be exclusive or non-exclusive.
       *
       * - exclusive tests, will replace any existing tests of the same name.
       * - non-exclusive: can be stacked
       *
       * If a non-exclusive test is added to a schema with an exclusive test of the same name
       * the exclusive test is removed and further tests of the same name will be stacked.
       *
       * If an exclusive test is added to a schema with non-exclusive tests of the same name
       * the previous tests are removed and further tests of the same name will replace each other.
       */
      test(...args) {
        let opts;
        if (args.length === 1) {
          if (typeof args[0] === "function") {
            opts = {
              test: args[0]
            };
          } else {
            opts = args[0];
          }
        } else if (args.length === 2) {
          opts = {
            name: args[0],
            test: args[1]
          };
        } else {
          opts = {
            name: args[0],
            message: args[1],
            test: args[2]
          };
        }
        if (opts.message === void 0) opts.message = mixed.default;
        if (typeof opts.test !== "function") throw new TypeError("`test` is a required parameters");
        let next = this.clone();
        let validate = createValidation(opts);
        let isExclusive = opts.exclusive || opts.name && next.exclusiveTests[opts.name] === true;
        if (opts.exclusive) {
          if (!opts.name) throw new TypeError("Exclusive tests must provide a unique `name` identifying the test");
        }
        if (opts.name) next.exclusiveTests[opts.name] = !!opts.exclusive;
        next.tests = next.tests.filter((fn) => {
          if (fn.OPTIONS.name === opts.name) {
            if (isExclusive) return false;
            if (fn.OPTIONS.test === validate.OPTIONS.test) return false;
          }
          return true;
        });
        next.tests.push(validate);
        return next;
      }
      when(keys, options) {
        if (!Array.isArray(keys) && typeof keys !== "string") {
          options = keys;
          keys = ".";
        }
        let next = this.clone();
        let deps = toArray(keys).map((key) => new Reference(key));
        deps.forEach((dep) => {
          if (dep.isSibling) next.deps.push(dep.key);
        });
        next.conditions.push(typeof options === "function" ? new Condition(deps, options) : Condition.fromOptions(deps, options));
        return next;
      }
      typeError(message) {
        let next = this.clone();
        next.internalTests.typeError = createValidation({
          message,
          name: "typeError",
          skipAbsent: true,
          test(value) {
            if (!this.schema._typeCheck(value)) return this.createError({
              params: {
                type: this.schema.type
              }
            });
            return true;
          }
        });
        return next;
      }
      oneOf(enums, message = mixed.oneOf) {
        let next = this.clone();
        enums.forEach((val) => {
          next._whitelist.add(val);
          next._blacklist.delete(val);
        });
        next.internalTests.whiteList = createValidation({
          message,
          name: "oneOf",
          skipAbsent: true,
          test(value) {
            let valids = this.schema._whitelist;
            let resolved = valids.resolveAll(this.resolve);
            return resolved.includes(value) ? true : this.createError({
              params: {
                values: Array.from(valids).join(", "),
                resolved
              }
            });
          }
        });
        return next;
      }
      notOneOf(enums, message = mixed.notOneOf) {
        let next = this.clone();
        enums.forEach((val) => {
          next._blacklist.add(val);
          next._whitelist.delete(val);
        });
        next.internalTests.blacklist = createValidation({
          message,
          name: "notOneOf",
          test(value) {
            let invalids = this.schema._blacklist;
            let resolved = invalids.resolveAll(this.resolve);
            if (resolved.includes(value)) return this.createError({
              params: {
                values: Array.from(invalids).join(", "),
                resolved
              }
            });
            return true;
          }
        });
        return next;
      }
      strip(strip = true) {
        let next = this.clone();
        next.spec.strip = strip;
        return next;
      }
      /**
       * Return a serialized description of the schema including validations, flags, types etc.
       *
       * @param options Provide any needed context for resolving runtime schema alterations (lazy, when conditions, etc).
       */
      describe(options) {
        const next = (options ? this.resolve(options) : this).clone();
        const {
          label,
          meta,
          optional,
          nullable
        } = next.spec;
        const description = {
          meta,
          label,
          optional,
          nullable,
          default: next.getDefault(options),
          type: next.type,
          oneOf: next._whitelist.describe(),
          notOneOf: next._blacklist.describe(),
          tests: next.tests.filter((n, idx, list) => list.findIndex((c) => c.OPTIONS.name === n.OPTIONS.name) === idx).map((fn) => {
            const params = fn.OPTIONS.params && options ? resolveParams(Object.assign({}, fn.OPTIONS.params), options) : fn.OPTIONS.params;
            return {
              name: fn.OPTIONS.name,
              params
            };
          })
        };
        return description;
      }
      get ["~standard"]() {
        const schema = this;
        const standard = {
          version: 1,
          vendor: "yup",
          async validate(value) {
            try {
              const result = await schema.validate(value, {
                abortEarly: false
              });
              return {
                value: result
              };
            } catch (err) {
              if (err instanceof ValidationError) {
                return {
                  issues: issuesFromValidationError(err)
                };
              }
              throw err;
            }
          }
        };
        return standard;
      }
    };
    Schema.prototype.__isYupSchema__ = true;
    for (const method of ["validate", "validateSync"]) Schema.prototype[`${method}At`] = function(path, value, options = {}) {
      const {
        parent,
        parentPath,
        schema
      } = getIn(this, path, value, options.context);
      return schema[method](parent && parent[parentPath], Object.assign({}, options, {
        parent,
        path
      }));
    };
    for (const alias of ["equals", "is"]) Schema.prototype[alias] = Schema.prototype.oneOf;
    for (const alias of ["not", "nope"]) Schema.prototype[alias] = Schema.prototype.notOneOf;
    var returnsTrue = () => true;
    function create$8(spec) {
      return new MixedSchema(spec);
    }
    var MixedSchema = class extends Schema {
      constructor(spec) {
        super(typeof spec === "function" ? {
          type: "mixed",
          check: spec
        } : Object.assign({
          type: "mixed",
          check: returnsTrue
        }, spec));
      }
    };
    create$8.prototype = MixedSchema.prototype;
    function create$7() {
      return new BooleanSchema();
    }
    var BooleanSchema = class extends Schema {
      constructor() {
        super({
          type: "boolean",
          check(v) {
            if (v instanceof Boolean) v = v.valueOf();
            return typeof v === "boolean";
          }
        });
        this.withMutation(() => {
          this.transform((value, _raw) => {
            if (this.spec.coerce && !this.isType(value)) {
              if (/^(true|1)$/i.test(String(value))) return true;
              if (/^(false|0)$/i.test(String(value))) return false;
            }
            return value;
          });
        });
      }
      isTrue(message = boolean.isValue) {
        return this.test({
          message,
          name: "is-value",
          exclusive: true,
          params: {
            value: "true"
          },
          test(value) {
            return isAbsent(value) || value === true;
          }
        });
      }
      isFalse(message = boolean.isValue) {
        return this.test({
          message,
          name: "is-value",
          exclusive: true,
          params: {
            value: "false"
          },
          test(value) {
            return isAbsent(value) || value === false;
          }
        });
      }
      default(def) {
        return super.default(def);
      }
      defined(msg) {
        return super.defined(msg);
      }
      optional() {
        return super.optional();
      }
      required(msg) {
        return super.required(msg);
      }
      notRequired() {
        return super.notRequired();
      }
      nullable() {
        return super.nullable();
      }
      nonNullable(msg) {
        return super.nonNullable(msg);
      }
      strip(v) {
        return super.strip(v);
      }
    };
    create$7.prototype = BooleanSchema.prototype;
    var isoReg = /^(\d{4}|[+-]\d{6})(?:-?(\d{2})(?:-?(\d{2}))?)?(?:[ T]?(\d{2}):?(\d{2})(?::?(\d{2})(?:[,.](\d{1,}))?)?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;
    function parseIsoDate(date2) {
      const struct = parseDateStruct(date2);
      if (!struct) return Date.parse ? Date.parse(date2) : Number.NaN;
      if (struct.z === void 0 && struct.plusMinus === void 0) {
        return new Date(struct.year, struct.month, struct.day, struct.hour, struct.minute, struct.second, struct.millisecond).valueOf();
      }
      let totalMinutesOffset = 0;
      if (struct.z !== "Z" && struct.plusMinus !== void 0) {
        totalMinutesOffset = struct.hourOffset * 60 + struct.minuteOffset;
        if (struct.plusMinus === "+") totalMinutesOffset = 0 - totalMinutesOffset;
      }
      return Date.UTC(struct.year, struct.month, struct.day, struct.hour, struct.minute + totalMinutesOffset, struct.second, struct.millisecond);
    }
    function parseDateStruct(date2) {
      var _regexResult$7$length, _regexResult$;
      const regexResult = isoReg.exec(date2);
      if (!regexResult) return null;
      return {
        year: toNumber(regexResult[1]),
        month: toNumber(regexResult[2], 1) - 1,
        day: toNumber(regexResult[3], 1),
        hour: toNumber(regexResult[4]),
        minute: toNumber(regexResult[5]),
        second: toNumber(regexResult[6]),
        millisecond: regexResult[7] ? (
          // allow arbitrary sub-second precision beyond milliseconds
          toNumber(regexResult[7].substring(0, 3))
        ) : 0,
        precision: (_regexResult$7$length = (_regexResult$ = regexResult[7]) == null ? void 0 : _regexResult$.length) != null ? _regexResult$7$length : void 0,
        z: regexResult[8] || void 0,
        plusMinus: regexResult[9] || void 0,
        hourOffset: toNumber(regexResult[10]),
        minuteOffset: toNumber(regexResult[11])
      };
    }
    function toNumber(str, defaultValue = 0) {
      return Number(str) || defaultValue;
    }
    var rEmail = (
      // eslint-disable-next-line
      /^[a-zA-Z0-9.!#$%&'*+\/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/
    );
    var rUrl = (
      // eslint-disable-next-line
      /^((https?|ftp):)?\/\/(((([a-z]|\d|-|\.|_|~|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])|(%[\da-f]{2})|[!\$&'\(\)\*\+,;=]|:)*@)?(((\d|[1-9]\d|1\d\d|2[0-4]\d|25[0-5])\.(\d|[1-9]\d|1\d\d|2[0-4]\d|25[0-5])\.(\d|[1-9]\d|1\d\d|2[0-4]\d|25[0-5])\.(\d|[1-9]\d|1\d\d|2[0-4]\d|25[0-5]))|((([a-z]|\d|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])|(([a-z]|\d|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])([a-z]|\d|-|\.|_|~|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])*([a-z]|\d|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])))\.)+(([a-z]|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])|(([a-z]|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])([a-z]|\d|-|\.|_|~|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])*([a-z]|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])))\.?)(:\d*)?)(\/((([a-z]|\d|-|\.|_|~|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])|(%[\da-f]{2})|[!\$&'\(\)\*\+,;=]|:|@)+(\/(([a-z]|\d|-|\.|_|~|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])|(%[\da-f]{2})|[!\$&'\(\)\*\+,;=]|:|@)*)*)?)?(\?((([a-z]|\d|-|\.|_|~|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])|(%[\da-f]{2})|[!\$&'\(\)\*\+,;=]|:|@)|[\uE000-\uF8FF]|\/|\?)*)?(\#((([a-z]|\d|-|\.|_|~|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])|(%[\da-f]{2})|[!\$&'\(\)\*\+,;=]|:|@)|\/|\?)*)?$/i
    );
    var rUUID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000)$/i;
    var yearMonthDay = "^\\d{4}-\\d{2}-\\d{2}";
    var hourMinuteSecond = "\\d{2}:\\d{2}:\\d{2}";
    var zOrOffset = "(([+-]\\d{2}(:?\\d{2})?)|Z)";
    var rIsoDateTime = new RegExp(`${yearMonthDay}T${hourMinuteSecond}(\\.\\d+)?${zOrOffset}$`);
    var isTrimmed = (value) => isAbsent(value) || value === value.trim();
    var objStringTag = {}.toString();
    function create$6() {
      return new StringSchema();
    }
    var StringSchema = class extends Schema {
      constructor() {
        super({
          type: "string",
          check(value) {
            if (value instanceof String) value = value.valueOf();
            return typeof value === "string";
          }
        });
        this.withMutation(() => {
          this.transform((value, _raw) => {
            if (!this.spec.coerce || this.isType(value)) return value;
            if (Array.isArray(value)) return value;
            const strValue = value != null && value.toString ? value.toString() : value;
            if (strValue === objStringTag) return value;
            return strValue;
          });
        });
      }
      required(message) {
        return super.required(message).withMutation((schema) => schema.test({
          message: message || mixed.required,
          name: "required",
          skipAbsent: true,
          test: (value) => !!value.length
        }));
      }
      notRequired() {
        return super.notRequired().withMutation((schema) => {
          schema.tests = schema.tests.filter((t2) => t2.OPTIONS.name !== "required");
          return schema;
        });
      }
      length(length, message = string.length) {
        return this.test({
          message,
          name: "length",
          exclusive: true,
          params: {
            length
          },
          skipAbsent: true,
          test(value) {
            return value.length === this.resolve(length);
          }
        });
      }
      min(min, message = string.min) {
        return this.test({
          message,
          name: "min",
          exclusive: true,
          params: {
            min
          },
          skipAbsent: true,
          test(value) {
            return value.length >= this.resolve(min);
          }
        });
      }
      max(max, message = string.max) {
        return this.test({
          name: "max",
          exclusive: true,
          message,
          params: {
            max
          },
          skipAbsent: true,
          test(value) {
            return value.length <= this.resolve(max);
          }
        });
      }
      matches(regex, options) {
        let excludeEmptyString = false;
        let message;
        let name;
        if (options) {
          if (typeof options === "object") {
            ({
              excludeEmptyString = false,
              message,
              name
            } = options);
          } else {
            message = options;
          }
        }
        return this.test({
          name: name || "matches",
          message: message || string.matches,
          params: {
            regex
          },
          skipAbsent: true,
          test: (value) => value === "" && excludeEmptyString || value.search(regex) !== -1
        });
      }
      email(message = string.email) {
        return this.matches(rEmail, {
          name: "email",
          message,
          excludeEmptyString: true
        });
      }
      url(message = string.url) {
        return this.matches(rUrl, {
          name: "url",
          message,
          excludeEmptyString: true
        });
      }
      uuid(message = string.uuid) {
        return this.matches(rUUID, {
          name: "uuid",
          message,
          excludeEmptyString: false
        });
      }
      datetime(options) {
        let message = "";
        let allowOffset;
        let precision;
        if (options) {
          if (typeof options === "object") {
            ({
              message = "",
              allowOffset = false,
              precision = void 0
            } = options);
          } else {
            message = options;
          }
        }
        return this.matches(rIsoDateTime, {
          name: "datetime",
          message: message || string.datetime,
          excludeEmptyString: true
        }).test({
          name: "datetime_offset",
          message: message || string.datetime_offset,
          params: {
            allowOffset
          },
          skipAbsent: true,
          test: (value) => {
            if (!value || allowOffset) return true;
            const struct = parseDateStruct(value);
            if (!struct) return false;
            return !!struct.z;
          }
        }).test({
          name: "datetime_precision",
          message: message || string.datetime_precision,
          params: {
            precision
          },
          skipAbsent: true,
          test: (value) => {
            if (!value || precision == void 0) return true;
            const struct = parseDateStruct(value);
            if (!struct) return false;
            return struct.precision === precision;
          }
        });
      }
      //-- transforms --
      ensure() {
        return this.default("").transform((val) => val === null ? "" : val);
      }
      trim(message = string.trim) {
        return this.transform((val) => val != null ? val.trim() : val).test({
          message,
          name: "trim",
          test: isTrimmed
        });
      }
      lowercase(message = string.lowercase) {
        return this.transform((value) => !isAbsent(value) ? value.toLowerCase() : value).test({
          message,
          name: "string_case",
          exclusive: true,
          skipAbsent: true,
          test: (value) => isAbsent(value) || value === value.toLowerCase()
        });
      }
      uppercase(message = string.uppercase) {
        return this.transform((value) => !isAbsent(value) ? value.toUpperCase() : value).test({
          message,
          name: "string_case",
          exclusive: true,
          skipAbsent: true,
          test: (value) => isAbsent(value) || value === value.toUpperCase()
        });
      }
    };
    create$6.prototype = StringSchema.prototype;
    var isNaN$1 = (value) => value != +value;
    function create$5() {
      return new NumberSchema();
    }
    var NumberSchema = class extends Schema {
      constructor() {
        super({
          type: "number",
          check(value) {
            if (value instanceof Number) value = value.valueOf();
            return typeof value === "number" && !isNaN$1(value);
          }
        });
        this.withMutation(() => {
          this.transform((value, _raw) => {
            if (!this.spec.coerce) return value;
            let parsed = value;
            if (typeof parsed === "string") {
              parsed = parsed.replace(/\s/g, "");
              if (parsed === "") return NaN;
              parsed = +parsed;
            }
            if (this.isType(parsed) || parsed === null) return parsed;
            return parseFloat(parsed);
          });
        });
      }
      min(min, message = number.min) {
        return this.test({
          message,
          name: "min",
          exclusive: true,
          params: {
            min
          },
          skipAbsent: true,
          test(value) {
            return value >= this.resolve(min);
          }
        });
      }
      max(max, message = number.max) {
        return this.test({
          message,
          name: "max",
          exclusive: true,
          params: {
            max
          },
          skipAbsent: true,
          test(value) {
            return value <= this.resolve(max);
          }
        });
      }
      lessThan(less, message = number.lessThan) {
        return this.test({
          message,
          name: "max",
          exclusive: true,
          params: {
            less
          },
          skipAbsent: true,
          test(value) {
            return value < this.resolve(less);
          }
        });
      }
      moreThan(more, message = number.moreThan) {
        return this.test({
          message,
          name: "min",
          exclusive: true,
          params: {
            more
          },
          skipAbsent: true,
          test(value) {
            return value > this.resolve(more);
          }
        });
      }
      positive(msg = number.positive) {
        return this.moreThan(0, msg);
      }
      negative(msg = number.negative) {
        return this.lessThan(0, msg);
      }
      integer(message = number.integer) {
        return this.test({
          name: "integer",
          message,
          skipAbsent: true,
          test: (val) => Number.isInteger(val)
        });
      }
      truncate() {
        return this.transform((value) => !isAbsent(value) ? value | 0 : value);
      }
      round(method) {
        var _method;
        let avail = ["ceil", "floor", "round", "trunc"];
        method = ((_method = method) == null ? void 0 : _method.toLowerCase()) || "round";
        if (method === "trunc") return this.truncate();
        if (avail.indexOf(method.toLowerCase()) === -1) throw new TypeError("Only valid options for round() are: " + avail.join(", "));
        return this.transform((value) => !isAbsent(value) ? Math[method](value) : value);
      }
    };
    create$5.prototype = NumberSchema.prototype;
    var invalidDate = /* @__PURE__ */ new Date("");
    var isDate = (obj) => Object.prototype.toString.call(obj) === "[object Date]";
    function create$4() {
      return new DateSchema();
    }
    var DateSchema = class _DateSchema extends Schema {
      constructor() {
        super({
          type: "date",
          check(v) {
            return isDate(v) && !isNaN(v.getTime());
          }
        });
        this.withMutation(() => {
          this.transform((value, _raw) => {
            if (!this.spec.coerce || this.isType(value) || value === null) return value;
            value = parseIsoDate(value);
            return !isNaN(value) ? new Date(value) : _DateSchema.INVALID_DATE;
          });
        });
      }
      prepareParam(ref, name) {
        let param;
        if (!Reference.isRef(ref)) {
          let cast = this.cast(ref);
          if (!this._typeCheck(cast)) throw new TypeError(`\`${name}\` must be a Date or a value that can be \`cast()\` to a Date`);
          param = cast;
        } else {
          param = ref;
        }
        return param;
      }
      min(min, message = date.min) {
        let limit = this.prepareParam(min, "min");
        return this.test({
          message,
          name: "min",
          exclusive: true,
          params: {
            min
          },
          skipAbsent: true,
          test(value) {
            return value >= this.resolve(limit);
          }
        });
      }
      max(max, message = date.max) {
        let limit = this.prepareParam(max, "max");
        return this.test({
          message,
          name: "max",
          exclusive: true,
          params: {
            max
          },
          skipAbsent: true,
          test(value) {
            return value <= this.resolve(limit);
          }
        });
      }
    };
    DateSchema.INVALID_DATE = invalidDate;
    create$4.prototype = DateSchema.prototype;
    create$4.INVALID_DATE = invalidDate;
    function sortFields(fields, excludedEdges = []) {
      let edges = [];
      let nodes = /* @__PURE__ */ new Set();
      let excludes = new Set(excludedEdges.map(([a, b]) => `${a}-${b}`));
      function addNode(depPath, key) {
        let node = propertyExpr.split(depPath)[0];
        nodes.add(node);
        if (!excludes.has(`${key}-${node}`)) edges.push([key, node]);
      }
      for (const key of Object.keys(fields)) {
        let value = fields[key];
        nodes.add(key);
        if (Reference.isRef(value) && value.isSibling) addNode(value.path, key);
        else if (isSchema(value) && "deps" in value) value.deps.forEach((path) => addNode(path, key));
      }
      return toposort__default["default"].array(Array.from(nodes), edges).reverse();
    }
    function findIndex(arr, err) {
      let idx = Infinity;
      arr.some((key, ii) => {
        var _err$path;
        if ((_err$path = err.path) != null && _err$path.includes(key)) {
          idx = ii;
          return true;
        }
      });
      return idx;
    }
    function sortByKeyOrder(keys) {
      return (a, b) => {
        return findIndex(keys, a) - findIndex(keys, b);
      };
    }
    var parseJson = (value, _, schema) => {
      if (typeof value !== "string") {
        return value;
      }
      let parsed = value;
      try {
        parsed = JSON.parse(value);
      } catch (err) {
      }
      return schema.isType(parsed) ? parsed : value;
    };
    function deepPartial(schema) {
      if ("fields" in schema) {
        const partial = {};
        for (const [key, fieldSchema] of Object.entries(schema.fields)) {
          partial[key] = deepPartial(fieldSchema);
        }
        return schema.setFields(partial);
      }
      if (schema.type === "array") {
        const nextArray = schema.optional();
        if (nextArray.innerType) nextArray.innerType = deepPartial(nextArray.innerType);
        return nextArray;
      }
      if (schema.type === "tuple") {
        return schema.optional().clone({
          types: schema.spec.types.map(deepPartial)
        });
      }
      if ("optional" in schema) {
        return schema.optional();
      }
      return schema;
    }
    var deepHas = (obj, p) => {
      const path = [...propertyExpr.normalizePath(p)];
      if (path.length === 1) return path[0] in obj;
      let last = path.pop();
      let parent = propertyExpr.getter(propertyExpr.join(path), true)(obj);
      return !!(parent && last in parent);
    };
    var isObject = (obj) => Object.prototype.toString.call(obj) === "[object Object]";
    function unknown(ctx, value) {
      let known = Object.keys(ctx.fields);
      return Object.keys(value).filter((key) => known.indexOf(key) === -1);
    }
    var defaultSort = sortByKeyOrder([]);
    function create$3(spec) {
      return new ObjectSchema(spec);
    }
    var ObjectSchema = class extends Schema {
      constructor(spec) {
        super({
          type: "object",
          check(value) {
            return isObject(value) || typeof value === "function";
          }
        });
        this.fields = /* @__PURE__ */ Object.create(null);
        this._sortErrors = defaultSort;
        this._nodes = [];
        this._excludedEdges = [];
        this.withMutation(() => {
          if (spec) {
            this.shape(spec);
          }
        });
      }
      _cast(_value, options = {}) {
        var _options$stripUnknown;
        let value = super._cast(_value, options);
        if (value === void 0) return this.getDefault(options);
        if (!this._typeCheck(value)) return value;
        let fields = this.fields;
        let strip = (_options$stripUnknown = options.stripUnknown) != null ? _options$stripUnknown : this.spec.noUnknown;
        let props = [].concat(this._nodes, Object.keys(value).filter((v) => !this._nodes.includes(v)));
        let intermediateValue = {};
        let innerOptions = Object.assign({}, options, {
          parent: intermediateValue,
          __validating: options.__validating || false
        });
        let isChanged = false;
        for (const prop of props) {
          let field = fields[prop];
          let exists = prop in value;
          let inputValue = value[prop];
          if (field) {
            let fieldValue;
            innerOptions.path = (options.path ? `${options.path}.` : "") + prop;
            field = field.resolve({
              value: inputValue,
              context: options.context,
              parent: intermediateValue
            });
            let fieldSpec = field instanceof Schema ? field.spec : void 0;
            let strict = fieldSpec == null ? void 0 : fieldSpec.strict;
            if (fieldSpec != null && fieldSpec.strip) {
              isChanged = isChanged || prop in value;
              continue;
            }
            fieldValue = !options.__validating || !strict ? field.cast(inputValue, innerOptions) : inputValue;
            if (fieldValue !== void 0) {
              intermediateValue[prop] = fieldValue;
            }
          } else if (exists && !strip) {
            intermediateValue[prop] = inputValue;
          }
          if (exists !== prop in intermediateValue || intermediateValue[prop] !== inputValue) {
            isChanged = true;
          }
        }
        return isChanged ? intermediateValue : value;
      }
      _validate(_value, options = {}, panic, next) {
        let {
          from = [],
          originalValue = _value,
          recursive = this.spec.recursive
        } = options;
        options.from = [{
          schema: this,
          value: originalValue
        }, ...from];
        options.__validating = true;
        options.originalValue = originalValue;
        super._validate(_value, options, panic, (objectErrors, value) => {
          if (!recursive || !isObject(value)) {
            next(objectErrors, value);
            return;
          }
          originalValue = originalValue || value;
          let tests = [];
          for (let key of this._nodes) {
            let field = this.fields[key];
            if (!field || Reference.isRef(field)) {
              continue;
            }
            tests.push(field.asNestedTest({
              options,
              key,
              parent: value,
              parentPath: options.path,
              originalParent: originalValue
            }));
          }
          this.runTests({
            tests,
            value,
            originalValue,
            options
          }, panic, (fieldErrors) => {
            next(fieldErrors.sort(this._sortErrors).concat(objectErrors), value);
          });
        });
      }
      clone(spec) {
        const next = super.clone(spec);
        next.fields = Object.assign({}, this.fields);
        next._nodes = this._nodes;
        next._excludedEdges = this._excludedEdges;
        next._sortErrors = this._sortErrors;
        return next;
      }
      concat(schema) {
        let next = super.concat(schema);
        let nextFields = next.fields;
        for (let [field, schemaOrRef] of Object.entries(this.fields)) {
          const target = nextFields[field];
          nextFields[field] = target === void 0 ? schemaOrRef : target;
        }
        return next.withMutation((s) => (
          // XXX: excludes here is wrong
          s.setFields(nextFields, [...this._excludedEdges, ...schema._excludedEdges])
        ));
      }
      _getDefault(options) {
        if ("default" in this.spec) {
          return super._getDefault(options);
        }
        if (!this._nodes.length) {
          return void 0;
        }
        let dft = {};
        this._nodes.forEach((key) => {
          var _innerOptions;
          const field = this.fields[key];
          let innerOptions = options;
          if ((_innerOptions = innerOptions) != null && _innerOptions.value) {
            innerOptions = Object.assign({}, innerOptions, {
              parent: innerOptions.value,
              value: innerOptions.value[key]
            });
          }
          dft[key] = field && "getDefault" in field ? field.getDefault(innerOptions) : void 0;
        });
        return dft;
      }
      setFields(shape, excludedEdges) {
        let next = this.clone();
        next.fields = shape;
        next._nodes = sortFields(shape, excludedEdges);
        next._sortErrors = sortByKeyOrder(Object.keys(shape));
        if (excludedEdges) next._excludedEdges = excludedEdges;
        return next;
      }
      shape(additions, excludes = []) {
        return this.clone().withMutation((next) => {
          let edges = next._excludedEdges;
          if (excludes.length) {
            if (!Array.isArray(excludes[0])) excludes = [excludes];
            edges = [...next._excludedEdges, ...excludes];
          }
          return next.setFields(Object.assign(next.fields, additions), edges);
        });
      }
      partial() {
        const partial = {};
        for (const [key, schema] of Object.entries(this.fields)) {
          partial[key] = "optional" in schema && schema.optional instanceof Function ? schema.optional() : schema;
        }
        return this.setFields(partial);
      }
      deepPartial() {
        const next = deepPartial(this);
        return next;
      }
      pick(keys) {
        const picked = {};
        for (const key of keys) {
          if (this.fields[key]) picked[key] = this.fields[key];
        }
        return this.setFields(picked, this._excludedEdges.filter(([a, b]) => keys.includes(a) && keys.includes(b)));
      }
      omit(keys) {
        const remaining = [];
        for (const key of Object.keys(this.fields)) {
          if (keys.includes(key)) continue;
          remaining.push(key);
        }
        return this.pick(remaining);
      }
      from(from, to, alias) {
        let fromGetter = propertyExpr.getter(from, true);
        return this.transform((obj) => {
          if (!obj) return obj;
          let newObj = obj;
          if (deepHas(obj, from)) {
            newObj = Object.assign({}, obj);
            if (!alias) delete newObj[from];
            newObj[to] = fromGetter(obj);
          }
          return newObj;
        });
      }
      /** Parse an input JSON string to an object */
      json() {
        return this.transform(parseJson);
      }
      /**
       * Similar to `noUnknown` but only validates that an object is the right shape without stripping the unknown keys
       */
      exact(message) {
        return this.test({
          name: "exact",
          exclusive: true,
          message: message || object.exact,
          test(value) {
            if (value == null) return true;
            const unknownKeys = unknown(this.schema, value);
            return unknownKeys.length === 0 || this.createError({
              params: {
                properties: unknownKeys.join(", ")
              }
            });
          }
        });
      }
      stripUnknown() {
        return this.clone({
          noUnknown: true
        });
      }
      noUnknown(noAllow = true, message = object.noUnknown) {
        if (typeof noAllow !== "boolean") {
          message = noAllow;
          noAllow = true;
        }
        let next = this.test({
          name: "noUnknown",
          exclusive: true,
          message,
          test(value) {
            if (value == null) return true;
            const unknownKeys = unknown(this.schema, value);
            return !noAllow || unknownKeys.length === 0 || this.createError({
              params: {
                unknown: unknownKeys.join(", ")
              }
            });
          }
        });
        next.spec.noUnknown = noAllow;
        return next;
      }
      unknown(allow = true, message = object.noUnknown) {
        return this.noUnknown(!allow, message);
      }
      transformKeys(fn) {
        return this.transform((obj) => {
          if (!obj) return obj;
          const result = {};
          for (const key of Object.keys(obj)) result[fn(key)] = obj[key];
          return result;
        });
      }
      camelCase() {
        return this.transformKeys(tinyCase.camelCase);
      }
      snakeCase() {
        return this.transformKeys(tinyCase.snakeCase);
      }
      constantCase() {
        return this.transformKeys((key) => tinyCase.snakeCase(key).toUpperCase());
      }
      describe(options) {
        const next = (options ? this.resolve(options) : this).clone();
        const base = super.describe(options);
        base.fields = {};
        for (const [key, value] of Object.entries(next.fields)) {
          var _innerOptions2;
          let innerOptions = options;
          if ((_innerOptions2 = innerOptions) != null && _innerOptions2.value) {
            innerOptions = Object.assign({}, innerOptions, {
              parent: innerOptions.value,
              value: innerOptions.value[key]
            });
          }
          base.fields[key] = value.describe(innerOptions);
        }
        return base;
      }
    };
    create$3.prototype = ObjectSchema.prototype;
    function create$2(type) {
      return new ArraySchema(type);
    }
    var ArraySchema = class extends Schema {
      constructor(type) {
        super({
          type: "array",
          spec: {
            types: type
          },
          check(v) {
            return Array.isArray(v);
          }
        });
        this.innerType = void 0;
        this.innerType = type;
      }
      _cast(_value, _opts) {
        const value = super._cast(_value, _opts);
        if (!this._typeCheck(value) || !this.innerType) {
          return value;
        }
        let isChanged = false;
        const castArray = value.map((v, idx) => {
          const castElement = this.innerType.cast(v, Object.assign({}, _opts, {
            path: `${_opts.path || ""}[${idx}]`,
            parent: value,
            originalValue: v,
            value: v,
            index: idx
          }));
          if (castElement !== v) {
            isChanged = true;
          }
          return castElement;
        });
        return isChanged ? castArray : value;
      }
      _validate(_value, options = {}, panic, next) {
        var _options$recursive;
        let innerType = this.innerType;
        let recursive = (_options$recursive = options.recursive) != null ? _options$recursive : this.spec.recursive;
        options.originalValue != null ? options.originalValue : _value;
        super._validate(_value, options, panic, (arrayErrors, value) => {
          var _options$originalValu2;
          if (!recursive || !innerType || !this._typeCheck(value)) {
            next(arrayErrors, value);
            return;
          }
          let tests = new Array(value.length);
          for (let index = 0; index < value.length; index++) {
            var _options$originalValu;
            tests[index] = innerType.asNestedTest({
              options,
              index,
              parent: value,
              parentPath: options.path,
              originalParent: (_options$originalValu = options.originalValue) != null ? _options$originalValu : _value
            });
          }
          this.runTests({
            value,
            tests,
            originalValue: (_options$originalValu2 = options.originalValue) != null ? _options$originalValu2 : _value,
            options
          }, panic, (innerTypeErrors) => next(innerTypeErrors.concat(arrayErrors), value));
        });
      }
      clone(spec) {
        const next = super.clone(spec);
        next.innerType = this.innerType;
        return next;
      }
      /** Parse an input JSON string to an object */
      json() {
        return this.transform(parseJson);
      }
      concat(schema) {
        let next = super.concat(schema);
        next.innerType = this.innerType;
        if (schema.innerType)
          next.innerType = next.innerType ? (
            // @ts-expect-error Lazy doesn't have concat and will break
            next.innerType.concat(schema.innerType)
          ) : schema.innerType;
        return next;
      }
      of(schema) {
        let next = this.clone();
        if (!isSchema(schema)) throw new TypeError("`array.of()` sub-schema must be a valid yup schema not: " + printValue(schema));
        next.innerType = schema;
        next.spec = Object.assign({}, next.spec, {
          types: schema
        });
        return next;
      }
      length(length, message = array.length) {
        return this.test({
          message,
          name: "length",
          exclusive: true,
          params: {
            length
          },
          skipAbsent: true,
          test(value) {
            return value.length === this.resolve(length);
          }
        });
      }
      min(min, message) {
        message = message || array.min;
        return this.test({
          message,
          name: "min",
          exclusive: true,
          params: {
            min
          },
          skipAbsent: true,
          // FIXME(ts): Array<typeof T>
          test(value) {
            return value.length >= this.resolve(min);
          }
        });
      }
      max(max, message) {
        message = message || array.max;
        return this.test({
          message,
          name: "max",
          exclusive: true,
          params: {
            max
          },
          skipAbsent: true,
          test(value) {
            return value.length <= this.resolve(max);
          }
        });
      }
      ensure() {
        return this.default(() => []).transform((val, original) => {
          if (this._typeCheck(val)) return val;
          return original == null ? [] : [].concat(original);
        });
      }
      compact(rejector) {
        let reject = !rejector ? (v) => !!v : (v, i, a) => !rejector(v, i, a);
        return this.transform((values) => values != null ? values.filter(reject) : values);
      }
      describe(options) {
        const next = (options ? this.resolve(options) : this).clone();
        const base = super.describe(options);
        if (next.innerType) {
          var _innerOptions;
          let innerOptions = options;
          if ((_innerOptions = innerOptions) != null && _innerOptions.value) {
            innerOptions = Object.assign({}, innerOptions, {
              parent: innerOptions.value,
              value: innerOptions.value[0]
            });
          }
          base.innerType = next.innerType.describe(innerOptions);
        }
        return base;
      }
    };
    create$2.prototype = ArraySchema.prototype;
    function create$1(schemas) {
      return new TupleSchema(schemas);
    }
    var TupleSchema = class extends Schema {
      constructor(schemas) {
        super({
          type: "tuple",
          spec: {
            types: schemas
          },
          check(v) {
            const types = this.spec.types;
            return Array.isArray(v) && v.length === types.length;
          }
        });
        this.withMutation(() => {
          this.typeError(tuple.notType);
        });
      }
      _cast(inputValue, options) {
        const {
          types
        } = this.spec;
        const value = super._cast(inputValue, options);
        if (!this._typeCheck(value)) {
          return value;
        }
        let isChanged = false;
        const castArray = types.map((type, idx) => {
          const castElement = type.cast(value[idx], Object.assign({}, options, {
            path: `${options.path || ""}[${idx}]`,
            parent: value,
            originalValue: value[idx],
            value: value[idx],
            index: idx
          }));
          if (castElement !== value[idx]) isChanged = true;
          return castElement;
        });
        return isChanged ? castArray : value;
      }
      _validate(_value, options = {}, panic, next) {
        let itemTypes = this.spec.types;
        super._validate(_value, options, panic, (tupleErrors, value) => {
          var _options$originalValu2;
          if (!this._typeCheck(value)) {
            next(tupleErrors, value);
            return;
          }
          let tests = [];
          for (let [index, itemSchema] of itemTypes.entries()) {
            var _options$originalValu;
            tests[index] = itemSchema.asNestedTest({
              options,
              index,
              parent: value,
              parentPath: options.path,
              originalParent: (_options$originalValu = options.originalValue) != null ? _options$originalValu : _value
            });
          }
          this.runTests({
            value,
            tests,
            originalValue: (_options$originalValu2 = options.originalValue) != null ? _options$originalValu2 : _value,
            options
          }, panic, (innerTypeErrors) => next(innerTypeErrors.concat(tupleErrors), value));
        });
      }
      describe(options) {
        const next = (options ? this.resolve(options) : this).clone();
        const base = super.describe(options);
        base.innerType = next.spec.types.map((schema, index) => {
          var _innerOptions;
          let innerOptions = options;
          if ((_innerOptions = innerOptions) != null && _innerOptions.value) {
            innerOptions = Object.assign({}, innerOptions, {
              parent: innerOptions.value,
              value: innerOptions.value[index]
            });
          }
          return schema.describe(innerOptions);
        });
        return base;
      }
    };
    create$1.prototype = TupleSchema.prototype;
    function create(builder) {
      return new Lazy(builder);
    }
    function catchValidationError(fn) {
      try {
        return fn();
      } catch (err) {
        if (ValidationError.isError(err)) return Promise.reject(err);
        throw err;
      }
    }
    var Lazy = class _Lazy {
      constructor(builder) {
        this.type = "lazy";
        this.__isYupSchema__ = true;
        this.spec = void 0;
        this._resolve = (value, options = {}) => {
          let schema = this.builder(value, options);
          if (!isSchema(schema)) throw new TypeError("lazy() functions must return a valid schema");
          if (this.spec.optional) schema = schema.optional();
          return schema.resolve(options);
        };
        this.builder = builder;
        this.spec = {
          meta: void 0,
          optional: false
        };
      }
      clone(spec) {
        const next = new _Lazy(this.builder);
        next.spec = Object.assign({}, this.spec, spec);
        return next;
      }
      optionality(optional) {
        const next = this.clone({
          optional
        });
        return next;
      }
      optional() {
        return this.optionality(true);
      }
      resolve(options) {
        return this._resolve(options.value, options);
      }
      cast(value, options) {
        return this._resolve(value, options).cast(value, options);
      }
      asNestedTest(config) {
        let {
          key,
          index,
          parent,
          options
        } = config;
        let value = parent[index != null ? index : key];
        return this._resolve(value, Object.assign({}, options, {
          value,
          parent
        })).asNestedTest(config);
      }
      validate(value, options) {
        return catchValidationError(() => this._resolve(value, options).validate(value, options));
      }
      validateSync(value, options) {
        return this._resolve(value, options).validateSync(value, options);
      }
      validateAt(path, value, options) {
        return catchValidationError(() => this._resolve(value, options).validateAt(path, value, options));
      }
      validateSyncAt(path, value, options) {
        return this._resolve(value, options).validateSyncAt(path, value, options);
      }
      isValid(value, options) {
        try {
          return this._resolve(value, options).isValid(value, options);
        } catch (err) {
          if (ValidationError.isError(err)) {
            return Promise.resolve(false);
          }
          throw err;
        }
      }
      isValidSync(value, options) {
        return this._resolve(value, options).isValidSync(value, options);
      }
      describe(options) {
        return options ? this.resolve(options).describe(options) : {
          type: "lazy",
          meta: this.spec.meta,
          label: void 0
        };
      }
      meta(...args) {
        if (args.length === 0) return this.spec.meta;
        let next = this.clone();
        next.spec.meta = Object.assign(next.spec.meta || {}, args[0]);
        return next;
      }
      get ["~standard"]() {
        const schema = this;
        const standard = {
          version: 1,
          vendor: "yup",
          async validate(value) {
            try {
              const result = await schema.validate(value, {
                abortEarly: false
              });
              return {
                value: result
              };
            } catch (err) {
              if (ValidationError.isError(err)) {
                return {
                  issues: issuesFromValidationError(err)
                };
              }
              throw err;
            }
          }
        };
        return standard;
      }
    };
    function setLocale(custom) {
      Object.keys(custom).forEach((type) => {
        Object.keys(custom[type]).forEach((method) => {
          locale[type][method] = custom[type][method];
        });
      });
    }
    function addMethod(schemaType, name, fn) {
      if (!schemaType || !isSchema(schemaType.prototype)) throw new TypeError("You must provide a yup schema constructor function");
      if (typeof name !== "string") throw new TypeError("A Method name must be provided");
      if (typeof fn !== "function") throw new TypeError("Method function must be provided");
      schemaType.prototype[name] = fn;
    }
    exports.ArraySchema = ArraySchema;
    exports.BooleanSchema = BooleanSchema;
    exports.DateSchema = DateSchema;
    exports.LazySchema = Lazy;
    exports.MixedSchema = MixedSchema;
    exports.NumberSchema = NumberSchema;
    exports.ObjectSchema = ObjectSchema;
    exports.Schema = Schema;
    exports.StringSchema = StringSchema;
    exports.TupleSchema = TupleSchema;
    exports.ValidationError = ValidationError;
    exports.addMethod = addMethod;
    exports.array = create$2;
    exports.bool = create$7;
    exports.boolean = create$7;
    exports.date = create$4;
    exports.defaultLocale = locale;
    exports.getIn = getIn;
    exports.isSchema = isSchema;
    exports.lazy = create;
    exports.mixed = create$8;
    exports.number = create$5;
    exports.object = create$3;
    exports.printValue = printValue;
    exports.reach = reach;
    exports.ref = create$9;
    exports.setLocale = setLocale;
    exports.string = create$6;
    exports.tuple = create$1;
  }
});

// node_modules/ics/dist/schema/index.js
var require_schema = __commonJS({
  "node_modules/ics/dist/schema/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.urlRegex = void 0;
    exports.validateHeader = validateHeader;
    exports.validateHeaderAndEvent = validateHeaderAndEvent;
    var yup = _interopRequireWildcard(require_yup());
    function _interopRequireWildcard(e, t2) {
      if ("function" == typeof WeakMap) var r = /* @__PURE__ */ new WeakMap(), n = /* @__PURE__ */ new WeakMap();
      return (_interopRequireWildcard = function _interopRequireWildcard2(e2, t3) {
        if (!t3 && e2 && e2.__esModule) return e2;
        var o, i, f = { __proto__: null, "default": e2 };
        if (null === e2 || "object" != _typeof(e2) && "function" != typeof e2) return f;
        if (o = t3 ? n : r) {
          if (o.has(e2)) return o.get(e2);
          o.set(e2, f);
        }
        for (var _t in e2) "default" !== _t && {}.hasOwnProperty.call(e2, _t) && ((i = (o = Object.defineProperty) && Object.getOwnPropertyDescriptor(e2, _t)) && (i.get || i.set) ? o(f, _t, i) : f[_t] = e2[_t]);
        return f;
      })(e, t2);
    }
    function _typeof(o) {
      "@babel/helpers - typeof";
      return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
        return typeof o2;
      } : function(o2) {
        return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
      }, _typeof(o);
    }
    function ownKeys(e, r) {
      var t2 = Object.keys(e);
      if (Object.getOwnPropertySymbols) {
        var o = Object.getOwnPropertySymbols(e);
        r && (o = o.filter(function(r2) {
          return Object.getOwnPropertyDescriptor(e, r2).enumerable;
        })), t2.push.apply(t2, o);
      }
      return t2;
    }
    function _objectSpread(e) {
      for (var r = 1; r < arguments.length; r++) {
        var t2 = null != arguments[r] ? arguments[r] : {};
        r % 2 ? ownKeys(Object(t2), true).forEach(function(r2) {
          _defineProperty(e, r2, t2[r2]);
        }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t2)) : ownKeys(Object(t2)).forEach(function(r2) {
          Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t2, r2));
        });
      }
      return e;
    }
    function _defineProperty(e, r, t2) {
      return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t2, enumerable: true, configurable: true, writable: true }) : e[r] = t2, e;
    }
    function _toPropertyKey(t2) {
      var i = _toPrimitive(t2, "string");
      return "symbol" == _typeof(i) ? i : i + "";
    }
    function _toPrimitive(t2, r) {
      if ("object" != _typeof(t2) || !t2) return t2;
      var e = t2[Symbol.toPrimitive];
      if (void 0 !== e) {
        var i = e.call(t2, r || "default");
        if ("object" != _typeof(i)) return i;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return ("string" === r ? String : Number)(t2);
    }
    var urlRegex = exports.urlRegex = /^(?:([a-z0-9+.-]+):\/\/)(?:\S+(?::\S*)?@)?(?:(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z\u00a1-\uffff0-9]-*)*[a-z\u00a1-\uffff0-9]+)(?:\.(?:[a-z\u00a1-\uffff0-9]-*)*[a-z\u00a1-\uffff0-9]+)*\.?)(?::\d{2,5})?(?:[/?#]\S*)?$/;
    var dateTimeSchema = function dateTimeSchema2(_ref) {
      var required = _ref.required;
      return yup.lazy(function(value) {
        if (typeof value === "number") {
          return yup.number().integer().min(0);
        }
        if (typeof value === "string") {
          return yup.string().required();
        }
        if (!required && typeof value === "undefined") {
          return yup.mixed().oneOf([void 0]);
        }
        return yup.array().required().min(3).max(7).of(yup.lazy(function(item, options) {
          var itemIndex = options.parent.findIndex(function(element) {
            return isNaN(element) || element === options.value;
          });
          return [yup.number().integer(), yup.number().integer().min(1).max(12), yup.number().integer().min(1).max(31), yup.number().integer().min(0).max(23), yup.number().integer().min(0).max(60), yup.number().integer().min(0).max(60)][itemIndex];
        }));
      });
    };
    var durationSchema = yup.object().shape({
      before: yup["boolean"](),
      //option to set before alaram
      weeks: yup.number(),
      days: yup.number(),
      hours: yup.number(),
      minutes: yup.number(),
      seconds: yup.number()
    }).noUnknown();
    var contactSchema = yup.object().shape({
      name: yup.string(),
      email: yup.string().email(),
      rsvp: yup["boolean"](),
      dir: yup.string().matches(urlRegex),
      partstat: yup.string(),
      role: yup.string(),
      scheduleAgent: yup.string().matches(/^(SERVER|CLIENT|NONE)$/),
      cutype: yup.string(),
      xNumGuests: yup.number()
    }).noUnknown();
    var organizerSchema = yup.object().shape({
      name: yup.string(),
      email: yup.string().email(),
      dir: yup.string(),
      sentBy: yup.string()
    }).noUnknown();
    var alarmSchema = yup.object().shape({
      action: yup.string().matches(/^(audio|display|email)$/).required(),
      trigger: yup.mixed().required(),
      description: yup.string(),
      duration: durationSchema,
      repeat: yup.number(),
      attach: yup.string(),
      attachType: yup.string(),
      summary: yup.string(),
      attendee: contactSchema,
      "x-prop": yup.mixed(),
      "iana-prop": yup.mixed()
    }).noUnknown();
    var headerShape = {
      productId: yup.string(),
      method: yup.string(),
      calName: yup.string()
    };
    var headerSchema = yup.object().shape(headerShape).noUnknown();
    var eventShape = {
      summary: yup.string(),
      timestamp: dateTimeSchema({
        required: false
      }),
      title: yup.string(),
      uid: yup.string(),
      sequence: yup.number().integer().max(2147483647),
      start: dateTimeSchema({
        required: true
      }),
      duration: durationSchema,
      startType: yup.string().matches(/^(utc|local)$/),
      startInputType: yup.string().matches(/^(utc|local)$/),
      startOutputType: yup.string().matches(/^(utc|local)$/),
      end: dateTimeSchema({
        required: false
      }),
      endInputType: yup.string().matches(/^(utc|local)$/),
      endOutputType: yup.string().matches(/^(utc|local)$/),
      description: yup.string(),
      url: yup.string().matches(urlRegex),
      geo: yup.object().shape({
        lat: yup.number(),
        lon: yup.number()
      }),
      location: yup.string(),
      status: yup.string().matches(/^(TENTATIVE|CANCELLED|CONFIRMED)$/i),
      categories: yup.array().of(yup.string()),
      organizer: organizerSchema,
      attendees: yup.array().of(contactSchema),
      alarms: yup.array().of(alarmSchema),
      recurrenceRule: yup.string(),
      busyStatus: yup.string().matches(/^(TENTATIVE|FREE|BUSY|OOF)$/i),
      transp: yup.string().matches(/^(TRANSPARENT|OPAQUE)$/i),
      classification: yup.string(),
      created: dateTimeSchema({
        required: false
      }),
      lastModified: dateTimeSchema({
        required: false
      }),
      exclusionDates: yup.array().of(dateTimeSchema({
        required: true
      })),
      htmlContent: yup.string(),
      recurrenceId: dateTimeSchema({
        required: false
      })
    };
    var headerAndEventSchema = yup.object().shape(_objectSpread(_objectSpread({}, headerShape), eventShape)).test("xor", "object should have end or duration (but not both)", function(val) {
      var hasEnd = !!val.end;
      var hasDuration = !!val.duration;
      return hasEnd && !hasDuration || !hasEnd && hasDuration || !hasEnd && !hasDuration;
    }).noUnknown();
    function validateHeader(candidate) {
      try {
        var value = headerSchema.validateSync(candidate, {
          abortEarly: false,
          strict: true
        });
        return {
          error: null,
          value
        };
      } catch (error) {
        return {
          error: Object.assign({}, error),
          value: void 0
        };
      }
    }
    function validateHeaderAndEvent(candidate) {
      try {
        var value = headerAndEventSchema.validateSync(candidate, {
          abortEarly: false,
          strict: true
        });
        return {
          error: null,
          value
        };
      } catch (error) {
        return {
          error: Object.assign({}, error),
          value: void 0
        };
      }
    }
  }
});

// node_modules/ics/dist/pipeline/validate.js
var require_validate = __commonJS({
  "node_modules/ics/dist/pipeline/validate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    var _schema = require_schema();
    Object.keys(_schema).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports && exports[key] === _schema[key]) return;
      Object.defineProperty(exports, key, {
        enumerable: true,
        get: function get() {
          return _schema[key];
        }
      });
    });
  }
});

// node_modules/ics/dist/pipeline/index.js
var require_pipeline = __commonJS({
  "node_modules/ics/dist/pipeline/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    Object.defineProperty(exports, "buildEvent", {
      enumerable: true,
      get: function get() {
        return _build.buildEvent;
      }
    });
    Object.defineProperty(exports, "buildHeader", {
      enumerable: true,
      get: function get() {
        return _build.buildHeader;
      }
    });
    Object.defineProperty(exports, "formatEvent", {
      enumerable: true,
      get: function get() {
        return _format.formatEvent;
      }
    });
    Object.defineProperty(exports, "formatFooter", {
      enumerable: true,
      get: function get() {
        return _format.formatFooter;
      }
    });
    Object.defineProperty(exports, "formatHeader", {
      enumerable: true,
      get: function get() {
        return _format.formatHeader;
      }
    });
    Object.defineProperty(exports, "urlRegex", {
      enumerable: true,
      get: function get() {
        return _validate.urlRegex;
      }
    });
    Object.defineProperty(exports, "validateHeader", {
      enumerable: true,
      get: function get() {
        return _validate.validateHeader;
      }
    });
    Object.defineProperty(exports, "validateHeaderAndEvent", {
      enumerable: true,
      get: function get() {
        return _validate.validateHeaderAndEvent;
      }
    });
    var _build = require_build();
    var _format = require_format();
    var _validate = require_validate();
  }
});

// node_modules/ics/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/ics/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.convertTimestampToArray = convertTimestampToArray;
    exports.createEvent = createEvent;
    exports.createEvents = createEvents2;
    exports.createEventsAsync = createEventsAsync;
    exports.isValidURL = isValidURL;
    var _pipeline = require_pipeline();
    function _regeneratorRuntime() {
      "use strict";
      var r = _regenerator(), e = r.m(_regeneratorRuntime), t2 = (Object.getPrototypeOf ? Object.getPrototypeOf(e) : e.__proto__).constructor;
      function n(r2) {
        var e2 = "function" == typeof r2 && r2.constructor;
        return !!e2 && (e2 === t2 || "GeneratorFunction" === (e2.displayName || e2.name));
      }
      var o = { "throw": 1, "return": 2, "break": 3, "continue": 3 };
      function a(r2) {
        var e2, t3;
        return function(n2) {
          e2 || (e2 = { stop: function stop() {
            return t3(n2.a, 2);
          }, "catch": function _catch() {
            return n2.v;
          }, abrupt: function abrupt(r3, e3) {
            return t3(n2.a, o[r3], e3);
          }, delegateYield: function delegateYield(r3, o2, a2) {
            return e2.resultName = o2, t3(n2.d, _regeneratorValues(r3), a2);
          }, finish: function finish(r3) {
            return t3(n2.f, r3);
          } }, t3 = function t4(r3, _t, o2) {
            n2.p = e2.prev, n2.n = e2.next;
            try {
              return r3(_t, o2);
            } finally {
              e2.next = n2.n;
            }
          }), e2.resultName && (e2[e2.resultName] = n2.v, e2.resultName = void 0), e2.sent = n2.v, e2.next = n2.n;
          try {
            return r2.call(this, e2);
          } finally {
            n2.p = e2.prev, n2.n = e2.next;
          }
        };
      }
      return (_regeneratorRuntime = function _regeneratorRuntime2() {
        return { wrap: function wrap(e2, t3, n2, o2) {
          return r.w(a(e2), t3, n2, o2 && o2.reverse());
        }, isGeneratorFunction: n, mark: r.m, awrap: function awrap(r2, e2) {
          return new _OverloadYield(r2, e2);
        }, AsyncIterator: _regeneratorAsyncIterator, async: function async(r2, e2, t3, o2, u) {
          return (n(e2) ? _regeneratorAsyncGen : _regeneratorAsync)(a(r2), e2, t3, o2, u);
        }, keys: _regeneratorKeys, values: _regeneratorValues };
      })();
    }
    function _regeneratorValues(e) {
      if (null != e) {
        var t2 = e["function" == typeof Symbol && Symbol.iterator || "@@iterator"], r = 0;
        if (t2) return t2.call(e);
        if ("function" == typeof e.next) return e;
        if (!isNaN(e.length)) return { next: function next() {
          return e && r >= e.length && (e = void 0), { value: e && e[r++], done: !e };
        } };
      }
      throw new TypeError(_typeof(e) + " is not iterable");
    }
    function _regeneratorKeys(e) {
      var n = Object(e), r = [];
      for (var t2 in n) r.unshift(t2);
      return function e2() {
        for (; r.length; ) if ((t2 = r.pop()) in n) return e2.value = t2, e2.done = false, e2;
        return e2.done = true, e2;
      };
    }
    function _regeneratorAsync(n, e, r, t2, o) {
      var a = _regeneratorAsyncGen(n, e, r, t2, o);
      return a.next().then(function(n2) {
        return n2.done ? n2.value : a.next();
      });
    }
    function _regeneratorAsyncGen(r, e, t2, o, n) {
      return new _regeneratorAsyncIterator(_regenerator().w(r, e, t2, o), n || Promise);
    }
    function _regeneratorAsyncIterator(t2, e) {
      function n(r2, o, i, f) {
        try {
          var c = t2[r2](o), u = c.value;
          return u instanceof _OverloadYield ? e.resolve(u.v).then(function(t3) {
            n("next", t3, i, f);
          }, function(t3) {
            n("throw", t3, i, f);
          }) : e.resolve(u).then(function(t3) {
            c.value = t3, i(c);
          }, function(t3) {
            return n("throw", t3, i, f);
          });
        } catch (t3) {
          f(t3);
        }
      }
      var r;
      this.next || (_regeneratorDefine2(_regeneratorAsyncIterator.prototype), _regeneratorDefine2(_regeneratorAsyncIterator.prototype, "function" == typeof Symbol && Symbol.asyncIterator || "@asyncIterator", function() {
        return this;
      })), _regeneratorDefine2(this, "_invoke", function(t3, o, i) {
        function f() {
          return new e(function(e2, r2) {
            n(t3, i, e2, r2);
          });
        }
        return r = r ? r.then(f, f) : f();
      }, true);
    }
    function _regenerator() {
      var e, t2, r = "function" == typeof Symbol ? Symbol : {}, n = r.iterator || "@@iterator", o = r.toStringTag || "@@toStringTag";
      function i(r2, n2, o2, i2) {
        var c2 = n2 && n2.prototype instanceof Generator ? n2 : Generator, u2 = Object.create(c2.prototype);
        return _regeneratorDefine2(u2, "_invoke", (function(r3, n3, o3) {
          var i3, c3, u3, f2 = 0, p = o3 || [], y = false, G = { p: 0, n: 0, v: e, a: d, f: d.bind(e, 4), d: function d2(t3, r4) {
            return i3 = t3, c3 = 0, u3 = e, G.n = r4, a;
          } };
          function d(r4, n4) {
            for (c3 = r4, u3 = n4, t2 = 0; !y && f2 && !o4 && t2 < p.length; t2++) {
              var o4, i4 = p[t2], d2 = G.p, l = i4[2];
              r4 > 3 ? (o4 = l === n4) && (u3 = i4[(c3 = i4[4]) ? 5 : (c3 = 3, 3)], i4[4] = i4[5] = e) : i4[0] <= d2 && ((o4 = r4 < 2 && d2 < i4[1]) ? (c3 = 0, G.v = n4, G.n = i4[1]) : d2 < l && (o4 = r4 < 3 || i4[0] > n4 || n4 > l) && (i4[4] = r4, i4[5] = n4, G.n = l, c3 = 0));
            }
            if (o4 || r4 > 1) return a;
            throw y = true, n4;
          }
          return function(o4, p2, l) {
            if (f2 > 1) throw TypeError("Generator is already running");
            for (y && 1 === p2 && d(p2, l), c3 = p2, u3 = l; (t2 = c3 < 2 ? e : u3) || !y; ) {
              i3 || (c3 ? c3 < 3 ? (c3 > 1 && (G.n = -1), d(c3, u3)) : G.n = u3 : G.v = u3);
              try {
                if (f2 = 2, i3) {
                  if (c3 || (o4 = "next"), t2 = i3[o4]) {
                    if (!(t2 = t2.call(i3, u3))) throw TypeError("iterator result is not an object");
                    if (!t2.done) return t2;
                    u3 = t2.value, c3 < 2 && (c3 = 0);
                  } else 1 === c3 && (t2 = i3["return"]) && t2.call(i3), c3 < 2 && (u3 = TypeError("The iterator does not provide a '" + o4 + "' method"), c3 = 1);
                  i3 = e;
                } else if ((t2 = (y = G.n < 0) ? u3 : r3.call(n3, G)) !== a) break;
              } catch (t3) {
                i3 = e, c3 = 1, u3 = t3;
              } finally {
                f2 = 1;
              }
            }
            return { value: t2, done: y };
          };
        })(r2, o2, i2), true), u2;
      }
      var a = {};
      function Generator() {
      }
      function GeneratorFunction() {
      }
      function GeneratorFunctionPrototype() {
      }
      t2 = Object.getPrototypeOf;
      var c = [][n] ? t2(t2([][n]())) : (_regeneratorDefine2(t2 = {}, n, function() {
        return this;
      }), t2), u = GeneratorFunctionPrototype.prototype = Generator.prototype = Object.create(c);
      function f(e2) {
        return Object.setPrototypeOf ? Object.setPrototypeOf(e2, GeneratorFunctionPrototype) : (e2.__proto__ = GeneratorFunctionPrototype, _regeneratorDefine2(e2, o, "GeneratorFunction")), e2.prototype = Object.create(u), e2;
      }
      return GeneratorFunction.prototype = GeneratorFunctionPrototype, _regeneratorDefine2(u, "constructor", GeneratorFunctionPrototype), _regeneratorDefine2(GeneratorFunctionPrototype, "constructor", GeneratorFunction), GeneratorFunction.displayName = "GeneratorFunction", _regeneratorDefine2(GeneratorFunctionPrototype, o, "GeneratorFunction"), _regeneratorDefine2(u), _regeneratorDefine2(u, o, "Generator"), _regeneratorDefine2(u, n, function() {
        return this;
      }), _regeneratorDefine2(u, "toString", function() {
        return "[object Generator]";
      }), (_regenerator = function _regenerator2() {
        return { w: i, m: f };
      })();
    }
    function _regeneratorDefine2(e, r, n, t2) {
      var i = Object.defineProperty;
      try {
        i({}, "", {});
      } catch (e2) {
        i = 0;
      }
      _regeneratorDefine2 = function _regeneratorDefine(e2, r2, n2, t3) {
        function o(r3, n3) {
          _regeneratorDefine2(e2, r3, function(e3) {
            return this._invoke(r3, n3, e3);
          });
        }
        r2 ? i ? i(e2, r2, { value: n2, enumerable: !t3, configurable: !t3, writable: !t3 }) : e2[r2] = n2 : (o("next", 0), o("throw", 1), o("return", 2));
      }, _regeneratorDefine2(e, r, n, t2);
    }
    function _OverloadYield(e, d) {
      this.v = e, this.k = d;
    }
    function asyncGeneratorStep(n, t2, e, r, o, a, c) {
      try {
        var i = n[a](c), u = i.value;
      } catch (n2) {
        return void e(n2);
      }
      i.done ? t2(u) : Promise.resolve(u).then(r, o);
    }
    function _asyncToGenerator(n) {
      return function() {
        var t2 = this, e = arguments;
        return new Promise(function(r, o) {
          var a = n.apply(t2, e);
          function _next(n2) {
            asyncGeneratorStep(a, r, o, _next, _throw, "next", n2);
          }
          function _throw(n2) {
            asyncGeneratorStep(a, r, o, _next, _throw, "throw", n2);
          }
          _next(void 0);
        });
      };
    }
    function _typeof(o) {
      "@babel/helpers - typeof";
      return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
        return typeof o2;
      } : function(o2) {
        return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
      }, _typeof(o);
    }
    function ownKeys(e, r) {
      var t2 = Object.keys(e);
      if (Object.getOwnPropertySymbols) {
        var o = Object.getOwnPropertySymbols(e);
        r && (o = o.filter(function(r2) {
          return Object.getOwnPropertyDescriptor(e, r2).enumerable;
        })), t2.push.apply(t2, o);
      }
      return t2;
    }
    function _objectSpread(e) {
      for (var r = 1; r < arguments.length; r++) {
        var t2 = null != arguments[r] ? arguments[r] : {};
        r % 2 ? ownKeys(Object(t2), true).forEach(function(r2) {
          _defineProperty(e, r2, t2[r2]);
        }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t2)) : ownKeys(Object(t2)).forEach(function(r2) {
          Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t2, r2));
        });
      }
      return e;
    }
    function _defineProperty(e, r, t2) {
      return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t2, enumerable: true, configurable: true, writable: true }) : e[r] = t2, e;
    }
    function _toPropertyKey(t2) {
      var i = _toPrimitive(t2, "string");
      return "symbol" == _typeof(i) ? i : i + "";
    }
    function _toPrimitive(t2, r) {
      if ("object" != _typeof(t2) || !t2) return t2;
      var e = t2[Symbol.toPrimitive];
      if (void 0 !== e) {
        var i = e.call(t2, r || "default");
        if ("object" != _typeof(i)) return i;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return ("string" === r ? String : Number)(t2);
    }
    function buildHeaderAndValidate(header) {
      return (0, _pipeline.validateHeader)((0, _pipeline.buildHeader)(header));
    }
    function buildHeaderAndEventAndValidate(event) {
      return (0, _pipeline.validateHeaderAndEvent)(_objectSpread(_objectSpread({}, (0, _pipeline.buildHeader)(event)), (0, _pipeline.buildEvent)(event)));
    }
    function convertTimestampToArray(timestamp) {
      var inputType = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : "local";
      var dateArray = [];
      var d = new Date(timestamp);
      dateArray.push(inputType === "local" ? d.getFullYear() : d.getUTCFullYear());
      dateArray.push((inputType === "local" ? d.getMonth() : d.getUTCMonth()) + 1);
      dateArray.push(inputType === "local" ? d.getDate() : d.getUTCDate());
      dateArray.push(inputType === "local" ? d.getHours() : d.getUTCHours());
      dateArray.push(inputType === "local" ? d.getMinutes() : d.getUTCMinutes());
      return dateArray;
    }
    function createEvent(attributes, cb) {
      return createEvents2([attributes], cb);
    }
    function createEvents2(events, headerAttributesOrCb, cb) {
      var resolvedHeaderAttributes = _typeof(headerAttributesOrCb) === "object" ? headerAttributesOrCb : {};
      var resolvedCb = arguments.length === 3 ? cb : typeof headerAttributesOrCb === "function" ? headerAttributesOrCb : null;
      var run = function run2() {
        if (!events) {
          return {
            error: new Error("one argument is required"),
            value: null
          };
        }
        var _ref = events.length === 0 ? buildHeaderAndValidate(resolvedHeaderAttributes) : buildHeaderAndEventAndValidate(_objectSpread(_objectSpread({}, events[0]), resolvedHeaderAttributes)), headerError = _ref.error, headerValue = _ref.value;
        if (headerError) {
          return {
            error: headerError,
            value: null
          };
        }
        var value = "";
        value += (0, _pipeline.formatHeader)(headerValue);
        for (var i = 0; i < events.length; i++) {
          var _buildHeaderAndEventA = buildHeaderAndEventAndValidate(events[i]), eventError = _buildHeaderAndEventA.error, eventValue = _buildHeaderAndEventA.value;
          if (eventError) return {
            error: eventError,
            value: null
          };
          value += (0, _pipeline.formatEvent)(eventValue);
        }
        value += (0, _pipeline.formatFooter)();
        return {
          error: null,
          value
        };
      };
      var returnValue;
      try {
        returnValue = run();
      } catch (e) {
        returnValue = {
          error: e,
          value: null
        };
      }
      if (!resolvedCb) {
        return returnValue;
      }
      return resolvedCb(returnValue.error, returnValue.value);
    }
    function createEventsAsync(_x) {
      return _createEventsAsync.apply(this, arguments);
    }
    function _createEventsAsync() {
      _createEventsAsync = _asyncToGenerator(/* @__PURE__ */ _regeneratorRuntime().mark(function _callee2(events) {
        var headerAttributes, tick, runAsync, returnValue, _args2 = arguments;
        return _regeneratorRuntime().wrap(function _callee2$(_context2) {
          while (1) switch (_context2.prev = _context2.next) {
            case 0:
              headerAttributes = _args2.length > 1 && _args2[1] !== void 0 ? _args2[1] : {};
              tick = typeof (globalThis === null || globalThis === void 0 ? void 0 : globalThis.setImmediate) === "function" ? function() {
                return new Promise(function(resolve) {
                  return globalThis.setImmediate(resolve);
                });
              } : function() {
                return new Promise(function(resolve) {
                  return setTimeout(resolve, 0);
                });
              };
              runAsync = /* @__PURE__ */ (function() {
                var _ref2 = _asyncToGenerator(/* @__PURE__ */ _regeneratorRuntime().mark(function _callee() {
                  var _ref3, headerError, headerValue, parts, yieldEvery, i, _buildHeaderAndEventA2, eventError, eventValue;
                  return _regeneratorRuntime().wrap(function _callee$(_context) {
                    while (1) switch (_context.prev = _context.next) {
                      case 0:
                        if (events) {
                          _context.next = 2;
                          break;
                        }
                        return _context.abrupt("return", {
                          error: new Error("one argument is required"),
                          value: null
                        });
                      case 2:
                        _ref3 = events.length === 0 ? buildHeaderAndValidate(headerAttributes) : buildHeaderAndEventAndValidate(_objectSpread(_objectSpread({}, events[0]), headerAttributes)), headerError = _ref3.error, headerValue = _ref3.value;
                        if (!headerError) {
                          _context.next = 5;
                          break;
                        }
                        return _context.abrupt("return", {
                          error: headerError,
                          value: null
                        });
                      case 5:
                        parts = [(0, _pipeline.formatHeader)(headerValue)];
                        yieldEvery = 1e3;
                        i = 0;
                      case 8:
                        if (!(i < events.length)) {
                          _context.next = 19;
                          break;
                        }
                        _buildHeaderAndEventA2 = buildHeaderAndEventAndValidate(events[i]), eventError = _buildHeaderAndEventA2.error, eventValue = _buildHeaderAndEventA2.value;
                        if (!eventError) {
                          _context.next = 12;
                          break;
                        }
                        return _context.abrupt("return", {
                          error: eventError,
                          value: null
                        });
                      case 12:
                        parts.push((0, _pipeline.formatEvent)(eventValue));
                        if (!(i > 0 && i % yieldEvery === 0)) {
                          _context.next = 16;
                          break;
                        }
                        _context.next = 16;
                        return tick();
                      case 16:
                        i++;
                        _context.next = 8;
                        break;
                      case 19:
                        parts.push((0, _pipeline.formatFooter)());
                        return _context.abrupt("return", {
                          error: null,
                          value: parts.join("")
                        });
                      case 21:
                      case "end":
                        return _context.stop();
                    }
                  }, _callee);
                }));
                return function runAsync2() {
                  return _ref2.apply(this, arguments);
                };
              })();
              _context2.prev = 3;
              _context2.next = 6;
              return runAsync();
            case 6:
              returnValue = _context2.sent;
              _context2.next = 12;
              break;
            case 9:
              _context2.prev = 9;
              _context2.t0 = _context2["catch"](3);
              returnValue = {
                error: _context2.t0,
                value: null
              };
            case 12:
              return _context2.abrupt("return", returnValue);
            case 13:
            case "end":
              return _context2.stop();
          }
        }, _callee2, null, [[3, 9]]);
      }));
      return _createEventsAsync.apply(this, arguments);
    }
    function isValidURL(url) {
      return _pipeline.urlRegex.test(url);
    }
  }
});

// src/schedule/format-plan.ts
var TITLE_WIDTH = 40;
function formatPlanPretty(plan, articles, nowMs, locale = "en") {
  const { msg } = reportMessages;
  const say = planMessages.msg;
  const title = new Map(articles.map((a) => [a.slug, cutText(writtenTitle(a), TITLE_WIDTH)]));
  const lines = [
    t(locale, msg.planTitle({ zone: plan.timezone, now: formatLocalHuman(nowMs, plan.timezone, locale) })),
    ""
  ];
  if (plan.pushes.length === 0) lines.push(`  ${t(locale, msg.planEmpty())}`);
  for (const p of plan.pushes) {
    const status = t(locale, p.sent ? say.sent() : p.blocked ? say.blocked() : say.ok());
    const when = t(locale, pushWhen(p.utc, p.slotMs, nowMs, plan.timezone));
    lines.push(
      `${formatLocalHuman(p.slotMs, plan.timezone, locale)}  ${when}  ${accountPrefix(plan, p)}${t(locale, say.mode({ mode: p.mode }))} \u2192 ${p.audience}  ${status}`
    );
    for (const [i, slug] of p.articles.entries()) {
      lines.push(`  ${i === 0 ? t(locale, say.head()) : `  #${i + 1}`}  ${slug}  ${title.get(slug) ?? ""}`);
    }
    const why = p.blockedBy.filter(
      (x) => !p.diagnostics.some((d) => d.ruleId === x.ruleId && d.message === x.message)
    );
    for (const b of why.slice(0, 5)) lines.push(`        ${t(locale, say.blockedBy(b))}`);
    if (why.length > 5) lines.push(`        ${t(locale, say.moreErrors({ n: why.length - 5 }))}`);
    for (const { diagnostic: d, count } of distinctDiagnostics(p.diagnostics)) {
      const finding = {
        severity: severityName(d.severity, locale),
        message: d.message,
        ruleId: d.ruleId,
        n: count
      };
      lines.push(`        ${t(locale, say.finding(finding))}`);
    }
    lines.push("");
  }
  const unscheduled = plan.unscheduled.filter((s) => !plan.unreadable.includes(s));
  const invalid = plan.invalidSlots.filter((x) => unscheduled.includes(x.slug));
  if (invalid.length > 0) {
    lines.push(t(locale, msg.planInvalidSlots()));
    for (const x of invalid) lines.push(`  ${t(locale, msg.planInvalidSlot(x))}`);
    lines.push("");
  }
  const noSlot = unscheduled.filter((s) => !invalid.some((x) => x.slug === s));
  if (noSlot.length > 0) lines.push(t(locale, msg.planUnscheduled({ slugs: noSlot.join(", ") })), "");
  if (plan.unreadable.length > 0)
    lines.push(t(locale, say.unreadable({ slugs: plan.unreadable.join(", ") })), "");
  const blocked = plan.pushes.filter((p) => p.blocked).length;
  const totals = {
    pushes: plan.pushes.length,
    blocked,
    unscheduled: unscheduled.length,
    unreadable: plan.unreadable.length
  };
  lines.push(t(locale, msg.planTotals(totals)));
  return `${lines.join("\n")}
`;
}
function distinctDiagnostics(diagnostics) {
  const byText = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    const key = `${d.severity}\0${d.ruleId}\0${d.message}`;
    const seen = byText.get(key);
    if (seen) seen.count++;
    else byText.set(key, { diagnostic: d, count: 1 });
  }
  return [...byText.values()];
}
function formatPlanMarkdown(plan, articles, locale = "en") {
  const say = planMessages.msg;
  const title = new Map(articles.map((a) => [a.slug, cutText(writtenTitle(a), TITLE_WIDTH)]));
  const rows = plan.pushes.map((p) => {
    const time = formatLocalHuman(p.slotMs, plan.timezone).slice(11, 16);
    const list = p.articles.map((s) => escapeText(title.get(s) ?? s)).join("<br>");
    const status = p.sent ? t(locale, say.calendarSent()) : calendarStatus(p, locale);
    return `| ${p.localDate} | ${time} | ${escapeText(accountPrefix(plan, p) + p.audience)} | ${t(locale, say.mode({ mode: p.mode }))} | ${list} | ${status} |`;
  });
  const slugs = plan.unscheduled.filter((s) => !plan.unreadable.includes(s));
  const invalid = plan.invalidSlots.filter((x) => slugs.includes(x.slug));
  const noSlot = slugs.filter((s) => !invalid.some((x) => x.slug === s));
  const { msg } = reportMessages;
  const invalidList = [
    t(locale, msg.planInvalidSlots()),
    ...invalid.map((x) => `- ${escapeText(t(locale, msg.planInvalidSlot(x)))}`)
  ].join("\n");
  const unscheduled = t(locale, msg.planUnscheduled({ slugs: noSlot.map(escapeText).join(", ") }));
  const unreadable = t(locale, say.unreadable({ slugs: plan.unreadable.map(escapeText).join(", ") }));
  return [
    `### ${t(locale, say.calendarTitle({ zone: escapeText(plan.timezone) }))}`,
    "",
    t(locale, say.calendarHeader()),
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    invalid.length ? `${invalidList}
` : "",
    noSlot.length ? `${unscheduled}
` : "",
    plan.unreadable.length ? `${unreadable}
` : ""
  ].join("\n");
}
function calendarStatus(p, locale) {
  const say = planMessages.msg;
  const first = p.blockedBy[0];
  if (p.blocked) {
    if (!first) return t(locale, say.calendarBlocked());
    const why2 = { message: escapeText(first.message), ruleId: first.ruleId, more: p.blockedBy.length - 1 };
    return t(locale, say.calendarBlockedWhy(why2));
  }
  const warnings = distinctDiagnostics(p.diagnostics.filter((d) => d.severity === "warning"));
  const warning = warnings[0]?.diagnostic;
  if (!warning) return "\u2705";
  const why = { message: escapeText(warning.message), ruleId: warning.ruleId, more: warnings.length - 1 };
  return t(locale, say.calendarWarning(why));
}

// src/schedule/plan-to-ics.ts
var import_ics = __toESM(require_dist2(), 1);
function planToIcs(plan, articles, nowMs, locale = "en") {
  const { msg } = planMessages;
  const title = new Map(articles.map((a) => [a.slug, writtenTitle(a)]));
  const events = plan.pushes.map((p) => {
    const d = new Date(p.slotMs);
    return {
      uid: `${p.id.replace(/[^A-Za-z0-9.]/g, "-")}@wxpress`,
      start: [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()],
      startInputType: "utc",
      startOutputType: "utc",
      duration: { minutes: 30 },
      title: `${p.blocked ? t(locale, msg.icsBlocked()) : ""}${p.articles.map((s) => title.get(s) ?? s).join(" / ")}`,
      description: t(
        locale,
        msg.icsDescription({
          audience: accountPrefix(plan, p) + p.audience,
          mode: t(locale, msg.mode({ mode: p.mode })),
          articles: p.articles.join(", ")
        })
      ),
      categories: ["wxpress"],
      timestamp: nowMs,
      productId: "wxpress",
      calName: t(locale, msg.icsName())
    };
  });
  if (events.length === 0)
    return { ok: true, ics: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:wxpress\r\nEND:VCALENDAR\r\n" };
  const { error, value } = (0, import_ics.createEvents)(events);
  if (error || !value) return { ok: false, error: error?.message ?? "calendar could not be built" };
  return { ok: true, ics: foldIcs(value) };
}
function foldIcs(ics) {
  const lines = ics.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  return `${lines.map(foldLine).join("\r\n")}\r
`;
}
function foldLine(line) {
  const parts = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

// src/cli/commands/run-plan.ts
async function runPlan(io, flags) {
  const site = await loadSite({
    root: io.cwd,
    config: flags.config,
    content: flags.content,
    cacheVersion: buildVersion()
  });
  const json = (diagnostics2) => `${JSON.stringify(
    { version: 1, timezone: site.config.timezone, pushes: [], unscheduled: [], diagnostics: diagnostics2 },
    null,
    2
  )}
`;
  if (reportUsage(io, site, flags.format === "json" ? json : void 0)) return EXIT.usage;
  const nowMs = resolveNow(flags.now);
  const locale = flags.locale ?? site.config.locale;
  const { plan, diagnostics } = await withLedgerSnapshot(
    io,
    locale,
    (ledgers) => checkSite(site, { nowMs, version: buildVersion(), locale, html: false, ledgers })
  );
  if (site.loadedConfig.failed) {
    io.stdout.write(
      reportPretty(diagnostics, summarize(diagnostics, 0), {
        color: useColor(io),
        locale,
        perRule: PRETTY_PER_RULE
      })
    );
    return EXIT.usage;
  }
  switch (flags.format) {
    case "json":
      io.stdout.write(`${JSON.stringify(planToJson(plan), null, 2)}
`);
      break;
    case "ics": {
      const ics = planToIcs(plan, site.articles, nowMs, locale);
      if (!ics.ok) {
        io.stderr.write(`wxpress: ${ics.error}
`);
        return EXIT.usage;
      }
      io.stdout.write(ics.ics);
      break;
    }
    case "markdown":
      io.stdout.write(formatPlanMarkdown(plan, site.articles, locale));
      break;
    default:
      io.stdout.write(formatPlanPretty(plan, site.articles, nowMs, locale));
      if (plan.diagnostics.length + plan.unreadableErrors.length > 0) {
        const all = [...plan.diagnostics, ...plan.unreadableErrors];
        const once = [
          ...distinctDiagnostics(plan.diagnostics).map((x) => x.diagnostic),
          ...plan.unreadableErrors
        ];
        io.stdout.write(
          "\n" + reportPretty(once, summarize(all, site.articles.length), {
            color: useColor(io),
            locale,
            perRule: PRETTY_PER_RULE
          })
        );
      }
  }
  const errors = plan.unreadableErrors.length > 0 || plan.diagnostics.some((d) => d.severity === "error");
  return errors ? EXIT.errors : EXIT.ok;
}
export {
  runPlan
};
