import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  diagramKind,
  legibility,
  legible,
  topDownSource
} from "./chunk-67NMMM6U.js";
import {
  SVG_SCHEMA_ATTRIBUTES,
  SVG_TAGS,
  cleanSvg
} from "./chunk-35W5JDWR.js";
import {
  esm_default,
  htmlVoidElements,
  pointEnd,
  pointStart,
  position,
  stringify,
  stringify2,
  zwitch
} from "./chunk-JOY6MHXP.js";
import {
  find,
  html,
  svg
} from "./chunk-2R6NR4ZW.js";
import {
  asciiAlphanumeric,
  ccount,
  createMarkdownProcessor
} from "./chunk-EDI4LR2N.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-7LBD2UEY.js";
import {
  visit
} from "./chunk-Q67BRMVT.js";
import {
  ok
} from "./chunk-3SJZHGWJ.js";
import {
  SKIP,
  decodePath,
  someNode,
  walkElements,
  walkNodes
} from "./chunk-F522ZLBN.js";
import {
  isRemote
} from "./chunk-UHZN63ZL.js";
import "./chunk-LDYINIK6.js";
import "./chunk-2LHYGFIJ.js";
import {
  parseDeclarations,
  serializeDeclarations,
  unescapeCss,
  unsafeDeclaration
} from "./chunk-UM7H22DT.js";
import {
  report
} from "./chunk-ATHEYLYN.js";
import {
  renderDiagramMessages,
  renderHtmlMessages,
  renderImageMessages,
  renderMessages,
  renderStyleMessages
} from "./chunk-OWIXN4P4.js";
import "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import {
  __commonJS,
  __toESM
} from "./chunk-EP4KRDZC.js";

// node_modules/@sindresorhus/is/dist/index.js
var require_dist = __commonJS({
  "node_modules/@sindresorhus/is/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var typedArrayTypeNames = [
      "Int8Array",
      "Uint8Array",
      "Uint8ClampedArray",
      "Int16Array",
      "Uint16Array",
      "Int32Array",
      "Uint32Array",
      "Float32Array",
      "Float64Array",
      "BigInt64Array",
      "BigUint64Array"
    ];
    function isTypedArrayName(name) {
      return typedArrayTypeNames.includes(name);
    }
    var objectTypeNames = [
      "Function",
      "Generator",
      "AsyncGenerator",
      "GeneratorFunction",
      "AsyncGeneratorFunction",
      "AsyncFunction",
      "Observable",
      "Array",
      "Buffer",
      "Blob",
      "Object",
      "RegExp",
      "Date",
      "Error",
      "Map",
      "Set",
      "WeakMap",
      "WeakSet",
      "ArrayBuffer",
      "SharedArrayBuffer",
      "DataView",
      "Promise",
      "URL",
      "FormData",
      "URLSearchParams",
      "HTMLElement",
      ...typedArrayTypeNames
    ];
    function isObjectTypeName(name) {
      return objectTypeNames.includes(name);
    }
    var primitiveTypeNames = [
      "null",
      "undefined",
      "string",
      "number",
      "bigint",
      "boolean",
      "symbol"
    ];
    function isPrimitiveTypeName(name) {
      return primitiveTypeNames.includes(name);
    }
    function isOfType(type) {
      return (value) => typeof value === type;
    }
    var { toString: toString2 } = Object.prototype;
    var getObjectType = (value) => {
      const objectTypeName = toString2.call(value).slice(8, -1);
      if (/HTML\w+Element/.test(objectTypeName) && is.domElement(value)) {
        return "HTMLElement";
      }
      if (isObjectTypeName(objectTypeName)) {
        return objectTypeName;
      }
      return void 0;
    };
    var isObjectOfType = (type) => (value) => getObjectType(value) === type;
    function is(value) {
      if (value === null) {
        return "null";
      }
      switch (typeof value) {
        case "undefined":
          return "undefined";
        case "string":
          return "string";
        case "number":
          return "number";
        case "boolean":
          return "boolean";
        case "function":
          return "Function";
        case "bigint":
          return "bigint";
        case "symbol":
          return "symbol";
        default:
      }
      if (is.observable(value)) {
        return "Observable";
      }
      if (is.array(value)) {
        return "Array";
      }
      if (is.buffer(value)) {
        return "Buffer";
      }
      const tagType = getObjectType(value);
      if (tagType) {
        return tagType;
      }
      if (value instanceof String || value instanceof Boolean || value instanceof Number) {
        throw new TypeError("Please don't use object wrappers for primitive types");
      }
      return "Object";
    }
    is.undefined = isOfType("undefined");
    is.string = isOfType("string");
    var isNumberType = isOfType("number");
    is.number = (value) => isNumberType(value) && !is.nan(value);
    is.bigint = isOfType("bigint");
    is.function_ = isOfType("function");
    is.null_ = (value) => value === null;
    is.class_ = (value) => is.function_(value) && value.toString().startsWith("class ");
    is.boolean = (value) => value === true || value === false;
    is.symbol = isOfType("symbol");
    is.numericString = (value) => is.string(value) && !is.emptyStringOrWhitespace(value) && !Number.isNaN(Number(value));
    is.array = (value, assertion) => {
      if (!Array.isArray(value)) {
        return false;
      }
      if (!is.function_(assertion)) {
        return true;
      }
      return value.every(assertion);
    };
    is.buffer = (value) => {
      var _a, _b, _c, _d;
      return (_d = (_c = (_b = (_a = value) === null || _a === void 0 ? void 0 : _a.constructor) === null || _b === void 0 ? void 0 : _b.isBuffer) === null || _c === void 0 ? void 0 : _c.call(_b, value)) !== null && _d !== void 0 ? _d : false;
    };
    is.blob = (value) => isObjectOfType("Blob")(value);
    is.nullOrUndefined = (value) => is.null_(value) || is.undefined(value);
    is.object = (value) => !is.null_(value) && (typeof value === "object" || is.function_(value));
    is.iterable = (value) => {
      var _a;
      return is.function_((_a = value) === null || _a === void 0 ? void 0 : _a[Symbol.iterator]);
    };
    is.asyncIterable = (value) => {
      var _a;
      return is.function_((_a = value) === null || _a === void 0 ? void 0 : _a[Symbol.asyncIterator]);
    };
    is.generator = (value) => {
      var _a, _b;
      return is.iterable(value) && is.function_((_a = value) === null || _a === void 0 ? void 0 : _a.next) && is.function_((_b = value) === null || _b === void 0 ? void 0 : _b.throw);
    };
    is.asyncGenerator = (value) => is.asyncIterable(value) && is.function_(value.next) && is.function_(value.throw);
    is.nativePromise = (value) => isObjectOfType("Promise")(value);
    var hasPromiseAPI = (value) => {
      var _a, _b;
      return is.function_((_a = value) === null || _a === void 0 ? void 0 : _a.then) && is.function_((_b = value) === null || _b === void 0 ? void 0 : _b.catch);
    };
    is.promise = (value) => is.nativePromise(value) || hasPromiseAPI(value);
    is.generatorFunction = isObjectOfType("GeneratorFunction");
    is.asyncGeneratorFunction = (value) => getObjectType(value) === "AsyncGeneratorFunction";
    is.asyncFunction = (value) => getObjectType(value) === "AsyncFunction";
    is.boundFunction = (value) => is.function_(value) && !value.hasOwnProperty("prototype");
    is.regExp = isObjectOfType("RegExp");
    is.date = isObjectOfType("Date");
    is.error = isObjectOfType("Error");
    is.map = (value) => isObjectOfType("Map")(value);
    is.set = (value) => isObjectOfType("Set")(value);
    is.weakMap = (value) => isObjectOfType("WeakMap")(value);
    is.weakSet = (value) => isObjectOfType("WeakSet")(value);
    is.int8Array = isObjectOfType("Int8Array");
    is.uint8Array = isObjectOfType("Uint8Array");
    is.uint8ClampedArray = isObjectOfType("Uint8ClampedArray");
    is.int16Array = isObjectOfType("Int16Array");
    is.uint16Array = isObjectOfType("Uint16Array");
    is.int32Array = isObjectOfType("Int32Array");
    is.uint32Array = isObjectOfType("Uint32Array");
    is.float32Array = isObjectOfType("Float32Array");
    is.float64Array = isObjectOfType("Float64Array");
    is.bigInt64Array = isObjectOfType("BigInt64Array");
    is.bigUint64Array = isObjectOfType("BigUint64Array");
    is.arrayBuffer = isObjectOfType("ArrayBuffer");
    is.sharedArrayBuffer = isObjectOfType("SharedArrayBuffer");
    is.dataView = isObjectOfType("DataView");
    is.enumCase = (value, targetEnum) => Object.values(targetEnum).includes(value);
    is.directInstanceOf = (instance, class_) => Object.getPrototypeOf(instance) === class_.prototype;
    is.urlInstance = (value) => isObjectOfType("URL")(value);
    is.urlString = (value) => {
      if (!is.string(value)) {
        return false;
      }
      try {
        new URL(value);
        return true;
      } catch (_a) {
        return false;
      }
    };
    is.truthy = (value) => Boolean(value);
    is.falsy = (value) => !value;
    is.nan = (value) => Number.isNaN(value);
    is.primitive = (value) => is.null_(value) || isPrimitiveTypeName(typeof value);
    is.integer = (value) => Number.isInteger(value);
    is.safeInteger = (value) => Number.isSafeInteger(value);
    is.plainObject = (value) => {
      if (toString2.call(value) !== "[object Object]") {
        return false;
      }
      const prototype = Object.getPrototypeOf(value);
      return prototype === null || prototype === Object.getPrototypeOf({});
    };
    is.typedArray = (value) => isTypedArrayName(getObjectType(value));
    var isValidLength = (value) => is.safeInteger(value) && value >= 0;
    is.arrayLike = (value) => !is.nullOrUndefined(value) && !is.function_(value) && isValidLength(value.length);
    is.inRange = (value, range) => {
      if (is.number(range)) {
        return value >= Math.min(0, range) && value <= Math.max(range, 0);
      }
      if (is.array(range) && range.length === 2) {
        return value >= Math.min(...range) && value <= Math.max(...range);
      }
      throw new TypeError(`Invalid range: ${JSON.stringify(range)}`);
    };
    var NODE_TYPE_ELEMENT = 1;
    var DOM_PROPERTIES_TO_CHECK = [
      "innerHTML",
      "ownerDocument",
      "style",
      "attributes",
      "nodeValue"
    ];
    is.domElement = (value) => {
      return is.object(value) && value.nodeType === NODE_TYPE_ELEMENT && is.string(value.nodeName) && !is.plainObject(value) && DOM_PROPERTIES_TO_CHECK.every((property2) => property2 in value);
    };
    is.observable = (value) => {
      var _a, _b, _c, _d;
      if (!value) {
        return false;
      }
      if (value === ((_b = (_a = value)[Symbol.observable]) === null || _b === void 0 ? void 0 : _b.call(_a))) {
        return true;
      }
      if (value === ((_d = (_c = value)["@@observable"]) === null || _d === void 0 ? void 0 : _d.call(_c))) {
        return true;
      }
      return false;
    };
    is.nodeStream = (value) => is.object(value) && is.function_(value.pipe) && !is.observable(value);
    is.infinite = (value) => value === Infinity || value === -Infinity;
    var isAbsoluteMod2 = (remainder) => (value) => is.integer(value) && Math.abs(value % 2) === remainder;
    is.evenInteger = isAbsoluteMod2(0);
    is.oddInteger = isAbsoluteMod2(1);
    is.emptyArray = (value) => is.array(value) && value.length === 0;
    is.nonEmptyArray = (value) => is.array(value) && value.length > 0;
    is.emptyString = (value) => is.string(value) && value.length === 0;
    var isWhiteSpaceString = (value) => is.string(value) && !/\S/.test(value);
    is.emptyStringOrWhitespace = (value) => is.emptyString(value) || isWhiteSpaceString(value);
    is.nonEmptyString = (value) => is.string(value) && value.length > 0;
    is.nonEmptyStringAndNotWhitespace = (value) => is.string(value) && !is.emptyStringOrWhitespace(value);
    is.emptyObject = (value) => is.object(value) && !is.map(value) && !is.set(value) && Object.keys(value).length === 0;
    is.nonEmptyObject = (value) => is.object(value) && !is.map(value) && !is.set(value) && Object.keys(value).length > 0;
    is.emptySet = (value) => is.set(value) && value.size === 0;
    is.nonEmptySet = (value) => is.set(value) && value.size > 0;
    is.emptyMap = (value) => is.map(value) && value.size === 0;
    is.nonEmptyMap = (value) => is.map(value) && value.size > 0;
    is.propertyKey = (value) => is.any([is.string, is.number, is.symbol], value);
    is.formData = (value) => isObjectOfType("FormData")(value);
    is.urlSearchParams = (value) => isObjectOfType("URLSearchParams")(value);
    var predicateOnArray = (method, predicate, values) => {
      if (!is.function_(predicate)) {
        throw new TypeError(`Invalid predicate: ${JSON.stringify(predicate)}`);
      }
      if (values.length === 0) {
        throw new TypeError("Invalid number of values");
      }
      return method.call(values, predicate);
    };
    is.any = (predicate, ...values) => {
      const predicates = is.array(predicate) ? predicate : [predicate];
      return predicates.some((singlePredicate) => predicateOnArray(Array.prototype.some, singlePredicate, values));
    };
    is.all = (predicate, ...values) => predicateOnArray(Array.prototype.every, predicate, values);
    var assertType = (condition, description, value, options = {}) => {
      if (!condition) {
        const { multipleValues } = options;
        const valuesMessage = multipleValues ? `received values of types ${[
          ...new Set(value.map((singleValue) => `\`${is(singleValue)}\``))
        ].join(", ")}` : `received value of type \`${is(value)}\``;
        throw new TypeError(`Expected value which is \`${description}\`, ${valuesMessage}.`);
      }
    };
    exports.assert = {
      // Unknowns.
      undefined: (value) => assertType(is.undefined(value), "undefined", value),
      string: (value) => assertType(is.string(value), "string", value),
      number: (value) => assertType(is.number(value), "number", value),
      bigint: (value) => assertType(is.bigint(value), "bigint", value),
      // eslint-disable-next-line @typescript-eslint/ban-types
      function_: (value) => assertType(is.function_(value), "Function", value),
      null_: (value) => assertType(is.null_(value), "null", value),
      class_: (value) => assertType(is.class_(value), "Class", value),
      boolean: (value) => assertType(is.boolean(value), "boolean", value),
      symbol: (value) => assertType(is.symbol(value), "symbol", value),
      numericString: (value) => assertType(is.numericString(value), "string with a number", value),
      array: (value, assertion) => {
        const assert = assertType;
        assert(is.array(value), "Array", value);
        if (assertion) {
          value.forEach(assertion);
        }
      },
      buffer: (value) => assertType(is.buffer(value), "Buffer", value),
      blob: (value) => assertType(is.blob(value), "Blob", value),
      nullOrUndefined: (value) => assertType(is.nullOrUndefined(value), "null or undefined", value),
      object: (value) => assertType(is.object(value), "Object", value),
      iterable: (value) => assertType(is.iterable(value), "Iterable", value),
      asyncIterable: (value) => assertType(is.asyncIterable(value), "AsyncIterable", value),
      generator: (value) => assertType(is.generator(value), "Generator", value),
      asyncGenerator: (value) => assertType(is.asyncGenerator(value), "AsyncGenerator", value),
      nativePromise: (value) => assertType(is.nativePromise(value), "native Promise", value),
      promise: (value) => assertType(is.promise(value), "Promise", value),
      generatorFunction: (value) => assertType(is.generatorFunction(value), "GeneratorFunction", value),
      asyncGeneratorFunction: (value) => assertType(is.asyncGeneratorFunction(value), "AsyncGeneratorFunction", value),
      // eslint-disable-next-line @typescript-eslint/ban-types
      asyncFunction: (value) => assertType(is.asyncFunction(value), "AsyncFunction", value),
      // eslint-disable-next-line @typescript-eslint/ban-types
      boundFunction: (value) => assertType(is.boundFunction(value), "Function", value),
      regExp: (value) => assertType(is.regExp(value), "RegExp", value),
      date: (value) => assertType(is.date(value), "Date", value),
      error: (value) => assertType(is.error(value), "Error", value),
      map: (value) => assertType(is.map(value), "Map", value),
      set: (value) => assertType(is.set(value), "Set", value),
      weakMap: (value) => assertType(is.weakMap(value), "WeakMap", value),
      weakSet: (value) => assertType(is.weakSet(value), "WeakSet", value),
      int8Array: (value) => assertType(is.int8Array(value), "Int8Array", value),
      uint8Array: (value) => assertType(is.uint8Array(value), "Uint8Array", value),
      uint8ClampedArray: (value) => assertType(is.uint8ClampedArray(value), "Uint8ClampedArray", value),
      int16Array: (value) => assertType(is.int16Array(value), "Int16Array", value),
      uint16Array: (value) => assertType(is.uint16Array(value), "Uint16Array", value),
      int32Array: (value) => assertType(is.int32Array(value), "Int32Array", value),
      uint32Array: (value) => assertType(is.uint32Array(value), "Uint32Array", value),
      float32Array: (value) => assertType(is.float32Array(value), "Float32Array", value),
      float64Array: (value) => assertType(is.float64Array(value), "Float64Array", value),
      bigInt64Array: (value) => assertType(is.bigInt64Array(value), "BigInt64Array", value),
      bigUint64Array: (value) => assertType(is.bigUint64Array(value), "BigUint64Array", value),
      arrayBuffer: (value) => assertType(is.arrayBuffer(value), "ArrayBuffer", value),
      sharedArrayBuffer: (value) => assertType(is.sharedArrayBuffer(value), "SharedArrayBuffer", value),
      dataView: (value) => assertType(is.dataView(value), "DataView", value),
      enumCase: (value, targetEnum) => assertType(is.enumCase(value, targetEnum), "EnumCase", value),
      urlInstance: (value) => assertType(is.urlInstance(value), "URL", value),
      urlString: (value) => assertType(is.urlString(value), "string with a URL", value),
      truthy: (value) => assertType(is.truthy(value), "truthy", value),
      falsy: (value) => assertType(is.falsy(value), "falsy", value),
      nan: (value) => assertType(is.nan(value), "NaN", value),
      primitive: (value) => assertType(is.primitive(value), "primitive", value),
      integer: (value) => assertType(is.integer(value), "integer", value),
      safeInteger: (value) => assertType(is.safeInteger(value), "integer", value),
      plainObject: (value) => assertType(is.plainObject(value), "plain object", value),
      typedArray: (value) => assertType(is.typedArray(value), "TypedArray", value),
      arrayLike: (value) => assertType(is.arrayLike(value), "array-like", value),
      domElement: (value) => assertType(is.domElement(value), "HTMLElement", value),
      observable: (value) => assertType(is.observable(value), "Observable", value),
      nodeStream: (value) => assertType(is.nodeStream(value), "Node.js Stream", value),
      infinite: (value) => assertType(is.infinite(value), "infinite number", value),
      emptyArray: (value) => assertType(is.emptyArray(value), "empty array", value),
      nonEmptyArray: (value) => assertType(is.nonEmptyArray(value), "non-empty array", value),
      emptyString: (value) => assertType(is.emptyString(value), "empty string", value),
      emptyStringOrWhitespace: (value) => assertType(is.emptyStringOrWhitespace(value), "empty string or whitespace", value),
      nonEmptyString: (value) => assertType(is.nonEmptyString(value), "non-empty string", value),
      nonEmptyStringAndNotWhitespace: (value) => assertType(is.nonEmptyStringAndNotWhitespace(value), "non-empty string and not whitespace", value),
      emptyObject: (value) => assertType(is.emptyObject(value), "empty object", value),
      nonEmptyObject: (value) => assertType(is.nonEmptyObject(value), "non-empty object", value),
      emptySet: (value) => assertType(is.emptySet(value), "empty set", value),
      nonEmptySet: (value) => assertType(is.nonEmptySet(value), "non-empty set", value),
      emptyMap: (value) => assertType(is.emptyMap(value), "empty map", value),
      nonEmptyMap: (value) => assertType(is.nonEmptyMap(value), "non-empty map", value),
      propertyKey: (value) => assertType(is.propertyKey(value), "PropertyKey", value),
      formData: (value) => assertType(is.formData(value), "FormData", value),
      urlSearchParams: (value) => assertType(is.urlSearchParams(value), "URLSearchParams", value),
      // Numbers.
      evenInteger: (value) => assertType(is.evenInteger(value), "even integer", value),
      oddInteger: (value) => assertType(is.oddInteger(value), "odd integer", value),
      // Two arguments.
      directInstanceOf: (instance, class_) => assertType(is.directInstanceOf(instance, class_), "T", instance),
      inRange: (value, range) => assertType(is.inRange(value, range), "in range", value),
      // Variadic functions.
      any: (predicate, ...values) => {
        return assertType(is.any(predicate, ...values), "predicate returns truthy for any value", values, { multipleValues: true });
      },
      all: (predicate, ...values) => assertType(is.all(predicate, ...values), "predicate returns truthy for all values", values, { multipleValues: true })
    };
    Object.defineProperties(is, {
      class: {
        value: is.class_
      },
      function: {
        value: is.function_
      },
      null: {
        value: is.null_
      }
    });
    Object.defineProperties(exports.assert, {
      class: {
        value: exports.assert.class_
      },
      function: {
        value: exports.assert.function_
      },
      null: {
        value: exports.assert.null_
      }
    });
    exports.default = is;
    module.exports = is;
    module.exports.default = is;
    module.exports.assert = exports.assert;
  }
});

// node_modules/emojilib/emojis.json
var require_emojis = __commonJS({
  "node_modules/emojilib/emojis.json"(exports, module) {
    module.exports = {
      grinning: {
        keywords: ["face", "smile", "happy", "joy", ":D", "grin"],
        char: "\u{1F600}",
        fitzpatrick_scale: false,
        category: "people"
      },
      grimacing: {
        keywords: ["face", "grimace", "teeth"],
        char: "\u{1F62C}",
        fitzpatrick_scale: false,
        category: "people"
      },
      grin: {
        keywords: ["face", "happy", "smile", "joy", "kawaii"],
        char: "\u{1F601}",
        fitzpatrick_scale: false,
        category: "people"
      },
      joy: {
        keywords: ["face", "cry", "tears", "weep", "happy", "happytears", "haha"],
        char: "\u{1F602}",
        fitzpatrick_scale: false,
        category: "people"
      },
      rofl: {
        keywords: ["face", "rolling", "floor", "laughing", "lol", "haha"],
        char: "\u{1F923}",
        fitzpatrick_scale: false,
        category: "people"
      },
      partying: {
        keywords: ["face", "celebration", "woohoo"],
        char: "\u{1F973}",
        fitzpatrick_scale: false,
        category: "people"
      },
      smiley: {
        keywords: ["face", "happy", "joy", "haha", ":D", ":)", "smile", "funny"],
        char: "\u{1F603}",
        fitzpatrick_scale: false,
        category: "people"
      },
      smile: {
        keywords: ["face", "happy", "joy", "funny", "haha", "laugh", "like", ":D", ":)"],
        char: "\u{1F604}",
        fitzpatrick_scale: false,
        category: "people"
      },
      sweat_smile: {
        keywords: ["face", "hot", "happy", "laugh", "sweat", "smile", "relief"],
        char: "\u{1F605}",
        fitzpatrick_scale: false,
        category: "people"
      },
      laughing: {
        keywords: ["happy", "joy", "lol", "satisfied", "haha", "face", "glad", "XD", "laugh"],
        char: "\u{1F606}",
        fitzpatrick_scale: false,
        category: "people"
      },
      innocent: {
        keywords: ["face", "angel", "heaven", "halo"],
        char: "\u{1F607}",
        fitzpatrick_scale: false,
        category: "people"
      },
      wink: {
        keywords: ["face", "happy", "mischievous", "secret", ";)", "smile", "eye"],
        char: "\u{1F609}",
        fitzpatrick_scale: false,
        category: "people"
      },
      blush: {
        keywords: ["face", "smile", "happy", "flushed", "crush", "embarrassed", "shy", "joy"],
        char: "\u{1F60A}",
        fitzpatrick_scale: false,
        category: "people"
      },
      slightly_smiling_face: {
        keywords: ["face", "smile"],
        char: "\u{1F642}",
        fitzpatrick_scale: false,
        category: "people"
      },
      upside_down_face: {
        keywords: ["face", "flipped", "silly", "smile"],
        char: "\u{1F643}",
        fitzpatrick_scale: false,
        category: "people"
      },
      relaxed: {
        keywords: ["face", "blush", "massage", "happiness"],
        char: "\u263A\uFE0F",
        fitzpatrick_scale: false,
        category: "people"
      },
      yum: {
        keywords: ["happy", "joy", "tongue", "smile", "face", "silly", "yummy", "nom", "delicious", "savouring"],
        char: "\u{1F60B}",
        fitzpatrick_scale: false,
        category: "people"
      },
      relieved: {
        keywords: ["face", "relaxed", "phew", "massage", "happiness"],
        char: "\u{1F60C}",
        fitzpatrick_scale: false,
        category: "people"
      },
      heart_eyes: {
        keywords: ["face", "love", "like", "affection", "valentines", "infatuation", "crush", "heart"],
        char: "\u{1F60D}",
        fitzpatrick_scale: false,
        category: "people"
      },
      smiling_face_with_three_hearts: {
        keywords: ["face", "love", "like", "affection", "valentines", "infatuation", "crush", "hearts", "adore"],
        char: "\u{1F970}",
        fitzpatrick_scale: false,
        category: "people"
      },
      kissing_heart: {
        keywords: ["face", "love", "like", "affection", "valentines", "infatuation", "kiss"],
        char: "\u{1F618}",
        fitzpatrick_scale: false,
        category: "people"
      },
      kissing: {
        keywords: ["love", "like", "face", "3", "valentines", "infatuation", "kiss"],
        char: "\u{1F617}",
        fitzpatrick_scale: false,
        category: "people"
      },
      kissing_smiling_eyes: {
        keywords: ["face", "affection", "valentines", "infatuation", "kiss"],
        char: "\u{1F619}",
        fitzpatrick_scale: false,
        category: "people"
      },
      kissing_closed_eyes: {
        keywords: ["face", "love", "like", "affection", "valentines", "infatuation", "kiss"],
        char: "\u{1F61A}",
        fitzpatrick_scale: false,
        category: "people"
      },
      stuck_out_tongue_winking_eye: {
        keywords: ["face", "prank", "childish", "playful", "mischievous", "smile", "wink", "tongue"],
        char: "\u{1F61C}",
        fitzpatrick_scale: false,
        category: "people"
      },
      zany: {
        keywords: ["face", "goofy", "crazy"],
        char: "\u{1F92A}",
        fitzpatrick_scale: false,
        category: "people"
      },
      raised_eyebrow: {
        keywords: ["face", "distrust", "scepticism", "disapproval", "disbelief", "surprise"],
        char: "\u{1F928}",
        fitzpatrick_scale: false,
        category: "people"
      },
      monocle: {
        keywords: ["face", "stuffy", "wealthy"],
        char: "\u{1F9D0}",
        fitzpatrick_scale: false,
        category: "people"
      },
      stuck_out_tongue_closed_eyes: {
        keywords: ["face", "prank", "playful", "mischievous", "smile", "tongue"],
        char: "\u{1F61D}",
        fitzpatrick_scale: false,
        category: "people"
      },
      stuck_out_tongue: {
        keywords: ["face", "prank", "childish", "playful", "mischievous", "smile", "tongue"],
        char: "\u{1F61B}",
        fitzpatrick_scale: false,
        category: "people"
      },
      money_mouth_face: {
        keywords: ["face", "rich", "dollar", "money"],
        char: "\u{1F911}",
        fitzpatrick_scale: false,
        category: "people"
      },
      nerd_face: {
        keywords: ["face", "nerdy", "geek", "dork"],
        char: "\u{1F913}",
        fitzpatrick_scale: false,
        category: "people"
      },
      sunglasses: {
        keywords: ["face", "cool", "smile", "summer", "beach", "sunglass"],
        char: "\u{1F60E}",
        fitzpatrick_scale: false,
        category: "people"
      },
      star_struck: {
        keywords: ["face", "smile", "starry", "eyes", "grinning"],
        char: "\u{1F929}",
        fitzpatrick_scale: false,
        category: "people"
      },
      clown_face: {
        keywords: ["face"],
        char: "\u{1F921}",
        fitzpatrick_scale: false,
        category: "people"
      },
      cowboy_hat_face: {
        keywords: ["face", "cowgirl", "hat"],
        char: "\u{1F920}",
        fitzpatrick_scale: false,
        category: "people"
      },
      hugs: {
        keywords: ["face", "smile", "hug"],
        char: "\u{1F917}",
        fitzpatrick_scale: false,
        category: "people"
      },
      smirk: {
        keywords: ["face", "smile", "mean", "prank", "smug", "sarcasm"],
        char: "\u{1F60F}",
        fitzpatrick_scale: false,
        category: "people"
      },
      no_mouth: {
        keywords: ["face", "hellokitty"],
        char: "\u{1F636}",
        fitzpatrick_scale: false,
        category: "people"
      },
      neutral_face: {
        keywords: ["indifference", "meh", ":|", "neutral"],
        char: "\u{1F610}",
        fitzpatrick_scale: false,
        category: "people"
      },
      expressionless: {
        keywords: ["face", "indifferent", "-_-", "meh", "deadpan"],
        char: "\u{1F611}",
        fitzpatrick_scale: false,
        category: "people"
      },
      unamused: {
        keywords: ["indifference", "bored", "straight face", "serious", "sarcasm", "unimpressed", "skeptical", "dubious", "side_eye"],
        char: "\u{1F612}",
        fitzpatrick_scale: false,
        category: "people"
      },
      roll_eyes: {
        keywords: ["face", "eyeroll", "frustrated"],
        char: "\u{1F644}",
        fitzpatrick_scale: false,
        category: "people"
      },
      thinking: {
        keywords: ["face", "hmmm", "think", "consider"],
        char: "\u{1F914}",
        fitzpatrick_scale: false,
        category: "people"
      },
      lying_face: {
        keywords: ["face", "lie", "pinocchio"],
        char: "\u{1F925}",
        fitzpatrick_scale: false,
        category: "people"
      },
      hand_over_mouth: {
        keywords: ["face", "whoops", "shock", "surprise"],
        char: "\u{1F92D}",
        fitzpatrick_scale: false,
        category: "people"
      },
      shushing: {
        keywords: ["face", "quiet", "shhh"],
        char: "\u{1F92B}",
        fitzpatrick_scale: false,
        category: "people"
      },
      symbols_over_mouth: {
        keywords: ["face", "swearing", "cursing", "cussing", "profanity", "expletive"],
        char: "\u{1F92C}",
        fitzpatrick_scale: false,
        category: "people"
      },
      exploding_head: {
        keywords: ["face", "shocked", "mind", "blown"],
        char: "\u{1F92F}",
        fitzpatrick_scale: false,
        category: "people"
      },
      flushed: {
        keywords: ["face", "blush", "shy", "flattered"],
        char: "\u{1F633}",
        fitzpatrick_scale: false,
        category: "people"
      },
      disappointed: {
        keywords: ["face", "sad", "upset", "depressed", ":("],
        char: "\u{1F61E}",
        fitzpatrick_scale: false,
        category: "people"
      },
      worried: {
        keywords: ["face", "concern", "nervous", ":("],
        char: "\u{1F61F}",
        fitzpatrick_scale: false,
        category: "people"
      },
      angry: {
        keywords: ["mad", "face", "annoyed", "frustrated"],
        char: "\u{1F620}",
        fitzpatrick_scale: false,
        category: "people"
      },
      rage: {
        keywords: ["angry", "mad", "hate", "despise"],
        char: "\u{1F621}",
        fitzpatrick_scale: false,
        category: "people"
      },
      pensive: {
        keywords: ["face", "sad", "depressed", "upset"],
        char: "\u{1F614}",
        fitzpatrick_scale: false,
        category: "people"
      },
      confused: {
        keywords: ["face", "indifference", "huh", "weird", "hmmm", ":/"],
        char: "\u{1F615}",
        fitzpatrick_scale: false,
        category: "people"
      },
      slightly_frowning_face: {
        keywords: ["face", "frowning", "disappointed", "sad", "upset"],
        char: "\u{1F641}",
        fitzpatrick_scale: false,
        category: "people"
      },
      frowning_face: {
        keywords: ["face", "sad", "upset", "frown"],
        char: "\u2639",
        fitzpatrick_scale: false,
        category: "people"
      },
      persevere: {
        keywords: ["face", "sick", "no", "upset", "oops"],
        char: "\u{1F623}",
        fitzpatrick_scale: false,
        category: "people"
      },
      confounded: {
        keywords: ["face", "confused", "sick", "unwell", "oops", ":S"],
        char: "\u{1F616}",
        fitzpatrick_scale: false,
        category: "people"
      },
      tired_face: {
        keywords: ["sick", "whine", "upset", "frustrated"],
        char: "\u{1F62B}",
        fitzpatrick_scale: false,
        category: "people"
      },
      weary: {
        keywords: ["face", "tired", "sleepy", "sad", "frustrated", "upset"],
        char: "\u{1F629}",
        fitzpatrick_scale: false,
        category: "people"
      },
      pleading: {
        keywords: ["face", "begging", "mercy"],
        char: "\u{1F97A}",
        fitzpatrick_scale: false,
        category: "people"
      },
      triumph: {
        keywords: ["face", "gas", "phew", "proud", "pride"],
        char: "\u{1F624}",
        fitzpatrick_scale: false,
        category: "people"
      },
      open_mouth: {
        keywords: ["face", "surprise", "impressed", "wow", "whoa", ":O"],
        char: "\u{1F62E}",
        fitzpatrick_scale: false,
        category: "people"
      },
      scream: {
        keywords: ["face", "munch", "scared", "omg"],
        char: "\u{1F631}",
        fitzpatrick_scale: false,
        category: "people"
      },
      fearful: {
        keywords: ["face", "scared", "terrified", "nervous", "oops", "huh"],
        char: "\u{1F628}",
        fitzpatrick_scale: false,
        category: "people"
      },
      cold_sweat: {
        keywords: ["face", "nervous", "sweat"],
        char: "\u{1F630}",
        fitzpatrick_scale: false,
        category: "people"
      },
      hushed: {
        keywords: ["face", "woo", "shh"],
        char: "\u{1F62F}",
        fitzpatrick_scale: false,
        category: "people"
      },
      frowning: {
        keywords: ["face", "aw", "what"],
        char: "\u{1F626}",
        fitzpatrick_scale: false,
        category: "people"
      },
      anguished: {
        keywords: ["face", "stunned", "nervous"],
        char: "\u{1F627}",
        fitzpatrick_scale: false,
        category: "people"
      },
      cry: {
        keywords: ["face", "tears", "sad", "depressed", "upset", ":'("],
        char: "\u{1F622}",
        fitzpatrick_scale: false,
        category: "people"
      },
      disappointed_relieved: {
        keywords: ["face", "phew", "sweat", "nervous"],
        char: "\u{1F625}",
        fitzpatrick_scale: false,
        category: "people"
      },
      drooling_face: {
        keywords: ["face"],
        char: "\u{1F924}",
        fitzpatrick_scale: false,
        category: "people"
      },
      sleepy: {
        keywords: ["face", "tired", "rest", "nap"],
        char: "\u{1F62A}",
        fitzpatrick_scale: false,
        category: "people"
      },
      sweat: {
        keywords: ["face", "hot", "sad", "tired", "exercise"],
        char: "\u{1F613}",
        fitzpatrick_scale: false,
        category: "people"
      },
      hot: {
        keywords: ["face", "feverish", "heat", "red", "sweating"],
        char: "\u{1F975}",
        fitzpatrick_scale: false,
        category: "people"
      },
      cold: {
        keywords: ["face", "blue", "freezing", "frozen", "frostbite", "icicles"],
        char: "\u{1F976}",
        fitzpatrick_scale: false,
        category: "people"
      },
      sob: {
        keywords: ["face", "cry", "tears", "sad", "upset", "depressed"],
        char: "\u{1F62D}",
        fitzpatrick_scale: false,
        category: "people"
      },
      dizzy_face: {
        keywords: ["spent", "unconscious", "xox", "dizzy"],
        char: "\u{1F635}",
        fitzpatrick_scale: false,
        category: "people"
      },
      astonished: {
        keywords: ["face", "xox", "surprised", "poisoned"],
        char: "\u{1F632}",
        fitzpatrick_scale: false,
        category: "people"
      },
      zipper_mouth_face: {
        keywords: ["face", "sealed", "zipper", "secret"],
        char: "\u{1F910}",
        fitzpatrick_scale: false,
        category: "people"
      },
      nauseated_face: {
        keywords: ["face", "vomit", "gross", "green", "sick", "throw up", "ill"],
        char: "\u{1F922}",
        fitzpatrick_scale: false,
        category: "people"
      },
      sneezing_face: {
        keywords: ["face", "gesundheit", "sneeze", "sick", "allergy"],
        char: "\u{1F927}",
        fitzpatrick_scale: false,
        category: "people"
      },
      vomiting: {
        keywords: ["face", "sick"],
        char: "\u{1F92E}",
        fitzpatrick_scale: false,
        category: "people"
      },
      mask: {
        keywords: ["face", "sick", "ill", "disease"],
        char: "\u{1F637}",
        fitzpatrick_scale: false,
        category: "people"
      },
      face_with_thermometer: {
        keywords: ["sick", "temperature", "thermometer", "cold", "fever"],
        char: "\u{1F912}",
        fitzpatrick_scale: false,
        category: "people"
      },
      face_with_head_bandage: {
        keywords: ["injured", "clumsy", "bandage", "hurt"],
        char: "\u{1F915}",
        fitzpatrick_scale: false,
        category: "people"
      },
      woozy: {
        keywords: ["face", "dizzy", "intoxicated", "tipsy", "wavy"],
        char: "\u{1F974}",
        fitzpatrick_scale: false,
        category: "people"
      },
      sleeping: {
        keywords: ["face", "tired", "sleepy", "night", "zzz"],
        char: "\u{1F634}",
        fitzpatrick_scale: false,
        category: "people"
      },
      zzz: {
        keywords: ["sleepy", "tired", "dream"],
        char: "\u{1F4A4}",
        fitzpatrick_scale: false,
        category: "people"
      },
      poop: {
        keywords: ["hankey", "shitface", "fail", "turd", "shit"],
        char: "\u{1F4A9}",
        fitzpatrick_scale: false,
        category: "people"
      },
      smiling_imp: {
        keywords: ["devil", "horns"],
        char: "\u{1F608}",
        fitzpatrick_scale: false,
        category: "people"
      },
      imp: {
        keywords: ["devil", "angry", "horns"],
        char: "\u{1F47F}",
        fitzpatrick_scale: false,
        category: "people"
      },
      japanese_ogre: {
        keywords: ["monster", "red", "mask", "halloween", "scary", "creepy", "devil", "demon", "japanese", "ogre"],
        char: "\u{1F479}",
        fitzpatrick_scale: false,
        category: "people"
      },
      japanese_goblin: {
        keywords: ["red", "evil", "mask", "monster", "scary", "creepy", "japanese", "goblin"],
        char: "\u{1F47A}",
        fitzpatrick_scale: false,
        category: "people"
      },
      skull: {
        keywords: ["dead", "skeleton", "creepy", "death"],
        char: "\u{1F480}",
        fitzpatrick_scale: false,
        category: "people"
      },
      ghost: {
        keywords: ["halloween", "spooky", "scary"],
        char: "\u{1F47B}",
        fitzpatrick_scale: false,
        category: "people"
      },
      alien: {
        keywords: ["UFO", "paul", "weird", "outer_space"],
        char: "\u{1F47D}",
        fitzpatrick_scale: false,
        category: "people"
      },
      robot: {
        keywords: ["computer", "machine", "bot"],
        char: "\u{1F916}",
        fitzpatrick_scale: false,
        category: "people"
      },
      smiley_cat: {
        keywords: ["animal", "cats", "happy", "smile"],
        char: "\u{1F63A}",
        fitzpatrick_scale: false,
        category: "people"
      },
      smile_cat: {
        keywords: ["animal", "cats", "smile"],
        char: "\u{1F638}",
        fitzpatrick_scale: false,
        category: "people"
      },
      joy_cat: {
        keywords: ["animal", "cats", "haha", "happy", "tears"],
        char: "\u{1F639}",
        fitzpatrick_scale: false,
        category: "people"
      },
      heart_eyes_cat: {
        keywords: ["animal", "love", "like", "affection", "cats", "valentines", "heart"],
        char: "\u{1F63B}",
        fitzpatrick_scale: false,
        category: "people"
      },
      smirk_cat: {
        keywords: ["animal", "cats", "smirk"],
        char: "\u{1F63C}",
        fitzpatrick_scale: false,
        category: "people"
      },
      kissing_cat: {
        keywords: ["animal", "cats", "kiss"],
        char: "\u{1F63D}",
        fitzpatrick_scale: false,
        category: "people"
      },
      scream_cat: {
        keywords: ["animal", "cats", "munch", "scared", "scream"],
        char: "\u{1F640}",
        fitzpatrick_scale: false,
        category: "people"
      },
      crying_cat_face: {
        keywords: ["animal", "tears", "weep", "sad", "cats", "upset", "cry"],
        char: "\u{1F63F}",
        fitzpatrick_scale: false,
        category: "people"
      },
      pouting_cat: {
        keywords: ["animal", "cats"],
        char: "\u{1F63E}",
        fitzpatrick_scale: false,
        category: "people"
      },
      palms_up: {
        keywords: ["hands", "gesture", "cupped", "prayer"],
        char: "\u{1F932}",
        fitzpatrick_scale: true,
        category: "people"
      },
      raised_hands: {
        keywords: ["gesture", "hooray", "yea", "celebration", "hands"],
        char: "\u{1F64C}",
        fitzpatrick_scale: true,
        category: "people"
      },
      clap: {
        keywords: ["hands", "praise", "applause", "congrats", "yay"],
        char: "\u{1F44F}",
        fitzpatrick_scale: true,
        category: "people"
      },
      wave: {
        keywords: ["hands", "gesture", "goodbye", "solong", "farewell", "hello", "hi", "palm"],
        char: "\u{1F44B}",
        fitzpatrick_scale: true,
        category: "people"
      },
      call_me_hand: {
        keywords: ["hands", "gesture"],
        char: "\u{1F919}",
        fitzpatrick_scale: true,
        category: "people"
      },
      "+1": {
        keywords: ["thumbsup", "yes", "awesome", "good", "agree", "accept", "cool", "hand", "like"],
        char: "\u{1F44D}",
        fitzpatrick_scale: true,
        category: "people"
      },
      "-1": {
        keywords: ["thumbsdown", "no", "dislike", "hand"],
        char: "\u{1F44E}",
        fitzpatrick_scale: true,
        category: "people"
      },
      facepunch: {
        keywords: ["angry", "violence", "fist", "hit", "attack", "hand"],
        char: "\u{1F44A}",
        fitzpatrick_scale: true,
        category: "people"
      },
      fist: {
        keywords: ["fingers", "hand", "grasp"],
        char: "\u270A",
        fitzpatrick_scale: true,
        category: "people"
      },
      fist_left: {
        keywords: ["hand", "fistbump"],
        char: "\u{1F91B}",
        fitzpatrick_scale: true,
        category: "people"
      },
      fist_right: {
        keywords: ["hand", "fistbump"],
        char: "\u{1F91C}",
        fitzpatrick_scale: true,
        category: "people"
      },
      v: {
        keywords: ["fingers", "ohyeah", "hand", "peace", "victory", "two"],
        char: "\u270C",
        fitzpatrick_scale: true,
        category: "people"
      },
      ok_hand: {
        keywords: ["fingers", "limbs", "perfect", "ok", "okay"],
        char: "\u{1F44C}",
        fitzpatrick_scale: true,
        category: "people"
      },
      raised_hand: {
        keywords: ["fingers", "stop", "highfive", "palm", "ban"],
        char: "\u270B",
        fitzpatrick_scale: true,
        category: "people"
      },
      raised_back_of_hand: {
        keywords: ["fingers", "raised", "backhand"],
        char: "\u{1F91A}",
        fitzpatrick_scale: true,
        category: "people"
      },
      open_hands: {
        keywords: ["fingers", "butterfly", "hands", "open"],
        char: "\u{1F450}",
        fitzpatrick_scale: true,
        category: "people"
      },
      muscle: {
        keywords: ["arm", "flex", "hand", "summer", "strong", "biceps"],
        char: "\u{1F4AA}",
        fitzpatrick_scale: true,
        category: "people"
      },
      pray: {
        keywords: ["please", "hope", "wish", "namaste", "highfive"],
        char: "\u{1F64F}",
        fitzpatrick_scale: true,
        category: "people"
      },
      foot: {
        keywords: ["kick", "stomp"],
        char: "\u{1F9B6}",
        fitzpatrick_scale: true,
        category: "people"
      },
      leg: {
        keywords: ["kick", "limb"],
        char: "\u{1F9B5}",
        fitzpatrick_scale: true,
        category: "people"
      },
      handshake: {
        keywords: ["agreement", "shake"],
        char: "\u{1F91D}",
        fitzpatrick_scale: false,
        category: "people"
      },
      point_up: {
        keywords: ["hand", "fingers", "direction", "up"],
        char: "\u261D",
        fitzpatrick_scale: true,
        category: "people"
      },
      point_up_2: {
        keywords: ["fingers", "hand", "direction", "up"],
        char: "\u{1F446}",
        fitzpatrick_scale: true,
        category: "people"
      },
      point_down: {
        keywords: ["fingers", "hand", "direction", "down"],
        char: "\u{1F447}",
        fitzpatrick_scale: true,
        category: "people"
      },
      point_left: {
        keywords: ["direction", "fingers", "hand", "left"],
        char: "\u{1F448}",
        fitzpatrick_scale: true,
        category: "people"
      },
      point_right: {
        keywords: ["fingers", "hand", "direction", "right"],
        char: "\u{1F449}",
        fitzpatrick_scale: true,
        category: "people"
      },
      fu: {
        keywords: ["hand", "fingers", "rude", "middle", "flipping"],
        char: "\u{1F595}",
        fitzpatrick_scale: true,
        category: "people"
      },
      raised_hand_with_fingers_splayed: {
        keywords: ["hand", "fingers", "palm"],
        char: "\u{1F590}",
        fitzpatrick_scale: true,
        category: "people"
      },
      love_you: {
        keywords: ["hand", "fingers", "gesture"],
        char: "\u{1F91F}",
        fitzpatrick_scale: true,
        category: "people"
      },
      metal: {
        keywords: ["hand", "fingers", "evil_eye", "sign_of_horns", "rock_on"],
        char: "\u{1F918}",
        fitzpatrick_scale: true,
        category: "people"
      },
      crossed_fingers: {
        keywords: ["good", "lucky"],
        char: "\u{1F91E}",
        fitzpatrick_scale: true,
        category: "people"
      },
      vulcan_salute: {
        keywords: ["hand", "fingers", "spock", "star trek"],
        char: "\u{1F596}",
        fitzpatrick_scale: true,
        category: "people"
      },
      writing_hand: {
        keywords: ["lower_left_ballpoint_pen", "stationery", "write", "compose"],
        char: "\u270D",
        fitzpatrick_scale: true,
        category: "people"
      },
      selfie: {
        keywords: ["camera", "phone"],
        char: "\u{1F933}",
        fitzpatrick_scale: true,
        category: "people"
      },
      nail_care: {
        keywords: ["beauty", "manicure", "finger", "fashion", "nail"],
        char: "\u{1F485}",
        fitzpatrick_scale: true,
        category: "people"
      },
      lips: {
        keywords: ["mouth", "kiss"],
        char: "\u{1F444}",
        fitzpatrick_scale: false,
        category: "people"
      },
      tooth: {
        keywords: ["teeth", "dentist"],
        char: "\u{1F9B7}",
        fitzpatrick_scale: false,
        category: "people"
      },
      tongue: {
        keywords: ["mouth", "playful"],
        char: "\u{1F445}",
        fitzpatrick_scale: false,
        category: "people"
      },
      ear: {
        keywords: ["face", "hear", "sound", "listen"],
        char: "\u{1F442}",
        fitzpatrick_scale: true,
        category: "people"
      },
      nose: {
        keywords: ["smell", "sniff"],
        char: "\u{1F443}",
        fitzpatrick_scale: true,
        category: "people"
      },
      eye: {
        keywords: ["face", "look", "see", "watch", "stare"],
        char: "\u{1F441}",
        fitzpatrick_scale: false,
        category: "people"
      },
      eyes: {
        keywords: ["look", "watch", "stalk", "peek", "see"],
        char: "\u{1F440}",
        fitzpatrick_scale: false,
        category: "people"
      },
      brain: {
        keywords: ["smart", "intelligent"],
        char: "\u{1F9E0}",
        fitzpatrick_scale: false,
        category: "people"
      },
      bust_in_silhouette: {
        keywords: ["user", "person", "human"],
        char: "\u{1F464}",
        fitzpatrick_scale: false,
        category: "people"
      },
      busts_in_silhouette: {
        keywords: ["user", "person", "human", "group", "team"],
        char: "\u{1F465}",
        fitzpatrick_scale: false,
        category: "people"
      },
      speaking_head: {
        keywords: ["user", "person", "human", "sing", "say", "talk"],
        char: "\u{1F5E3}",
        fitzpatrick_scale: false,
        category: "people"
      },
      baby: {
        keywords: ["child", "boy", "girl", "toddler"],
        char: "\u{1F476}",
        fitzpatrick_scale: true,
        category: "people"
      },
      child: {
        keywords: ["gender-neutral", "young"],
        char: "\u{1F9D2}",
        fitzpatrick_scale: true,
        category: "people"
      },
      boy: {
        keywords: ["man", "male", "guy", "teenager"],
        char: "\u{1F466}",
        fitzpatrick_scale: true,
        category: "people"
      },
      girl: {
        keywords: ["female", "woman", "teenager"],
        char: "\u{1F467}",
        fitzpatrick_scale: true,
        category: "people"
      },
      adult: {
        keywords: ["gender-neutral", "person"],
        char: "\u{1F9D1}",
        fitzpatrick_scale: true,
        category: "people"
      },
      man: {
        keywords: ["mustache", "father", "dad", "guy", "classy", "sir", "moustache"],
        char: "\u{1F468}",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman: {
        keywords: ["female", "girls", "lady"],
        char: "\u{1F469}",
        fitzpatrick_scale: true,
        category: "people"
      },
      blonde_woman: {
        keywords: ["woman", "female", "girl", "blonde", "person"],
        char: "\u{1F471}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      blonde_man: {
        keywords: ["man", "male", "boy", "blonde", "guy", "person"],
        char: "\u{1F471}",
        fitzpatrick_scale: true,
        category: "people"
      },
      bearded_person: {
        keywords: ["person", "bewhiskered"],
        char: "\u{1F9D4}",
        fitzpatrick_scale: true,
        category: "people"
      },
      older_adult: {
        keywords: ["human", "elder", "senior", "gender-neutral"],
        char: "\u{1F9D3}",
        fitzpatrick_scale: true,
        category: "people"
      },
      older_man: {
        keywords: ["human", "male", "men", "old", "elder", "senior"],
        char: "\u{1F474}",
        fitzpatrick_scale: true,
        category: "people"
      },
      older_woman: {
        keywords: ["human", "female", "women", "lady", "old", "elder", "senior"],
        char: "\u{1F475}",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_with_gua_pi_mao: {
        keywords: ["male", "boy", "chinese"],
        char: "\u{1F472}",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_with_headscarf: {
        keywords: ["female", "hijab", "mantilla", "tichel"],
        char: "\u{1F9D5}",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_with_turban: {
        keywords: ["female", "indian", "hinduism", "arabs", "woman"],
        char: "\u{1F473}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_with_turban: {
        keywords: ["male", "indian", "hinduism", "arabs"],
        char: "\u{1F473}",
        fitzpatrick_scale: true,
        category: "people"
      },
      policewoman: {
        keywords: ["woman", "police", "law", "legal", "enforcement", "arrest", "911", "female"],
        char: "\u{1F46E}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      policeman: {
        keywords: ["man", "police", "law", "legal", "enforcement", "arrest", "911"],
        char: "\u{1F46E}",
        fitzpatrick_scale: true,
        category: "people"
      },
      construction_worker_woman: {
        keywords: ["female", "human", "wip", "build", "construction", "worker", "labor", "woman"],
        char: "\u{1F477}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      construction_worker_man: {
        keywords: ["male", "human", "wip", "guy", "build", "construction", "worker", "labor"],
        char: "\u{1F477}",
        fitzpatrick_scale: true,
        category: "people"
      },
      guardswoman: {
        keywords: ["uk", "gb", "british", "female", "royal", "woman"],
        char: "\u{1F482}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      guardsman: {
        keywords: ["uk", "gb", "british", "male", "guy", "royal"],
        char: "\u{1F482}",
        fitzpatrick_scale: true,
        category: "people"
      },
      female_detective: {
        keywords: ["human", "spy", "detective", "female", "woman"],
        char: "\u{1F575}\uFE0F\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      male_detective: {
        keywords: ["human", "spy", "detective"],
        char: "\u{1F575}",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_health_worker: {
        keywords: ["doctor", "nurse", "therapist", "healthcare", "woman", "human"],
        char: "\u{1F469}\u200D\u2695\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_health_worker: {
        keywords: ["doctor", "nurse", "therapist", "healthcare", "man", "human"],
        char: "\u{1F468}\u200D\u2695\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_farmer: {
        keywords: ["rancher", "gardener", "woman", "human"],
        char: "\u{1F469}\u200D\u{1F33E}",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_farmer: {
        keywords: ["rancher", "gardener", "man", "human"],
        char: "\u{1F468}\u200D\u{1F33E}",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_cook: {
        keywords: ["chef", "woman", "human"],
        char: "\u{1F469}\u200D\u{1F373}",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_cook: {
        keywords: ["chef", "man", "human"],
        char: "\u{1F468}\u200D\u{1F373}",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_student: {
        keywords: ["graduate", "woman", "human"],
        char: "\u{1F469}\u200D\u{1F393}",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_student: {
        keywords: ["graduate", "man", "human"],
        char: "\u{1F468}\u200D\u{1F393}",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_singer: {
        keywords: ["rockstar", "entertainer", "woman", "human"],
        char: "\u{1F469}\u200D\u{1F3A4}",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_singer: {
        keywords: ["rockstar", "entertainer", "man", "human"],
        char: "\u{1F468}\u200D\u{1F3A4}",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_teacher: {
        keywords: ["instructor", "professor", "woman", "human"],
        char: "\u{1F469}\u200D\u{1F3EB}",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_teacher: {
        keywords: ["instructor", "professor", "man", "human"],
        char: "\u{1F468}\u200D\u{1F3EB}",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_factory_worker: {
        keywords: ["assembly", "industrial", "woman", "human"],
        char: "\u{1F469}\u200D\u{1F3ED}",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_factory_worker: {
        keywords: ["assembly", "industrial", "man", "human"],
        char: "\u{1F468}\u200D\u{1F3ED}",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_technologist: {
        keywords: ["coder", "developer", "engineer", "programmer", "software", "woman", "human", "laptop", "computer"],
        char: "\u{1F469}\u200D\u{1F4BB}",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_technologist: {
        keywords: ["coder", "developer", "engineer", "programmer", "software", "man", "human", "laptop", "computer"],
        char: "\u{1F468}\u200D\u{1F4BB}",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_office_worker: {
        keywords: ["business", "manager", "woman", "human"],
        char: "\u{1F469}\u200D\u{1F4BC}",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_office_worker: {
        keywords: ["business", "manager", "man", "human"],
        char: "\u{1F468}\u200D\u{1F4BC}",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_mechanic: {
        keywords: ["plumber", "woman", "human", "wrench"],
        char: "\u{1F469}\u200D\u{1F527}",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_mechanic: {
        keywords: ["plumber", "man", "human", "wrench"],
        char: "\u{1F468}\u200D\u{1F527}",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_scientist: {
        keywords: ["biologist", "chemist", "engineer", "physicist", "woman", "human"],
        char: "\u{1F469}\u200D\u{1F52C}",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_scientist: {
        keywords: ["biologist", "chemist", "engineer", "physicist", "man", "human"],
        char: "\u{1F468}\u200D\u{1F52C}",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_artist: {
        keywords: ["painter", "woman", "human"],
        char: "\u{1F469}\u200D\u{1F3A8}",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_artist: {
        keywords: ["painter", "man", "human"],
        char: "\u{1F468}\u200D\u{1F3A8}",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_firefighter: {
        keywords: ["fireman", "woman", "human"],
        char: "\u{1F469}\u200D\u{1F692}",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_firefighter: {
        keywords: ["fireman", "man", "human"],
        char: "\u{1F468}\u200D\u{1F692}",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_pilot: {
        keywords: ["aviator", "plane", "woman", "human"],
        char: "\u{1F469}\u200D\u2708\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_pilot: {
        keywords: ["aviator", "plane", "man", "human"],
        char: "\u{1F468}\u200D\u2708\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_astronaut: {
        keywords: ["space", "rocket", "woman", "human"],
        char: "\u{1F469}\u200D\u{1F680}",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_astronaut: {
        keywords: ["space", "rocket", "man", "human"],
        char: "\u{1F468}\u200D\u{1F680}",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_judge: {
        keywords: ["justice", "court", "woman", "human"],
        char: "\u{1F469}\u200D\u2696\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_judge: {
        keywords: ["justice", "court", "man", "human"],
        char: "\u{1F468}\u200D\u2696\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_superhero: {
        keywords: ["woman", "female", "good", "heroine", "superpowers"],
        char: "\u{1F9B8}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_superhero: {
        keywords: ["man", "male", "good", "hero", "superpowers"],
        char: "\u{1F9B8}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_supervillain: {
        keywords: ["woman", "female", "evil", "bad", "criminal", "heroine", "superpowers"],
        char: "\u{1F9B9}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_supervillain: {
        keywords: ["man", "male", "evil", "bad", "criminal", "hero", "superpowers"],
        char: "\u{1F9B9}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      mrs_claus: {
        keywords: ["woman", "female", "xmas", "mother christmas"],
        char: "\u{1F936}",
        fitzpatrick_scale: true,
        category: "people"
      },
      santa: {
        keywords: ["festival", "man", "male", "xmas", "father christmas"],
        char: "\u{1F385}",
        fitzpatrick_scale: true,
        category: "people"
      },
      sorceress: {
        keywords: ["woman", "female", "mage", "witch"],
        char: "\u{1F9D9}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      wizard: {
        keywords: ["man", "male", "mage", "sorcerer"],
        char: "\u{1F9D9}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_elf: {
        keywords: ["woman", "female"],
        char: "\u{1F9DD}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_elf: {
        keywords: ["man", "male"],
        char: "\u{1F9DD}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_vampire: {
        keywords: ["woman", "female"],
        char: "\u{1F9DB}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_vampire: {
        keywords: ["man", "male", "dracula"],
        char: "\u{1F9DB}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_zombie: {
        keywords: ["woman", "female", "undead", "walking dead"],
        char: "\u{1F9DF}\u200D\u2640\uFE0F",
        fitzpatrick_scale: false,
        category: "people"
      },
      man_zombie: {
        keywords: ["man", "male", "dracula", "undead", "walking dead"],
        char: "\u{1F9DF}\u200D\u2642\uFE0F",
        fitzpatrick_scale: false,
        category: "people"
      },
      woman_genie: {
        keywords: ["woman", "female"],
        char: "\u{1F9DE}\u200D\u2640\uFE0F",
        fitzpatrick_scale: false,
        category: "people"
      },
      man_genie: {
        keywords: ["man", "male"],
        char: "\u{1F9DE}\u200D\u2642\uFE0F",
        fitzpatrick_scale: false,
        category: "people"
      },
      mermaid: {
        keywords: ["woman", "female", "merwoman", "ariel"],
        char: "\u{1F9DC}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      merman: {
        keywords: ["man", "male", "triton"],
        char: "\u{1F9DC}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_fairy: {
        keywords: ["woman", "female"],
        char: "\u{1F9DA}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_fairy: {
        keywords: ["man", "male"],
        char: "\u{1F9DA}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      angel: {
        keywords: ["heaven", "wings", "halo"],
        char: "\u{1F47C}",
        fitzpatrick_scale: true,
        category: "people"
      },
      pregnant_woman: {
        keywords: ["baby"],
        char: "\u{1F930}",
        fitzpatrick_scale: true,
        category: "people"
      },
      breastfeeding: {
        keywords: ["nursing", "baby"],
        char: "\u{1F931}",
        fitzpatrick_scale: true,
        category: "people"
      },
      princess: {
        keywords: ["girl", "woman", "female", "blond", "crown", "royal", "queen"],
        char: "\u{1F478}",
        fitzpatrick_scale: true,
        category: "people"
      },
      prince: {
        keywords: ["boy", "man", "male", "crown", "royal", "king"],
        char: "\u{1F934}",
        fitzpatrick_scale: true,
        category: "people"
      },
      bride_with_veil: {
        keywords: ["couple", "marriage", "wedding", "woman", "bride"],
        char: "\u{1F470}",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_in_tuxedo: {
        keywords: ["couple", "marriage", "wedding", "groom"],
        char: "\u{1F935}",
        fitzpatrick_scale: true,
        category: "people"
      },
      running_woman: {
        keywords: ["woman", "walking", "exercise", "race", "running", "female"],
        char: "\u{1F3C3}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      running_man: {
        keywords: ["man", "walking", "exercise", "race", "running"],
        char: "\u{1F3C3}",
        fitzpatrick_scale: true,
        category: "people"
      },
      walking_woman: {
        keywords: ["human", "feet", "steps", "woman", "female"],
        char: "\u{1F6B6}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      walking_man: {
        keywords: ["human", "feet", "steps"],
        char: "\u{1F6B6}",
        fitzpatrick_scale: true,
        category: "people"
      },
      dancer: {
        keywords: ["female", "girl", "woman", "fun"],
        char: "\u{1F483}",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_dancing: {
        keywords: ["male", "boy", "fun", "dancer"],
        char: "\u{1F57A}",
        fitzpatrick_scale: true,
        category: "people"
      },
      dancing_women: {
        keywords: ["female", "bunny", "women", "girls"],
        char: "\u{1F46F}",
        fitzpatrick_scale: false,
        category: "people"
      },
      dancing_men: {
        keywords: ["male", "bunny", "men", "boys"],
        char: "\u{1F46F}\u200D\u2642\uFE0F",
        fitzpatrick_scale: false,
        category: "people"
      },
      couple: {
        keywords: ["pair", "people", "human", "love", "date", "dating", "like", "affection", "valentines", "marriage"],
        char: "\u{1F46B}",
        fitzpatrick_scale: false,
        category: "people"
      },
      two_men_holding_hands: {
        keywords: ["pair", "couple", "love", "like", "bromance", "friendship", "people", "human"],
        char: "\u{1F46C}",
        fitzpatrick_scale: false,
        category: "people"
      },
      two_women_holding_hands: {
        keywords: ["pair", "friendship", "couple", "love", "like", "female", "people", "human"],
        char: "\u{1F46D}",
        fitzpatrick_scale: false,
        category: "people"
      },
      bowing_woman: {
        keywords: ["woman", "female", "girl"],
        char: "\u{1F647}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      bowing_man: {
        keywords: ["man", "male", "boy"],
        char: "\u{1F647}",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_facepalming: {
        keywords: ["man", "male", "boy", "disbelief"],
        char: "\u{1F926}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_facepalming: {
        keywords: ["woman", "female", "girl", "disbelief"],
        char: "\u{1F926}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_shrugging: {
        keywords: ["woman", "female", "girl", "confused", "indifferent", "doubt"],
        char: "\u{1F937}",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_shrugging: {
        keywords: ["man", "male", "boy", "confused", "indifferent", "doubt"],
        char: "\u{1F937}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      tipping_hand_woman: {
        keywords: ["female", "girl", "woman", "human", "information"],
        char: "\u{1F481}",
        fitzpatrick_scale: true,
        category: "people"
      },
      tipping_hand_man: {
        keywords: ["male", "boy", "man", "human", "information"],
        char: "\u{1F481}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      no_good_woman: {
        keywords: ["female", "girl", "woman", "nope"],
        char: "\u{1F645}",
        fitzpatrick_scale: true,
        category: "people"
      },
      no_good_man: {
        keywords: ["male", "boy", "man", "nope"],
        char: "\u{1F645}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      ok_woman: {
        keywords: ["women", "girl", "female", "pink", "human", "woman"],
        char: "\u{1F646}",
        fitzpatrick_scale: true,
        category: "people"
      },
      ok_man: {
        keywords: ["men", "boy", "male", "blue", "human", "man"],
        char: "\u{1F646}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      raising_hand_woman: {
        keywords: ["female", "girl", "woman"],
        char: "\u{1F64B}",
        fitzpatrick_scale: true,
        category: "people"
      },
      raising_hand_man: {
        keywords: ["male", "boy", "man"],
        char: "\u{1F64B}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      pouting_woman: {
        keywords: ["female", "girl", "woman"],
        char: "\u{1F64E}",
        fitzpatrick_scale: true,
        category: "people"
      },
      pouting_man: {
        keywords: ["male", "boy", "man"],
        char: "\u{1F64E}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      frowning_woman: {
        keywords: ["female", "girl", "woman", "sad", "depressed", "discouraged", "unhappy"],
        char: "\u{1F64D}",
        fitzpatrick_scale: true,
        category: "people"
      },
      frowning_man: {
        keywords: ["male", "boy", "man", "sad", "depressed", "discouraged", "unhappy"],
        char: "\u{1F64D}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      haircut_woman: {
        keywords: ["female", "girl", "woman"],
        char: "\u{1F487}",
        fitzpatrick_scale: true,
        category: "people"
      },
      haircut_man: {
        keywords: ["male", "boy", "man"],
        char: "\u{1F487}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      massage_woman: {
        keywords: ["female", "girl", "woman", "head"],
        char: "\u{1F486}",
        fitzpatrick_scale: true,
        category: "people"
      },
      massage_man: {
        keywords: ["male", "boy", "man", "head"],
        char: "\u{1F486}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      woman_in_steamy_room: {
        keywords: ["female", "woman", "spa", "steamroom", "sauna"],
        char: "\u{1F9D6}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      man_in_steamy_room: {
        keywords: ["male", "man", "spa", "steamroom", "sauna"],
        char: "\u{1F9D6}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "people"
      },
      couple_with_heart_woman_man: {
        keywords: ["pair", "love", "like", "affection", "human", "dating", "valentines", "marriage"],
        char: "\u{1F491}",
        fitzpatrick_scale: false,
        category: "people"
      },
      couple_with_heart_woman_woman: {
        keywords: ["pair", "love", "like", "affection", "human", "dating", "valentines", "marriage"],
        char: "\u{1F469}\u200D\u2764\uFE0F\u200D\u{1F469}",
        fitzpatrick_scale: false,
        category: "people"
      },
      couple_with_heart_man_man: {
        keywords: ["pair", "love", "like", "affection", "human", "dating", "valentines", "marriage"],
        char: "\u{1F468}\u200D\u2764\uFE0F\u200D\u{1F468}",
        fitzpatrick_scale: false,
        category: "people"
      },
      couplekiss_man_woman: {
        keywords: ["pair", "valentines", "love", "like", "dating", "marriage"],
        char: "\u{1F48F}",
        fitzpatrick_scale: false,
        category: "people"
      },
      couplekiss_woman_woman: {
        keywords: ["pair", "valentines", "love", "like", "dating", "marriage"],
        char: "\u{1F469}\u200D\u2764\uFE0F\u200D\u{1F48B}\u200D\u{1F469}",
        fitzpatrick_scale: false,
        category: "people"
      },
      couplekiss_man_man: {
        keywords: ["pair", "valentines", "love", "like", "dating", "marriage"],
        char: "\u{1F468}\u200D\u2764\uFE0F\u200D\u{1F48B}\u200D\u{1F468}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_man_woman_boy: {
        keywords: ["home", "parents", "child", "mom", "dad", "father", "mother", "people", "human"],
        char: "\u{1F46A}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_man_woman_girl: {
        keywords: ["home", "parents", "people", "human", "child"],
        char: "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_man_woman_girl_boy: {
        keywords: ["home", "parents", "people", "human", "children"],
        char: "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_man_woman_boy_boy: {
        keywords: ["home", "parents", "people", "human", "children"],
        char: "\u{1F468}\u200D\u{1F469}\u200D\u{1F466}\u200D\u{1F466}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_man_woman_girl_girl: {
        keywords: ["home", "parents", "people", "human", "children"],
        char: "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F467}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_woman_woman_boy: {
        keywords: ["home", "parents", "people", "human", "children"],
        char: "\u{1F469}\u200D\u{1F469}\u200D\u{1F466}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_woman_woman_girl: {
        keywords: ["home", "parents", "people", "human", "children"],
        char: "\u{1F469}\u200D\u{1F469}\u200D\u{1F467}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_woman_woman_girl_boy: {
        keywords: ["home", "parents", "people", "human", "children"],
        char: "\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_woman_woman_boy_boy: {
        keywords: ["home", "parents", "people", "human", "children"],
        char: "\u{1F469}\u200D\u{1F469}\u200D\u{1F466}\u200D\u{1F466}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_woman_woman_girl_girl: {
        keywords: ["home", "parents", "people", "human", "children"],
        char: "\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F467}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_man_man_boy: {
        keywords: ["home", "parents", "people", "human", "children"],
        char: "\u{1F468}\u200D\u{1F468}\u200D\u{1F466}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_man_man_girl: {
        keywords: ["home", "parents", "people", "human", "children"],
        char: "\u{1F468}\u200D\u{1F468}\u200D\u{1F467}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_man_man_girl_boy: {
        keywords: ["home", "parents", "people", "human", "children"],
        char: "\u{1F468}\u200D\u{1F468}\u200D\u{1F467}\u200D\u{1F466}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_man_man_boy_boy: {
        keywords: ["home", "parents", "people", "human", "children"],
        char: "\u{1F468}\u200D\u{1F468}\u200D\u{1F466}\u200D\u{1F466}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_man_man_girl_girl: {
        keywords: ["home", "parents", "people", "human", "children"],
        char: "\u{1F468}\u200D\u{1F468}\u200D\u{1F467}\u200D\u{1F467}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_woman_boy: {
        keywords: ["home", "parent", "people", "human", "child"],
        char: "\u{1F469}\u200D\u{1F466}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_woman_girl: {
        keywords: ["home", "parent", "people", "human", "child"],
        char: "\u{1F469}\u200D\u{1F467}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_woman_girl_boy: {
        keywords: ["home", "parent", "people", "human", "children"],
        char: "\u{1F469}\u200D\u{1F467}\u200D\u{1F466}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_woman_boy_boy: {
        keywords: ["home", "parent", "people", "human", "children"],
        char: "\u{1F469}\u200D\u{1F466}\u200D\u{1F466}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_woman_girl_girl: {
        keywords: ["home", "parent", "people", "human", "children"],
        char: "\u{1F469}\u200D\u{1F467}\u200D\u{1F467}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_man_boy: {
        keywords: ["home", "parent", "people", "human", "child"],
        char: "\u{1F468}\u200D\u{1F466}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_man_girl: {
        keywords: ["home", "parent", "people", "human", "child"],
        char: "\u{1F468}\u200D\u{1F467}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_man_girl_boy: {
        keywords: ["home", "parent", "people", "human", "children"],
        char: "\u{1F468}\u200D\u{1F467}\u200D\u{1F466}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_man_boy_boy: {
        keywords: ["home", "parent", "people", "human", "children"],
        char: "\u{1F468}\u200D\u{1F466}\u200D\u{1F466}",
        fitzpatrick_scale: false,
        category: "people"
      },
      family_man_girl_girl: {
        keywords: ["home", "parent", "people", "human", "children"],
        char: "\u{1F468}\u200D\u{1F467}\u200D\u{1F467}",
        fitzpatrick_scale: false,
        category: "people"
      },
      yarn: {
        keywords: ["ball", "crochet", "knit"],
        char: "\u{1F9F6}",
        fitzpatrick_scale: false,
        category: "people"
      },
      thread: {
        keywords: ["needle", "sewing", "spool", "string"],
        char: "\u{1F9F5}",
        fitzpatrick_scale: false,
        category: "people"
      },
      coat: {
        keywords: ["jacket"],
        char: "\u{1F9E5}",
        fitzpatrick_scale: false,
        category: "people"
      },
      labcoat: {
        keywords: ["doctor", "experiment", "scientist", "chemist"],
        char: "\u{1F97C}",
        fitzpatrick_scale: false,
        category: "people"
      },
      womans_clothes: {
        keywords: ["fashion", "shopping_bags", "female"],
        char: "\u{1F45A}",
        fitzpatrick_scale: false,
        category: "people"
      },
      tshirt: {
        keywords: ["fashion", "cloth", "casual", "shirt", "tee"],
        char: "\u{1F455}",
        fitzpatrick_scale: false,
        category: "people"
      },
      jeans: {
        keywords: ["fashion", "shopping"],
        char: "\u{1F456}",
        fitzpatrick_scale: false,
        category: "people"
      },
      necktie: {
        keywords: ["shirt", "suitup", "formal", "fashion", "cloth", "business"],
        char: "\u{1F454}",
        fitzpatrick_scale: false,
        category: "people"
      },
      dress: {
        keywords: ["clothes", "fashion", "shopping"],
        char: "\u{1F457}",
        fitzpatrick_scale: false,
        category: "people"
      },
      bikini: {
        keywords: ["swimming", "female", "woman", "girl", "fashion", "beach", "summer"],
        char: "\u{1F459}",
        fitzpatrick_scale: false,
        category: "people"
      },
      kimono: {
        keywords: ["dress", "fashion", "women", "female", "japanese"],
        char: "\u{1F458}",
        fitzpatrick_scale: false,
        category: "people"
      },
      lipstick: {
        keywords: ["female", "girl", "fashion", "woman"],
        char: "\u{1F484}",
        fitzpatrick_scale: false,
        category: "people"
      },
      kiss: {
        keywords: ["face", "lips", "love", "like", "affection", "valentines"],
        char: "\u{1F48B}",
        fitzpatrick_scale: false,
        category: "people"
      },
      footprints: {
        keywords: ["feet", "tracking", "walking", "beach"],
        char: "\u{1F463}",
        fitzpatrick_scale: false,
        category: "people"
      },
      flat_shoe: {
        keywords: ["ballet", "slip-on", "slipper"],
        char: "\u{1F97F}",
        fitzpatrick_scale: false,
        category: "people"
      },
      high_heel: {
        keywords: ["fashion", "shoes", "female", "pumps", "stiletto"],
        char: "\u{1F460}",
        fitzpatrick_scale: false,
        category: "people"
      },
      sandal: {
        keywords: ["shoes", "fashion", "flip flops"],
        char: "\u{1F461}",
        fitzpatrick_scale: false,
        category: "people"
      },
      boot: {
        keywords: ["shoes", "fashion"],
        char: "\u{1F462}",
        fitzpatrick_scale: false,
        category: "people"
      },
      mans_shoe: {
        keywords: ["fashion", "male"],
        char: "\u{1F45E}",
        fitzpatrick_scale: false,
        category: "people"
      },
      athletic_shoe: {
        keywords: ["shoes", "sports", "sneakers"],
        char: "\u{1F45F}",
        fitzpatrick_scale: false,
        category: "people"
      },
      hiking_boot: {
        keywords: ["backpacking", "camping", "hiking"],
        char: "\u{1F97E}",
        fitzpatrick_scale: false,
        category: "people"
      },
      socks: {
        keywords: ["stockings", "clothes"],
        char: "\u{1F9E6}",
        fitzpatrick_scale: false,
        category: "people"
      },
      gloves: {
        keywords: ["hands", "winter", "clothes"],
        char: "\u{1F9E4}",
        fitzpatrick_scale: false,
        category: "people"
      },
      scarf: {
        keywords: ["neck", "winter", "clothes"],
        char: "\u{1F9E3}",
        fitzpatrick_scale: false,
        category: "people"
      },
      womans_hat: {
        keywords: ["fashion", "accessories", "female", "lady", "spring"],
        char: "\u{1F452}",
        fitzpatrick_scale: false,
        category: "people"
      },
      tophat: {
        keywords: ["magic", "gentleman", "classy", "circus"],
        char: "\u{1F3A9}",
        fitzpatrick_scale: false,
        category: "people"
      },
      billed_hat: {
        keywords: ["cap", "baseball"],
        char: "\u{1F9E2}",
        fitzpatrick_scale: false,
        category: "people"
      },
      rescue_worker_helmet: {
        keywords: ["construction", "build"],
        char: "\u26D1",
        fitzpatrick_scale: false,
        category: "people"
      },
      mortar_board: {
        keywords: ["school", "college", "degree", "university", "graduation", "cap", "hat", "legal", "learn", "education"],
        char: "\u{1F393}",
        fitzpatrick_scale: false,
        category: "people"
      },
      crown: {
        keywords: ["king", "kod", "leader", "royalty", "lord"],
        char: "\u{1F451}",
        fitzpatrick_scale: false,
        category: "people"
      },
      school_satchel: {
        keywords: ["student", "education", "bag", "backpack"],
        char: "\u{1F392}",
        fitzpatrick_scale: false,
        category: "people"
      },
      luggage: {
        keywords: ["packing", "travel"],
        char: "\u{1F9F3}",
        fitzpatrick_scale: false,
        category: "people"
      },
      pouch: {
        keywords: ["bag", "accessories", "shopping"],
        char: "\u{1F45D}",
        fitzpatrick_scale: false,
        category: "people"
      },
      purse: {
        keywords: ["fashion", "accessories", "money", "sales", "shopping"],
        char: "\u{1F45B}",
        fitzpatrick_scale: false,
        category: "people"
      },
      handbag: {
        keywords: ["fashion", "accessory", "accessories", "shopping"],
        char: "\u{1F45C}",
        fitzpatrick_scale: false,
        category: "people"
      },
      briefcase: {
        keywords: ["business", "documents", "work", "law", "legal", "job", "career"],
        char: "\u{1F4BC}",
        fitzpatrick_scale: false,
        category: "people"
      },
      eyeglasses: {
        keywords: ["fashion", "accessories", "eyesight", "nerdy", "dork", "geek"],
        char: "\u{1F453}",
        fitzpatrick_scale: false,
        category: "people"
      },
      dark_sunglasses: {
        keywords: ["face", "cool", "accessories"],
        char: "\u{1F576}",
        fitzpatrick_scale: false,
        category: "people"
      },
      goggles: {
        keywords: ["eyes", "protection", "safety"],
        char: "\u{1F97D}",
        fitzpatrick_scale: false,
        category: "people"
      },
      ring: {
        keywords: ["wedding", "propose", "marriage", "valentines", "diamond", "fashion", "jewelry", "gem", "engagement"],
        char: "\u{1F48D}",
        fitzpatrick_scale: false,
        category: "people"
      },
      closed_umbrella: {
        keywords: ["weather", "rain", "drizzle"],
        char: "\u{1F302}",
        fitzpatrick_scale: false,
        category: "people"
      },
      dog: {
        keywords: ["animal", "friend", "nature", "woof", "puppy", "pet", "faithful"],
        char: "\u{1F436}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      cat: {
        keywords: ["animal", "meow", "nature", "pet", "kitten"],
        char: "\u{1F431}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      mouse: {
        keywords: ["animal", "nature", "cheese_wedge", "rodent"],
        char: "\u{1F42D}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      hamster: {
        keywords: ["animal", "nature"],
        char: "\u{1F439}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      rabbit: {
        keywords: ["animal", "nature", "pet", "spring", "magic", "bunny"],
        char: "\u{1F430}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      fox_face: {
        keywords: ["animal", "nature", "face"],
        char: "\u{1F98A}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      bear: {
        keywords: ["animal", "nature", "wild"],
        char: "\u{1F43B}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      panda_face: {
        keywords: ["animal", "nature", "panda"],
        char: "\u{1F43C}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      koala: {
        keywords: ["animal", "nature"],
        char: "\u{1F428}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      tiger: {
        keywords: ["animal", "cat", "danger", "wild", "nature", "roar"],
        char: "\u{1F42F}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      lion: {
        keywords: ["animal", "nature"],
        char: "\u{1F981}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      cow: {
        keywords: ["beef", "ox", "animal", "nature", "moo", "milk"],
        char: "\u{1F42E}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      pig: {
        keywords: ["animal", "oink", "nature"],
        char: "\u{1F437}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      pig_nose: {
        keywords: ["animal", "oink"],
        char: "\u{1F43D}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      frog: {
        keywords: ["animal", "nature", "croak", "toad"],
        char: "\u{1F438}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      squid: {
        keywords: ["animal", "nature", "ocean", "sea"],
        char: "\u{1F991}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      octopus: {
        keywords: ["animal", "creature", "ocean", "sea", "nature", "beach"],
        char: "\u{1F419}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      shrimp: {
        keywords: ["animal", "ocean", "nature", "seafood"],
        char: "\u{1F990}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      monkey_face: {
        keywords: ["animal", "nature", "circus"],
        char: "\u{1F435}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      gorilla: {
        keywords: ["animal", "nature", "circus"],
        char: "\u{1F98D}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      see_no_evil: {
        keywords: ["monkey", "animal", "nature", "haha"],
        char: "\u{1F648}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      hear_no_evil: {
        keywords: ["animal", "monkey", "nature"],
        char: "\u{1F649}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      speak_no_evil: {
        keywords: ["monkey", "animal", "nature", "omg"],
        char: "\u{1F64A}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      monkey: {
        keywords: ["animal", "nature", "banana", "circus"],
        char: "\u{1F412}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      chicken: {
        keywords: ["animal", "cluck", "nature", "bird"],
        char: "\u{1F414}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      penguin: {
        keywords: ["animal", "nature"],
        char: "\u{1F427}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      bird: {
        keywords: ["animal", "nature", "fly", "tweet", "spring"],
        char: "\u{1F426}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      baby_chick: {
        keywords: ["animal", "chicken", "bird"],
        char: "\u{1F424}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      hatching_chick: {
        keywords: ["animal", "chicken", "egg", "born", "baby", "bird"],
        char: "\u{1F423}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      hatched_chick: {
        keywords: ["animal", "chicken", "baby", "bird"],
        char: "\u{1F425}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      duck: {
        keywords: ["animal", "nature", "bird", "mallard"],
        char: "\u{1F986}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      eagle: {
        keywords: ["animal", "nature", "bird"],
        char: "\u{1F985}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      owl: {
        keywords: ["animal", "nature", "bird", "hoot"],
        char: "\u{1F989}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      bat: {
        keywords: ["animal", "nature", "blind", "vampire"],
        char: "\u{1F987}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      wolf: {
        keywords: ["animal", "nature", "wild"],
        char: "\u{1F43A}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      boar: {
        keywords: ["animal", "nature"],
        char: "\u{1F417}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      horse: {
        keywords: ["animal", "brown", "nature"],
        char: "\u{1F434}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      unicorn: {
        keywords: ["animal", "nature", "mystical"],
        char: "\u{1F984}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      honeybee: {
        keywords: ["animal", "insect", "nature", "bug", "spring", "honey"],
        char: "\u{1F41D}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      bug: {
        keywords: ["animal", "insect", "nature", "worm"],
        char: "\u{1F41B}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      butterfly: {
        keywords: ["animal", "insect", "nature", "caterpillar"],
        char: "\u{1F98B}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      snail: {
        keywords: ["slow", "animal", "shell"],
        char: "\u{1F40C}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      beetle: {
        keywords: ["animal", "insect", "nature", "ladybug"],
        char: "\u{1F41E}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      ant: {
        keywords: ["animal", "insect", "nature", "bug"],
        char: "\u{1F41C}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      grasshopper: {
        keywords: ["animal", "cricket", "chirp"],
        char: "\u{1F997}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      spider: {
        keywords: ["animal", "arachnid"],
        char: "\u{1F577}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      scorpion: {
        keywords: ["animal", "arachnid"],
        char: "\u{1F982}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      crab: {
        keywords: ["animal", "crustacean"],
        char: "\u{1F980}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      snake: {
        keywords: ["animal", "evil", "nature", "hiss", "python"],
        char: "\u{1F40D}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      lizard: {
        keywords: ["animal", "nature", "reptile"],
        char: "\u{1F98E}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      "t-rex": {
        keywords: ["animal", "nature", "dinosaur", "tyrannosaurus", "extinct"],
        char: "\u{1F996}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      sauropod: {
        keywords: ["animal", "nature", "dinosaur", "brachiosaurus", "brontosaurus", "diplodocus", "extinct"],
        char: "\u{1F995}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      turtle: {
        keywords: ["animal", "slow", "nature", "tortoise"],
        char: "\u{1F422}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      tropical_fish: {
        keywords: ["animal", "swim", "ocean", "beach", "nemo"],
        char: "\u{1F420}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      fish: {
        keywords: ["animal", "food", "nature"],
        char: "\u{1F41F}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      blowfish: {
        keywords: ["animal", "nature", "food", "sea", "ocean"],
        char: "\u{1F421}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      dolphin: {
        keywords: ["animal", "nature", "fish", "sea", "ocean", "flipper", "fins", "beach"],
        char: "\u{1F42C}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      shark: {
        keywords: ["animal", "nature", "fish", "sea", "ocean", "jaws", "fins", "beach"],
        char: "\u{1F988}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      whale: {
        keywords: ["animal", "nature", "sea", "ocean"],
        char: "\u{1F433}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      whale2: {
        keywords: ["animal", "nature", "sea", "ocean"],
        char: "\u{1F40B}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      crocodile: {
        keywords: ["animal", "nature", "reptile", "lizard", "alligator"],
        char: "\u{1F40A}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      leopard: {
        keywords: ["animal", "nature"],
        char: "\u{1F406}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      zebra: {
        keywords: ["animal", "nature", "stripes", "safari"],
        char: "\u{1F993}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      tiger2: {
        keywords: ["animal", "nature", "roar"],
        char: "\u{1F405}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      water_buffalo: {
        keywords: ["animal", "nature", "ox", "cow"],
        char: "\u{1F403}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      ox: {
        keywords: ["animal", "cow", "beef"],
        char: "\u{1F402}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      cow2: {
        keywords: ["beef", "ox", "animal", "nature", "moo", "milk"],
        char: "\u{1F404}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      deer: {
        keywords: ["animal", "nature", "horns", "venison"],
        char: "\u{1F98C}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      dromedary_camel: {
        keywords: ["animal", "hot", "desert", "hump"],
        char: "\u{1F42A}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      camel: {
        keywords: ["animal", "nature", "hot", "desert", "hump"],
        char: "\u{1F42B}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      giraffe: {
        keywords: ["animal", "nature", "spots", "safari"],
        char: "\u{1F992}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      elephant: {
        keywords: ["animal", "nature", "nose", "th", "circus"],
        char: "\u{1F418}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      rhinoceros: {
        keywords: ["animal", "nature", "horn"],
        char: "\u{1F98F}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      goat: {
        keywords: ["animal", "nature"],
        char: "\u{1F410}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      ram: {
        keywords: ["animal", "sheep", "nature"],
        char: "\u{1F40F}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      sheep: {
        keywords: ["animal", "nature", "wool", "shipit"],
        char: "\u{1F411}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      racehorse: {
        keywords: ["animal", "gamble", "luck"],
        char: "\u{1F40E}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      pig2: {
        keywords: ["animal", "nature"],
        char: "\u{1F416}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      rat: {
        keywords: ["animal", "mouse", "rodent"],
        char: "\u{1F400}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      mouse2: {
        keywords: ["animal", "nature", "rodent"],
        char: "\u{1F401}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      rooster: {
        keywords: ["animal", "nature", "chicken"],
        char: "\u{1F413}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      turkey: {
        keywords: ["animal", "bird"],
        char: "\u{1F983}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      dove: {
        keywords: ["animal", "bird"],
        char: "\u{1F54A}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      dog2: {
        keywords: ["animal", "nature", "friend", "doge", "pet", "faithful"],
        char: "\u{1F415}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      poodle: {
        keywords: ["dog", "animal", "101", "nature", "pet"],
        char: "\u{1F429}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      cat2: {
        keywords: ["animal", "meow", "pet", "cats"],
        char: "\u{1F408}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      rabbit2: {
        keywords: ["animal", "nature", "pet", "magic", "spring"],
        char: "\u{1F407}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      chipmunk: {
        keywords: ["animal", "nature", "rodent", "squirrel"],
        char: "\u{1F43F}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      hedgehog: {
        keywords: ["animal", "nature", "spiny"],
        char: "\u{1F994}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      raccoon: {
        keywords: ["animal", "nature"],
        char: "\u{1F99D}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      llama: {
        keywords: ["animal", "nature", "alpaca"],
        char: "\u{1F999}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      hippopotamus: {
        keywords: ["animal", "nature"],
        char: "\u{1F99B}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      kangaroo: {
        keywords: ["animal", "nature", "australia", "joey", "hop", "marsupial"],
        char: "\u{1F998}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      badger: {
        keywords: ["animal", "nature", "honey"],
        char: "\u{1F9A1}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      swan: {
        keywords: ["animal", "nature", "bird"],
        char: "\u{1F9A2}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      peacock: {
        keywords: ["animal", "nature", "peahen", "bird"],
        char: "\u{1F99A}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      parrot: {
        keywords: ["animal", "nature", "bird", "pirate", "talk"],
        char: "\u{1F99C}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      lobster: {
        keywords: ["animal", "nature", "bisque", "claws", "seafood"],
        char: "\u{1F99E}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      mosquito: {
        keywords: ["animal", "nature", "insect", "malaria"],
        char: "\u{1F99F}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      paw_prints: {
        keywords: ["animal", "tracking", "footprints", "dog", "cat", "pet", "feet"],
        char: "\u{1F43E}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      dragon: {
        keywords: ["animal", "myth", "nature", "chinese", "green"],
        char: "\u{1F409}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      dragon_face: {
        keywords: ["animal", "myth", "nature", "chinese", "green"],
        char: "\u{1F432}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      cactus: {
        keywords: ["vegetable", "plant", "nature"],
        char: "\u{1F335}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      christmas_tree: {
        keywords: ["festival", "vacation", "december", "xmas", "celebration"],
        char: "\u{1F384}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      evergreen_tree: {
        keywords: ["plant", "nature"],
        char: "\u{1F332}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      deciduous_tree: {
        keywords: ["plant", "nature"],
        char: "\u{1F333}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      palm_tree: {
        keywords: ["plant", "vegetable", "nature", "summer", "beach", "mojito", "tropical"],
        char: "\u{1F334}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      seedling: {
        keywords: ["plant", "nature", "grass", "lawn", "spring"],
        char: "\u{1F331}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      herb: {
        keywords: ["vegetable", "plant", "medicine", "weed", "grass", "lawn"],
        char: "\u{1F33F}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      shamrock: {
        keywords: ["vegetable", "plant", "nature", "irish", "clover"],
        char: "\u2618",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      four_leaf_clover: {
        keywords: ["vegetable", "plant", "nature", "lucky", "irish"],
        char: "\u{1F340}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      bamboo: {
        keywords: ["plant", "nature", "vegetable", "panda", "pine_decoration"],
        char: "\u{1F38D}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      tanabata_tree: {
        keywords: ["plant", "nature", "branch", "summer"],
        char: "\u{1F38B}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      leaves: {
        keywords: ["nature", "plant", "tree", "vegetable", "grass", "lawn", "spring"],
        char: "\u{1F343}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      fallen_leaf: {
        keywords: ["nature", "plant", "vegetable", "leaves"],
        char: "\u{1F342}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      maple_leaf: {
        keywords: ["nature", "plant", "vegetable", "ca", "fall"],
        char: "\u{1F341}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      ear_of_rice: {
        keywords: ["nature", "plant"],
        char: "\u{1F33E}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      hibiscus: {
        keywords: ["plant", "vegetable", "flowers", "beach"],
        char: "\u{1F33A}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      sunflower: {
        keywords: ["nature", "plant", "fall"],
        char: "\u{1F33B}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      rose: {
        keywords: ["flowers", "valentines", "love", "spring"],
        char: "\u{1F339}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      wilted_flower: {
        keywords: ["plant", "nature", "flower"],
        char: "\u{1F940}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      tulip: {
        keywords: ["flowers", "plant", "nature", "summer", "spring"],
        char: "\u{1F337}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      blossom: {
        keywords: ["nature", "flowers", "yellow"],
        char: "\u{1F33C}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      cherry_blossom: {
        keywords: ["nature", "plant", "spring", "flower"],
        char: "\u{1F338}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      bouquet: {
        keywords: ["flowers", "nature", "spring"],
        char: "\u{1F490}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      mushroom: {
        keywords: ["plant", "vegetable"],
        char: "\u{1F344}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      chestnut: {
        keywords: ["food", "squirrel"],
        char: "\u{1F330}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      jack_o_lantern: {
        keywords: ["halloween", "light", "pumpkin", "creepy", "fall"],
        char: "\u{1F383}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      shell: {
        keywords: ["nature", "sea", "beach"],
        char: "\u{1F41A}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      spider_web: {
        keywords: ["animal", "insect", "arachnid", "silk"],
        char: "\u{1F578}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      earth_americas: {
        keywords: ["globe", "world", "USA", "international"],
        char: "\u{1F30E}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      earth_africa: {
        keywords: ["globe", "world", "international"],
        char: "\u{1F30D}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      earth_asia: {
        keywords: ["globe", "world", "east", "international"],
        char: "\u{1F30F}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      full_moon: {
        keywords: ["nature", "yellow", "twilight", "planet", "space", "night", "evening", "sleep"],
        char: "\u{1F315}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      waning_gibbous_moon: {
        keywords: ["nature", "twilight", "planet", "space", "night", "evening", "sleep", "waxing_gibbous_moon"],
        char: "\u{1F316}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      last_quarter_moon: {
        keywords: ["nature", "twilight", "planet", "space", "night", "evening", "sleep"],
        char: "\u{1F317}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      waning_crescent_moon: {
        keywords: ["nature", "twilight", "planet", "space", "night", "evening", "sleep"],
        char: "\u{1F318}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      new_moon: {
        keywords: ["nature", "twilight", "planet", "space", "night", "evening", "sleep"],
        char: "\u{1F311}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      waxing_crescent_moon: {
        keywords: ["nature", "twilight", "planet", "space", "night", "evening", "sleep"],
        char: "\u{1F312}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      first_quarter_moon: {
        keywords: ["nature", "twilight", "planet", "space", "night", "evening", "sleep"],
        char: "\u{1F313}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      waxing_gibbous_moon: {
        keywords: ["nature", "night", "sky", "gray", "twilight", "planet", "space", "evening", "sleep"],
        char: "\u{1F314}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      new_moon_with_face: {
        keywords: ["nature", "twilight", "planet", "space", "night", "evening", "sleep"],
        char: "\u{1F31A}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      full_moon_with_face: {
        keywords: ["nature", "twilight", "planet", "space", "night", "evening", "sleep"],
        char: "\u{1F31D}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      first_quarter_moon_with_face: {
        keywords: ["nature", "twilight", "planet", "space", "night", "evening", "sleep"],
        char: "\u{1F31B}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      last_quarter_moon_with_face: {
        keywords: ["nature", "twilight", "planet", "space", "night", "evening", "sleep"],
        char: "\u{1F31C}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      sun_with_face: {
        keywords: ["nature", "morning", "sky"],
        char: "\u{1F31E}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      crescent_moon: {
        keywords: ["night", "sleep", "sky", "evening", "magic"],
        char: "\u{1F319}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      star: {
        keywords: ["night", "yellow"],
        char: "\u2B50",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      star2: {
        keywords: ["night", "sparkle", "awesome", "good", "magic"],
        char: "\u{1F31F}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      dizzy: {
        keywords: ["star", "sparkle", "shoot", "magic"],
        char: "\u{1F4AB}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      sparkles: {
        keywords: ["stars", "shine", "shiny", "cool", "awesome", "good", "magic"],
        char: "\u2728",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      comet: {
        keywords: ["space"],
        char: "\u2604",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      sunny: {
        keywords: ["weather", "nature", "brightness", "summer", "beach", "spring"],
        char: "\u2600\uFE0F",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      sun_behind_small_cloud: {
        keywords: ["weather"],
        char: "\u{1F324}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      partly_sunny: {
        keywords: ["weather", "nature", "cloudy", "morning", "fall", "spring"],
        char: "\u26C5",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      sun_behind_large_cloud: {
        keywords: ["weather"],
        char: "\u{1F325}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      sun_behind_rain_cloud: {
        keywords: ["weather"],
        char: "\u{1F326}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      cloud: {
        keywords: ["weather", "sky"],
        char: "\u2601\uFE0F",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      cloud_with_rain: {
        keywords: ["weather"],
        char: "\u{1F327}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      cloud_with_lightning_and_rain: {
        keywords: ["weather", "lightning"],
        char: "\u26C8",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      cloud_with_lightning: {
        keywords: ["weather", "thunder"],
        char: "\u{1F329}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      zap: {
        keywords: ["thunder", "weather", "lightning bolt", "fast"],
        char: "\u26A1",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      fire: {
        keywords: ["hot", "cook", "flame"],
        char: "\u{1F525}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      boom: {
        keywords: ["bomb", "explode", "explosion", "collision", "blown"],
        char: "\u{1F4A5}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      snowflake: {
        keywords: ["winter", "season", "cold", "weather", "christmas", "xmas"],
        char: "\u2744\uFE0F",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      cloud_with_snow: {
        keywords: ["weather"],
        char: "\u{1F328}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      snowman: {
        keywords: ["winter", "season", "cold", "weather", "christmas", "xmas", "frozen", "without_snow"],
        char: "\u26C4",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      snowman_with_snow: {
        keywords: ["winter", "season", "cold", "weather", "christmas", "xmas", "frozen"],
        char: "\u2603",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      wind_face: {
        keywords: ["gust", "air"],
        char: "\u{1F32C}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      dash: {
        keywords: ["wind", "air", "fast", "shoo", "fart", "smoke", "puff"],
        char: "\u{1F4A8}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      tornado: {
        keywords: ["weather", "cyclone", "twister"],
        char: "\u{1F32A}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      fog: {
        keywords: ["weather"],
        char: "\u{1F32B}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      open_umbrella: {
        keywords: ["weather", "spring"],
        char: "\u2602",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      umbrella: {
        keywords: ["rainy", "weather", "spring"],
        char: "\u2614",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      droplet: {
        keywords: ["water", "drip", "faucet", "spring"],
        char: "\u{1F4A7}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      sweat_drops: {
        keywords: ["water", "drip", "oops"],
        char: "\u{1F4A6}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      ocean: {
        keywords: ["sea", "water", "wave", "nature", "tsunami", "disaster"],
        char: "\u{1F30A}",
        fitzpatrick_scale: false,
        category: "animals_and_nature"
      },
      green_apple: {
        keywords: ["fruit", "nature"],
        char: "\u{1F34F}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      apple: {
        keywords: ["fruit", "mac", "school"],
        char: "\u{1F34E}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      pear: {
        keywords: ["fruit", "nature", "food"],
        char: "\u{1F350}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      tangerine: {
        keywords: ["food", "fruit", "nature", "orange"],
        char: "\u{1F34A}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      lemon: {
        keywords: ["fruit", "nature"],
        char: "\u{1F34B}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      banana: {
        keywords: ["fruit", "food", "monkey"],
        char: "\u{1F34C}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      watermelon: {
        keywords: ["fruit", "food", "picnic", "summer"],
        char: "\u{1F349}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      grapes: {
        keywords: ["fruit", "food", "wine"],
        char: "\u{1F347}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      strawberry: {
        keywords: ["fruit", "food", "nature"],
        char: "\u{1F353}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      melon: {
        keywords: ["fruit", "nature", "food"],
        char: "\u{1F348}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      cherries: {
        keywords: ["food", "fruit"],
        char: "\u{1F352}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      peach: {
        keywords: ["fruit", "nature", "food"],
        char: "\u{1F351}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      pineapple: {
        keywords: ["fruit", "nature", "food"],
        char: "\u{1F34D}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      coconut: {
        keywords: ["fruit", "nature", "food", "palm"],
        char: "\u{1F965}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      kiwi_fruit: {
        keywords: ["fruit", "food"],
        char: "\u{1F95D}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      mango: {
        keywords: ["fruit", "food", "tropical"],
        char: "\u{1F96D}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      avocado: {
        keywords: ["fruit", "food"],
        char: "\u{1F951}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      broccoli: {
        keywords: ["fruit", "food", "vegetable"],
        char: "\u{1F966}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      tomato: {
        keywords: ["fruit", "vegetable", "nature", "food"],
        char: "\u{1F345}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      eggplant: {
        keywords: ["vegetable", "nature", "food", "aubergine"],
        char: "\u{1F346}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      cucumber: {
        keywords: ["fruit", "food", "pickle"],
        char: "\u{1F952}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      carrot: {
        keywords: ["vegetable", "food", "orange"],
        char: "\u{1F955}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      hot_pepper: {
        keywords: ["food", "spicy", "chilli", "chili"],
        char: "\u{1F336}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      potato: {
        keywords: ["food", "tuber", "vegatable", "starch"],
        char: "\u{1F954}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      corn: {
        keywords: ["food", "vegetable", "plant"],
        char: "\u{1F33D}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      leafy_greens: {
        keywords: ["food", "vegetable", "plant", "bok choy", "cabbage", "kale", "lettuce"],
        char: "\u{1F96C}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      sweet_potato: {
        keywords: ["food", "nature"],
        char: "\u{1F360}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      peanuts: {
        keywords: ["food", "nut"],
        char: "\u{1F95C}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      honey_pot: {
        keywords: ["bees", "sweet", "kitchen"],
        char: "\u{1F36F}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      croissant: {
        keywords: ["food", "bread", "french"],
        char: "\u{1F950}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      bread: {
        keywords: ["food", "wheat", "breakfast", "toast"],
        char: "\u{1F35E}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      baguette_bread: {
        keywords: ["food", "bread", "french"],
        char: "\u{1F956}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      bagel: {
        keywords: ["food", "bread", "bakery", "schmear"],
        char: "\u{1F96F}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      pretzel: {
        keywords: ["food", "bread", "twisted"],
        char: "\u{1F968}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      cheese: {
        keywords: ["food", "chadder"],
        char: "\u{1F9C0}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      egg: {
        keywords: ["food", "chicken", "breakfast"],
        char: "\u{1F95A}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      bacon: {
        keywords: ["food", "breakfast", "pork", "pig", "meat"],
        char: "\u{1F953}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      steak: {
        keywords: ["food", "cow", "meat", "cut", "chop", "lambchop", "porkchop"],
        char: "\u{1F969}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      pancakes: {
        keywords: ["food", "breakfast", "flapjacks", "hotcakes"],
        char: "\u{1F95E}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      poultry_leg: {
        keywords: ["food", "meat", "drumstick", "bird", "chicken", "turkey"],
        char: "\u{1F357}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      meat_on_bone: {
        keywords: ["good", "food", "drumstick"],
        char: "\u{1F356}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      bone: {
        keywords: ["skeleton"],
        char: "\u{1F9B4}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      fried_shrimp: {
        keywords: ["food", "animal", "appetizer", "summer"],
        char: "\u{1F364}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      fried_egg: {
        keywords: ["food", "breakfast", "kitchen", "egg"],
        char: "\u{1F373}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      hamburger: {
        keywords: ["meat", "fast food", "beef", "cheeseburger", "mcdonalds", "burger king"],
        char: "\u{1F354}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      fries: {
        keywords: ["chips", "snack", "fast food"],
        char: "\u{1F35F}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      stuffed_flatbread: {
        keywords: ["food", "flatbread", "stuffed", "gyro"],
        char: "\u{1F959}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      hotdog: {
        keywords: ["food", "frankfurter"],
        char: "\u{1F32D}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      pizza: {
        keywords: ["food", "party"],
        char: "\u{1F355}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      sandwich: {
        keywords: ["food", "lunch", "bread"],
        char: "\u{1F96A}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      canned_food: {
        keywords: ["food", "soup"],
        char: "\u{1F96B}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      spaghetti: {
        keywords: ["food", "italian", "noodle"],
        char: "\u{1F35D}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      taco: {
        keywords: ["food", "mexican"],
        char: "\u{1F32E}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      burrito: {
        keywords: ["food", "mexican"],
        char: "\u{1F32F}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      green_salad: {
        keywords: ["food", "healthy", "lettuce"],
        char: "\u{1F957}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      shallow_pan_of_food: {
        keywords: ["food", "cooking", "casserole", "paella"],
        char: "\u{1F958}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      ramen: {
        keywords: ["food", "japanese", "noodle", "chopsticks"],
        char: "\u{1F35C}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      stew: {
        keywords: ["food", "meat", "soup"],
        char: "\u{1F372}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      fish_cake: {
        keywords: ["food", "japan", "sea", "beach", "narutomaki", "pink", "swirl", "kamaboko", "surimi", "ramen"],
        char: "\u{1F365}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      fortune_cookie: {
        keywords: ["food", "prophecy"],
        char: "\u{1F960}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      sushi: {
        keywords: ["food", "fish", "japanese", "rice"],
        char: "\u{1F363}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      bento: {
        keywords: ["food", "japanese", "box"],
        char: "\u{1F371}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      curry: {
        keywords: ["food", "spicy", "hot", "indian"],
        char: "\u{1F35B}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      rice_ball: {
        keywords: ["food", "japanese"],
        char: "\u{1F359}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      rice: {
        keywords: ["food", "china", "asian"],
        char: "\u{1F35A}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      rice_cracker: {
        keywords: ["food", "japanese"],
        char: "\u{1F358}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      oden: {
        keywords: ["food", "japanese"],
        char: "\u{1F362}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      dango: {
        keywords: ["food", "dessert", "sweet", "japanese", "barbecue", "meat"],
        char: "\u{1F361}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      shaved_ice: {
        keywords: ["hot", "dessert", "summer"],
        char: "\u{1F367}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      ice_cream: {
        keywords: ["food", "hot", "dessert"],
        char: "\u{1F368}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      icecream: {
        keywords: ["food", "hot", "dessert", "summer"],
        char: "\u{1F366}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      pie: {
        keywords: ["food", "dessert", "pastry"],
        char: "\u{1F967}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      cake: {
        keywords: ["food", "dessert"],
        char: "\u{1F370}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      cupcake: {
        keywords: ["food", "dessert", "bakery", "sweet"],
        char: "\u{1F9C1}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      moon_cake: {
        keywords: ["food", "autumn"],
        char: "\u{1F96E}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      birthday: {
        keywords: ["food", "dessert", "cake"],
        char: "\u{1F382}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      custard: {
        keywords: ["dessert", "food"],
        char: "\u{1F36E}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      candy: {
        keywords: ["snack", "dessert", "sweet", "lolly"],
        char: "\u{1F36C}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      lollipop: {
        keywords: ["food", "snack", "candy", "sweet"],
        char: "\u{1F36D}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      chocolate_bar: {
        keywords: ["food", "snack", "dessert", "sweet"],
        char: "\u{1F36B}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      popcorn: {
        keywords: ["food", "movie theater", "films", "snack"],
        char: "\u{1F37F}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      dumpling: {
        keywords: ["food", "empanada", "pierogi", "potsticker"],
        char: "\u{1F95F}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      doughnut: {
        keywords: ["food", "dessert", "snack", "sweet", "donut"],
        char: "\u{1F369}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      cookie: {
        keywords: ["food", "snack", "oreo", "chocolate", "sweet", "dessert"],
        char: "\u{1F36A}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      milk_glass: {
        keywords: ["beverage", "drink", "cow"],
        char: "\u{1F95B}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      beer: {
        keywords: ["relax", "beverage", "drink", "drunk", "party", "pub", "summer", "alcohol", "booze"],
        char: "\u{1F37A}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      beers: {
        keywords: ["relax", "beverage", "drink", "drunk", "party", "pub", "summer", "alcohol", "booze"],
        char: "\u{1F37B}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      clinking_glasses: {
        keywords: ["beverage", "drink", "party", "alcohol", "celebrate", "cheers", "wine", "champagne", "toast"],
        char: "\u{1F942}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      wine_glass: {
        keywords: ["drink", "beverage", "drunk", "alcohol", "booze"],
        char: "\u{1F377}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      tumbler_glass: {
        keywords: ["drink", "beverage", "drunk", "alcohol", "liquor", "booze", "bourbon", "scotch", "whisky", "glass", "shot"],
        char: "\u{1F943}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      cocktail: {
        keywords: ["drink", "drunk", "alcohol", "beverage", "booze", "mojito"],
        char: "\u{1F378}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      tropical_drink: {
        keywords: ["beverage", "cocktail", "summer", "beach", "alcohol", "booze", "mojito"],
        char: "\u{1F379}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      champagne: {
        keywords: ["drink", "wine", "bottle", "celebration"],
        char: "\u{1F37E}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      sake: {
        keywords: ["wine", "drink", "drunk", "beverage", "japanese", "alcohol", "booze"],
        char: "\u{1F376}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      tea: {
        keywords: ["drink", "bowl", "breakfast", "green", "british"],
        char: "\u{1F375}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      cup_with_straw: {
        keywords: ["drink", "soda"],
        char: "\u{1F964}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      coffee: {
        keywords: ["beverage", "caffeine", "latte", "espresso"],
        char: "\u2615",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      baby_bottle: {
        keywords: ["food", "container", "milk"],
        char: "\u{1F37C}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      salt: {
        keywords: ["condiment", "shaker"],
        char: "\u{1F9C2}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      spoon: {
        keywords: ["cutlery", "kitchen", "tableware"],
        char: "\u{1F944}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      fork_and_knife: {
        keywords: ["cutlery", "kitchen"],
        char: "\u{1F374}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      plate_with_cutlery: {
        keywords: ["food", "eat", "meal", "lunch", "dinner", "restaurant"],
        char: "\u{1F37D}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      bowl_with_spoon: {
        keywords: ["food", "breakfast", "cereal", "oatmeal", "porridge"],
        char: "\u{1F963}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      takeout_box: {
        keywords: ["food", "leftovers"],
        char: "\u{1F961}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      chopsticks: {
        keywords: ["food"],
        char: "\u{1F962}",
        fitzpatrick_scale: false,
        category: "food_and_drink"
      },
      soccer: {
        keywords: ["sports", "football"],
        char: "\u26BD",
        fitzpatrick_scale: false,
        category: "activity"
      },
      basketball: {
        keywords: ["sports", "balls", "NBA"],
        char: "\u{1F3C0}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      football: {
        keywords: ["sports", "balls", "NFL"],
        char: "\u{1F3C8}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      baseball: {
        keywords: ["sports", "balls"],
        char: "\u26BE",
        fitzpatrick_scale: false,
        category: "activity"
      },
      softball: {
        keywords: ["sports", "balls"],
        char: "\u{1F94E}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      tennis: {
        keywords: ["sports", "balls", "green"],
        char: "\u{1F3BE}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      volleyball: {
        keywords: ["sports", "balls"],
        char: "\u{1F3D0}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      rugby_football: {
        keywords: ["sports", "team"],
        char: "\u{1F3C9}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      flying_disc: {
        keywords: ["sports", "frisbee", "ultimate"],
        char: "\u{1F94F}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      "8ball": {
        keywords: ["pool", "hobby", "game", "luck", "magic"],
        char: "\u{1F3B1}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      golf: {
        keywords: ["sports", "business", "flag", "hole", "summer"],
        char: "\u26F3",
        fitzpatrick_scale: false,
        category: "activity"
      },
      golfing_woman: {
        keywords: ["sports", "business", "woman", "female"],
        char: "\u{1F3CC}\uFE0F\u200D\u2640\uFE0F",
        fitzpatrick_scale: false,
        category: "activity"
      },
      golfing_man: {
        keywords: ["sports", "business"],
        char: "\u{1F3CC}",
        fitzpatrick_scale: true,
        category: "activity"
      },
      ping_pong: {
        keywords: ["sports", "pingpong"],
        char: "\u{1F3D3}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      badminton: {
        keywords: ["sports"],
        char: "\u{1F3F8}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      goal_net: {
        keywords: ["sports"],
        char: "\u{1F945}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      ice_hockey: {
        keywords: ["sports"],
        char: "\u{1F3D2}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      field_hockey: {
        keywords: ["sports"],
        char: "\u{1F3D1}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      lacrosse: {
        keywords: ["sports", "ball", "stick"],
        char: "\u{1F94D}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      cricket: {
        keywords: ["sports"],
        char: "\u{1F3CF}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      ski: {
        keywords: ["sports", "winter", "cold", "snow"],
        char: "\u{1F3BF}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      skier: {
        keywords: ["sports", "winter", "snow"],
        char: "\u26F7",
        fitzpatrick_scale: false,
        category: "activity"
      },
      snowboarder: {
        keywords: ["sports", "winter"],
        char: "\u{1F3C2}",
        fitzpatrick_scale: true,
        category: "activity"
      },
      person_fencing: {
        keywords: ["sports", "fencing", "sword"],
        char: "\u{1F93A}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      women_wrestling: {
        keywords: ["sports", "wrestlers"],
        char: "\u{1F93C}\u200D\u2640\uFE0F",
        fitzpatrick_scale: false,
        category: "activity"
      },
      men_wrestling: {
        keywords: ["sports", "wrestlers"],
        char: "\u{1F93C}\u200D\u2642\uFE0F",
        fitzpatrick_scale: false,
        category: "activity"
      },
      woman_cartwheeling: {
        keywords: ["gymnastics"],
        char: "\u{1F938}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "activity"
      },
      man_cartwheeling: {
        keywords: ["gymnastics"],
        char: "\u{1F938}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "activity"
      },
      woman_playing_handball: {
        keywords: ["sports"],
        char: "\u{1F93E}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "activity"
      },
      man_playing_handball: {
        keywords: ["sports"],
        char: "\u{1F93E}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "activity"
      },
      ice_skate: {
        keywords: ["sports"],
        char: "\u26F8",
        fitzpatrick_scale: false,
        category: "activity"
      },
      curling_stone: {
        keywords: ["sports"],
        char: "\u{1F94C}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      skateboard: {
        keywords: ["board"],
        char: "\u{1F6F9}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      sled: {
        keywords: ["sleigh", "luge", "toboggan"],
        char: "\u{1F6F7}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      bow_and_arrow: {
        keywords: ["sports"],
        char: "\u{1F3F9}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      fishing_pole_and_fish: {
        keywords: ["food", "hobby", "summer"],
        char: "\u{1F3A3}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      boxing_glove: {
        keywords: ["sports", "fighting"],
        char: "\u{1F94A}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      martial_arts_uniform: {
        keywords: ["judo", "karate", "taekwondo"],
        char: "\u{1F94B}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      rowing_woman: {
        keywords: ["sports", "hobby", "water", "ship", "woman", "female"],
        char: "\u{1F6A3}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "activity"
      },
      rowing_man: {
        keywords: ["sports", "hobby", "water", "ship"],
        char: "\u{1F6A3}",
        fitzpatrick_scale: true,
        category: "activity"
      },
      climbing_woman: {
        keywords: ["sports", "hobby", "woman", "female", "rock"],
        char: "\u{1F9D7}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "activity"
      },
      climbing_man: {
        keywords: ["sports", "hobby", "man", "male", "rock"],
        char: "\u{1F9D7}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "activity"
      },
      swimming_woman: {
        keywords: ["sports", "exercise", "human", "athlete", "water", "summer", "woman", "female"],
        char: "\u{1F3CA}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "activity"
      },
      swimming_man: {
        keywords: ["sports", "exercise", "human", "athlete", "water", "summer"],
        char: "\u{1F3CA}",
        fitzpatrick_scale: true,
        category: "activity"
      },
      woman_playing_water_polo: {
        keywords: ["sports", "pool"],
        char: "\u{1F93D}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "activity"
      },
      man_playing_water_polo: {
        keywords: ["sports", "pool"],
        char: "\u{1F93D}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "activity"
      },
      woman_in_lotus_position: {
        keywords: ["woman", "female", "meditation", "yoga", "serenity", "zen", "mindfulness"],
        char: "\u{1F9D8}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "activity"
      },
      man_in_lotus_position: {
        keywords: ["man", "male", "meditation", "yoga", "serenity", "zen", "mindfulness"],
        char: "\u{1F9D8}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "activity"
      },
      surfing_woman: {
        keywords: ["sports", "ocean", "sea", "summer", "beach", "woman", "female"],
        char: "\u{1F3C4}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "activity"
      },
      surfing_man: {
        keywords: ["sports", "ocean", "sea", "summer", "beach"],
        char: "\u{1F3C4}",
        fitzpatrick_scale: true,
        category: "activity"
      },
      bath: {
        keywords: ["clean", "shower", "bathroom"],
        char: "\u{1F6C0}",
        fitzpatrick_scale: true,
        category: "activity"
      },
      basketball_woman: {
        keywords: ["sports", "human", "woman", "female"],
        char: "\u26F9\uFE0F\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "activity"
      },
      basketball_man: {
        keywords: ["sports", "human"],
        char: "\u26F9",
        fitzpatrick_scale: true,
        category: "activity"
      },
      weight_lifting_woman: {
        keywords: ["sports", "training", "exercise", "woman", "female"],
        char: "\u{1F3CB}\uFE0F\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "activity"
      },
      weight_lifting_man: {
        keywords: ["sports", "training", "exercise"],
        char: "\u{1F3CB}",
        fitzpatrick_scale: true,
        category: "activity"
      },
      biking_woman: {
        keywords: ["sports", "bike", "exercise", "hipster", "woman", "female"],
        char: "\u{1F6B4}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "activity"
      },
      biking_man: {
        keywords: ["sports", "bike", "exercise", "hipster"],
        char: "\u{1F6B4}",
        fitzpatrick_scale: true,
        category: "activity"
      },
      mountain_biking_woman: {
        keywords: ["transportation", "sports", "human", "race", "bike", "woman", "female"],
        char: "\u{1F6B5}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "activity"
      },
      mountain_biking_man: {
        keywords: ["transportation", "sports", "human", "race", "bike"],
        char: "\u{1F6B5}",
        fitzpatrick_scale: true,
        category: "activity"
      },
      horse_racing: {
        keywords: ["animal", "betting", "competition", "gambling", "luck"],
        char: "\u{1F3C7}",
        fitzpatrick_scale: true,
        category: "activity"
      },
      business_suit_levitating: {
        keywords: ["suit", "business", "levitate", "hover", "jump"],
        char: "\u{1F574}",
        fitzpatrick_scale: true,
        category: "activity"
      },
      trophy: {
        keywords: ["win", "award", "contest", "place", "ftw", "ceremony"],
        char: "\u{1F3C6}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      running_shirt_with_sash: {
        keywords: ["play", "pageant"],
        char: "\u{1F3BD}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      medal_sports: {
        keywords: ["award", "winning"],
        char: "\u{1F3C5}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      medal_military: {
        keywords: ["award", "winning", "army"],
        char: "\u{1F396}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      "1st_place_medal": {
        keywords: ["award", "winning", "first"],
        char: "\u{1F947}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      "2nd_place_medal": {
        keywords: ["award", "second"],
        char: "\u{1F948}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      "3rd_place_medal": {
        keywords: ["award", "third"],
        char: "\u{1F949}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      reminder_ribbon: {
        keywords: ["sports", "cause", "support", "awareness"],
        char: "\u{1F397}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      rosette: {
        keywords: ["flower", "decoration", "military"],
        char: "\u{1F3F5}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      ticket: {
        keywords: ["event", "concert", "pass"],
        char: "\u{1F3AB}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      tickets: {
        keywords: ["sports", "concert", "entrance"],
        char: "\u{1F39F}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      performing_arts: {
        keywords: ["acting", "theater", "drama"],
        char: "\u{1F3AD}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      art: {
        keywords: ["design", "paint", "draw", "colors"],
        char: "\u{1F3A8}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      circus_tent: {
        keywords: ["festival", "carnival", "party"],
        char: "\u{1F3AA}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      woman_juggling: {
        keywords: ["juggle", "balance", "skill", "multitask"],
        char: "\u{1F939}\u200D\u2640\uFE0F",
        fitzpatrick_scale: true,
        category: "activity"
      },
      man_juggling: {
        keywords: ["juggle", "balance", "skill", "multitask"],
        char: "\u{1F939}\u200D\u2642\uFE0F",
        fitzpatrick_scale: true,
        category: "activity"
      },
      microphone: {
        keywords: ["sound", "music", "PA", "sing", "talkshow"],
        char: "\u{1F3A4}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      headphones: {
        keywords: ["music", "score", "gadgets"],
        char: "\u{1F3A7}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      musical_score: {
        keywords: ["treble", "clef", "compose"],
        char: "\u{1F3BC}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      musical_keyboard: {
        keywords: ["piano", "instrument", "compose"],
        char: "\u{1F3B9}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      drum: {
        keywords: ["music", "instrument", "drumsticks", "snare"],
        char: "\u{1F941}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      saxophone: {
        keywords: ["music", "instrument", "jazz", "blues"],
        char: "\u{1F3B7}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      trumpet: {
        keywords: ["music", "brass"],
        char: "\u{1F3BA}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      guitar: {
        keywords: ["music", "instrument"],
        char: "\u{1F3B8}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      violin: {
        keywords: ["music", "instrument", "orchestra", "symphony"],
        char: "\u{1F3BB}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      clapper: {
        keywords: ["movie", "film", "record"],
        char: "\u{1F3AC}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      video_game: {
        keywords: ["play", "console", "PS4", "controller"],
        char: "\u{1F3AE}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      space_invader: {
        keywords: ["game", "arcade", "play"],
        char: "\u{1F47E}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      dart: {
        keywords: ["game", "play", "bar", "target", "bullseye"],
        char: "\u{1F3AF}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      game_die: {
        keywords: ["dice", "random", "tabletop", "play", "luck"],
        char: "\u{1F3B2}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      chess_pawn: {
        keywords: ["expendable"],
        char: "\u265F",
        fitzpatrick_scale: false,
        category: "activity"
      },
      slot_machine: {
        keywords: ["bet", "gamble", "vegas", "fruit machine", "luck", "casino"],
        char: "\u{1F3B0}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      jigsaw: {
        keywords: ["interlocking", "puzzle", "piece"],
        char: "\u{1F9E9}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      bowling: {
        keywords: ["sports", "fun", "play"],
        char: "\u{1F3B3}",
        fitzpatrick_scale: false,
        category: "activity"
      },
      red_car: {
        keywords: ["red", "transportation", "vehicle"],
        char: "\u{1F697}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      taxi: {
        keywords: ["uber", "vehicle", "cars", "transportation"],
        char: "\u{1F695}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      blue_car: {
        keywords: ["transportation", "vehicle"],
        char: "\u{1F699}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      bus: {
        keywords: ["car", "vehicle", "transportation"],
        char: "\u{1F68C}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      trolleybus: {
        keywords: ["bart", "transportation", "vehicle"],
        char: "\u{1F68E}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      racing_car: {
        keywords: ["sports", "race", "fast", "formula", "f1"],
        char: "\u{1F3CE}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      police_car: {
        keywords: ["vehicle", "cars", "transportation", "law", "legal", "enforcement"],
        char: "\u{1F693}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      ambulance: {
        keywords: ["health", "911", "hospital"],
        char: "\u{1F691}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      fire_engine: {
        keywords: ["transportation", "cars", "vehicle"],
        char: "\u{1F692}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      minibus: {
        keywords: ["vehicle", "car", "transportation"],
        char: "\u{1F690}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      truck: {
        keywords: ["cars", "transportation"],
        char: "\u{1F69A}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      articulated_lorry: {
        keywords: ["vehicle", "cars", "transportation", "express"],
        char: "\u{1F69B}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      tractor: {
        keywords: ["vehicle", "car", "farming", "agriculture"],
        char: "\u{1F69C}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      kick_scooter: {
        keywords: ["vehicle", "kick", "razor"],
        char: "\u{1F6F4}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      motorcycle: {
        keywords: ["race", "sports", "fast"],
        char: "\u{1F3CD}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      bike: {
        keywords: ["sports", "bicycle", "exercise", "hipster"],
        char: "\u{1F6B2}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      motor_scooter: {
        keywords: ["vehicle", "vespa", "sasha"],
        char: "\u{1F6F5}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      rotating_light: {
        keywords: ["police", "ambulance", "911", "emergency", "alert", "error", "pinged", "law", "legal"],
        char: "\u{1F6A8}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      oncoming_police_car: {
        keywords: ["vehicle", "law", "legal", "enforcement", "911"],
        char: "\u{1F694}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      oncoming_bus: {
        keywords: ["vehicle", "transportation"],
        char: "\u{1F68D}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      oncoming_automobile: {
        keywords: ["car", "vehicle", "transportation"],
        char: "\u{1F698}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      oncoming_taxi: {
        keywords: ["vehicle", "cars", "uber"],
        char: "\u{1F696}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      aerial_tramway: {
        keywords: ["transportation", "vehicle", "ski"],
        char: "\u{1F6A1}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      mountain_cableway: {
        keywords: ["transportation", "vehicle", "ski"],
        char: "\u{1F6A0}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      suspension_railway: {
        keywords: ["vehicle", "transportation"],
        char: "\u{1F69F}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      railway_car: {
        keywords: ["transportation", "vehicle"],
        char: "\u{1F683}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      train: {
        keywords: ["transportation", "vehicle", "carriage", "public", "travel"],
        char: "\u{1F68B}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      monorail: {
        keywords: ["transportation", "vehicle"],
        char: "\u{1F69D}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      bullettrain_side: {
        keywords: ["transportation", "vehicle"],
        char: "\u{1F684}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      bullettrain_front: {
        keywords: ["transportation", "vehicle", "speed", "fast", "public", "travel"],
        char: "\u{1F685}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      light_rail: {
        keywords: ["transportation", "vehicle"],
        char: "\u{1F688}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      mountain_railway: {
        keywords: ["transportation", "vehicle"],
        char: "\u{1F69E}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      steam_locomotive: {
        keywords: ["transportation", "vehicle", "train"],
        char: "\u{1F682}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      train2: {
        keywords: ["transportation", "vehicle"],
        char: "\u{1F686}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      metro: {
        keywords: ["transportation", "blue-square", "mrt", "underground", "tube"],
        char: "\u{1F687}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      tram: {
        keywords: ["transportation", "vehicle"],
        char: "\u{1F68A}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      station: {
        keywords: ["transportation", "vehicle", "public"],
        char: "\u{1F689}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      flying_saucer: {
        keywords: ["transportation", "vehicle", "ufo"],
        char: "\u{1F6F8}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      helicopter: {
        keywords: ["transportation", "vehicle", "fly"],
        char: "\u{1F681}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      small_airplane: {
        keywords: ["flight", "transportation", "fly", "vehicle"],
        char: "\u{1F6E9}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      airplane: {
        keywords: ["vehicle", "transportation", "flight", "fly"],
        char: "\u2708\uFE0F",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      flight_departure: {
        keywords: ["airport", "flight", "landing"],
        char: "\u{1F6EB}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      flight_arrival: {
        keywords: ["airport", "flight", "boarding"],
        char: "\u{1F6EC}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      sailboat: {
        keywords: ["ship", "summer", "transportation", "water", "sailing"],
        char: "\u26F5",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      motor_boat: {
        keywords: ["ship"],
        char: "\u{1F6E5}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      speedboat: {
        keywords: ["ship", "transportation", "vehicle", "summer"],
        char: "\u{1F6A4}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      ferry: {
        keywords: ["boat", "ship", "yacht"],
        char: "\u26F4",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      passenger_ship: {
        keywords: ["yacht", "cruise", "ferry"],
        char: "\u{1F6F3}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      rocket: {
        keywords: ["launch", "ship", "staffmode", "NASA", "outer space", "outer_space", "fly"],
        char: "\u{1F680}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      artificial_satellite: {
        keywords: ["communication", "gps", "orbit", "spaceflight", "NASA", "ISS"],
        char: "\u{1F6F0}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      seat: {
        keywords: ["sit", "airplane", "transport", "bus", "flight", "fly"],
        char: "\u{1F4BA}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      canoe: {
        keywords: ["boat", "paddle", "water", "ship"],
        char: "\u{1F6F6}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      anchor: {
        keywords: ["ship", "ferry", "sea", "boat"],
        char: "\u2693",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      construction: {
        keywords: ["wip", "progress", "caution", "warning"],
        char: "\u{1F6A7}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      fuelpump: {
        keywords: ["gas station", "petroleum"],
        char: "\u26FD",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      busstop: {
        keywords: ["transportation", "wait"],
        char: "\u{1F68F}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      vertical_traffic_light: {
        keywords: ["transportation", "driving"],
        char: "\u{1F6A6}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      traffic_light: {
        keywords: ["transportation", "signal"],
        char: "\u{1F6A5}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      checkered_flag: {
        keywords: ["contest", "finishline", "race", "gokart"],
        char: "\u{1F3C1}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      ship: {
        keywords: ["transportation", "titanic", "deploy"],
        char: "\u{1F6A2}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      ferris_wheel: {
        keywords: ["photo", "carnival", "londoneye"],
        char: "\u{1F3A1}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      roller_coaster: {
        keywords: ["carnival", "playground", "photo", "fun"],
        char: "\u{1F3A2}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      carousel_horse: {
        keywords: ["photo", "carnival"],
        char: "\u{1F3A0}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      building_construction: {
        keywords: ["wip", "working", "progress"],
        char: "\u{1F3D7}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      foggy: {
        keywords: ["photo", "mountain"],
        char: "\u{1F301}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      tokyo_tower: {
        keywords: ["photo", "japanese"],
        char: "\u{1F5FC}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      factory: {
        keywords: ["building", "industry", "pollution", "smoke"],
        char: "\u{1F3ED}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      fountain: {
        keywords: ["photo", "summer", "water", "fresh"],
        char: "\u26F2",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      rice_scene: {
        keywords: ["photo", "japan", "asia", "tsukimi"],
        char: "\u{1F391}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      mountain: {
        keywords: ["photo", "nature", "environment"],
        char: "\u26F0",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      mountain_snow: {
        keywords: ["photo", "nature", "environment", "winter", "cold"],
        char: "\u{1F3D4}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      mount_fuji: {
        keywords: ["photo", "mountain", "nature", "japanese"],
        char: "\u{1F5FB}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      volcano: {
        keywords: ["photo", "nature", "disaster"],
        char: "\u{1F30B}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      japan: {
        keywords: ["nation", "country", "japanese", "asia"],
        char: "\u{1F5FE}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      camping: {
        keywords: ["photo", "outdoors", "tent"],
        char: "\u{1F3D5}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      tent: {
        keywords: ["photo", "camping", "outdoors"],
        char: "\u26FA",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      national_park: {
        keywords: ["photo", "environment", "nature"],
        char: "\u{1F3DE}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      motorway: {
        keywords: ["road", "cupertino", "interstate", "highway"],
        char: "\u{1F6E3}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      railway_track: {
        keywords: ["train", "transportation"],
        char: "\u{1F6E4}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      sunrise: {
        keywords: ["morning", "view", "vacation", "photo"],
        char: "\u{1F305}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      sunrise_over_mountains: {
        keywords: ["view", "vacation", "photo"],
        char: "\u{1F304}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      desert: {
        keywords: ["photo", "warm", "saharah"],
        char: "\u{1F3DC}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      beach_umbrella: {
        keywords: ["weather", "summer", "sunny", "sand", "mojito"],
        char: "\u{1F3D6}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      desert_island: {
        keywords: ["photo", "tropical", "mojito"],
        char: "\u{1F3DD}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      city_sunrise: {
        keywords: ["photo", "good morning", "dawn"],
        char: "\u{1F307}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      city_sunset: {
        keywords: ["photo", "evening", "sky", "buildings"],
        char: "\u{1F306}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      cityscape: {
        keywords: ["photo", "night life", "urban"],
        char: "\u{1F3D9}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      night_with_stars: {
        keywords: ["evening", "city", "downtown"],
        char: "\u{1F303}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      bridge_at_night: {
        keywords: ["photo", "sanfrancisco"],
        char: "\u{1F309}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      milky_way: {
        keywords: ["photo", "space", "stars"],
        char: "\u{1F30C}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      stars: {
        keywords: ["night", "photo"],
        char: "\u{1F320}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      sparkler: {
        keywords: ["stars", "night", "shine"],
        char: "\u{1F387}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      fireworks: {
        keywords: ["photo", "festival", "carnival", "congratulations"],
        char: "\u{1F386}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      rainbow: {
        keywords: ["nature", "happy", "unicorn_face", "photo", "sky", "spring"],
        char: "\u{1F308}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      houses: {
        keywords: ["buildings", "photo"],
        char: "\u{1F3D8}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      european_castle: {
        keywords: ["building", "royalty", "history"],
        char: "\u{1F3F0}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      japanese_castle: {
        keywords: ["photo", "building"],
        char: "\u{1F3EF}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      stadium: {
        keywords: ["photo", "place", "sports", "concert", "venue"],
        char: "\u{1F3DF}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      statue_of_liberty: {
        keywords: ["american", "newyork"],
        char: "\u{1F5FD}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      house: {
        keywords: ["building", "home"],
        char: "\u{1F3E0}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      house_with_garden: {
        keywords: ["home", "plant", "nature"],
        char: "\u{1F3E1}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      derelict_house: {
        keywords: ["abandon", "evict", "broken", "building"],
        char: "\u{1F3DA}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      office: {
        keywords: ["building", "bureau", "work"],
        char: "\u{1F3E2}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      department_store: {
        keywords: ["building", "shopping", "mall"],
        char: "\u{1F3EC}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      post_office: {
        keywords: ["building", "envelope", "communication"],
        char: "\u{1F3E3}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      european_post_office: {
        keywords: ["building", "email"],
        char: "\u{1F3E4}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      hospital: {
        keywords: ["building", "health", "surgery", "doctor"],
        char: "\u{1F3E5}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      bank: {
        keywords: ["building", "money", "sales", "cash", "business", "enterprise"],
        char: "\u{1F3E6}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      hotel: {
        keywords: ["building", "accomodation", "checkin"],
        char: "\u{1F3E8}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      convenience_store: {
        keywords: ["building", "shopping", "groceries"],
        char: "\u{1F3EA}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      school: {
        keywords: ["building", "student", "education", "learn", "teach"],
        char: "\u{1F3EB}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      love_hotel: {
        keywords: ["like", "affection", "dating"],
        char: "\u{1F3E9}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      wedding: {
        keywords: ["love", "like", "affection", "couple", "marriage", "bride", "groom"],
        char: "\u{1F492}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      classical_building: {
        keywords: ["art", "culture", "history"],
        char: "\u{1F3DB}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      church: {
        keywords: ["building", "religion", "christ"],
        char: "\u26EA",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      mosque: {
        keywords: ["islam", "worship", "minaret"],
        char: "\u{1F54C}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      synagogue: {
        keywords: ["judaism", "worship", "temple", "jewish"],
        char: "\u{1F54D}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      kaaba: {
        keywords: ["mecca", "mosque", "islam"],
        char: "\u{1F54B}",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      shinto_shrine: {
        keywords: ["temple", "japan", "kyoto"],
        char: "\u26E9",
        fitzpatrick_scale: false,
        category: "travel_and_places"
      },
      watch: {
        keywords: ["time", "accessories"],
        char: "\u231A",
        fitzpatrick_scale: false,
        category: "objects"
      },
      iphone: {
        keywords: ["technology", "apple", "gadgets", "dial"],
        char: "\u{1F4F1}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      calling: {
        keywords: ["iphone", "incoming"],
        char: "\u{1F4F2}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      computer: {
        keywords: ["technology", "laptop", "screen", "display", "monitor"],
        char: "\u{1F4BB}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      keyboard: {
        keywords: ["technology", "computer", "type", "input", "text"],
        char: "\u2328",
        fitzpatrick_scale: false,
        category: "objects"
      },
      desktop_computer: {
        keywords: ["technology", "computing", "screen"],
        char: "\u{1F5A5}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      printer: {
        keywords: ["paper", "ink"],
        char: "\u{1F5A8}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      computer_mouse: {
        keywords: ["click"],
        char: "\u{1F5B1}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      trackball: {
        keywords: ["technology", "trackpad"],
        char: "\u{1F5B2}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      joystick: {
        keywords: ["game", "play"],
        char: "\u{1F579}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      clamp: {
        keywords: ["tool"],
        char: "\u{1F5DC}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      minidisc: {
        keywords: ["technology", "record", "data", "disk", "90s"],
        char: "\u{1F4BD}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      floppy_disk: {
        keywords: ["oldschool", "technology", "save", "90s", "80s"],
        char: "\u{1F4BE}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      cd: {
        keywords: ["technology", "dvd", "disk", "disc", "90s"],
        char: "\u{1F4BF}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      dvd: {
        keywords: ["cd", "disk", "disc"],
        char: "\u{1F4C0}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      vhs: {
        keywords: ["record", "video", "oldschool", "90s", "80s"],
        char: "\u{1F4FC}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      camera: {
        keywords: ["gadgets", "photography"],
        char: "\u{1F4F7}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      camera_flash: {
        keywords: ["photography", "gadgets"],
        char: "\u{1F4F8}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      video_camera: {
        keywords: ["film", "record"],
        char: "\u{1F4F9}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      movie_camera: {
        keywords: ["film", "record"],
        char: "\u{1F3A5}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      film_projector: {
        keywords: ["video", "tape", "record", "movie"],
        char: "\u{1F4FD}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      film_strip: {
        keywords: ["movie"],
        char: "\u{1F39E}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      telephone_receiver: {
        keywords: ["technology", "communication", "dial"],
        char: "\u{1F4DE}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      phone: {
        keywords: ["technology", "communication", "dial", "telephone"],
        char: "\u260E\uFE0F",
        fitzpatrick_scale: false,
        category: "objects"
      },
      pager: {
        keywords: ["bbcall", "oldschool", "90s"],
        char: "\u{1F4DF}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      fax: {
        keywords: ["communication", "technology"],
        char: "\u{1F4E0}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      tv: {
        keywords: ["technology", "program", "oldschool", "show", "television"],
        char: "\u{1F4FA}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      radio: {
        keywords: ["communication", "music", "podcast", "program"],
        char: "\u{1F4FB}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      studio_microphone: {
        keywords: ["sing", "recording", "artist", "talkshow"],
        char: "\u{1F399}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      level_slider: {
        keywords: ["scale"],
        char: "\u{1F39A}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      control_knobs: {
        keywords: ["dial"],
        char: "\u{1F39B}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      compass: {
        keywords: ["magnetic", "navigation", "orienteering"],
        char: "\u{1F9ED}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      stopwatch: {
        keywords: ["time", "deadline"],
        char: "\u23F1",
        fitzpatrick_scale: false,
        category: "objects"
      },
      timer_clock: {
        keywords: ["alarm"],
        char: "\u23F2",
        fitzpatrick_scale: false,
        category: "objects"
      },
      alarm_clock: {
        keywords: ["time", "wake"],
        char: "\u23F0",
        fitzpatrick_scale: false,
        category: "objects"
      },
      mantelpiece_clock: {
        keywords: ["time"],
        char: "\u{1F570}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      hourglass_flowing_sand: {
        keywords: ["oldschool", "time", "countdown"],
        char: "\u23F3",
        fitzpatrick_scale: false,
        category: "objects"
      },
      hourglass: {
        keywords: ["time", "clock", "oldschool", "limit", "exam", "quiz", "test"],
        char: "\u231B",
        fitzpatrick_scale: false,
        category: "objects"
      },
      satellite: {
        keywords: ["communication", "future", "radio", "space"],
        char: "\u{1F4E1}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      battery: {
        keywords: ["power", "energy", "sustain"],
        char: "\u{1F50B}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      electric_plug: {
        keywords: ["charger", "power"],
        char: "\u{1F50C}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      bulb: {
        keywords: ["light", "electricity", "idea"],
        char: "\u{1F4A1}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      flashlight: {
        keywords: ["dark", "camping", "sight", "night"],
        char: "\u{1F526}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      candle: {
        keywords: ["fire", "wax"],
        char: "\u{1F56F}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      fire_extinguisher: {
        keywords: ["quench"],
        char: "\u{1F9EF}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      wastebasket: {
        keywords: ["bin", "trash", "rubbish", "garbage", "toss"],
        char: "\u{1F5D1}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      oil_drum: {
        keywords: ["barrell"],
        char: "\u{1F6E2}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      money_with_wings: {
        keywords: ["dollar", "bills", "payment", "sale"],
        char: "\u{1F4B8}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      dollar: {
        keywords: ["money", "sales", "bill", "currency"],
        char: "\u{1F4B5}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      yen: {
        keywords: ["money", "sales", "japanese", "dollar", "currency"],
        char: "\u{1F4B4}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      euro: {
        keywords: ["money", "sales", "dollar", "currency"],
        char: "\u{1F4B6}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      pound: {
        keywords: ["british", "sterling", "money", "sales", "bills", "uk", "england", "currency"],
        char: "\u{1F4B7}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      moneybag: {
        keywords: ["dollar", "payment", "coins", "sale"],
        char: "\u{1F4B0}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      credit_card: {
        keywords: ["money", "sales", "dollar", "bill", "payment", "shopping"],
        char: "\u{1F4B3}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      gem: {
        keywords: ["blue", "ruby", "diamond", "jewelry"],
        char: "\u{1F48E}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      balance_scale: {
        keywords: ["law", "fairness", "weight"],
        char: "\u2696",
        fitzpatrick_scale: false,
        category: "objects"
      },
      toolbox: {
        keywords: ["tools", "diy", "fix", "maintainer", "mechanic"],
        char: "\u{1F9F0}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      wrench: {
        keywords: ["tools", "diy", "ikea", "fix", "maintainer"],
        char: "\u{1F527}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      hammer: {
        keywords: ["tools", "build", "create"],
        char: "\u{1F528}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      hammer_and_pick: {
        keywords: ["tools", "build", "create"],
        char: "\u2692",
        fitzpatrick_scale: false,
        category: "objects"
      },
      hammer_and_wrench: {
        keywords: ["tools", "build", "create"],
        char: "\u{1F6E0}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      pick: {
        keywords: ["tools", "dig"],
        char: "\u26CF",
        fitzpatrick_scale: false,
        category: "objects"
      },
      nut_and_bolt: {
        keywords: ["handy", "tools", "fix"],
        char: "\u{1F529}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      gear: {
        keywords: ["cog"],
        char: "\u2699",
        fitzpatrick_scale: false,
        category: "objects"
      },
      brick: {
        keywords: ["bricks"],
        char: "\u{1F9F1}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      chains: {
        keywords: ["lock", "arrest"],
        char: "\u26D3",
        fitzpatrick_scale: false,
        category: "objects"
      },
      magnet: {
        keywords: ["attraction", "magnetic"],
        char: "\u{1F9F2}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      gun: {
        keywords: ["violence", "weapon", "pistol", "revolver"],
        char: "\u{1F52B}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      bomb: {
        keywords: ["boom", "explode", "explosion", "terrorism"],
        char: "\u{1F4A3}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      firecracker: {
        keywords: ["dynamite", "boom", "explode", "explosion", "explosive"],
        char: "\u{1F9E8}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      hocho: {
        keywords: ["knife", "blade", "cutlery", "kitchen", "weapon"],
        char: "\u{1F52A}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      dagger: {
        keywords: ["weapon"],
        char: "\u{1F5E1}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      crossed_swords: {
        keywords: ["weapon"],
        char: "\u2694",
        fitzpatrick_scale: false,
        category: "objects"
      },
      shield: {
        keywords: ["protection", "security"],
        char: "\u{1F6E1}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      smoking: {
        keywords: ["kills", "tobacco", "cigarette", "joint", "smoke"],
        char: "\u{1F6AC}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      skull_and_crossbones: {
        keywords: ["poison", "danger", "deadly", "scary", "death", "pirate", "evil"],
        char: "\u2620",
        fitzpatrick_scale: false,
        category: "objects"
      },
      coffin: {
        keywords: ["vampire", "dead", "die", "death", "rip", "graveyard", "cemetery", "casket", "funeral", "box"],
        char: "\u26B0",
        fitzpatrick_scale: false,
        category: "objects"
      },
      funeral_urn: {
        keywords: ["dead", "die", "death", "rip", "ashes"],
        char: "\u26B1",
        fitzpatrick_scale: false,
        category: "objects"
      },
      amphora: {
        keywords: ["vase", "jar"],
        char: "\u{1F3FA}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      crystal_ball: {
        keywords: ["disco", "party", "magic", "circus", "fortune_teller"],
        char: "\u{1F52E}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      prayer_beads: {
        keywords: ["dhikr", "religious"],
        char: "\u{1F4FF}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      nazar_amulet: {
        keywords: ["bead", "charm"],
        char: "\u{1F9FF}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      barber: {
        keywords: ["hair", "salon", "style"],
        char: "\u{1F488}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      alembic: {
        keywords: ["distilling", "science", "experiment", "chemistry"],
        char: "\u2697",
        fitzpatrick_scale: false,
        category: "objects"
      },
      telescope: {
        keywords: ["stars", "space", "zoom", "science", "astronomy"],
        char: "\u{1F52D}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      microscope: {
        keywords: ["laboratory", "experiment", "zoomin", "science", "study"],
        char: "\u{1F52C}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      hole: {
        keywords: ["embarrassing"],
        char: "\u{1F573}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      pill: {
        keywords: ["health", "medicine", "doctor", "pharmacy", "drug"],
        char: "\u{1F48A}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      syringe: {
        keywords: ["health", "hospital", "drugs", "blood", "medicine", "needle", "doctor", "nurse"],
        char: "\u{1F489}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      dna: {
        keywords: ["biologist", "genetics", "life"],
        char: "\u{1F9EC}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      microbe: {
        keywords: ["amoeba", "bacteria", "germs"],
        char: "\u{1F9A0}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      petri_dish: {
        keywords: ["bacteria", "biology", "culture", "lab"],
        char: "\u{1F9EB}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      test_tube: {
        keywords: ["chemistry", "experiment", "lab", "science"],
        char: "\u{1F9EA}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      thermometer: {
        keywords: ["weather", "temperature", "hot", "cold"],
        char: "\u{1F321}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      broom: {
        keywords: ["cleaning", "sweeping", "witch"],
        char: "\u{1F9F9}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      basket: {
        keywords: ["laundry"],
        char: "\u{1F9FA}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      toilet_paper: {
        keywords: ["roll"],
        char: "\u{1F9FB}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      label: {
        keywords: ["sale", "tag"],
        char: "\u{1F3F7}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      bookmark: {
        keywords: ["favorite", "label", "save"],
        char: "\u{1F516}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      toilet: {
        keywords: ["restroom", "wc", "washroom", "bathroom", "potty"],
        char: "\u{1F6BD}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      shower: {
        keywords: ["clean", "water", "bathroom"],
        char: "\u{1F6BF}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      bathtub: {
        keywords: ["clean", "shower", "bathroom"],
        char: "\u{1F6C1}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      soap: {
        keywords: ["bar", "bathing", "cleaning", "lather"],
        char: "\u{1F9FC}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      sponge: {
        keywords: ["absorbing", "cleaning", "porous"],
        char: "\u{1F9FD}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      lotion_bottle: {
        keywords: ["moisturizer", "sunscreen"],
        char: "\u{1F9F4}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      key: {
        keywords: ["lock", "door", "password"],
        char: "\u{1F511}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      old_key: {
        keywords: ["lock", "door", "password"],
        char: "\u{1F5DD}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      couch_and_lamp: {
        keywords: ["read", "chill"],
        char: "\u{1F6CB}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      sleeping_bed: {
        keywords: ["bed", "rest"],
        char: "\u{1F6CC}",
        fitzpatrick_scale: true,
        category: "objects"
      },
      bed: {
        keywords: ["sleep", "rest"],
        char: "\u{1F6CF}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      door: {
        keywords: ["house", "entry", "exit"],
        char: "\u{1F6AA}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      bellhop_bell: {
        keywords: ["service"],
        char: "\u{1F6CE}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      teddy_bear: {
        keywords: ["plush", "stuffed"],
        char: "\u{1F9F8}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      framed_picture: {
        keywords: ["photography"],
        char: "\u{1F5BC}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      world_map: {
        keywords: ["location", "direction"],
        char: "\u{1F5FA}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      parasol_on_ground: {
        keywords: ["weather", "summer"],
        char: "\u26F1",
        fitzpatrick_scale: false,
        category: "objects"
      },
      moyai: {
        keywords: ["rock", "easter island", "moai"],
        char: "\u{1F5FF}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      shopping: {
        keywords: ["mall", "buy", "purchase"],
        char: "\u{1F6CD}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      shopping_cart: {
        keywords: ["trolley"],
        char: "\u{1F6D2}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      balloon: {
        keywords: ["party", "celebration", "birthday", "circus"],
        char: "\u{1F388}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      flags: {
        keywords: ["fish", "japanese", "koinobori", "carp", "banner"],
        char: "\u{1F38F}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      ribbon: {
        keywords: ["decoration", "pink", "girl", "bowtie"],
        char: "\u{1F380}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      gift: {
        keywords: ["present", "birthday", "christmas", "xmas"],
        char: "\u{1F381}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      confetti_ball: {
        keywords: ["festival", "party", "birthday", "circus"],
        char: "\u{1F38A}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      tada: {
        keywords: ["party", "congratulations", "birthday", "magic", "circus", "celebration"],
        char: "\u{1F389}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      dolls: {
        keywords: ["japanese", "toy", "kimono"],
        char: "\u{1F38E}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      wind_chime: {
        keywords: ["nature", "ding", "spring", "bell"],
        char: "\u{1F390}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      crossed_flags: {
        keywords: ["japanese", "nation", "country", "border"],
        char: "\u{1F38C}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      izakaya_lantern: {
        keywords: ["light", "paper", "halloween", "spooky"],
        char: "\u{1F3EE}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      red_envelope: {
        keywords: ["gift"],
        char: "\u{1F9E7}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      email: {
        keywords: ["letter", "postal", "inbox", "communication"],
        char: "\u2709\uFE0F",
        fitzpatrick_scale: false,
        category: "objects"
      },
      envelope_with_arrow: {
        keywords: ["email", "communication"],
        char: "\u{1F4E9}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      incoming_envelope: {
        keywords: ["email", "inbox"],
        char: "\u{1F4E8}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      "e-mail": {
        keywords: ["communication", "inbox"],
        char: "\u{1F4E7}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      love_letter: {
        keywords: ["email", "like", "affection", "envelope", "valentines"],
        char: "\u{1F48C}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      postbox: {
        keywords: ["email", "letter", "envelope"],
        char: "\u{1F4EE}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      mailbox_closed: {
        keywords: ["email", "communication", "inbox"],
        char: "\u{1F4EA}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      mailbox: {
        keywords: ["email", "inbox", "communication"],
        char: "\u{1F4EB}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      mailbox_with_mail: {
        keywords: ["email", "inbox", "communication"],
        char: "\u{1F4EC}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      mailbox_with_no_mail: {
        keywords: ["email", "inbox"],
        char: "\u{1F4ED}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      package: {
        keywords: ["mail", "gift", "cardboard", "box", "moving"],
        char: "\u{1F4E6}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      postal_horn: {
        keywords: ["instrument", "music"],
        char: "\u{1F4EF}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      inbox_tray: {
        keywords: ["email", "documents"],
        char: "\u{1F4E5}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      outbox_tray: {
        keywords: ["inbox", "email"],
        char: "\u{1F4E4}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      scroll: {
        keywords: ["documents", "ancient", "history", "paper"],
        char: "\u{1F4DC}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      page_with_curl: {
        keywords: ["documents", "office", "paper"],
        char: "\u{1F4C3}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      bookmark_tabs: {
        keywords: ["favorite", "save", "order", "tidy"],
        char: "\u{1F4D1}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      receipt: {
        keywords: ["accounting", "expenses"],
        char: "\u{1F9FE}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      bar_chart: {
        keywords: ["graph", "presentation", "stats"],
        char: "\u{1F4CA}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      chart_with_upwards_trend: {
        keywords: ["graph", "presentation", "stats", "recovery", "business", "economics", "money", "sales", "good", "success"],
        char: "\u{1F4C8}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      chart_with_downwards_trend: {
        keywords: ["graph", "presentation", "stats", "recession", "business", "economics", "money", "sales", "bad", "failure"],
        char: "\u{1F4C9}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      page_facing_up: {
        keywords: ["documents", "office", "paper", "information"],
        char: "\u{1F4C4}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      date: {
        keywords: ["calendar", "schedule"],
        char: "\u{1F4C5}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      calendar: {
        keywords: ["schedule", "date", "planning"],
        char: "\u{1F4C6}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      spiral_calendar: {
        keywords: ["date", "schedule", "planning"],
        char: "\u{1F5D3}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      card_index: {
        keywords: ["business", "stationery"],
        char: "\u{1F4C7}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      card_file_box: {
        keywords: ["business", "stationery"],
        char: "\u{1F5C3}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      ballot_box: {
        keywords: ["election", "vote"],
        char: "\u{1F5F3}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      file_cabinet: {
        keywords: ["filing", "organizing"],
        char: "\u{1F5C4}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      clipboard: {
        keywords: ["stationery", "documents"],
        char: "\u{1F4CB}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      spiral_notepad: {
        keywords: ["memo", "stationery"],
        char: "\u{1F5D2}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      file_folder: {
        keywords: ["documents", "business", "office"],
        char: "\u{1F4C1}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      open_file_folder: {
        keywords: ["documents", "load"],
        char: "\u{1F4C2}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      card_index_dividers: {
        keywords: ["organizing", "business", "stationery"],
        char: "\u{1F5C2}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      newspaper_roll: {
        keywords: ["press", "headline"],
        char: "\u{1F5DE}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      newspaper: {
        keywords: ["press", "headline"],
        char: "\u{1F4F0}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      notebook: {
        keywords: ["stationery", "record", "notes", "paper", "study"],
        char: "\u{1F4D3}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      closed_book: {
        keywords: ["read", "library", "knowledge", "textbook", "learn"],
        char: "\u{1F4D5}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      green_book: {
        keywords: ["read", "library", "knowledge", "study"],
        char: "\u{1F4D7}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      blue_book: {
        keywords: ["read", "library", "knowledge", "learn", "study"],
        char: "\u{1F4D8}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      orange_book: {
        keywords: ["read", "library", "knowledge", "textbook", "study"],
        char: "\u{1F4D9}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      notebook_with_decorative_cover: {
        keywords: ["classroom", "notes", "record", "paper", "study"],
        char: "\u{1F4D4}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      ledger: {
        keywords: ["notes", "paper"],
        char: "\u{1F4D2}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      books: {
        keywords: ["literature", "library", "study"],
        char: "\u{1F4DA}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      open_book: {
        keywords: ["book", "read", "library", "knowledge", "literature", "learn", "study"],
        char: "\u{1F4D6}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      safety_pin: {
        keywords: ["diaper"],
        char: "\u{1F9F7}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      link: {
        keywords: ["rings", "url"],
        char: "\u{1F517}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      paperclip: {
        keywords: ["documents", "stationery"],
        char: "\u{1F4CE}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      paperclips: {
        keywords: ["documents", "stationery"],
        char: "\u{1F587}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      scissors: {
        keywords: ["stationery", "cut"],
        char: "\u2702\uFE0F",
        fitzpatrick_scale: false,
        category: "objects"
      },
      triangular_ruler: {
        keywords: ["stationery", "math", "architect", "sketch"],
        char: "\u{1F4D0}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      straight_ruler: {
        keywords: ["stationery", "calculate", "length", "math", "school", "drawing", "architect", "sketch"],
        char: "\u{1F4CF}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      abacus: {
        keywords: ["calculation"],
        char: "\u{1F9EE}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      pushpin: {
        keywords: ["stationery", "mark", "here"],
        char: "\u{1F4CC}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      round_pushpin: {
        keywords: ["stationery", "location", "map", "here"],
        char: "\u{1F4CD}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      triangular_flag_on_post: {
        keywords: ["mark", "milestone", "place"],
        char: "\u{1F6A9}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      white_flag: {
        keywords: ["losing", "loser", "lost", "surrender", "give up", "fail"],
        char: "\u{1F3F3}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      black_flag: {
        keywords: ["pirate"],
        char: "\u{1F3F4}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      rainbow_flag: {
        keywords: ["flag", "rainbow", "pride", "gay", "lgbt", "glbt", "queer", "homosexual", "lesbian", "bisexual", "transgender"],
        char: "\u{1F3F3}\uFE0F\u200D\u{1F308}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      closed_lock_with_key: {
        keywords: ["security", "privacy"],
        char: "\u{1F510}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      lock: {
        keywords: ["security", "password", "padlock"],
        char: "\u{1F512}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      unlock: {
        keywords: ["privacy", "security"],
        char: "\u{1F513}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      lock_with_ink_pen: {
        keywords: ["security", "secret"],
        char: "\u{1F50F}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      pen: {
        keywords: ["stationery", "writing", "write"],
        char: "\u{1F58A}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      fountain_pen: {
        keywords: ["stationery", "writing", "write"],
        char: "\u{1F58B}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      black_nib: {
        keywords: ["pen", "stationery", "writing", "write"],
        char: "\u2712\uFE0F",
        fitzpatrick_scale: false,
        category: "objects"
      },
      memo: {
        keywords: ["write", "documents", "stationery", "pencil", "paper", "writing", "legal", "exam", "quiz", "test", "study", "compose"],
        char: "\u{1F4DD}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      pencil2: {
        keywords: ["stationery", "write", "paper", "writing", "school", "study"],
        char: "\u270F\uFE0F",
        fitzpatrick_scale: false,
        category: "objects"
      },
      crayon: {
        keywords: ["drawing", "creativity"],
        char: "\u{1F58D}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      paintbrush: {
        keywords: ["drawing", "creativity", "art"],
        char: "\u{1F58C}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      mag: {
        keywords: ["search", "zoom", "find", "detective"],
        char: "\u{1F50D}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      mag_right: {
        keywords: ["search", "zoom", "find", "detective"],
        char: "\u{1F50E}",
        fitzpatrick_scale: false,
        category: "objects"
      },
      heart: {
        keywords: ["love", "like", "valentines"],
        char: "\u2764\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      orange_heart: {
        keywords: ["love", "like", "affection", "valentines"],
        char: "\u{1F9E1}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      yellow_heart: {
        keywords: ["love", "like", "affection", "valentines"],
        char: "\u{1F49B}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      green_heart: {
        keywords: ["love", "like", "affection", "valentines"],
        char: "\u{1F49A}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      blue_heart: {
        keywords: ["love", "like", "affection", "valentines"],
        char: "\u{1F499}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      purple_heart: {
        keywords: ["love", "like", "affection", "valentines"],
        char: "\u{1F49C}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      black_heart: {
        keywords: ["evil"],
        char: "\u{1F5A4}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      broken_heart: {
        keywords: ["sad", "sorry", "break", "heart", "heartbreak"],
        char: "\u{1F494}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      heavy_heart_exclamation: {
        keywords: ["decoration", "love"],
        char: "\u2763",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      two_hearts: {
        keywords: ["love", "like", "affection", "valentines", "heart"],
        char: "\u{1F495}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      revolving_hearts: {
        keywords: ["love", "like", "affection", "valentines"],
        char: "\u{1F49E}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      heartbeat: {
        keywords: ["love", "like", "affection", "valentines", "pink", "heart"],
        char: "\u{1F493}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      heartpulse: {
        keywords: ["like", "love", "affection", "valentines", "pink"],
        char: "\u{1F497}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      sparkling_heart: {
        keywords: ["love", "like", "affection", "valentines"],
        char: "\u{1F496}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      cupid: {
        keywords: ["love", "like", "heart", "affection", "valentines"],
        char: "\u{1F498}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      gift_heart: {
        keywords: ["love", "valentines"],
        char: "\u{1F49D}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      heart_decoration: {
        keywords: ["purple-square", "love", "like"],
        char: "\u{1F49F}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      peace_symbol: {
        keywords: ["hippie"],
        char: "\u262E",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      latin_cross: {
        keywords: ["christianity"],
        char: "\u271D",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      star_and_crescent: {
        keywords: ["islam"],
        char: "\u262A",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      om: {
        keywords: ["hinduism", "buddhism", "sikhism", "jainism"],
        char: "\u{1F549}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      wheel_of_dharma: {
        keywords: ["hinduism", "buddhism", "sikhism", "jainism"],
        char: "\u2638",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      star_of_david: {
        keywords: ["judaism"],
        char: "\u2721",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      six_pointed_star: {
        keywords: ["purple-square", "religion", "jewish", "hexagram"],
        char: "\u{1F52F}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      menorah: {
        keywords: ["hanukkah", "candles", "jewish"],
        char: "\u{1F54E}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      yin_yang: {
        keywords: ["balance"],
        char: "\u262F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      orthodox_cross: {
        keywords: ["suppedaneum", "religion"],
        char: "\u2626",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      place_of_worship: {
        keywords: ["religion", "church", "temple", "prayer"],
        char: "\u{1F6D0}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      ophiuchus: {
        keywords: ["sign", "purple-square", "constellation", "astrology"],
        char: "\u26CE",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      aries: {
        keywords: ["sign", "purple-square", "zodiac", "astrology"],
        char: "\u2648",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      taurus: {
        keywords: ["purple-square", "sign", "zodiac", "astrology"],
        char: "\u2649",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      gemini: {
        keywords: ["sign", "zodiac", "purple-square", "astrology"],
        char: "\u264A",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      cancer: {
        keywords: ["sign", "zodiac", "purple-square", "astrology"],
        char: "\u264B",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      leo: {
        keywords: ["sign", "purple-square", "zodiac", "astrology"],
        char: "\u264C",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      virgo: {
        keywords: ["sign", "zodiac", "purple-square", "astrology"],
        char: "\u264D",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      libra: {
        keywords: ["sign", "purple-square", "zodiac", "astrology"],
        char: "\u264E",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      scorpius: {
        keywords: ["sign", "zodiac", "purple-square", "astrology", "scorpio"],
        char: "\u264F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      sagittarius: {
        keywords: ["sign", "zodiac", "purple-square", "astrology"],
        char: "\u2650",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      capricorn: {
        keywords: ["sign", "zodiac", "purple-square", "astrology"],
        char: "\u2651",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      aquarius: {
        keywords: ["sign", "purple-square", "zodiac", "astrology"],
        char: "\u2652",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      pisces: {
        keywords: ["purple-square", "sign", "zodiac", "astrology"],
        char: "\u2653",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      id: {
        keywords: ["purple-square", "words"],
        char: "\u{1F194}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      atom_symbol: {
        keywords: ["science", "physics", "chemistry"],
        char: "\u269B",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      u7a7a: {
        keywords: ["kanji", "japanese", "chinese", "empty", "sky", "blue-square"],
        char: "\u{1F233}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      u5272: {
        keywords: ["cut", "divide", "chinese", "kanji", "pink-square"],
        char: "\u{1F239}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      radioactive: {
        keywords: ["nuclear", "danger"],
        char: "\u2622",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      biohazard: {
        keywords: ["danger"],
        char: "\u2623",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      mobile_phone_off: {
        keywords: ["mute", "orange-square", "silence", "quiet"],
        char: "\u{1F4F4}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      vibration_mode: {
        keywords: ["orange-square", "phone"],
        char: "\u{1F4F3}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      u6709: {
        keywords: ["orange-square", "chinese", "have", "kanji"],
        char: "\u{1F236}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      u7121: {
        keywords: ["nothing", "chinese", "kanji", "japanese", "orange-square"],
        char: "\u{1F21A}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      u7533: {
        keywords: ["chinese", "japanese", "kanji", "orange-square"],
        char: "\u{1F238}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      u55b6: {
        keywords: ["japanese", "opening hours", "orange-square"],
        char: "\u{1F23A}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      u6708: {
        keywords: ["chinese", "month", "moon", "japanese", "orange-square", "kanji"],
        char: "\u{1F237}\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      eight_pointed_black_star: {
        keywords: ["orange-square", "shape", "polygon"],
        char: "\u2734\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      vs: {
        keywords: ["words", "orange-square"],
        char: "\u{1F19A}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      accept: {
        keywords: ["ok", "good", "chinese", "kanji", "agree", "yes", "orange-circle"],
        char: "\u{1F251}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      white_flower: {
        keywords: ["japanese", "spring"],
        char: "\u{1F4AE}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      ideograph_advantage: {
        keywords: ["chinese", "kanji", "obtain", "get", "circle"],
        char: "\u{1F250}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      secret: {
        keywords: ["privacy", "chinese", "sshh", "kanji", "red-circle"],
        char: "\u3299\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      congratulations: {
        keywords: ["chinese", "kanji", "japanese", "red-circle"],
        char: "\u3297\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      u5408: {
        keywords: ["japanese", "chinese", "join", "kanji", "red-square"],
        char: "\u{1F234}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      u6e80: {
        keywords: ["full", "chinese", "japanese", "red-square", "kanji"],
        char: "\u{1F235}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      u7981: {
        keywords: ["kanji", "japanese", "chinese", "forbidden", "limit", "restricted", "red-square"],
        char: "\u{1F232}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      a: {
        keywords: ["red-square", "alphabet", "letter"],
        char: "\u{1F170}\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      b: {
        keywords: ["red-square", "alphabet", "letter"],
        char: "\u{1F171}\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      ab: {
        keywords: ["red-square", "alphabet"],
        char: "\u{1F18E}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      cl: {
        keywords: ["alphabet", "words", "red-square"],
        char: "\u{1F191}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      o2: {
        keywords: ["alphabet", "red-square", "letter"],
        char: "\u{1F17E}\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      sos: {
        keywords: ["help", "red-square", "words", "emergency", "911"],
        char: "\u{1F198}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      no_entry: {
        keywords: ["limit", "security", "privacy", "bad", "denied", "stop", "circle"],
        char: "\u26D4",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      name_badge: {
        keywords: ["fire", "forbid"],
        char: "\u{1F4DB}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      no_entry_sign: {
        keywords: ["forbid", "stop", "limit", "denied", "disallow", "circle"],
        char: "\u{1F6AB}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      x: {
        keywords: ["no", "delete", "remove", "cancel", "red"],
        char: "\u274C",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      o: {
        keywords: ["circle", "round"],
        char: "\u2B55",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      stop_sign: {
        keywords: ["stop"],
        char: "\u{1F6D1}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      anger: {
        keywords: ["angry", "mad"],
        char: "\u{1F4A2}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      hotsprings: {
        keywords: ["bath", "warm", "relax"],
        char: "\u2668\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      no_pedestrians: {
        keywords: ["rules", "crossing", "walking", "circle"],
        char: "\u{1F6B7}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      do_not_litter: {
        keywords: ["trash", "bin", "garbage", "circle"],
        char: "\u{1F6AF}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      no_bicycles: {
        keywords: ["cyclist", "prohibited", "circle"],
        char: "\u{1F6B3}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      "non-potable_water": {
        keywords: ["drink", "faucet", "tap", "circle"],
        char: "\u{1F6B1}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      underage: {
        keywords: ["18", "drink", "pub", "night", "minor", "circle"],
        char: "\u{1F51E}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      no_mobile_phones: {
        keywords: ["iphone", "mute", "circle"],
        char: "\u{1F4F5}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      exclamation: {
        keywords: ["heavy_exclamation_mark", "danger", "surprise", "punctuation", "wow", "warning"],
        char: "\u2757",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      grey_exclamation: {
        keywords: ["surprise", "punctuation", "gray", "wow", "warning"],
        char: "\u2755",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      question: {
        keywords: ["doubt", "confused"],
        char: "\u2753",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      grey_question: {
        keywords: ["doubts", "gray", "huh", "confused"],
        char: "\u2754",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      bangbang: {
        keywords: ["exclamation", "surprise"],
        char: "\u203C\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      interrobang: {
        keywords: ["wat", "punctuation", "surprise"],
        char: "\u2049\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      "100": {
        keywords: ["score", "perfect", "numbers", "century", "exam", "quiz", "test", "pass", "hundred"],
        char: "\u{1F4AF}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      low_brightness: {
        keywords: ["sun", "afternoon", "warm", "summer"],
        char: "\u{1F505}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      high_brightness: {
        keywords: ["sun", "light"],
        char: "\u{1F506}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      trident: {
        keywords: ["weapon", "spear"],
        char: "\u{1F531}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      fleur_de_lis: {
        keywords: ["decorative", "scout"],
        char: "\u269C",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      part_alternation_mark: {
        keywords: ["graph", "presentation", "stats", "business", "economics", "bad"],
        char: "\u303D\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      warning: {
        keywords: ["exclamation", "wip", "alert", "error", "problem", "issue"],
        char: "\u26A0\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      children_crossing: {
        keywords: ["school", "warning", "danger", "sign", "driving", "yellow-diamond"],
        char: "\u{1F6B8}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      beginner: {
        keywords: ["badge", "shield"],
        char: "\u{1F530}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      recycle: {
        keywords: ["arrow", "environment", "garbage", "trash"],
        char: "\u267B\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      u6307: {
        keywords: ["chinese", "point", "green-square", "kanji"],
        char: "\u{1F22F}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      chart: {
        keywords: ["green-square", "graph", "presentation", "stats"],
        char: "\u{1F4B9}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      sparkle: {
        keywords: ["stars", "green-square", "awesome", "good", "fireworks"],
        char: "\u2747\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      eight_spoked_asterisk: {
        keywords: ["star", "sparkle", "green-square"],
        char: "\u2733\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      negative_squared_cross_mark: {
        keywords: ["x", "green-square", "no", "deny"],
        char: "\u274E",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      white_check_mark: {
        keywords: ["green-square", "ok", "agree", "vote", "election", "answer", "tick"],
        char: "\u2705",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      diamond_shape_with_a_dot_inside: {
        keywords: ["jewel", "blue", "gem", "crystal", "fancy"],
        char: "\u{1F4A0}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      cyclone: {
        keywords: ["weather", "swirl", "blue", "cloud", "vortex", "spiral", "whirlpool", "spin", "tornado", "hurricane", "typhoon"],
        char: "\u{1F300}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      loop: {
        keywords: ["tape", "cassette"],
        char: "\u27BF",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      globe_with_meridians: {
        keywords: ["earth", "international", "world", "internet", "interweb", "i18n"],
        char: "\u{1F310}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      m: {
        keywords: ["alphabet", "blue-circle", "letter"],
        char: "\u24C2\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      atm: {
        keywords: ["money", "sales", "cash", "blue-square", "payment", "bank"],
        char: "\u{1F3E7}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      sa: {
        keywords: ["japanese", "blue-square", "katakana"],
        char: "\u{1F202}\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      passport_control: {
        keywords: ["custom", "blue-square"],
        char: "\u{1F6C2}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      customs: {
        keywords: ["passport", "border", "blue-square"],
        char: "\u{1F6C3}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      baggage_claim: {
        keywords: ["blue-square", "airport", "transport"],
        char: "\u{1F6C4}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      left_luggage: {
        keywords: ["blue-square", "travel"],
        char: "\u{1F6C5}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      wheelchair: {
        keywords: ["blue-square", "disabled", "a11y", "accessibility"],
        char: "\u267F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      no_smoking: {
        keywords: ["cigarette", "blue-square", "smell", "smoke"],
        char: "\u{1F6AD}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      wc: {
        keywords: ["toilet", "restroom", "blue-square"],
        char: "\u{1F6BE}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      parking: {
        keywords: ["cars", "blue-square", "alphabet", "letter"],
        char: "\u{1F17F}\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      potable_water: {
        keywords: ["blue-square", "liquid", "restroom", "cleaning", "faucet"],
        char: "\u{1F6B0}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      mens: {
        keywords: ["toilet", "restroom", "wc", "blue-square", "gender", "male"],
        char: "\u{1F6B9}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      womens: {
        keywords: ["purple-square", "woman", "female", "toilet", "loo", "restroom", "gender"],
        char: "\u{1F6BA}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      baby_symbol: {
        keywords: ["orange-square", "child"],
        char: "\u{1F6BC}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      restroom: {
        keywords: ["blue-square", "toilet", "refresh", "wc", "gender"],
        char: "\u{1F6BB}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      put_litter_in_its_place: {
        keywords: ["blue-square", "sign", "human", "info"],
        char: "\u{1F6AE}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      cinema: {
        keywords: ["blue-square", "record", "film", "movie", "curtain", "stage", "theater"],
        char: "\u{1F3A6}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      signal_strength: {
        keywords: ["blue-square", "reception", "phone", "internet", "connection", "wifi", "bluetooth", "bars"],
        char: "\u{1F4F6}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      koko: {
        keywords: ["blue-square", "here", "katakana", "japanese", "destination"],
        char: "\u{1F201}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      ng: {
        keywords: ["blue-square", "words", "shape", "icon"],
        char: "\u{1F196}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      ok: {
        keywords: ["good", "agree", "yes", "blue-square"],
        char: "\u{1F197}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      up: {
        keywords: ["blue-square", "above", "high"],
        char: "\u{1F199}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      cool: {
        keywords: ["words", "blue-square"],
        char: "\u{1F192}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      new: {
        keywords: ["blue-square", "words", "start"],
        char: "\u{1F195}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      free: {
        keywords: ["blue-square", "words"],
        char: "\u{1F193}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      zero: {
        keywords: ["0", "numbers", "blue-square", "null"],
        char: "0\uFE0F\u20E3",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      one: {
        keywords: ["blue-square", "numbers", "1"],
        char: "1\uFE0F\u20E3",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      two: {
        keywords: ["numbers", "2", "prime", "blue-square"],
        char: "2\uFE0F\u20E3",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      three: {
        keywords: ["3", "numbers", "prime", "blue-square"],
        char: "3\uFE0F\u20E3",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      four: {
        keywords: ["4", "numbers", "blue-square"],
        char: "4\uFE0F\u20E3",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      five: {
        keywords: ["5", "numbers", "blue-square", "prime"],
        char: "5\uFE0F\u20E3",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      six: {
        keywords: ["6", "numbers", "blue-square"],
        char: "6\uFE0F\u20E3",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      seven: {
        keywords: ["7", "numbers", "blue-square", "prime"],
        char: "7\uFE0F\u20E3",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      eight: {
        keywords: ["8", "blue-square", "numbers"],
        char: "8\uFE0F\u20E3",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      nine: {
        keywords: ["blue-square", "numbers", "9"],
        char: "9\uFE0F\u20E3",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      keycap_ten: {
        keywords: ["numbers", "10", "blue-square"],
        char: "\u{1F51F}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      asterisk: {
        keywords: ["star", "keycap"],
        char: "*\u20E3",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      "1234": {
        keywords: ["numbers", "blue-square"],
        char: "\u{1F522}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      eject_button: {
        keywords: ["blue-square"],
        char: "\u23CF\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      arrow_forward: {
        keywords: ["blue-square", "right", "direction", "play"],
        char: "\u25B6\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      pause_button: {
        keywords: ["pause", "blue-square"],
        char: "\u23F8",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      next_track_button: {
        keywords: ["forward", "next", "blue-square"],
        char: "\u23ED",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      stop_button: {
        keywords: ["blue-square"],
        char: "\u23F9",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      record_button: {
        keywords: ["blue-square"],
        char: "\u23FA",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      play_or_pause_button: {
        keywords: ["blue-square", "play", "pause"],
        char: "\u23EF",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      previous_track_button: {
        keywords: ["backward"],
        char: "\u23EE",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      fast_forward: {
        keywords: ["blue-square", "play", "speed", "continue"],
        char: "\u23E9",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      rewind: {
        keywords: ["play", "blue-square"],
        char: "\u23EA",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      twisted_rightwards_arrows: {
        keywords: ["blue-square", "shuffle", "music", "random"],
        char: "\u{1F500}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      repeat: {
        keywords: ["loop", "record"],
        char: "\u{1F501}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      repeat_one: {
        keywords: ["blue-square", "loop"],
        char: "\u{1F502}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      arrow_backward: {
        keywords: ["blue-square", "left", "direction"],
        char: "\u25C0\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      arrow_up_small: {
        keywords: ["blue-square", "triangle", "direction", "point", "forward", "top"],
        char: "\u{1F53C}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      arrow_down_small: {
        keywords: ["blue-square", "direction", "bottom"],
        char: "\u{1F53D}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      arrow_double_up: {
        keywords: ["blue-square", "direction", "top"],
        char: "\u23EB",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      arrow_double_down: {
        keywords: ["blue-square", "direction", "bottom"],
        char: "\u23EC",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      arrow_right: {
        keywords: ["blue-square", "next"],
        char: "\u27A1\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      arrow_left: {
        keywords: ["blue-square", "previous", "back"],
        char: "\u2B05\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      arrow_up: {
        keywords: ["blue-square", "continue", "top", "direction"],
        char: "\u2B06\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      arrow_down: {
        keywords: ["blue-square", "direction", "bottom"],
        char: "\u2B07\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      arrow_upper_right: {
        keywords: ["blue-square", "point", "direction", "diagonal", "northeast"],
        char: "\u2197\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      arrow_lower_right: {
        keywords: ["blue-square", "direction", "diagonal", "southeast"],
        char: "\u2198\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      arrow_lower_left: {
        keywords: ["blue-square", "direction", "diagonal", "southwest"],
        char: "\u2199\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      arrow_upper_left: {
        keywords: ["blue-square", "point", "direction", "diagonal", "northwest"],
        char: "\u2196\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      arrow_up_down: {
        keywords: ["blue-square", "direction", "way", "vertical"],
        char: "\u2195\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      left_right_arrow: {
        keywords: ["shape", "direction", "horizontal", "sideways"],
        char: "\u2194\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      arrows_counterclockwise: {
        keywords: ["blue-square", "sync", "cycle"],
        char: "\u{1F504}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      arrow_right_hook: {
        keywords: ["blue-square", "return", "rotate", "direction"],
        char: "\u21AA\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      leftwards_arrow_with_hook: {
        keywords: ["back", "return", "blue-square", "undo", "enter"],
        char: "\u21A9\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      arrow_heading_up: {
        keywords: ["blue-square", "direction", "top"],
        char: "\u2934\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      arrow_heading_down: {
        keywords: ["blue-square", "direction", "bottom"],
        char: "\u2935\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      hash: {
        keywords: ["symbol", "blue-square", "twitter"],
        char: "#\uFE0F\u20E3",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      information_source: {
        keywords: ["blue-square", "alphabet", "letter"],
        char: "\u2139\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      abc: {
        keywords: ["blue-square", "alphabet"],
        char: "\u{1F524}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      abcd: {
        keywords: ["blue-square", "alphabet"],
        char: "\u{1F521}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      capital_abcd: {
        keywords: ["alphabet", "words", "blue-square"],
        char: "\u{1F520}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      symbols: {
        keywords: ["blue-square", "music", "note", "ampersand", "percent", "glyphs", "characters"],
        char: "\u{1F523}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      musical_note: {
        keywords: ["score", "tone", "sound"],
        char: "\u{1F3B5}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      notes: {
        keywords: ["music", "score"],
        char: "\u{1F3B6}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      wavy_dash: {
        keywords: ["draw", "line", "moustache", "mustache", "squiggle", "scribble"],
        char: "\u3030\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      curly_loop: {
        keywords: ["scribble", "draw", "shape", "squiggle"],
        char: "\u27B0",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      heavy_check_mark: {
        keywords: ["ok", "nike", "answer", "yes", "tick"],
        char: "\u2714\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      arrows_clockwise: {
        keywords: ["sync", "cycle", "round", "repeat"],
        char: "\u{1F503}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      heavy_plus_sign: {
        keywords: ["math", "calculation", "addition", "more", "increase"],
        char: "\u2795",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      heavy_minus_sign: {
        keywords: ["math", "calculation", "subtract", "less"],
        char: "\u2796",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      heavy_division_sign: {
        keywords: ["divide", "math", "calculation"],
        char: "\u2797",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      heavy_multiplication_x: {
        keywords: ["math", "calculation"],
        char: "\u2716\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      infinity: {
        keywords: ["forever"],
        char: "\u267E",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      heavy_dollar_sign: {
        keywords: ["money", "sales", "payment", "currency", "buck"],
        char: "\u{1F4B2}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      currency_exchange: {
        keywords: ["money", "sales", "dollar", "travel"],
        char: "\u{1F4B1}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      copyright: {
        keywords: ["ip", "license", "circle", "law", "legal"],
        char: "\xA9\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      registered: {
        keywords: ["alphabet", "circle"],
        char: "\xAE\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      tm: {
        keywords: ["trademark", "brand", "law", "legal"],
        char: "\u2122\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      end: {
        keywords: ["words", "arrow"],
        char: "\u{1F51A}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      back: {
        keywords: ["arrow", "words", "return"],
        char: "\u{1F519}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      on: {
        keywords: ["arrow", "words"],
        char: "\u{1F51B}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      top: {
        keywords: ["words", "blue-square"],
        char: "\u{1F51D}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      soon: {
        keywords: ["arrow", "words"],
        char: "\u{1F51C}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      ballot_box_with_check: {
        keywords: ["ok", "agree", "confirm", "black-square", "vote", "election", "yes", "tick"],
        char: "\u2611\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      radio_button: {
        keywords: ["input", "old", "music", "circle"],
        char: "\u{1F518}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      white_circle: {
        keywords: ["shape", "round"],
        char: "\u26AA",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      black_circle: {
        keywords: ["shape", "button", "round"],
        char: "\u26AB",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      red_circle: {
        keywords: ["shape", "error", "danger"],
        char: "\u{1F534}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      large_blue_circle: {
        keywords: ["shape", "icon", "button"],
        char: "\u{1F535}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      small_orange_diamond: {
        keywords: ["shape", "jewel", "gem"],
        char: "\u{1F538}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      small_blue_diamond: {
        keywords: ["shape", "jewel", "gem"],
        char: "\u{1F539}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      large_orange_diamond: {
        keywords: ["shape", "jewel", "gem"],
        char: "\u{1F536}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      large_blue_diamond: {
        keywords: ["shape", "jewel", "gem"],
        char: "\u{1F537}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      small_red_triangle: {
        keywords: ["shape", "direction", "up", "top"],
        char: "\u{1F53A}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      black_small_square: {
        keywords: ["shape", "icon"],
        char: "\u25AA\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      white_small_square: {
        keywords: ["shape", "icon"],
        char: "\u25AB\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      black_large_square: {
        keywords: ["shape", "icon", "button"],
        char: "\u2B1B",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      white_large_square: {
        keywords: ["shape", "icon", "stone", "button"],
        char: "\u2B1C",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      small_red_triangle_down: {
        keywords: ["shape", "direction", "bottom"],
        char: "\u{1F53B}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      black_medium_square: {
        keywords: ["shape", "button", "icon"],
        char: "\u25FC\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      white_medium_square: {
        keywords: ["shape", "stone", "icon"],
        char: "\u25FB\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      black_medium_small_square: {
        keywords: ["icon", "shape", "button"],
        char: "\u25FE",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      white_medium_small_square: {
        keywords: ["shape", "stone", "icon", "button"],
        char: "\u25FD",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      black_square_button: {
        keywords: ["shape", "input", "frame"],
        char: "\u{1F532}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      white_square_button: {
        keywords: ["shape", "input"],
        char: "\u{1F533}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      speaker: {
        keywords: ["sound", "volume", "silence", "broadcast"],
        char: "\u{1F508}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      sound: {
        keywords: ["volume", "speaker", "broadcast"],
        char: "\u{1F509}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      loud_sound: {
        keywords: ["volume", "noise", "noisy", "speaker", "broadcast"],
        char: "\u{1F50A}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      mute: {
        keywords: ["sound", "volume", "silence", "quiet"],
        char: "\u{1F507}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      mega: {
        keywords: ["sound", "speaker", "volume"],
        char: "\u{1F4E3}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      loudspeaker: {
        keywords: ["volume", "sound"],
        char: "\u{1F4E2}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      bell: {
        keywords: ["sound", "notification", "christmas", "xmas", "chime"],
        char: "\u{1F514}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      no_bell: {
        keywords: ["sound", "volume", "mute", "quiet", "silent"],
        char: "\u{1F515}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      black_joker: {
        keywords: ["poker", "cards", "game", "play", "magic"],
        char: "\u{1F0CF}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      mahjong: {
        keywords: ["game", "play", "chinese", "kanji"],
        char: "\u{1F004}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      spades: {
        keywords: ["poker", "cards", "suits", "magic"],
        char: "\u2660\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clubs: {
        keywords: ["poker", "cards", "magic", "suits"],
        char: "\u2663\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      hearts: {
        keywords: ["poker", "cards", "magic", "suits"],
        char: "\u2665\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      diamonds: {
        keywords: ["poker", "cards", "magic", "suits"],
        char: "\u2666\uFE0F",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      flower_playing_cards: {
        keywords: ["game", "sunset", "red"],
        char: "\u{1F3B4}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      thought_balloon: {
        keywords: ["bubble", "cloud", "speech", "thinking", "dream"],
        char: "\u{1F4AD}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      right_anger_bubble: {
        keywords: ["caption", "speech", "thinking", "mad"],
        char: "\u{1F5EF}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      speech_balloon: {
        keywords: ["bubble", "words", "message", "talk", "chatting"],
        char: "\u{1F4AC}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      left_speech_bubble: {
        keywords: ["words", "message", "talk", "chatting"],
        char: "\u{1F5E8}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock1: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F550}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock2: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F551}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock3: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F552}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock4: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F553}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock5: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F554}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock6: {
        keywords: ["time", "late", "early", "schedule", "dawn", "dusk"],
        char: "\u{1F555}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock7: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F556}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock8: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F557}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock9: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F558}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock10: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F559}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock11: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F55A}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock12: {
        keywords: ["time", "noon", "midnight", "midday", "late", "early", "schedule"],
        char: "\u{1F55B}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock130: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F55C}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock230: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F55D}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock330: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F55E}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock430: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F55F}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock530: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F560}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock630: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F561}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock730: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F562}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock830: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F563}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock930: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F564}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock1030: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F565}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock1130: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F566}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      clock1230: {
        keywords: ["time", "late", "early", "schedule"],
        char: "\u{1F567}",
        fitzpatrick_scale: false,
        category: "symbols"
      },
      afghanistan: {
        keywords: ["af", "flag", "nation", "country", "banner"],
        char: "\u{1F1E6}\u{1F1EB}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      aland_islands: {
        keywords: ["\xC5land", "islands", "flag", "nation", "country", "banner"],
        char: "\u{1F1E6}\u{1F1FD}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      albania: {
        keywords: ["al", "flag", "nation", "country", "banner"],
        char: "\u{1F1E6}\u{1F1F1}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      algeria: {
        keywords: ["dz", "flag", "nation", "country", "banner"],
        char: "\u{1F1E9}\u{1F1FF}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      american_samoa: {
        keywords: ["american", "ws", "flag", "nation", "country", "banner"],
        char: "\u{1F1E6}\u{1F1F8}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      andorra: {
        keywords: ["ad", "flag", "nation", "country", "banner"],
        char: "\u{1F1E6}\u{1F1E9}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      angola: {
        keywords: ["ao", "flag", "nation", "country", "banner"],
        char: "\u{1F1E6}\u{1F1F4}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      anguilla: {
        keywords: ["ai", "flag", "nation", "country", "banner"],
        char: "\u{1F1E6}\u{1F1EE}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      antarctica: {
        keywords: ["aq", "flag", "nation", "country", "banner"],
        char: "\u{1F1E6}\u{1F1F6}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      antigua_barbuda: {
        keywords: ["antigua", "barbuda", "flag", "nation", "country", "banner"],
        char: "\u{1F1E6}\u{1F1EC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      argentina: {
        keywords: ["ar", "flag", "nation", "country", "banner"],
        char: "\u{1F1E6}\u{1F1F7}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      armenia: {
        keywords: ["am", "flag", "nation", "country", "banner"],
        char: "\u{1F1E6}\u{1F1F2}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      aruba: {
        keywords: ["aw", "flag", "nation", "country", "banner"],
        char: "\u{1F1E6}\u{1F1FC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      australia: {
        keywords: ["au", "flag", "nation", "country", "banner"],
        char: "\u{1F1E6}\u{1F1FA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      austria: {
        keywords: ["at", "flag", "nation", "country", "banner"],
        char: "\u{1F1E6}\u{1F1F9}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      azerbaijan: {
        keywords: ["az", "flag", "nation", "country", "banner"],
        char: "\u{1F1E6}\u{1F1FF}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      bahamas: {
        keywords: ["bs", "flag", "nation", "country", "banner"],
        char: "\u{1F1E7}\u{1F1F8}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      bahrain: {
        keywords: ["bh", "flag", "nation", "country", "banner"],
        char: "\u{1F1E7}\u{1F1ED}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      bangladesh: {
        keywords: ["bd", "flag", "nation", "country", "banner"],
        char: "\u{1F1E7}\u{1F1E9}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      barbados: {
        keywords: ["bb", "flag", "nation", "country", "banner"],
        char: "\u{1F1E7}\u{1F1E7}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      belarus: {
        keywords: ["by", "flag", "nation", "country", "banner"],
        char: "\u{1F1E7}\u{1F1FE}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      belgium: {
        keywords: ["be", "flag", "nation", "country", "banner"],
        char: "\u{1F1E7}\u{1F1EA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      belize: {
        keywords: ["bz", "flag", "nation", "country", "banner"],
        char: "\u{1F1E7}\u{1F1FF}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      benin: {
        keywords: ["bj", "flag", "nation", "country", "banner"],
        char: "\u{1F1E7}\u{1F1EF}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      bermuda: {
        keywords: ["bm", "flag", "nation", "country", "banner"],
        char: "\u{1F1E7}\u{1F1F2}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      bhutan: {
        keywords: ["bt", "flag", "nation", "country", "banner"],
        char: "\u{1F1E7}\u{1F1F9}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      bolivia: {
        keywords: ["bo", "flag", "nation", "country", "banner"],
        char: "\u{1F1E7}\u{1F1F4}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      caribbean_netherlands: {
        keywords: ["bonaire", "flag", "nation", "country", "banner"],
        char: "\u{1F1E7}\u{1F1F6}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      bosnia_herzegovina: {
        keywords: ["bosnia", "herzegovina", "flag", "nation", "country", "banner"],
        char: "\u{1F1E7}\u{1F1E6}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      botswana: {
        keywords: ["bw", "flag", "nation", "country", "banner"],
        char: "\u{1F1E7}\u{1F1FC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      brazil: {
        keywords: ["br", "flag", "nation", "country", "banner"],
        char: "\u{1F1E7}\u{1F1F7}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      british_indian_ocean_territory: {
        keywords: ["british", "indian", "ocean", "territory", "flag", "nation", "country", "banner"],
        char: "\u{1F1EE}\u{1F1F4}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      british_virgin_islands: {
        keywords: ["british", "virgin", "islands", "bvi", "flag", "nation", "country", "banner"],
        char: "\u{1F1FB}\u{1F1EC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      brunei: {
        keywords: ["bn", "darussalam", "flag", "nation", "country", "banner"],
        char: "\u{1F1E7}\u{1F1F3}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      bulgaria: {
        keywords: ["bg", "flag", "nation", "country", "banner"],
        char: "\u{1F1E7}\u{1F1EC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      burkina_faso: {
        keywords: ["burkina", "faso", "flag", "nation", "country", "banner"],
        char: "\u{1F1E7}\u{1F1EB}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      burundi: {
        keywords: ["bi", "flag", "nation", "country", "banner"],
        char: "\u{1F1E7}\u{1F1EE}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      cape_verde: {
        keywords: ["cabo", "verde", "flag", "nation", "country", "banner"],
        char: "\u{1F1E8}\u{1F1FB}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      cambodia: {
        keywords: ["kh", "flag", "nation", "country", "banner"],
        char: "\u{1F1F0}\u{1F1ED}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      cameroon: {
        keywords: ["cm", "flag", "nation", "country", "banner"],
        char: "\u{1F1E8}\u{1F1F2}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      canada: {
        keywords: ["ca", "flag", "nation", "country", "banner"],
        char: "\u{1F1E8}\u{1F1E6}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      canary_islands: {
        keywords: ["canary", "islands", "flag", "nation", "country", "banner"],
        char: "\u{1F1EE}\u{1F1E8}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      cayman_islands: {
        keywords: ["cayman", "islands", "flag", "nation", "country", "banner"],
        char: "\u{1F1F0}\u{1F1FE}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      central_african_republic: {
        keywords: ["central", "african", "republic", "flag", "nation", "country", "banner"],
        char: "\u{1F1E8}\u{1F1EB}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      chad: {
        keywords: ["td", "flag", "nation", "country", "banner"],
        char: "\u{1F1F9}\u{1F1E9}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      chile: {
        keywords: ["flag", "nation", "country", "banner"],
        char: "\u{1F1E8}\u{1F1F1}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      cn: {
        keywords: ["china", "chinese", "prc", "flag", "country", "nation", "banner"],
        char: "\u{1F1E8}\u{1F1F3}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      christmas_island: {
        keywords: ["christmas", "island", "flag", "nation", "country", "banner"],
        char: "\u{1F1E8}\u{1F1FD}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      cocos_islands: {
        keywords: ["cocos", "keeling", "islands", "flag", "nation", "country", "banner"],
        char: "\u{1F1E8}\u{1F1E8}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      colombia: {
        keywords: ["co", "flag", "nation", "country", "banner"],
        char: "\u{1F1E8}\u{1F1F4}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      comoros: {
        keywords: ["km", "flag", "nation", "country", "banner"],
        char: "\u{1F1F0}\u{1F1F2}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      congo_brazzaville: {
        keywords: ["congo", "flag", "nation", "country", "banner"],
        char: "\u{1F1E8}\u{1F1EC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      congo_kinshasa: {
        keywords: ["congo", "democratic", "republic", "flag", "nation", "country", "banner"],
        char: "\u{1F1E8}\u{1F1E9}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      cook_islands: {
        keywords: ["cook", "islands", "flag", "nation", "country", "banner"],
        char: "\u{1F1E8}\u{1F1F0}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      costa_rica: {
        keywords: ["costa", "rica", "flag", "nation", "country", "banner"],
        char: "\u{1F1E8}\u{1F1F7}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      croatia: {
        keywords: ["hr", "flag", "nation", "country", "banner"],
        char: "\u{1F1ED}\u{1F1F7}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      cuba: {
        keywords: ["cu", "flag", "nation", "country", "banner"],
        char: "\u{1F1E8}\u{1F1FA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      curacao: {
        keywords: ["cura\xE7ao", "flag", "nation", "country", "banner"],
        char: "\u{1F1E8}\u{1F1FC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      cyprus: {
        keywords: ["cy", "flag", "nation", "country", "banner"],
        char: "\u{1F1E8}\u{1F1FE}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      czech_republic: {
        keywords: ["cz", "flag", "nation", "country", "banner"],
        char: "\u{1F1E8}\u{1F1FF}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      denmark: {
        keywords: ["dk", "flag", "nation", "country", "banner"],
        char: "\u{1F1E9}\u{1F1F0}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      djibouti: {
        keywords: ["dj", "flag", "nation", "country", "banner"],
        char: "\u{1F1E9}\u{1F1EF}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      dominica: {
        keywords: ["dm", "flag", "nation", "country", "banner"],
        char: "\u{1F1E9}\u{1F1F2}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      dominican_republic: {
        keywords: ["dominican", "republic", "flag", "nation", "country", "banner"],
        char: "\u{1F1E9}\u{1F1F4}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      ecuador: {
        keywords: ["ec", "flag", "nation", "country", "banner"],
        char: "\u{1F1EA}\u{1F1E8}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      egypt: {
        keywords: ["eg", "flag", "nation", "country", "banner"],
        char: "\u{1F1EA}\u{1F1EC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      el_salvador: {
        keywords: ["el", "salvador", "flag", "nation", "country", "banner"],
        char: "\u{1F1F8}\u{1F1FB}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      equatorial_guinea: {
        keywords: ["equatorial", "gn", "flag", "nation", "country", "banner"],
        char: "\u{1F1EC}\u{1F1F6}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      eritrea: {
        keywords: ["er", "flag", "nation", "country", "banner"],
        char: "\u{1F1EA}\u{1F1F7}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      estonia: {
        keywords: ["ee", "flag", "nation", "country", "banner"],
        char: "\u{1F1EA}\u{1F1EA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      ethiopia: {
        keywords: ["et", "flag", "nation", "country", "banner"],
        char: "\u{1F1EA}\u{1F1F9}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      eu: {
        keywords: ["european", "union", "flag", "banner"],
        char: "\u{1F1EA}\u{1F1FA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      falkland_islands: {
        keywords: ["falkland", "islands", "malvinas", "flag", "nation", "country", "banner"],
        char: "\u{1F1EB}\u{1F1F0}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      faroe_islands: {
        keywords: ["faroe", "islands", "flag", "nation", "country", "banner"],
        char: "\u{1F1EB}\u{1F1F4}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      fiji: {
        keywords: ["fj", "flag", "nation", "country", "banner"],
        char: "\u{1F1EB}\u{1F1EF}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      finland: {
        keywords: ["fi", "flag", "nation", "country", "banner"],
        char: "\u{1F1EB}\u{1F1EE}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      fr: {
        keywords: ["banner", "flag", "nation", "france", "french", "country"],
        char: "\u{1F1EB}\u{1F1F7}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      french_guiana: {
        keywords: ["french", "guiana", "flag", "nation", "country", "banner"],
        char: "\u{1F1EC}\u{1F1EB}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      french_polynesia: {
        keywords: ["french", "polynesia", "flag", "nation", "country", "banner"],
        char: "\u{1F1F5}\u{1F1EB}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      french_southern_territories: {
        keywords: ["french", "southern", "territories", "flag", "nation", "country", "banner"],
        char: "\u{1F1F9}\u{1F1EB}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      gabon: {
        keywords: ["ga", "flag", "nation", "country", "banner"],
        char: "\u{1F1EC}\u{1F1E6}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      gambia: {
        keywords: ["gm", "flag", "nation", "country", "banner"],
        char: "\u{1F1EC}\u{1F1F2}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      georgia: {
        keywords: ["ge", "flag", "nation", "country", "banner"],
        char: "\u{1F1EC}\u{1F1EA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      de: {
        keywords: ["german", "nation", "flag", "country", "banner"],
        char: "\u{1F1E9}\u{1F1EA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      ghana: {
        keywords: ["gh", "flag", "nation", "country", "banner"],
        char: "\u{1F1EC}\u{1F1ED}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      gibraltar: {
        keywords: ["gi", "flag", "nation", "country", "banner"],
        char: "\u{1F1EC}\u{1F1EE}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      greece: {
        keywords: ["gr", "flag", "nation", "country", "banner"],
        char: "\u{1F1EC}\u{1F1F7}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      greenland: {
        keywords: ["gl", "flag", "nation", "country", "banner"],
        char: "\u{1F1EC}\u{1F1F1}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      grenada: {
        keywords: ["gd", "flag", "nation", "country", "banner"],
        char: "\u{1F1EC}\u{1F1E9}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      guadeloupe: {
        keywords: ["gp", "flag", "nation", "country", "banner"],
        char: "\u{1F1EC}\u{1F1F5}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      guam: {
        keywords: ["gu", "flag", "nation", "country", "banner"],
        char: "\u{1F1EC}\u{1F1FA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      guatemala: {
        keywords: ["gt", "flag", "nation", "country", "banner"],
        char: "\u{1F1EC}\u{1F1F9}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      guernsey: {
        keywords: ["gg", "flag", "nation", "country", "banner"],
        char: "\u{1F1EC}\u{1F1EC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      guinea: {
        keywords: ["gn", "flag", "nation", "country", "banner"],
        char: "\u{1F1EC}\u{1F1F3}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      guinea_bissau: {
        keywords: ["gw", "bissau", "flag", "nation", "country", "banner"],
        char: "\u{1F1EC}\u{1F1FC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      guyana: {
        keywords: ["gy", "flag", "nation", "country", "banner"],
        char: "\u{1F1EC}\u{1F1FE}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      haiti: {
        keywords: ["ht", "flag", "nation", "country", "banner"],
        char: "\u{1F1ED}\u{1F1F9}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      honduras: {
        keywords: ["hn", "flag", "nation", "country", "banner"],
        char: "\u{1F1ED}\u{1F1F3}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      hong_kong: {
        keywords: ["hong", "kong", "flag", "nation", "country", "banner"],
        char: "\u{1F1ED}\u{1F1F0}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      hungary: {
        keywords: ["hu", "flag", "nation", "country", "banner"],
        char: "\u{1F1ED}\u{1F1FA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      iceland: {
        keywords: ["is", "flag", "nation", "country", "banner"],
        char: "\u{1F1EE}\u{1F1F8}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      india: {
        keywords: ["in", "flag", "nation", "country", "banner"],
        char: "\u{1F1EE}\u{1F1F3}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      indonesia: {
        keywords: ["flag", "nation", "country", "banner"],
        char: "\u{1F1EE}\u{1F1E9}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      iran: {
        keywords: ["iran,", "islamic", "republic", "flag", "nation", "country", "banner"],
        char: "\u{1F1EE}\u{1F1F7}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      iraq: {
        keywords: ["iq", "flag", "nation", "country", "banner"],
        char: "\u{1F1EE}\u{1F1F6}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      ireland: {
        keywords: ["ie", "flag", "nation", "country", "banner"],
        char: "\u{1F1EE}\u{1F1EA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      isle_of_man: {
        keywords: ["isle", "man", "flag", "nation", "country", "banner"],
        char: "\u{1F1EE}\u{1F1F2}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      israel: {
        keywords: ["il", "flag", "nation", "country", "banner"],
        char: "\u{1F1EE}\u{1F1F1}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      it: {
        keywords: ["italy", "flag", "nation", "country", "banner"],
        char: "\u{1F1EE}\u{1F1F9}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      cote_divoire: {
        keywords: ["ivory", "coast", "flag", "nation", "country", "banner"],
        char: "\u{1F1E8}\u{1F1EE}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      jamaica: {
        keywords: ["jm", "flag", "nation", "country", "banner"],
        char: "\u{1F1EF}\u{1F1F2}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      jp: {
        keywords: ["japanese", "nation", "flag", "country", "banner"],
        char: "\u{1F1EF}\u{1F1F5}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      jersey: {
        keywords: ["je", "flag", "nation", "country", "banner"],
        char: "\u{1F1EF}\u{1F1EA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      jordan: {
        keywords: ["jo", "flag", "nation", "country", "banner"],
        char: "\u{1F1EF}\u{1F1F4}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      kazakhstan: {
        keywords: ["kz", "flag", "nation", "country", "banner"],
        char: "\u{1F1F0}\u{1F1FF}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      kenya: {
        keywords: ["ke", "flag", "nation", "country", "banner"],
        char: "\u{1F1F0}\u{1F1EA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      kiribati: {
        keywords: ["ki", "flag", "nation", "country", "banner"],
        char: "\u{1F1F0}\u{1F1EE}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      kosovo: {
        keywords: ["xk", "flag", "nation", "country", "banner"],
        char: "\u{1F1FD}\u{1F1F0}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      kuwait: {
        keywords: ["kw", "flag", "nation", "country", "banner"],
        char: "\u{1F1F0}\u{1F1FC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      kyrgyzstan: {
        keywords: ["kg", "flag", "nation", "country", "banner"],
        char: "\u{1F1F0}\u{1F1EC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      laos: {
        keywords: ["lao", "democratic", "republic", "flag", "nation", "country", "banner"],
        char: "\u{1F1F1}\u{1F1E6}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      latvia: {
        keywords: ["lv", "flag", "nation", "country", "banner"],
        char: "\u{1F1F1}\u{1F1FB}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      lebanon: {
        keywords: ["lb", "flag", "nation", "country", "banner"],
        char: "\u{1F1F1}\u{1F1E7}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      lesotho: {
        keywords: ["ls", "flag", "nation", "country", "banner"],
        char: "\u{1F1F1}\u{1F1F8}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      liberia: {
        keywords: ["lr", "flag", "nation", "country", "banner"],
        char: "\u{1F1F1}\u{1F1F7}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      libya: {
        keywords: ["ly", "flag", "nation", "country", "banner"],
        char: "\u{1F1F1}\u{1F1FE}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      liechtenstein: {
        keywords: ["li", "flag", "nation", "country", "banner"],
        char: "\u{1F1F1}\u{1F1EE}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      lithuania: {
        keywords: ["lt", "flag", "nation", "country", "banner"],
        char: "\u{1F1F1}\u{1F1F9}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      luxembourg: {
        keywords: ["lu", "flag", "nation", "country", "banner"],
        char: "\u{1F1F1}\u{1F1FA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      macau: {
        keywords: ["macao", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1F4}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      macedonia: {
        keywords: ["macedonia,", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1F0}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      madagascar: {
        keywords: ["mg", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1EC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      malawi: {
        keywords: ["mw", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1FC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      malaysia: {
        keywords: ["my", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1FE}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      maldives: {
        keywords: ["mv", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1FB}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      mali: {
        keywords: ["ml", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1F1}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      malta: {
        keywords: ["mt", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1F9}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      marshall_islands: {
        keywords: ["marshall", "islands", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1ED}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      martinique: {
        keywords: ["mq", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1F6}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      mauritania: {
        keywords: ["mr", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1F7}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      mauritius: {
        keywords: ["mu", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1FA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      mayotte: {
        keywords: ["yt", "flag", "nation", "country", "banner"],
        char: "\u{1F1FE}\u{1F1F9}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      mexico: {
        keywords: ["mx", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1FD}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      micronesia: {
        keywords: ["micronesia,", "federated", "states", "flag", "nation", "country", "banner"],
        char: "\u{1F1EB}\u{1F1F2}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      moldova: {
        keywords: ["moldova,", "republic", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1E9}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      monaco: {
        keywords: ["mc", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1E8}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      mongolia: {
        keywords: ["mn", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1F3}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      montenegro: {
        keywords: ["me", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1EA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      montserrat: {
        keywords: ["ms", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1F8}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      morocco: {
        keywords: ["ma", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1E6}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      mozambique: {
        keywords: ["mz", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1FF}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      myanmar: {
        keywords: ["mm", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1F2}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      namibia: {
        keywords: ["na", "flag", "nation", "country", "banner"],
        char: "\u{1F1F3}\u{1F1E6}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      nauru: {
        keywords: ["nr", "flag", "nation", "country", "banner"],
        char: "\u{1F1F3}\u{1F1F7}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      nepal: {
        keywords: ["np", "flag", "nation", "country", "banner"],
        char: "\u{1F1F3}\u{1F1F5}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      netherlands: {
        keywords: ["nl", "flag", "nation", "country", "banner"],
        char: "\u{1F1F3}\u{1F1F1}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      new_caledonia: {
        keywords: ["new", "caledonia", "flag", "nation", "country", "banner"],
        char: "\u{1F1F3}\u{1F1E8}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      new_zealand: {
        keywords: ["new", "zealand", "flag", "nation", "country", "banner"],
        char: "\u{1F1F3}\u{1F1FF}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      nicaragua: {
        keywords: ["ni", "flag", "nation", "country", "banner"],
        char: "\u{1F1F3}\u{1F1EE}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      niger: {
        keywords: ["ne", "flag", "nation", "country", "banner"],
        char: "\u{1F1F3}\u{1F1EA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      nigeria: {
        keywords: ["flag", "nation", "country", "banner"],
        char: "\u{1F1F3}\u{1F1EC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      niue: {
        keywords: ["nu", "flag", "nation", "country", "banner"],
        char: "\u{1F1F3}\u{1F1FA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      norfolk_island: {
        keywords: ["norfolk", "island", "flag", "nation", "country", "banner"],
        char: "\u{1F1F3}\u{1F1EB}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      northern_mariana_islands: {
        keywords: ["northern", "mariana", "islands", "flag", "nation", "country", "banner"],
        char: "\u{1F1F2}\u{1F1F5}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      north_korea: {
        keywords: ["north", "korea", "nation", "flag", "country", "banner"],
        char: "\u{1F1F0}\u{1F1F5}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      norway: {
        keywords: ["no", "flag", "nation", "country", "banner"],
        char: "\u{1F1F3}\u{1F1F4}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      oman: {
        keywords: ["om_symbol", "flag", "nation", "country", "banner"],
        char: "\u{1F1F4}\u{1F1F2}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      pakistan: {
        keywords: ["pk", "flag", "nation", "country", "banner"],
        char: "\u{1F1F5}\u{1F1F0}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      palau: {
        keywords: ["pw", "flag", "nation", "country", "banner"],
        char: "\u{1F1F5}\u{1F1FC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      palestinian_territories: {
        keywords: ["palestine", "palestinian", "territories", "flag", "nation", "country", "banner"],
        char: "\u{1F1F5}\u{1F1F8}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      panama: {
        keywords: ["pa", "flag", "nation", "country", "banner"],
        char: "\u{1F1F5}\u{1F1E6}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      papua_new_guinea: {
        keywords: ["papua", "new", "guinea", "flag", "nation", "country", "banner"],
        char: "\u{1F1F5}\u{1F1EC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      paraguay: {
        keywords: ["py", "flag", "nation", "country", "banner"],
        char: "\u{1F1F5}\u{1F1FE}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      peru: {
        keywords: ["pe", "flag", "nation", "country", "banner"],
        char: "\u{1F1F5}\u{1F1EA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      philippines: {
        keywords: ["ph", "flag", "nation", "country", "banner"],
        char: "\u{1F1F5}\u{1F1ED}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      pitcairn_islands: {
        keywords: ["pitcairn", "flag", "nation", "country", "banner"],
        char: "\u{1F1F5}\u{1F1F3}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      poland: {
        keywords: ["pl", "flag", "nation", "country", "banner"],
        char: "\u{1F1F5}\u{1F1F1}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      portugal: {
        keywords: ["pt", "flag", "nation", "country", "banner"],
        char: "\u{1F1F5}\u{1F1F9}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      puerto_rico: {
        keywords: ["puerto", "rico", "flag", "nation", "country", "banner"],
        char: "\u{1F1F5}\u{1F1F7}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      qatar: {
        keywords: ["qa", "flag", "nation", "country", "banner"],
        char: "\u{1F1F6}\u{1F1E6}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      reunion: {
        keywords: ["r\xE9union", "flag", "nation", "country", "banner"],
        char: "\u{1F1F7}\u{1F1EA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      romania: {
        keywords: ["ro", "flag", "nation", "country", "banner"],
        char: "\u{1F1F7}\u{1F1F4}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      ru: {
        keywords: ["russian", "federation", "flag", "nation", "country", "banner"],
        char: "\u{1F1F7}\u{1F1FA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      rwanda: {
        keywords: ["rw", "flag", "nation", "country", "banner"],
        char: "\u{1F1F7}\u{1F1FC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      st_barthelemy: {
        keywords: ["saint", "barth\xE9lemy", "flag", "nation", "country", "banner"],
        char: "\u{1F1E7}\u{1F1F1}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      st_helena: {
        keywords: ["saint", "helena", "ascension", "tristan", "cunha", "flag", "nation", "country", "banner"],
        char: "\u{1F1F8}\u{1F1ED}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      st_kitts_nevis: {
        keywords: ["saint", "kitts", "nevis", "flag", "nation", "country", "banner"],
        char: "\u{1F1F0}\u{1F1F3}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      st_lucia: {
        keywords: ["saint", "lucia", "flag", "nation", "country", "banner"],
        char: "\u{1F1F1}\u{1F1E8}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      st_pierre_miquelon: {
        keywords: ["saint", "pierre", "miquelon", "flag", "nation", "country", "banner"],
        char: "\u{1F1F5}\u{1F1F2}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      st_vincent_grenadines: {
        keywords: ["saint", "vincent", "grenadines", "flag", "nation", "country", "banner"],
        char: "\u{1F1FB}\u{1F1E8}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      samoa: {
        keywords: ["ws", "flag", "nation", "country", "banner"],
        char: "\u{1F1FC}\u{1F1F8}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      san_marino: {
        keywords: ["san", "marino", "flag", "nation", "country", "banner"],
        char: "\u{1F1F8}\u{1F1F2}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      sao_tome_principe: {
        keywords: ["sao", "tome", "principe", "flag", "nation", "country", "banner"],
        char: "\u{1F1F8}\u{1F1F9}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      saudi_arabia: {
        keywords: ["flag", "nation", "country", "banner"],
        char: "\u{1F1F8}\u{1F1E6}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      senegal: {
        keywords: ["sn", "flag", "nation", "country", "banner"],
        char: "\u{1F1F8}\u{1F1F3}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      serbia: {
        keywords: ["rs", "flag", "nation", "country", "banner"],
        char: "\u{1F1F7}\u{1F1F8}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      seychelles: {
        keywords: ["sc", "flag", "nation", "country", "banner"],
        char: "\u{1F1F8}\u{1F1E8}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      sierra_leone: {
        keywords: ["sierra", "leone", "flag", "nation", "country", "banner"],
        char: "\u{1F1F8}\u{1F1F1}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      singapore: {
        keywords: ["sg", "flag", "nation", "country", "banner"],
        char: "\u{1F1F8}\u{1F1EC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      sint_maarten: {
        keywords: ["sint", "maarten", "dutch", "flag", "nation", "country", "banner"],
        char: "\u{1F1F8}\u{1F1FD}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      slovakia: {
        keywords: ["sk", "flag", "nation", "country", "banner"],
        char: "\u{1F1F8}\u{1F1F0}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      slovenia: {
        keywords: ["si", "flag", "nation", "country", "banner"],
        char: "\u{1F1F8}\u{1F1EE}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      solomon_islands: {
        keywords: ["solomon", "islands", "flag", "nation", "country", "banner"],
        char: "\u{1F1F8}\u{1F1E7}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      somalia: {
        keywords: ["so", "flag", "nation", "country", "banner"],
        char: "\u{1F1F8}\u{1F1F4}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      south_africa: {
        keywords: ["south", "africa", "flag", "nation", "country", "banner"],
        char: "\u{1F1FF}\u{1F1E6}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      south_georgia_south_sandwich_islands: {
        keywords: ["south", "georgia", "sandwich", "islands", "flag", "nation", "country", "banner"],
        char: "\u{1F1EC}\u{1F1F8}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      kr: {
        keywords: ["south", "korea", "nation", "flag", "country", "banner"],
        char: "\u{1F1F0}\u{1F1F7}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      south_sudan: {
        keywords: ["south", "sd", "flag", "nation", "country", "banner"],
        char: "\u{1F1F8}\u{1F1F8}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      es: {
        keywords: ["spain", "flag", "nation", "country", "banner"],
        char: "\u{1F1EA}\u{1F1F8}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      sri_lanka: {
        keywords: ["sri", "lanka", "flag", "nation", "country", "banner"],
        char: "\u{1F1F1}\u{1F1F0}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      sudan: {
        keywords: ["sd", "flag", "nation", "country", "banner"],
        char: "\u{1F1F8}\u{1F1E9}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      suriname: {
        keywords: ["sr", "flag", "nation", "country", "banner"],
        char: "\u{1F1F8}\u{1F1F7}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      swaziland: {
        keywords: ["sz", "flag", "nation", "country", "banner"],
        char: "\u{1F1F8}\u{1F1FF}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      sweden: {
        keywords: ["se", "flag", "nation", "country", "banner"],
        char: "\u{1F1F8}\u{1F1EA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      switzerland: {
        keywords: ["ch", "flag", "nation", "country", "banner"],
        char: "\u{1F1E8}\u{1F1ED}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      syria: {
        keywords: ["syrian", "arab", "republic", "flag", "nation", "country", "banner"],
        char: "\u{1F1F8}\u{1F1FE}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      taiwan: {
        keywords: ["tw", "flag", "nation", "country", "banner"],
        char: "\u{1F1F9}\u{1F1FC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      tajikistan: {
        keywords: ["tj", "flag", "nation", "country", "banner"],
        char: "\u{1F1F9}\u{1F1EF}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      tanzania: {
        keywords: ["tanzania,", "united", "republic", "flag", "nation", "country", "banner"],
        char: "\u{1F1F9}\u{1F1FF}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      thailand: {
        keywords: ["th", "flag", "nation", "country", "banner"],
        char: "\u{1F1F9}\u{1F1ED}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      timor_leste: {
        keywords: ["timor", "leste", "flag", "nation", "country", "banner"],
        char: "\u{1F1F9}\u{1F1F1}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      togo: {
        keywords: ["tg", "flag", "nation", "country", "banner"],
        char: "\u{1F1F9}\u{1F1EC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      tokelau: {
        keywords: ["tk", "flag", "nation", "country", "banner"],
        char: "\u{1F1F9}\u{1F1F0}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      tonga: {
        keywords: ["to", "flag", "nation", "country", "banner"],
        char: "\u{1F1F9}\u{1F1F4}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      trinidad_tobago: {
        keywords: ["trinidad", "tobago", "flag", "nation", "country", "banner"],
        char: "\u{1F1F9}\u{1F1F9}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      tunisia: {
        keywords: ["tn", "flag", "nation", "country", "banner"],
        char: "\u{1F1F9}\u{1F1F3}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      tr: {
        keywords: ["turkey", "flag", "nation", "country", "banner"],
        char: "\u{1F1F9}\u{1F1F7}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      turkmenistan: {
        keywords: ["flag", "nation", "country", "banner"],
        char: "\u{1F1F9}\u{1F1F2}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      turks_caicos_islands: {
        keywords: ["turks", "caicos", "islands", "flag", "nation", "country", "banner"],
        char: "\u{1F1F9}\u{1F1E8}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      tuvalu: {
        keywords: ["flag", "nation", "country", "banner"],
        char: "\u{1F1F9}\u{1F1FB}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      uganda: {
        keywords: ["ug", "flag", "nation", "country", "banner"],
        char: "\u{1F1FA}\u{1F1EC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      ukraine: {
        keywords: ["ua", "flag", "nation", "country", "banner"],
        char: "\u{1F1FA}\u{1F1E6}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      united_arab_emirates: {
        keywords: ["united", "arab", "emirates", "flag", "nation", "country", "banner"],
        char: "\u{1F1E6}\u{1F1EA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      uk: {
        keywords: ["united", "kingdom", "great", "britain", "northern", "ireland", "flag", "nation", "country", "banner", "british", "UK", "english", "england", "union jack"],
        char: "\u{1F1EC}\u{1F1E7}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      england: {
        keywords: ["flag", "english"],
        char: "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      scotland: {
        keywords: ["flag", "scottish"],
        char: "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      wales: {
        keywords: ["flag", "welsh"],
        char: "\u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      us: {
        keywords: ["united", "states", "america", "flag", "nation", "country", "banner"],
        char: "\u{1F1FA}\u{1F1F8}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      us_virgin_islands: {
        keywords: ["virgin", "islands", "us", "flag", "nation", "country", "banner"],
        char: "\u{1F1FB}\u{1F1EE}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      uruguay: {
        keywords: ["uy", "flag", "nation", "country", "banner"],
        char: "\u{1F1FA}\u{1F1FE}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      uzbekistan: {
        keywords: ["uz", "flag", "nation", "country", "banner"],
        char: "\u{1F1FA}\u{1F1FF}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      vanuatu: {
        keywords: ["vu", "flag", "nation", "country", "banner"],
        char: "\u{1F1FB}\u{1F1FA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      vatican_city: {
        keywords: ["vatican", "city", "flag", "nation", "country", "banner"],
        char: "\u{1F1FB}\u{1F1E6}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      venezuela: {
        keywords: ["ve", "bolivarian", "republic", "flag", "nation", "country", "banner"],
        char: "\u{1F1FB}\u{1F1EA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      vietnam: {
        keywords: ["viet", "nam", "flag", "nation", "country", "banner"],
        char: "\u{1F1FB}\u{1F1F3}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      wallis_futuna: {
        keywords: ["wallis", "futuna", "flag", "nation", "country", "banner"],
        char: "\u{1F1FC}\u{1F1EB}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      western_sahara: {
        keywords: ["western", "sahara", "flag", "nation", "country", "banner"],
        char: "\u{1F1EA}\u{1F1ED}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      yemen: {
        keywords: ["ye", "flag", "nation", "country", "banner"],
        char: "\u{1F1FE}\u{1F1EA}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      zambia: {
        keywords: ["zm", "flag", "nation", "country", "banner"],
        char: "\u{1F1FF}\u{1F1F2}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      zimbabwe: {
        keywords: ["zw", "flag", "nation", "country", "banner"],
        char: "\u{1F1FF}\u{1F1FC}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      united_nations: {
        keywords: ["un", "flag", "banner"],
        char: "\u{1F1FA}\u{1F1F3}",
        fitzpatrick_scale: false,
        category: "flags"
      },
      pirate_flag: {
        keywords: ["skull", "crossbones", "flag", "banner"],
        char: "\u{1F3F4}\u200D\u2620\uFE0F",
        fitzpatrick_scale: false,
        category: "flags"
      }
    };
  }
});

// node_modules/emojilib/ordered.json
var require_ordered = __commonJS({
  "node_modules/emojilib/ordered.json"(exports, module) {
    module.exports = [
      "grinning",
      "smiley",
      "smile",
      "grin",
      "laughing",
      "sweat_smile",
      "joy",
      "rofl",
      "relaxed",
      "blush",
      "innocent",
      "slightly_smiling_face",
      "upside_down_face",
      "wink",
      "relieved",
      "heart_eyes",
      "smiling_face_with_three_hearts",
      "kissing_heart",
      "kissing",
      "kissing_smiling_eyes",
      "kissing_closed_eyes",
      "yum",
      "stuck_out_tongue",
      "stuck_out_tongue_closed_eyes",
      "stuck_out_tongue_winking_eye",
      "zany",
      "raised_eyebrow",
      "monocle",
      "nerd_face",
      "sunglasses",
      "star_struck",
      "partying",
      "smirk",
      "unamused",
      "disappointed",
      "pensive",
      "worried",
      "confused",
      "slightly_frowning_face",
      "frowning_face",
      "persevere",
      "confounded",
      "tired_face",
      "weary",
      "pleading",
      "cry",
      "sob",
      "triumph",
      "angry",
      "rage",
      "symbols_over_mouth",
      "exploding_head",
      "flushed",
      "hot",
      "cold",
      "scream",
      "fearful",
      "cold_sweat",
      "disappointed_relieved",
      "sweat",
      "hugs",
      "thinking",
      "hand_over_mouth",
      "shushing",
      "lying_face",
      "no_mouth",
      "neutral_face",
      "expressionless",
      "grimacing",
      "roll_eyes",
      "hushed",
      "frowning",
      "anguished",
      "open_mouth",
      "astonished",
      "sleeping",
      "drooling_face",
      "sleepy",
      "dizzy_face",
      "zipper_mouth_face",
      "woozy",
      "nauseated_face",
      "vomiting",
      "sneezing_face",
      "mask",
      "face_with_thermometer",
      "face_with_head_bandage",
      "money_mouth_face",
      "cowboy_hat_face",
      "smiling_imp",
      "imp",
      "japanese_ogre",
      "japanese_goblin",
      "clown_face",
      "poop",
      "ghost",
      "skull",
      "skull_and_crossbones",
      "alien",
      "space_invader",
      "robot",
      "jack_o_lantern",
      "smiley_cat",
      "smile_cat",
      "joy_cat",
      "heart_eyes_cat",
      "smirk_cat",
      "kissing_cat",
      "scream_cat",
      "crying_cat_face",
      "pouting_cat",
      "palms_up",
      "open_hands",
      "raised_hands",
      "clap",
      "handshake",
      "+1",
      "-1",
      "facepunch",
      "fist",
      "fist_left",
      "fist_right",
      "crossed_fingers",
      "v",
      "love_you",
      "metal",
      "ok_hand",
      "point_left",
      "point_right",
      "point_up",
      "point_down",
      "point_up_2",
      "raised_hand",
      "raised_back_of_hand",
      "raised_hand_with_fingers_splayed",
      "vulcan_salute",
      "wave",
      "call_me_hand",
      "muscle",
      "fu",
      "writing_hand",
      "pray",
      "foot",
      "leg",
      "ring",
      "lipstick",
      "kiss",
      "lips",
      "tooth",
      "tongue",
      "ear",
      "nose",
      "footprints",
      "eye",
      "eyes",
      "brain",
      "speaking_head",
      "bust_in_silhouette",
      "busts_in_silhouette",
      "baby",
      "girl",
      "child",
      "boy",
      "woman",
      "adult",
      "man",
      "blonde_woman",
      "blonde_man",
      "bearded_person",
      "older_woman",
      "older_adult",
      "older_man",
      "man_with_gua_pi_mao",
      "woman_with_headscarf",
      "woman_with_turban",
      "man_with_turban",
      "policewoman",
      "policeman",
      "construction_worker_woman",
      "construction_worker_man",
      "guardswoman",
      "guardsman",
      "female_detective",
      "male_detective",
      "woman_health_worker",
      "man_health_worker",
      "woman_farmer",
      "man_farmer",
      "woman_cook",
      "man_cook",
      "woman_student",
      "man_student",
      "woman_singer",
      "man_singer",
      "woman_teacher",
      "man_teacher",
      "woman_factory_worker",
      "man_factory_worker",
      "woman_technologist",
      "man_technologist",
      "woman_office_worker",
      "man_office_worker",
      "woman_mechanic",
      "man_mechanic",
      "woman_scientist",
      "man_scientist",
      "woman_artist",
      "man_artist",
      "woman_firefighter",
      "man_firefighter",
      "woman_pilot",
      "man_pilot",
      "woman_astronaut",
      "man_astronaut",
      "woman_judge",
      "man_judge",
      "bride_with_veil",
      "man_in_tuxedo",
      "princess",
      "prince",
      "woman_superhero",
      "man_superhero",
      "woman_supervillain",
      "man_supervillain",
      "mrs_claus",
      "santa",
      "sorceress",
      "wizard",
      "woman_elf",
      "man_elf",
      "woman_vampire",
      "man_vampire",
      "woman_zombie",
      "man_zombie",
      "woman_genie",
      "man_genie",
      "mermaid",
      "merman",
      "woman_fairy",
      "man_fairy",
      "angel",
      "pregnant_woman",
      "breastfeeding",
      "bowing_woman",
      "bowing_man",
      "tipping_hand_woman",
      "tipping_hand_man",
      "no_good_woman",
      "no_good_man",
      "ok_woman",
      "ok_man",
      "raising_hand_woman",
      "raising_hand_man",
      "woman_facepalming",
      "man_facepalming",
      "woman_shrugging",
      "man_shrugging",
      "pouting_woman",
      "pouting_man",
      "frowning_woman",
      "frowning_man",
      "haircut_woman",
      "haircut_man",
      "massage_woman",
      "massage_man",
      "woman_in_steamy_room",
      "man_in_steamy_room",
      "nail_care",
      "selfie",
      "dancer",
      "man_dancing",
      "dancing_women",
      "dancing_men",
      "business_suit_levitating",
      "walking_woman",
      "walking_man",
      "running_woman",
      "running_man",
      "couple",
      "two_women_holding_hands",
      "two_men_holding_hands",
      "couple_with_heart_woman_man",
      "couple_with_heart_woman_woman",
      "couple_with_heart_man_man",
      "couplekiss_man_woman",
      "couplekiss_woman_woman",
      "couplekiss_man_man",
      "family_man_woman_boy",
      "family_man_woman_girl",
      "family_man_woman_girl_boy",
      "family_man_woman_boy_boy",
      "family_man_woman_girl_girl",
      "family_woman_woman_boy",
      "family_woman_woman_girl",
      "family_woman_woman_girl_boy",
      "family_woman_woman_boy_boy",
      "family_woman_woman_girl_girl",
      "family_man_man_boy",
      "family_man_man_girl",
      "family_man_man_girl_boy",
      "family_man_man_boy_boy",
      "family_man_man_girl_girl",
      "family_woman_boy",
      "family_woman_girl",
      "family_woman_girl_boy",
      "family_woman_boy_boy",
      "family_woman_girl_girl",
      "family_man_boy",
      "family_man_girl",
      "family_man_girl_boy",
      "family_man_boy_boy",
      "family_man_girl_girl",
      "yarn",
      "thread",
      "coat",
      "labcoat",
      "womans_clothes",
      "tshirt",
      "jeans",
      "necktie",
      "dress",
      "bikini",
      "kimono",
      "flat_shoe",
      "high_heel",
      "sandal",
      "boot",
      "mans_shoe",
      "athletic_shoe",
      "hiking_boot",
      "socks",
      "gloves",
      "scarf",
      "tophat",
      "billed_hat",
      "womans_hat",
      "mortar_board",
      "rescue_worker_helmet",
      "crown",
      "pouch",
      "purse",
      "handbag",
      "briefcase",
      "school_satchel",
      "luggage",
      "eyeglasses",
      "dark_sunglasses",
      "goggles",
      "closed_umbrella",
      "dog",
      "cat",
      "mouse",
      "hamster",
      "rabbit",
      "fox_face",
      "bear",
      "panda_face",
      "koala",
      "tiger",
      "lion",
      "cow",
      "pig",
      "pig_nose",
      "frog",
      "monkey_face",
      "see_no_evil",
      "hear_no_evil",
      "speak_no_evil",
      "monkey",
      "chicken",
      "penguin",
      "bird",
      "baby_chick",
      "hatching_chick",
      "hatched_chick",
      "duck",
      "eagle",
      "owl",
      "bat",
      "wolf",
      "boar",
      "horse",
      "unicorn",
      "honeybee",
      "bug",
      "butterfly",
      "snail",
      "shell",
      "beetle",
      "ant",
      "mosquito",
      "grasshopper",
      "spider",
      "spider_web",
      "scorpion",
      "turtle",
      "snake",
      "lizard",
      "t-rex",
      "sauropod",
      "octopus",
      "squid",
      "shrimp",
      "lobster",
      "crab",
      "blowfish",
      "tropical_fish",
      "fish",
      "dolphin",
      "whale",
      "whale2",
      "shark",
      "crocodile",
      "tiger2",
      "leopard",
      "zebra",
      "gorilla",
      "elephant",
      "hippopotamus",
      "rhinoceros",
      "dromedary_camel",
      "giraffe",
      "kangaroo",
      "camel",
      "water_buffalo",
      "ox",
      "cow2",
      "racehorse",
      "pig2",
      "ram",
      "sheep",
      "llama",
      "goat",
      "deer",
      "dog2",
      "poodle",
      "cat2",
      "rooster",
      "turkey",
      "peacock",
      "parrot",
      "swan",
      "dove",
      "rabbit2",
      "raccoon",
      "badger",
      "rat",
      "mouse2",
      "chipmunk",
      "hedgehog",
      "paw_prints",
      "dragon",
      "dragon_face",
      "cactus",
      "christmas_tree",
      "evergreen_tree",
      "deciduous_tree",
      "palm_tree",
      "seedling",
      "herb",
      "shamrock",
      "four_leaf_clover",
      "bamboo",
      "tanabata_tree",
      "leaves",
      "fallen_leaf",
      "maple_leaf",
      "ear_of_rice",
      "hibiscus",
      "sunflower",
      "rose",
      "wilted_flower",
      "tulip",
      "blossom",
      "cherry_blossom",
      "bouquet",
      "mushroom",
      "earth_americas",
      "earth_africa",
      "earth_asia",
      "full_moon",
      "waning_gibbous_moon",
      "last_quarter_moon",
      "waning_crescent_moon",
      "new_moon",
      "waxing_crescent_moon",
      "first_quarter_moon",
      "waxing_gibbous_moon",
      "new_moon_with_face",
      "full_moon_with_face",
      "first_quarter_moon_with_face",
      "last_quarter_moon_with_face",
      "sun_with_face",
      "crescent_moon",
      "star",
      "star2",
      "dizzy",
      "sparkles",
      "comet",
      "sunny",
      "sun_behind_small_cloud",
      "partly_sunny",
      "sun_behind_large_cloud",
      "sun_behind_rain_cloud",
      "cloud",
      "cloud_with_rain",
      "cloud_with_lightning_and_rain",
      "cloud_with_lightning",
      "zap",
      "fire",
      "boom",
      "snowflake",
      "cloud_with_snow",
      "snowman",
      "snowman_with_snow",
      "wind_face",
      "dash",
      "tornado",
      "fog",
      "open_umbrella",
      "umbrella",
      "droplet",
      "sweat_drops",
      "ocean",
      "green_apple",
      "apple",
      "pear",
      "tangerine",
      "lemon",
      "banana",
      "watermelon",
      "grapes",
      "strawberry",
      "melon",
      "cherries",
      "peach",
      "mango",
      "pineapple",
      "coconut",
      "kiwi_fruit",
      "tomato",
      "eggplant",
      "avocado",
      "broccoli",
      "leafy_greens",
      "cucumber",
      "hot_pepper",
      "corn",
      "carrot",
      "potato",
      "sweet_potato",
      "croissant",
      "bagel",
      "bread",
      "baguette_bread",
      "pretzel",
      "cheese",
      "egg",
      "fried_egg",
      "pancakes",
      "bacon",
      "steak",
      "poultry_leg",
      "meat_on_bone",
      "bone",
      "hotdog",
      "hamburger",
      "fries",
      "pizza",
      "sandwich",
      "stuffed_flatbread",
      "taco",
      "burrito",
      "green_salad",
      "shallow_pan_of_food",
      "canned_food",
      "spaghetti",
      "ramen",
      "stew",
      "curry",
      "sushi",
      "bento",
      "fried_shrimp",
      "rice_ball",
      "rice",
      "rice_cracker",
      "fish_cake",
      "fortune_cookie",
      "moon_cake",
      "oden",
      "dango",
      "shaved_ice",
      "ice_cream",
      "icecream",
      "pie",
      "cupcake",
      "cake",
      "birthday",
      "custard",
      "lollipop",
      "candy",
      "chocolate_bar",
      "popcorn",
      "doughnut",
      "dumpling",
      "cookie",
      "chestnut",
      "peanuts",
      "honey_pot",
      "milk_glass",
      "baby_bottle",
      "coffee",
      "tea",
      "cup_with_straw",
      "sake",
      "beer",
      "beers",
      "clinking_glasses",
      "wine_glass",
      "tumbler_glass",
      "cocktail",
      "tropical_drink",
      "champagne",
      "spoon",
      "fork_and_knife",
      "plate_with_cutlery",
      "bowl_with_spoon",
      "takeout_box",
      "chopsticks",
      "salt",
      "soccer",
      "basketball",
      "football",
      "baseball",
      "softball",
      "tennis",
      "volleyball",
      "rugby_football",
      "flying_disc",
      "8ball",
      "golf",
      "golfing_woman",
      "golfing_man",
      "ping_pong",
      "badminton",
      "goal_net",
      "ice_hockey",
      "field_hockey",
      "lacrosse",
      "cricket",
      "ski",
      "skier",
      "snowboarder",
      "person_fencing",
      "women_wrestling",
      "men_wrestling",
      "woman_cartwheeling",
      "man_cartwheeling",
      "woman_playing_handball",
      "man_playing_handball",
      "ice_skate",
      "curling_stone",
      "skateboard",
      "sled",
      "bow_and_arrow",
      "fishing_pole_and_fish",
      "boxing_glove",
      "martial_arts_uniform",
      "rowing_woman",
      "rowing_man",
      "climbing_woman",
      "climbing_man",
      "swimming_woman",
      "swimming_man",
      "woman_playing_water_polo",
      "man_playing_water_polo",
      "woman_in_lotus_position",
      "man_in_lotus_position",
      "surfing_woman",
      "surfing_man",
      "basketball_woman",
      "basketball_man",
      "weight_lifting_woman",
      "weight_lifting_man",
      "biking_woman",
      "biking_man",
      "mountain_biking_woman",
      "mountain_biking_man",
      "horse_racing",
      "trophy",
      "running_shirt_with_sash",
      "medal_sports",
      "medal_military",
      "1st_place_medal",
      "2nd_place_medal",
      "3rd_place_medal",
      "reminder_ribbon",
      "rosette",
      "ticket",
      "tickets",
      "performing_arts",
      "art",
      "circus_tent",
      "woman_juggling",
      "man_juggling",
      "microphone",
      "headphones",
      "musical_score",
      "musical_keyboard",
      "drum",
      "saxophone",
      "trumpet",
      "guitar",
      "violin",
      "clapper",
      "video_game",
      "dart",
      "game_die",
      "chess_pawn",
      "slot_machine",
      "jigsaw",
      "bowling",
      "red_car",
      "taxi",
      "blue_car",
      "bus",
      "trolleybus",
      "racing_car",
      "police_car",
      "ambulance",
      "fire_engine",
      "minibus",
      "truck",
      "articulated_lorry",
      "tractor",
      "kick_scooter",
      "motorcycle",
      "bike",
      "motor_scooter",
      "rotating_light",
      "oncoming_police_car",
      "oncoming_bus",
      "oncoming_automobile",
      "oncoming_taxi",
      "aerial_tramway",
      "mountain_cableway",
      "suspension_railway",
      "railway_car",
      "train",
      "monorail",
      "bullettrain_side",
      "bullettrain_front",
      "light_rail",
      "mountain_railway",
      "steam_locomotive",
      "train2",
      "metro",
      "tram",
      "station",
      "flying_saucer",
      "helicopter",
      "small_airplane",
      "airplane",
      "flight_departure",
      "flight_arrival",
      "sailboat",
      "motor_boat",
      "speedboat",
      "ferry",
      "passenger_ship",
      "rocket",
      "artificial_satellite",
      "seat",
      "canoe",
      "anchor",
      "construction",
      "fuelpump",
      "busstop",
      "vertical_traffic_light",
      "traffic_light",
      "ship",
      "ferris_wheel",
      "roller_coaster",
      "carousel_horse",
      "building_construction",
      "foggy",
      "tokyo_tower",
      "factory",
      "fountain",
      "rice_scene",
      "mountain",
      "mountain_snow",
      "mount_fuji",
      "volcano",
      "japan",
      "camping",
      "tent",
      "national_park",
      "motorway",
      "railway_track",
      "sunrise",
      "sunrise_over_mountains",
      "desert",
      "beach_umbrella",
      "desert_island",
      "city_sunrise",
      "city_sunset",
      "cityscape",
      "night_with_stars",
      "bridge_at_night",
      "milky_way",
      "stars",
      "sparkler",
      "fireworks",
      "rainbow",
      "houses",
      "european_castle",
      "japanese_castle",
      "stadium",
      "statue_of_liberty",
      "house",
      "house_with_garden",
      "derelict_house",
      "office",
      "department_store",
      "post_office",
      "european_post_office",
      "hospital",
      "bank",
      "hotel",
      "convenience_store",
      "school",
      "love_hotel",
      "wedding",
      "classical_building",
      "church",
      "mosque",
      "synagogue",
      "kaaba",
      "shinto_shrine",
      "watch",
      "iphone",
      "calling",
      "computer",
      "keyboard",
      "desktop_computer",
      "printer",
      "computer_mouse",
      "trackball",
      "joystick",
      "clamp",
      "minidisc",
      "floppy_disk",
      "cd",
      "dvd",
      "vhs",
      "camera",
      "camera_flash",
      "video_camera",
      "movie_camera",
      "film_projector",
      "film_strip",
      "telephone_receiver",
      "phone",
      "pager",
      "fax",
      "tv",
      "radio",
      "studio_microphone",
      "level_slider",
      "control_knobs",
      "compass",
      "stopwatch",
      "timer_clock",
      "alarm_clock",
      "mantelpiece_clock",
      "hourglass_flowing_sand",
      "hourglass",
      "satellite",
      "battery",
      "electric_plug",
      "bulb",
      "flashlight",
      "candle",
      "fire_extinguisher",
      "wastebasket",
      "oil_drum",
      "money_with_wings",
      "dollar",
      "yen",
      "euro",
      "pound",
      "moneybag",
      "credit_card",
      "gem",
      "balance_scale",
      "toolbox",
      "wrench",
      "hammer",
      "hammer_and_pick",
      "hammer_and_wrench",
      "pick",
      "nut_and_bolt",
      "gear",
      "brick",
      "chains",
      "magnet",
      "gun",
      "bomb",
      "firecracker",
      "hocho",
      "dagger",
      "crossed_swords",
      "shield",
      "smoking",
      "coffin",
      "funeral_urn",
      "amphora",
      "crystal_ball",
      "prayer_beads",
      "nazar_amulet",
      "barber",
      "alembic",
      "telescope",
      "microscope",
      "hole",
      "pill",
      "syringe",
      "dna",
      "microbe",
      "petri_dish",
      "test_tube",
      "thermometer",
      "broom",
      "basket",
      "toilet_paper",
      "label",
      "bookmark",
      "toilet",
      "shower",
      "bathtub",
      "bath",
      "soap",
      "sponge",
      "lotion_bottle",
      "key",
      "old_key",
      "couch_and_lamp",
      "sleeping_bed",
      "bed",
      "door",
      "bellhop_bell",
      "teddy_bear",
      "framed_picture",
      "world_map",
      "parasol_on_ground",
      "moyai",
      "shopping",
      "shopping_cart",
      "balloon",
      "flags",
      "ribbon",
      "gift",
      "confetti_ball",
      "tada",
      "dolls",
      "wind_chime",
      "crossed_flags",
      "izakaya_lantern",
      "red_envelope",
      "email",
      "envelope_with_arrow",
      "incoming_envelope",
      "e-mail",
      "love_letter",
      "postbox",
      "mailbox_closed",
      "mailbox",
      "mailbox_with_mail",
      "mailbox_with_no_mail",
      "package",
      "postal_horn",
      "inbox_tray",
      "outbox_tray",
      "scroll",
      "page_with_curl",
      "bookmark_tabs",
      "receipt",
      "bar_chart",
      "chart_with_upwards_trend",
      "chart_with_downwards_trend",
      "page_facing_up",
      "date",
      "calendar",
      "spiral_calendar",
      "card_index",
      "card_file_box",
      "ballot_box",
      "file_cabinet",
      "clipboard",
      "spiral_notepad",
      "file_folder",
      "open_file_folder",
      "card_index_dividers",
      "newspaper_roll",
      "newspaper",
      "notebook",
      "closed_book",
      "green_book",
      "blue_book",
      "orange_book",
      "notebook_with_decorative_cover",
      "ledger",
      "books",
      "open_book",
      "safety_pin",
      "link",
      "paperclip",
      "paperclips",
      "scissors",
      "triangular_ruler",
      "straight_ruler",
      "abacus",
      "pushpin",
      "round_pushpin",
      "closed_lock_with_key",
      "lock",
      "unlock",
      "lock_with_ink_pen",
      "pen",
      "fountain_pen",
      "black_nib",
      "memo",
      "pencil2",
      "crayon",
      "paintbrush",
      "mag",
      "mag_right",
      "heart",
      "orange_heart",
      "yellow_heart",
      "green_heart",
      "blue_heart",
      "purple_heart",
      "black_heart",
      "broken_heart",
      "heavy_heart_exclamation",
      "two_hearts",
      "revolving_hearts",
      "heartbeat",
      "heartpulse",
      "sparkling_heart",
      "cupid",
      "gift_heart",
      "heart_decoration",
      "peace_symbol",
      "latin_cross",
      "star_and_crescent",
      "om",
      "wheel_of_dharma",
      "star_of_david",
      "six_pointed_star",
      "menorah",
      "yin_yang",
      "orthodox_cross",
      "place_of_worship",
      "ophiuchus",
      "aries",
      "taurus",
      "gemini",
      "cancer",
      "leo",
      "virgo",
      "libra",
      "scorpius",
      "sagittarius",
      "capricorn",
      "aquarius",
      "pisces",
      "id",
      "atom_symbol",
      "u7a7a",
      "u5272",
      "radioactive",
      "biohazard",
      "mobile_phone_off",
      "vibration_mode",
      "u6709",
      "u7121",
      "u7533",
      "u55b6",
      "u6708",
      "eight_pointed_black_star",
      "vs",
      "accept",
      "white_flower",
      "ideograph_advantage",
      "secret",
      "congratulations",
      "u5408",
      "u6e80",
      "u7981",
      "a",
      "b",
      "ab",
      "cl",
      "o2",
      "sos",
      "no_entry",
      "name_badge",
      "no_entry_sign",
      "x",
      "o",
      "stop_sign",
      "anger",
      "hotsprings",
      "no_pedestrians",
      "do_not_litter",
      "no_bicycles",
      "non-potable_water",
      "underage",
      "no_mobile_phones",
      "exclamation",
      "grey_exclamation",
      "question",
      "grey_question",
      "bangbang",
      "interrobang",
      "100",
      "low_brightness",
      "high_brightness",
      "trident",
      "fleur_de_lis",
      "part_alternation_mark",
      "warning",
      "children_crossing",
      "beginner",
      "recycle",
      "u6307",
      "chart",
      "sparkle",
      "eight_spoked_asterisk",
      "negative_squared_cross_mark",
      "white_check_mark",
      "diamond_shape_with_a_dot_inside",
      "cyclone",
      "loop",
      "globe_with_meridians",
      "m",
      "atm",
      "zzz",
      "sa",
      "passport_control",
      "customs",
      "baggage_claim",
      "left_luggage",
      "wheelchair",
      "no_smoking",
      "wc",
      "parking",
      "potable_water",
      "mens",
      "womens",
      "baby_symbol",
      "restroom",
      "put_litter_in_its_place",
      "cinema",
      "signal_strength",
      "koko",
      "ng",
      "ok",
      "up",
      "cool",
      "new",
      "free",
      "zero",
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "keycap_ten",
      "asterisk",
      "1234",
      "eject_button",
      "arrow_forward",
      "pause_button",
      "next_track_button",
      "stop_button",
      "record_button",
      "play_or_pause_button",
      "previous_track_button",
      "fast_forward",
      "rewind",
      "twisted_rightwards_arrows",
      "repeat",
      "repeat_one",
      "arrow_backward",
      "arrow_up_small",
      "arrow_down_small",
      "arrow_double_up",
      "arrow_double_down",
      "arrow_right",
      "arrow_left",
      "arrow_up",
      "arrow_down",
      "arrow_upper_right",
      "arrow_lower_right",
      "arrow_lower_left",
      "arrow_upper_left",
      "arrow_up_down",
      "left_right_arrow",
      "arrows_counterclockwise",
      "arrow_right_hook",
      "leftwards_arrow_with_hook",
      "arrow_heading_up",
      "arrow_heading_down",
      "hash",
      "information_source",
      "abc",
      "abcd",
      "capital_abcd",
      "symbols",
      "musical_note",
      "notes",
      "wavy_dash",
      "curly_loop",
      "heavy_check_mark",
      "arrows_clockwise",
      "heavy_plus_sign",
      "heavy_minus_sign",
      "heavy_division_sign",
      "heavy_multiplication_x",
      "infinity",
      "heavy_dollar_sign",
      "currency_exchange",
      "copyright",
      "registered",
      "tm",
      "end",
      "back",
      "on",
      "top",
      "soon",
      "ballot_box_with_check",
      "radio_button",
      "white_circle",
      "black_circle",
      "red_circle",
      "large_blue_circle",
      "small_orange_diamond",
      "small_blue_diamond",
      "large_orange_diamond",
      "large_blue_diamond",
      "small_red_triangle",
      "black_small_square",
      "white_small_square",
      "black_large_square",
      "white_large_square",
      "small_red_triangle_down",
      "black_medium_square",
      "white_medium_square",
      "black_medium_small_square",
      "white_medium_small_square",
      "black_square_button",
      "white_square_button",
      "speaker",
      "sound",
      "loud_sound",
      "mute",
      "mega",
      "loudspeaker",
      "bell",
      "no_bell",
      "black_joker",
      "mahjong",
      "spades",
      "clubs",
      "hearts",
      "diamonds",
      "flower_playing_cards",
      "thought_balloon",
      "right_anger_bubble",
      "speech_balloon",
      "left_speech_bubble",
      "clock1",
      "clock2",
      "clock3",
      "clock4",
      "clock5",
      "clock6",
      "clock7",
      "clock8",
      "clock9",
      "clock10",
      "clock11",
      "clock12",
      "clock130",
      "clock230",
      "clock330",
      "clock430",
      "clock530",
      "clock630",
      "clock730",
      "clock830",
      "clock930",
      "clock1030",
      "clock1130",
      "clock1230",
      "white_flag",
      "black_flag",
      "pirate_flag",
      "checkered_flag",
      "triangular_flag_on_post",
      "rainbow_flag",
      "united_nations",
      "afghanistan",
      "aland_islands",
      "albania",
      "algeria",
      "american_samoa",
      "andorra",
      "angola",
      "anguilla",
      "antarctica",
      "antigua_barbuda",
      "argentina",
      "armenia",
      "aruba",
      "australia",
      "austria",
      "azerbaijan",
      "bahamas",
      "bahrain",
      "bangladesh",
      "barbados",
      "belarus",
      "belgium",
      "belize",
      "benin",
      "bermuda",
      "bhutan",
      "bolivia",
      "caribbean_netherlands",
      "bosnia_herzegovina",
      "botswana",
      "brazil",
      "british_indian_ocean_territory",
      "british_virgin_islands",
      "brunei",
      "bulgaria",
      "burkina_faso",
      "burundi",
      "cape_verde",
      "cambodia",
      "cameroon",
      "canada",
      "canary_islands",
      "cayman_islands",
      "central_african_republic",
      "chad",
      "chile",
      "cn",
      "christmas_island",
      "cocos_islands",
      "colombia",
      "comoros",
      "congo_brazzaville",
      "congo_kinshasa",
      "cook_islands",
      "costa_rica",
      "croatia",
      "cuba",
      "curacao",
      "cyprus",
      "czech_republic",
      "denmark",
      "djibouti",
      "dominica",
      "dominican_republic",
      "ecuador",
      "egypt",
      "el_salvador",
      "equatorial_guinea",
      "eritrea",
      "estonia",
      "ethiopia",
      "eu",
      "falkland_islands",
      "faroe_islands",
      "fiji",
      "finland",
      "fr",
      "french_guiana",
      "french_polynesia",
      "french_southern_territories",
      "gabon",
      "gambia",
      "georgia",
      "de",
      "ghana",
      "gibraltar",
      "greece",
      "greenland",
      "grenada",
      "guadeloupe",
      "guam",
      "guatemala",
      "guernsey",
      "guinea",
      "guinea_bissau",
      "guyana",
      "haiti",
      "honduras",
      "hong_kong",
      "hungary",
      "iceland",
      "india",
      "indonesia",
      "iran",
      "iraq",
      "ireland",
      "isle_of_man",
      "israel",
      "it",
      "cote_divoire",
      "jamaica",
      "jp",
      "jersey",
      "jordan",
      "kazakhstan",
      "kenya",
      "kiribati",
      "kosovo",
      "kuwait",
      "kyrgyzstan",
      "laos",
      "latvia",
      "lebanon",
      "lesotho",
      "liberia",
      "libya",
      "liechtenstein",
      "lithuania",
      "luxembourg",
      "macau",
      "macedonia",
      "madagascar",
      "malawi",
      "malaysia",
      "maldives",
      "mali",
      "malta",
      "marshall_islands",
      "martinique",
      "mauritania",
      "mauritius",
      "mayotte",
      "mexico",
      "micronesia",
      "moldova",
      "monaco",
      "mongolia",
      "montenegro",
      "montserrat",
      "morocco",
      "mozambique",
      "myanmar",
      "namibia",
      "nauru",
      "nepal",
      "netherlands",
      "new_caledonia",
      "new_zealand",
      "nicaragua",
      "niger",
      "nigeria",
      "niue",
      "norfolk_island",
      "northern_mariana_islands",
      "north_korea",
      "norway",
      "oman",
      "pakistan",
      "palau",
      "palestinian_territories",
      "panama",
      "papua_new_guinea",
      "paraguay",
      "peru",
      "philippines",
      "pitcairn_islands",
      "poland",
      "portugal",
      "puerto_rico",
      "qatar",
      "reunion",
      "romania",
      "ru",
      "rwanda",
      "st_barthelemy",
      "st_helena",
      "st_kitts_nevis",
      "st_lucia",
      "st_pierre_miquelon",
      "st_vincent_grenadines",
      "samoa",
      "san_marino",
      "sao_tome_principe",
      "saudi_arabia",
      "senegal",
      "serbia",
      "seychelles",
      "sierra_leone",
      "singapore",
      "sint_maarten",
      "slovakia",
      "slovenia",
      "solomon_islands",
      "somalia",
      "south_africa",
      "south_georgia_south_sandwich_islands",
      "kr",
      "south_sudan",
      "es",
      "sri_lanka",
      "sudan",
      "suriname",
      "swaziland",
      "sweden",
      "switzerland",
      "syria",
      "taiwan",
      "tajikistan",
      "tanzania",
      "thailand",
      "timor_leste",
      "togo",
      "tokelau",
      "tonga",
      "trinidad_tobago",
      "tunisia",
      "tr",
      "turkmenistan",
      "turks_caicos_islands",
      "tuvalu",
      "uganda",
      "ukraine",
      "united_arab_emirates",
      "uk",
      "england",
      "scotland",
      "wales",
      "us",
      "us_virgin_islands",
      "uruguay",
      "uzbekistan",
      "vanuatu",
      "vatican_city",
      "venezuela",
      "vietnam",
      "wallis_futuna",
      "western_sahara",
      "yemen",
      "zambia",
      "zimbabwe"
    ];
  }
});

// node_modules/emojilib/index.js
var require_emojilib = __commonJS({
  "node_modules/emojilib/index.js"(exports, module) {
    module.exports = {
      lib: require_emojis(),
      ordered: require_ordered(),
      fitzpatrick_scale_modifiers: ["\u{1F3FB}", "\u{1F3FC}", "\u{1F3FD}", "\u{1F3FE}", "\u{1F3FF}"]
    };
  }
});

// node_modules/char-regex/index.js
var require_char_regex = __commonJS({
  "node_modules/char-regex/index.js"(exports, module) {
    "use strict";
    module.exports = () => {
      const astralRange = "\\ud800-\\udfff";
      const comboMarksRange = "\\u0300-\\u036f";
      const comboHalfMarksRange = "\\ufe20-\\ufe2f";
      const comboSymbolsRange = "\\u20d0-\\u20ff";
      const comboMarksExtendedRange = "\\u1ab0-\\u1aff";
      const comboMarksSupplementRange = "\\u1dc0-\\u1dff";
      const comboRange = comboMarksRange + comboHalfMarksRange + comboSymbolsRange + comboMarksExtendedRange + comboMarksSupplementRange;
      const varRange = "\\ufe0e\\ufe0f";
      const familyRange = "\\uD83D\\uDC69\\uD83C\\uDFFB\\u200D\\uD83C\\uDF93";
      const astral = `[${astralRange}]`;
      const combo = `[${comboRange}]`;
      const fitz = "\\ud83c[\\udffb-\\udfff]";
      const modifier = `(?:${combo}|${fitz})`;
      const nonAstral = `[^${astralRange}]`;
      const regional = "(?:\\uD83C[\\uDDE6-\\uDDFF]){2}";
      const surrogatePair = "[\\ud800-\\udbff][\\udc00-\\udfff]";
      const zwj = "\\u200d";
      const blackFlag = "(?:\\ud83c\\udff4\\udb40\\udc67\\udb40\\udc62\\udb40(?:\\udc65|\\udc73|\\udc77)\\udb40(?:\\udc6e|\\udc63|\\udc6c)\\udb40(?:\\udc67|\\udc74|\\udc73)\\udb40\\udc7f)";
      const family = `[${familyRange}]`;
      const optModifier = `${modifier}?`;
      const optVar = `[${varRange}]?`;
      const optJoin = `(?:${zwj}(?:${[nonAstral, regional, surrogatePair].join("|")})${optVar + optModifier})*`;
      const seq = optVar + optModifier + optJoin;
      const nonAstralCombo = `${nonAstral}${combo}?`;
      const symbol = `(?:${[nonAstralCombo, combo, regional, surrogatePair, astral, family].join("|")})`;
      return new RegExp(`${blackFlag}|${fitz}(?=${fitz})|${symbol + seq}`, "g");
    };
  }
});

// node_modules/unicode-emoji-modifier-base/index.js
var require_unicode_emoji_modifier_base = __commonJS({
  "node_modules/unicode-emoji-modifier-base/index.js"(exports, module) {
    module.exports = /* @__PURE__ */ new Set([
      9757,
      9977,
      9994,
      9995,
      9996,
      9997,
      127877,
      127939,
      127940,
      127946,
      127947,
      128066,
      128067,
      128070,
      128071,
      128072,
      128073,
      128074,
      128075,
      128076,
      128077,
      128078,
      128079,
      128080,
      128102,
      128103,
      128104,
      128105,
      128110,
      128112,
      128113,
      128114,
      128115,
      128116,
      128117,
      128118,
      128119,
      128120,
      128124,
      128129,
      128130,
      128131,
      128133,
      128134,
      128135,
      128170,
      128373,
      128378,
      128400,
      128405,
      128406,
      128581,
      128582,
      128583,
      128587,
      128588,
      128589,
      128590,
      128591,
      128675,
      128692,
      128693,
      128694,
      128704,
      129304,
      129305,
      129306,
      129307,
      129308,
      129309,
      129310,
      129318,
      129328,
      129331,
      129332,
      129333,
      129334,
      129335,
      129336,
      129337,
      129340,
      129341,
      129342
    ]);
  }
});

// node_modules/skin-tone/index.js
var require_skin_tone = __commonJS({
  "node_modules/skin-tone/index.js"(exports, module) {
    "use strict";
    var emojiModifierBase = require_unicode_emoji_modifier_base();
    var skinTones = /* @__PURE__ */ new Map([
      ["none", ""],
      ["white", "\u{1F3FB}"],
      ["creamWhite", "\u{1F3FC}"],
      ["lightBrown", "\u{1F3FD}"],
      ["brown", "\u{1F3FE}"],
      ["darkBrown", "\u{1F3FF}"]
    ]);
    module.exports = (emoji, tone) => {
      if (!skinTones.has(tone)) {
        throw new TypeError(`Unexpected \`skinTone\` name: ${tone}`);
      }
      emoji = emoji.replace(/[\u{1f3fb}-\u{1f3ff}]/u, "");
      if (emojiModifierBase.has(emoji.codePointAt(0)) && tone !== "none") {
        emoji += skinTones.get(tone);
      }
      return emoji;
    };
  }
});

// node_modules/stringify-entities/lib/core.js
var defaultSubsetRegex = /["&'<>`]/g;
var surrogatePairsRegex = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
var controlCharactersRegex = (
  // eslint-disable-next-line no-control-regex, unicorn/no-hex-escape
  /[\x01-\t\v\f\x0E-\x1F\x7F\x81\x8D\x8F\x90\x9D\xA0-\uFFFF]/g
);
var regexEscapeRegex = /[|\\{}()[\]^$+*?.]/g;
var subsetToRegexCache = /* @__PURE__ */ new WeakMap();
function core(value, options) {
  value = value.replace(
    options.subset ? charactersToExpressionCached(options.subset) : defaultSubsetRegex,
    basic
  );
  if (options.subset || options.escapeOnly) {
    return value;
  }
  return value.replace(surrogatePairsRegex, surrogate).replace(controlCharactersRegex, basic);
  function surrogate(pair, index, all3) {
    return options.format(
      (pair.charCodeAt(0) - 55296) * 1024 + pair.charCodeAt(1) - 56320 + 65536,
      all3.charCodeAt(index + 2),
      options
    );
  }
  function basic(character, index, all3) {
    return options.format(
      character.charCodeAt(0),
      all3.charCodeAt(index + 1),
      options
    );
  }
}
function charactersToExpressionCached(subset) {
  let cached = subsetToRegexCache.get(subset);
  if (!cached) {
    cached = charactersToExpression(subset);
    subsetToRegexCache.set(subset, cached);
  }
  return cached;
}
function charactersToExpression(subset) {
  const groups = [];
  let index = -1;
  while (++index < subset.length) {
    groups.push(subset[index].replace(regexEscapeRegex, "\\$&"));
  }
  return new RegExp("(?:" + groups.join("|") + ")", "g");
}

// node_modules/stringify-entities/lib/util/to-hexadecimal.js
var hexadecimalRegex = /[\dA-Fa-f]/;
function toHexadecimal(code2, next, omit) {
  const value = "&#x" + code2.toString(16).toUpperCase();
  return omit && next && !hexadecimalRegex.test(String.fromCharCode(next)) ? value : value + ";";
}

// node_modules/stringify-entities/lib/util/to-decimal.js
var decimalRegex = /\d/;
function toDecimal(code2, next, omit) {
  const value = "&#" + String(code2);
  return omit && next && !decimalRegex.test(String.fromCharCode(next)) ? value : value + ";";
}

// node_modules/character-entities-legacy/index.js
var characterEntitiesLegacy = [
  "AElig",
  "AMP",
  "Aacute",
  "Acirc",
  "Agrave",
  "Aring",
  "Atilde",
  "Auml",
  "COPY",
  "Ccedil",
  "ETH",
  "Eacute",
  "Ecirc",
  "Egrave",
  "Euml",
  "GT",
  "Iacute",
  "Icirc",
  "Igrave",
  "Iuml",
  "LT",
  "Ntilde",
  "Oacute",
  "Ocirc",
  "Ograve",
  "Oslash",
  "Otilde",
  "Ouml",
  "QUOT",
  "REG",
  "THORN",
  "Uacute",
  "Ucirc",
  "Ugrave",
  "Uuml",
  "Yacute",
  "aacute",
  "acirc",
  "acute",
  "aelig",
  "agrave",
  "amp",
  "aring",
  "atilde",
  "auml",
  "brvbar",
  "ccedil",
  "cedil",
  "cent",
  "copy",
  "curren",
  "deg",
  "divide",
  "eacute",
  "ecirc",
  "egrave",
  "eth",
  "euml",
  "frac12",
  "frac14",
  "frac34",
  "gt",
  "iacute",
  "icirc",
  "iexcl",
  "igrave",
  "iquest",
  "iuml",
  "laquo",
  "lt",
  "macr",
  "micro",
  "middot",
  "nbsp",
  "not",
  "ntilde",
  "oacute",
  "ocirc",
  "ograve",
  "ordf",
  "ordm",
  "oslash",
  "otilde",
  "ouml",
  "para",
  "plusmn",
  "pound",
  "quot",
  "raquo",
  "reg",
  "sect",
  "shy",
  "sup1",
  "sup2",
  "sup3",
  "szlig",
  "thorn",
  "times",
  "uacute",
  "ucirc",
  "ugrave",
  "uml",
  "uuml",
  "yacute",
  "yen",
  "yuml"
];

// node_modules/character-entities-html4/index.js
var characterEntitiesHtml4 = {
  nbsp: "\xA0",
  iexcl: "\xA1",
  cent: "\xA2",
  pound: "\xA3",
  curren: "\xA4",
  yen: "\xA5",
  brvbar: "\xA6",
  sect: "\xA7",
  uml: "\xA8",
  copy: "\xA9",
  ordf: "\xAA",
  laquo: "\xAB",
  not: "\xAC",
  shy: "\xAD",
  reg: "\xAE",
  macr: "\xAF",
  deg: "\xB0",
  plusmn: "\xB1",
  sup2: "\xB2",
  sup3: "\xB3",
  acute: "\xB4",
  micro: "\xB5",
  para: "\xB6",
  middot: "\xB7",
  cedil: "\xB8",
  sup1: "\xB9",
  ordm: "\xBA",
  raquo: "\xBB",
  frac14: "\xBC",
  frac12: "\xBD",
  frac34: "\xBE",
  iquest: "\xBF",
  Agrave: "\xC0",
  Aacute: "\xC1",
  Acirc: "\xC2",
  Atilde: "\xC3",
  Auml: "\xC4",
  Aring: "\xC5",
  AElig: "\xC6",
  Ccedil: "\xC7",
  Egrave: "\xC8",
  Eacute: "\xC9",
  Ecirc: "\xCA",
  Euml: "\xCB",
  Igrave: "\xCC",
  Iacute: "\xCD",
  Icirc: "\xCE",
  Iuml: "\xCF",
  ETH: "\xD0",
  Ntilde: "\xD1",
  Ograve: "\xD2",
  Oacute: "\xD3",
  Ocirc: "\xD4",
  Otilde: "\xD5",
  Ouml: "\xD6",
  times: "\xD7",
  Oslash: "\xD8",
  Ugrave: "\xD9",
  Uacute: "\xDA",
  Ucirc: "\xDB",
  Uuml: "\xDC",
  Yacute: "\xDD",
  THORN: "\xDE",
  szlig: "\xDF",
  agrave: "\xE0",
  aacute: "\xE1",
  acirc: "\xE2",
  atilde: "\xE3",
  auml: "\xE4",
  aring: "\xE5",
  aelig: "\xE6",
  ccedil: "\xE7",
  egrave: "\xE8",
  eacute: "\xE9",
  ecirc: "\xEA",
  euml: "\xEB",
  igrave: "\xEC",
  iacute: "\xED",
  icirc: "\xEE",
  iuml: "\xEF",
  eth: "\xF0",
  ntilde: "\xF1",
  ograve: "\xF2",
  oacute: "\xF3",
  ocirc: "\xF4",
  otilde: "\xF5",
  ouml: "\xF6",
  divide: "\xF7",
  oslash: "\xF8",
  ugrave: "\xF9",
  uacute: "\xFA",
  ucirc: "\xFB",
  uuml: "\xFC",
  yacute: "\xFD",
  thorn: "\xFE",
  yuml: "\xFF",
  fnof: "\u0192",
  Alpha: "\u0391",
  Beta: "\u0392",
  Gamma: "\u0393",
  Delta: "\u0394",
  Epsilon: "\u0395",
  Zeta: "\u0396",
  Eta: "\u0397",
  Theta: "\u0398",
  Iota: "\u0399",
  Kappa: "\u039A",
  Lambda: "\u039B",
  Mu: "\u039C",
  Nu: "\u039D",
  Xi: "\u039E",
  Omicron: "\u039F",
  Pi: "\u03A0",
  Rho: "\u03A1",
  Sigma: "\u03A3",
  Tau: "\u03A4",
  Upsilon: "\u03A5",
  Phi: "\u03A6",
  Chi: "\u03A7",
  Psi: "\u03A8",
  Omega: "\u03A9",
  alpha: "\u03B1",
  beta: "\u03B2",
  gamma: "\u03B3",
  delta: "\u03B4",
  epsilon: "\u03B5",
  zeta: "\u03B6",
  eta: "\u03B7",
  theta: "\u03B8",
  iota: "\u03B9",
  kappa: "\u03BA",
  lambda: "\u03BB",
  mu: "\u03BC",
  nu: "\u03BD",
  xi: "\u03BE",
  omicron: "\u03BF",
  pi: "\u03C0",
  rho: "\u03C1",
  sigmaf: "\u03C2",
  sigma: "\u03C3",
  tau: "\u03C4",
  upsilon: "\u03C5",
  phi: "\u03C6",
  chi: "\u03C7",
  psi: "\u03C8",
  omega: "\u03C9",
  thetasym: "\u03D1",
  upsih: "\u03D2",
  piv: "\u03D6",
  bull: "\u2022",
  hellip: "\u2026",
  prime: "\u2032",
  Prime: "\u2033",
  oline: "\u203E",
  frasl: "\u2044",
  weierp: "\u2118",
  image: "\u2111",
  real: "\u211C",
  trade: "\u2122",
  alefsym: "\u2135",
  larr: "\u2190",
  uarr: "\u2191",
  rarr: "\u2192",
  darr: "\u2193",
  harr: "\u2194",
  crarr: "\u21B5",
  lArr: "\u21D0",
  uArr: "\u21D1",
  rArr: "\u21D2",
  dArr: "\u21D3",
  hArr: "\u21D4",
  forall: "\u2200",
  part: "\u2202",
  exist: "\u2203",
  empty: "\u2205",
  nabla: "\u2207",
  isin: "\u2208",
  notin: "\u2209",
  ni: "\u220B",
  prod: "\u220F",
  sum: "\u2211",
  minus: "\u2212",
  lowast: "\u2217",
  radic: "\u221A",
  prop: "\u221D",
  infin: "\u221E",
  ang: "\u2220",
  and: "\u2227",
  or: "\u2228",
  cap: "\u2229",
  cup: "\u222A",
  int: "\u222B",
  there4: "\u2234",
  sim: "\u223C",
  cong: "\u2245",
  asymp: "\u2248",
  ne: "\u2260",
  equiv: "\u2261",
  le: "\u2264",
  ge: "\u2265",
  sub: "\u2282",
  sup: "\u2283",
  nsub: "\u2284",
  sube: "\u2286",
  supe: "\u2287",
  oplus: "\u2295",
  otimes: "\u2297",
  perp: "\u22A5",
  sdot: "\u22C5",
  lceil: "\u2308",
  rceil: "\u2309",
  lfloor: "\u230A",
  rfloor: "\u230B",
  lang: "\u2329",
  rang: "\u232A",
  loz: "\u25CA",
  spades: "\u2660",
  clubs: "\u2663",
  hearts: "\u2665",
  diams: "\u2666",
  quot: '"',
  amp: "&",
  lt: "<",
  gt: ">",
  OElig: "\u0152",
  oelig: "\u0153",
  Scaron: "\u0160",
  scaron: "\u0161",
  Yuml: "\u0178",
  circ: "\u02C6",
  tilde: "\u02DC",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  zwnj: "\u200C",
  zwj: "\u200D",
  lrm: "\u200E",
  rlm: "\u200F",
  ndash: "\u2013",
  mdash: "\u2014",
  lsquo: "\u2018",
  rsquo: "\u2019",
  sbquo: "\u201A",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bdquo: "\u201E",
  dagger: "\u2020",
  Dagger: "\u2021",
  permil: "\u2030",
  lsaquo: "\u2039",
  rsaquo: "\u203A",
  euro: "\u20AC"
};

// node_modules/stringify-entities/lib/constant/dangerous.js
var dangerous = [
  "cent",
  "copy",
  "divide",
  "gt",
  "lt",
  "not",
  "para",
  "times"
];

// node_modules/stringify-entities/lib/util/to-named.js
var own = {}.hasOwnProperty;
var characters = {};
var key;
for (key in characterEntitiesHtml4) {
  if (own.call(characterEntitiesHtml4, key)) {
    characters[characterEntitiesHtml4[key]] = key;
  }
}
var notAlphanumericRegex = /[^\dA-Za-z]/;
function toNamed(code2, next, omit, attribute) {
  const character = String.fromCharCode(code2);
  if (own.call(characters, character)) {
    const name = characters[character];
    const value = "&" + name;
    if (omit && characterEntitiesLegacy.includes(name) && !dangerous.includes(name) && (!attribute || next && next !== 61 && notAlphanumericRegex.test(String.fromCharCode(next)))) {
      return value;
    }
    return value + ";";
  }
  return "";
}

// node_modules/stringify-entities/lib/util/format-smart.js
function formatSmart(code2, next, options) {
  let numeric = toHexadecimal(code2, next, options.omitOptionalSemicolons);
  let named;
  if (options.useNamedReferences || options.useShortestReferences) {
    named = toNamed(
      code2,
      next,
      options.omitOptionalSemicolons,
      options.attribute
    );
  }
  if ((options.useShortestReferences || !named) && options.useShortestReferences) {
    const decimal = toDecimal(code2, next, options.omitOptionalSemicolons);
    if (decimal.length < numeric.length) {
      numeric = decimal;
    }
  }
  return named && (!options.useShortestReferences || named.length < numeric.length) ? named : numeric;
}

// node_modules/stringify-entities/lib/index.js
function stringifyEntities(value, options) {
  return core(value, Object.assign({ format: formatSmart }, options));
}

// node_modules/hast-util-to-html/lib/handle/comment.js
var htmlCommentRegex = /^>|^->|<!--|-->|--!>|<!-$/g;
var bogusCommentEntitySubset = [">"];
var commentEntitySubset = ["<", ">"];
function comment(node, _1, _2, state) {
  return state.settings.bogusComments ? "<?" + stringifyEntities(
    node.value,
    Object.assign({}, state.settings.characterReferences, {
      subset: bogusCommentEntitySubset
    })
  ) + ">" : "<!--" + node.value.replace(htmlCommentRegex, encode) + "-->";
  function encode($0) {
    return stringifyEntities(
      $0,
      Object.assign({}, state.settings.characterReferences, {
        subset: commentEntitySubset
      })
    );
  }
}

// node_modules/hast-util-to-html/lib/handle/doctype.js
function doctype(_1, _2, _3, state) {
  return "<!" + (state.settings.upperDoctype ? "DOCTYPE" : "doctype") + (state.settings.tightDoctype ? "" : " ") + "html>";
}

// node_modules/hast-util-whitespace/lib/index.js
var re = /[ \t\n\f\r]/g;
function whitespace(thing) {
  return typeof thing === "object" ? thing.type === "text" ? empty(thing.value) : false : empty(thing);
}
function empty(value) {
  return value.replace(re, "") === "";
}

// node_modules/hast-util-to-html/lib/omission/util/siblings.js
var siblingAfter = siblings(1);
var siblingBefore = siblings(-1);
var emptyChildren = [];
function siblings(increment) {
  return sibling;
  function sibling(parent, index, includeWhitespace) {
    const siblings2 = parent ? parent.children : emptyChildren;
    let offset = (index || 0) + increment;
    let next = siblings2[offset];
    if (!includeWhitespace) {
      while (next && whitespace(next)) {
        offset += increment;
        next = siblings2[offset];
      }
    }
    return next;
  }
}

// node_modules/hast-util-to-html/lib/omission/omission.js
var own2 = {}.hasOwnProperty;
function omission(handlers2) {
  return omit;
  function omit(node, index, parent) {
    return own2.call(handlers2, node.tagName) && handlers2[node.tagName](node, index, parent);
  }
}

// node_modules/hast-util-to-html/lib/omission/closing.js
var closing = omission({
  body,
  caption: headOrColgroupOrCaption,
  colgroup: headOrColgroupOrCaption,
  dd,
  dt,
  head: headOrColgroupOrCaption,
  html: html2,
  li,
  optgroup,
  option,
  p,
  rp: rubyElement,
  rt: rubyElement,
  tbody,
  td: cells,
  tfoot,
  th: cells,
  thead,
  tr
});
function headOrColgroupOrCaption(_, index, parent) {
  const next = siblingAfter(parent, index, true);
  return !next || next.type !== "comment" && !(next.type === "text" && whitespace(next.value.charAt(0)));
}
function html2(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type !== "comment";
}
function body(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type !== "comment";
}
function p(_, index, parent) {
  const next = siblingAfter(parent, index);
  return next ? next.type === "element" && (next.tagName === "address" || next.tagName === "article" || next.tagName === "aside" || next.tagName === "blockquote" || next.tagName === "details" || next.tagName === "div" || next.tagName === "dl" || next.tagName === "fieldset" || next.tagName === "figcaption" || next.tagName === "figure" || next.tagName === "footer" || next.tagName === "form" || next.tagName === "h1" || next.tagName === "h2" || next.tagName === "h3" || next.tagName === "h4" || next.tagName === "h5" || next.tagName === "h6" || next.tagName === "header" || next.tagName === "hgroup" || next.tagName === "hr" || next.tagName === "main" || next.tagName === "menu" || next.tagName === "nav" || next.tagName === "ol" || next.tagName === "p" || next.tagName === "pre" || next.tagName === "section" || next.tagName === "table" || next.tagName === "ul") : !parent || // Confusing parent.
  !(parent.type === "element" && (parent.tagName === "a" || parent.tagName === "audio" || parent.tagName === "del" || parent.tagName === "ins" || parent.tagName === "map" || parent.tagName === "noscript" || parent.tagName === "video" || // Custom element.
  parent.tagName.includes("-")));
}
function li(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && next.tagName === "li";
}
function dt(_, index, parent) {
  const next = siblingAfter(parent, index);
  return Boolean(
    next && next.type === "element" && (next.tagName === "dt" || next.tagName === "dd")
  );
}
function dd(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && (next.tagName === "dt" || next.tagName === "dd");
}
function rubyElement(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && (next.tagName === "rp" || next.tagName === "rt");
}
function optgroup(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && next.tagName === "optgroup";
}
function option(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && (next.tagName === "option" || next.tagName === "optgroup");
}
function thead(_, index, parent) {
  const next = siblingAfter(parent, index);
  return Boolean(
    next && next.type === "element" && (next.tagName === "tbody" || next.tagName === "tfoot")
  );
}
function tbody(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && (next.tagName === "tbody" || next.tagName === "tfoot");
}
function tfoot(_, index, parent) {
  return !siblingAfter(parent, index);
}
function tr(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && next.tagName === "tr";
}
function cells(_, index, parent) {
  const next = siblingAfter(parent, index);
  return !next || next.type === "element" && (next.tagName === "td" || next.tagName === "th");
}

// node_modules/hast-util-to-html/lib/omission/opening.js
var opening = omission({
  body: body2,
  colgroup,
  head,
  html: html3,
  tbody: tbody2
});
function html3(node) {
  const head2 = siblingAfter(node, -1);
  return !head2 || head2.type !== "comment";
}
function head(node) {
  const seen = /* @__PURE__ */ new Set();
  for (const child2 of node.children) {
    if (child2.type === "element" && (child2.tagName === "base" || child2.tagName === "title")) {
      if (seen.has(child2.tagName)) return false;
      seen.add(child2.tagName);
    }
  }
  const child = node.children[0];
  return !child || child.type === "element";
}
function body2(node) {
  const head2 = siblingAfter(node, -1, true);
  return !head2 || head2.type !== "comment" && !(head2.type === "text" && whitespace(head2.value.charAt(0))) && !(head2.type === "element" && (head2.tagName === "meta" || head2.tagName === "link" || head2.tagName === "script" || head2.tagName === "style" || head2.tagName === "template"));
}
function colgroup(node, index, parent) {
  const previous = siblingBefore(parent, index);
  if (parent && previous && previous.type === "element" && previous.tagName === "colgroup" && closing(previous, parent.children.indexOf(previous), parent)) {
    return false;
  }
  const head2 = siblingAfter(node, -1, true);
  return Boolean(head2 && head2.type === "element" && head2.tagName === "col");
}
function tbody2(node, index, parent) {
  const previous = siblingBefore(parent, index);
  if (parent && previous && previous.type === "element" && (previous.tagName === "thead" || previous.tagName === "tbody") && closing(previous, parent.children.indexOf(previous), parent)) {
    return false;
  }
  const head2 = siblingAfter(node, -1);
  return Boolean(head2 && head2.type === "element" && head2.tagName === "tr");
}

// node_modules/hast-util-to-html/lib/handle/element.js
var constants = {
  // See: <https://html.spec.whatwg.org/#attribute-name-state>.
  name: [
    ["	\n\f\r &/=>".split(""), "	\n\f\r \"&'/=>`".split("")],
    [`\0	
\f\r "&'/<=>`.split(""), "\0	\n\f\r \"&'/<=>`".split("")]
  ],
  // See: <https://html.spec.whatwg.org/#attribute-value-(unquoted)-state>.
  unquoted: [
    ["	\n\f\r &>".split(""), "\0	\n\f\r \"&'<=>`".split("")],
    ["\0	\n\f\r \"&'<=>`".split(""), "\0	\n\f\r \"&'<=>`".split("")]
  ],
  // See: <https://html.spec.whatwg.org/#attribute-value-(single-quoted)-state>.
  single: [
    ["&'".split(""), "\"&'`".split("")],
    ["\0&'".split(""), "\0\"&'`".split("")]
  ],
  // See: <https://html.spec.whatwg.org/#attribute-value-(double-quoted)-state>.
  double: [
    ['"&'.split(""), "\"&'`".split("")],
    ['\0"&'.split(""), "\0\"&'`".split("")]
  ]
};
var htmlIntegrationPoints = /* @__PURE__ */ new Set(["desc", "foreignObject", "title"]);
function element(node, index, parent, state) {
  const { schema: schema2 } = state;
  const omit = schema2.space === "svg" ? false : state.settings.omitOptionalTags;
  let selfClosing = schema2.space === "svg" ? state.settings.closeEmptyElements : state.settings.voids.includes(node.tagName.toLowerCase());
  const parts = [];
  if (schema2.space === "html" && node.tagName === "svg") {
    state.schema = svg;
  }
  const attributes = serializeAttributes(state, node.properties);
  if (state.schema.space === "svg" && htmlIntegrationPoints.has(node.tagName)) {
    state.schema = html;
  }
  const content = state.all(
    schema2.space === "html" && node.tagName === "template" ? node.content : node
  );
  state.schema = schema2;
  if (content) selfClosing = false;
  if (attributes || !omit || !opening(node, index, parent)) {
    parts.push("<", node.tagName, attributes ? " " + attributes : "");
    if (selfClosing && (schema2.space === "svg" || state.settings.closeSelfClosing)) {
      const last = attributes.charAt(attributes.length - 1);
      if (!state.settings.tightSelfClosing || last === "/" || last && last !== '"' && last !== "'") {
        parts.push(" ");
      }
      parts.push("/");
    }
    parts.push(">");
  }
  parts.push(content);
  if (!selfClosing && (!omit || !closing(node, index, parent))) {
    parts.push("</" + node.tagName + ">");
  }
  return parts.join("");
}
function serializeAttributes(state, properties2) {
  const values = [];
  let index = -1;
  let key2;
  if (properties2) {
    for (key2 in properties2) {
      if (properties2[key2] !== null && properties2[key2] !== void 0) {
        const value = serializeAttribute(state, key2, properties2[key2]);
        if (value) values.push(value);
      }
    }
  }
  while (++index < values.length) {
    const last = state.settings.tightAttributes ? values[index].charAt(values[index].length - 1) : void 0;
    if (index !== values.length - 1 && last !== '"' && last !== "'") {
      values[index] += " ";
    }
  }
  return values.join("");
}
function serializeAttribute(state, key2, value) {
  const info = find(state.schema, key2);
  const x = state.settings.allowParseErrors && state.schema.space === "html" ? 0 : 1;
  const y = state.settings.allowDangerousCharacters ? 0 : 1;
  if (info.overloadedBoolean && (value === info.attribute || value === "")) {
    value = true;
  } else if ((info.boolean || info.overloadedBoolean) && (typeof value !== "string" || value === info.attribute || value === "")) {
    value = Boolean(value);
  }
  if (value === null || value === void 0 || value === false || typeof value === "number" && Number.isNaN(value)) {
    return "";
  }
  const name = stringifyEntities(
    info.attribute,
    Object.assign({}, state.settings.characterReferences, {
      // Always encode without parse errors in non-HTML.
      subset: constants.name[x][y]
    })
  );
  if (value === true) return name;
  value = Array.isArray(value) ? (info.commaSeparated ? stringify : stringify2)(value, {
    padLeft: !state.settings.tightCommaSeparatedLists
  }) : String(value);
  if (state.settings.collapseEmptyAttributes && !value) return name;
  let result;
  if (state.settings.preferUnquoted) {
    result = stringifyEntities(
      value,
      Object.assign({}, state.settings.characterReferences, {
        attribute: true,
        subset: constants.unquoted[x][y]
      })
    );
  }
  if (result !== value) {
    let { quote } = state;
    if (state.settings.quoteSmart && ccount(value, quote) > ccount(value, state.alternative)) {
      quote = state.alternative;
    }
    result = quote + stringifyEntities(
      value,
      Object.assign({}, state.settings.characterReferences, {
        // Always encode without parse errors in non-HTML.
        subset: (quote === "'" ? constants.single : constants.double)[x][y],
        attribute: true
      })
    ) + quote;
  }
  return name + (result ? "=" + result : result);
}

// node_modules/hast-util-to-html/lib/handle/text.js
var textEntitySubset = ["<", "&"];
var raw = /* @__PURE__ */ new Set([
  "iframe",
  "noembed",
  "noframes",
  "plaintext",
  "script",
  "style",
  "xmp"
]);
function text(node, _, parent, state) {
  return parent && parent.type === "element" && state.schema.space === "html" && raw.has(parent.tagName) ? node.value : stringifyEntities(
    node.value,
    Object.assign({}, state.settings.characterReferences, {
      subset: textEntitySubset
    })
  );
}

// node_modules/hast-util-to-html/lib/handle/raw.js
function raw2(node, index, parent, state) {
  return state.settings.allowDangerousHtml ? node.value : text(node, index, parent, state);
}

// node_modules/hast-util-to-html/lib/handle/root.js
function root(node, _1, _2, state) {
  return state.all(node);
}

// node_modules/hast-util-to-html/lib/handle/index.js
var handle = zwitch("type", {
  invalid,
  unknown,
  handlers: { comment, doctype, element, raw: raw2, root, text }
});
function invalid(node) {
  throw new Error("Expected node, not `" + node + "`");
}
function unknown(node_) {
  const node = (
    /** @type {Nodes} */
    node_
  );
  throw new Error("Cannot compile unknown node `" + node.type + "`");
}

// node_modules/hast-util-to-html/lib/index.js
var emptyOptions = {};
var emptyCharacterReferences = {};
var emptyChildren2 = [];
function toHtml(tree, options) {
  const options_ = options || emptyOptions;
  const quote = options_.quote || '"';
  if (quote !== '"' && quote !== "'") {
    throw new Error("Invalid quote `" + quote + "`, expected `'` or `\"`");
  }
  const alternative = quote === '"' ? "'" : '"';
  const state = {
    one,
    all,
    settings: {
      omitOptionalTags: options_.omitOptionalTags || false,
      allowParseErrors: options_.allowParseErrors || false,
      allowDangerousCharacters: options_.allowDangerousCharacters || false,
      quoteSmart: options_.quoteSmart || false,
      preferUnquoted: options_.preferUnquoted || false,
      tightAttributes: options_.tightAttributes || false,
      upperDoctype: options_.upperDoctype || false,
      tightDoctype: options_.tightDoctype || false,
      bogusComments: options_.bogusComments || false,
      tightCommaSeparatedLists: options_.tightCommaSeparatedLists || false,
      tightSelfClosing: options_.tightSelfClosing || false,
      collapseEmptyAttributes: options_.collapseEmptyAttributes || false,
      allowDangerousHtml: options_.allowDangerousHtml || false,
      voids: options_.voids || htmlVoidElements,
      characterReferences: options_.characterReferences || emptyCharacterReferences,
      closeSelfClosing: options_.closeSelfClosing || false,
      closeEmptyElements: options_.closeEmptyElements || false
    },
    schema: options_.space === "svg" ? svg : html,
    quote,
    alternative
  };
  return state.one(
    Array.isArray(tree) ? { type: "root", children: tree } : tree,
    void 0,
    void 0
  );
}
function one(node, index, parent) {
  return handle(node, index, parent, this);
}
function all(parent) {
  const results = [];
  const children2 = parent && parent.children || emptyChildren2;
  let index = -1;
  while (++index < children2.length) {
    results[index] = this.one(children2[index], index, parent);
  }
  return results.join("");
}

// node_modules/rehype-stringify/lib/index.js
function rehypeStringify(options) {
  const self = this;
  const settings = { ...self.data("settings"), ...options };
  self.compiler = compiler;
  function compiler(tree) {
    return toHtml(tree, settings);
  }
}

// node_modules/mdast-util-to-hast/lib/handlers/blockquote.js
function blockquote(state, node) {
  const result = {
    type: "element",
    tagName: "blockquote",
    properties: {},
    children: state.wrap(state.all(node), true)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/break.js
function hardBreak(state, node) {
  const result = { type: "element", tagName: "br", properties: {}, children: [] };
  state.patch(node, result);
  return [state.applyData(node, result), { type: "text", value: "\n" }];
}

// node_modules/mdast-util-to-hast/lib/handlers/code.js
function code(state, node) {
  const value = node.value ? node.value + "\n" : "";
  const properties2 = {};
  const language = node.lang ? node.lang.split(/\s+/) : [];
  if (language.length > 0) {
    properties2.className = ["language-" + language[0]];
  }
  let result = {
    type: "element",
    tagName: "code",
    properties: properties2,
    children: [{ type: "text", value }]
  };
  if (node.meta) {
    result.data = { meta: node.meta };
  }
  state.patch(node, result);
  result = state.applyData(node, result);
  result = { type: "element", tagName: "pre", properties: {}, children: [result] };
  state.patch(node, result);
  return result;
}

// node_modules/mdast-util-to-hast/lib/handlers/delete.js
function strikethrough(state, node) {
  const result = {
    type: "element",
    tagName: "del",
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/emphasis.js
function emphasis(state, node) {
  const result = {
    type: "element",
    tagName: "em",
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/micromark-util-sanitize-uri/index.js
function normalizeUri(value) {
  const result = [];
  let index = -1;
  let start = 0;
  let skip = 0;
  while (++index < value.length) {
    const code2 = value.charCodeAt(index);
    let replace = "";
    if (code2 === 37 && asciiAlphanumeric(value.charCodeAt(index + 1)) && asciiAlphanumeric(value.charCodeAt(index + 2))) {
      skip = 2;
    } else if (code2 < 128) {
      if (!/[!#$&-;=?-Z_a-z~]/.test(String.fromCharCode(code2))) {
        replace = String.fromCharCode(code2);
      }
    } else if (code2 > 55295 && code2 < 57344) {
      const next = value.charCodeAt(index + 1);
      if (code2 < 56320 && next > 56319 && next < 57344) {
        replace = String.fromCharCode(code2, next);
        skip = 1;
      } else {
        replace = "\uFFFD";
      }
    } else {
      replace = String.fromCharCode(code2);
    }
    if (replace) {
      result.push(value.slice(start, index), encodeURIComponent(replace));
      start = index + skip + 1;
      replace = "";
    }
    if (skip) {
      index += skip;
      skip = 0;
    }
  }
  return result.join("") + value.slice(start);
}

// node_modules/mdast-util-to-hast/lib/handlers/footnote-reference.js
function footnoteReference(state, node) {
  const clobberPrefix = typeof state.options.clobberPrefix === "string" ? state.options.clobberPrefix : "user-content-";
  const id = String(node.identifier).toUpperCase();
  const safeId = normalizeUri(id.toLowerCase());
  const index = state.footnoteOrder.indexOf(id);
  let counter;
  let reuseCounter = state.footnoteCounts.get(id);
  if (reuseCounter === void 0) {
    reuseCounter = 0;
    state.footnoteOrder.push(id);
    counter = state.footnoteOrder.length;
  } else {
    counter = index + 1;
  }
  reuseCounter += 1;
  state.footnoteCounts.set(id, reuseCounter);
  const link2 = {
    type: "element",
    tagName: "a",
    properties: {
      href: "#" + clobberPrefix + "fn-" + safeId,
      id: clobberPrefix + "fnref-" + safeId + (reuseCounter > 1 ? "-" + reuseCounter : ""),
      dataFootnoteRef: true,
      ariaDescribedBy: ["footnote-label"]
    },
    children: [{ type: "text", value: String(counter) }]
  };
  state.patch(node, link2);
  const sup = {
    type: "element",
    tagName: "sup",
    properties: {},
    children: [link2]
  };
  state.patch(node, sup);
  return state.applyData(node, sup);
}

// node_modules/mdast-util-to-hast/lib/handlers/heading.js
function heading(state, node) {
  const result = {
    type: "element",
    tagName: "h" + node.depth,
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/html.js
function html4(state, node) {
  if (state.options.allowDangerousHtml) {
    const result = { type: "raw", value: node.value };
    state.patch(node, result);
    return state.applyData(node, result);
  }
  return void 0;
}

// node_modules/mdast-util-to-hast/lib/revert.js
function revert(state, node) {
  const subtype = node.referenceType;
  let suffix = "]";
  if (subtype === "collapsed") {
    suffix += "[]";
  } else if (subtype === "full") {
    suffix += "[" + (node.label || node.identifier) + "]";
  }
  if (node.type === "imageReference") {
    return [{ type: "text", value: "![" + node.alt + suffix }];
  }
  const contents = state.all(node);
  const head2 = contents[0];
  if (head2 && head2.type === "text") {
    head2.value = "[" + head2.value;
  } else {
    contents.unshift({ type: "text", value: "[" });
  }
  const tail = contents[contents.length - 1];
  if (tail && tail.type === "text") {
    tail.value += suffix;
  } else {
    contents.push({ type: "text", value: suffix });
  }
  return contents;
}

// node_modules/mdast-util-to-hast/lib/handlers/image-reference.js
function imageReference(state, node) {
  const id = String(node.identifier).toUpperCase();
  const definition = state.definitionById.get(id);
  if (!definition) {
    return revert(state, node);
  }
  const properties2 = { src: normalizeUri(definition.url || "") };
  if (node.alt !== null && node.alt !== void 0) {
    properties2.alt = node.alt;
  }
  if (definition.title !== null && definition.title !== void 0) {
    properties2.title = definition.title;
  }
  const result = { type: "element", tagName: "img", properties: properties2, children: [] };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/image.js
function image(state, node) {
  const properties2 = { src: normalizeUri(node.url) };
  if (node.alt !== null && node.alt !== void 0) {
    properties2.alt = node.alt;
  }
  if (node.title !== null && node.title !== void 0) {
    properties2.title = node.title;
  }
  const result = { type: "element", tagName: "img", properties: properties2, children: [] };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/inline-code.js
function inlineCode(state, node) {
  const text4 = { type: "text", value: node.value.replace(/\r?\n|\r/g, " ") };
  state.patch(node, text4);
  const result = {
    type: "element",
    tagName: "code",
    properties: {},
    children: [text4]
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/link-reference.js
function linkReference(state, node) {
  const id = String(node.identifier).toUpperCase();
  const definition = state.definitionById.get(id);
  if (!definition) {
    return revert(state, node);
  }
  const properties2 = { href: normalizeUri(definition.url || "") };
  if (definition.title !== null && definition.title !== void 0) {
    properties2.title = definition.title;
  }
  const result = {
    type: "element",
    tagName: "a",
    properties: properties2,
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/link.js
function link(state, node) {
  const properties2 = { href: normalizeUri(node.url) };
  if (node.title !== null && node.title !== void 0) {
    properties2.title = node.title;
  }
  const result = {
    type: "element",
    tagName: "a",
    properties: properties2,
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/list-item.js
function listItem(state, node, parent) {
  const results = state.all(node);
  const loose = parent ? listLoose(parent) : listItemLoose(node);
  const properties2 = {};
  const children2 = [];
  if (typeof node.checked === "boolean") {
    const head2 = results[0];
    let paragraph2;
    if (head2 && head2.type === "element" && head2.tagName === "p") {
      paragraph2 = head2;
    } else {
      paragraph2 = { type: "element", tagName: "p", properties: {}, children: [] };
      results.unshift(paragraph2);
    }
    if (paragraph2.children.length > 0) {
      paragraph2.children.unshift({ type: "text", value: " " });
    }
    paragraph2.children.unshift({
      type: "element",
      tagName: "input",
      properties: { type: "checkbox", checked: node.checked, disabled: true },
      children: []
    });
    properties2.className = ["task-list-item"];
  }
  let index = -1;
  while (++index < results.length) {
    const child = results[index];
    if (loose || index !== 0 || child.type !== "element" || child.tagName !== "p") {
      children2.push({ type: "text", value: "\n" });
    }
    if (child.type === "element" && child.tagName === "p" && !loose) {
      children2.push(...child.children);
    } else {
      children2.push(child);
    }
  }
  const tail = results[results.length - 1];
  if (tail && (loose || tail.type !== "element" || tail.tagName !== "p")) {
    children2.push({ type: "text", value: "\n" });
  }
  const result = { type: "element", tagName: "li", properties: properties2, children: children2 };
  state.patch(node, result);
  return state.applyData(node, result);
}
function listLoose(node) {
  let loose = false;
  if (node.type === "list") {
    loose = node.spread || false;
    const { children: children2 } = node;
    let index = -1;
    while (!loose && ++index < children2.length) {
      loose = listItemLoose(children2[index]);
    }
  }
  return loose;
}
function listItemLoose(node) {
  const { spread } = node;
  return spread === null || spread === void 0 ? node.children.length > 1 : spread;
}

// node_modules/mdast-util-to-hast/lib/handlers/list.js
function list(state, node) {
  const properties2 = {};
  const results = state.all(node);
  let index = -1;
  if (typeof node.start === "number" && node.start !== 1) {
    properties2.start = node.start;
  }
  while (++index < results.length) {
    const child = results[index];
    if (child.type === "element" && child.tagName === "li" && child.properties && Array.isArray(child.properties.className) && child.properties.className.includes("task-list-item")) {
      properties2.className = ["contains-task-list"];
      break;
    }
  }
  const result = {
    type: "element",
    tagName: node.ordered ? "ol" : "ul",
    properties: properties2,
    children: state.wrap(results, true)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/paragraph.js
function paragraph(state, node) {
  const result = {
    type: "element",
    tagName: "p",
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/root.js
function root2(state, node) {
  const result = { type: "root", children: state.wrap(state.all(node)) };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/strong.js
function strong(state, node) {
  const result = {
    type: "element",
    tagName: "strong",
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/table.js
function table(state, node) {
  const rows = state.all(node);
  const firstRow = rows.shift();
  const tableContent = [];
  if (firstRow) {
    const head2 = {
      type: "element",
      tagName: "thead",
      properties: {},
      children: state.wrap([firstRow], true)
    };
    state.patch(node.children[0], head2);
    tableContent.push(head2);
  }
  if (rows.length > 0) {
    const body3 = {
      type: "element",
      tagName: "tbody",
      properties: {},
      children: state.wrap(rows, true)
    };
    const start = pointStart(node.children[1]);
    const end = pointEnd(node.children[node.children.length - 1]);
    if (start && end) body3.position = { start, end };
    tableContent.push(body3);
  }
  const result = {
    type: "element",
    tagName: "table",
    properties: {},
    children: state.wrap(tableContent, true)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/table-row.js
function tableRow(state, node, parent) {
  const siblings2 = parent ? parent.children : void 0;
  const rowIndex = siblings2 ? siblings2.indexOf(node) : 1;
  const tagName = rowIndex === 0 ? "th" : "td";
  const align = parent && parent.type === "table" ? parent.align : void 0;
  const length = align ? align.length : node.children.length;
  let cellIndex = -1;
  const cells2 = [];
  while (++cellIndex < length) {
    const cell = node.children[cellIndex];
    const properties2 = {};
    const alignValue = align ? align[cellIndex] : void 0;
    if (alignValue) {
      properties2.align = alignValue;
    }
    let result2 = { type: "element", tagName, properties: properties2, children: [] };
    if (cell) {
      result2.children = state.all(cell);
      state.patch(cell, result2);
      result2 = state.applyData(cell, result2);
    }
    cells2.push(result2);
  }
  const result = {
    type: "element",
    tagName: "tr",
    properties: {},
    children: state.wrap(cells2, true)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/table-cell.js
function tableCell(state, node) {
  const result = {
    type: "element",
    tagName: "td",
    // Assume body cell.
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/trim-lines/index.js
var tab = 9;
var space = 32;
function trimLines(value) {
  const source = String(value);
  const search = /\r?\n|\r/g;
  let match = search.exec(source);
  let last = 0;
  const lines = [];
  while (match) {
    lines.push(
      trimLine(source.slice(last, match.index), last > 0, true),
      match[0]
    );
    last = match.index + match[0].length;
    match = search.exec(source);
  }
  lines.push(trimLine(source.slice(last), last > 0, false));
  return lines.join("");
}
function trimLine(value, start, end) {
  let startIndex = 0;
  let endIndex = value.length;
  if (start) {
    let code2 = value.codePointAt(startIndex);
    while (code2 === tab || code2 === space) {
      startIndex++;
      code2 = value.codePointAt(startIndex);
    }
  }
  if (end) {
    let code2 = value.codePointAt(endIndex - 1);
    while (code2 === tab || code2 === space) {
      endIndex--;
      code2 = value.codePointAt(endIndex - 1);
    }
  }
  return endIndex > startIndex ? value.slice(startIndex, endIndex) : "";
}

// node_modules/mdast-util-to-hast/lib/handlers/text.js
function text2(state, node) {
  const result = { type: "text", value: trimLines(String(node.value)) };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/thematic-break.js
function thematicBreak(state, node) {
  const result = {
    type: "element",
    tagName: "hr",
    properties: {},
    children: []
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/index.js
var handlers = {
  blockquote,
  break: hardBreak,
  code,
  delete: strikethrough,
  emphasis,
  footnoteReference,
  heading,
  html: html4,
  imageReference,
  image,
  inlineCode,
  linkReference,
  link,
  listItem,
  list,
  paragraph,
  // @ts-expect-error: root is different, but hard to type.
  root: root2,
  strong,
  table,
  tableCell,
  tableRow,
  text: text2,
  thematicBreak,
  toml: ignore,
  yaml: ignore,
  definition: ignore,
  footnoteDefinition: ignore
};
function ignore() {
  return void 0;
}

// node_modules/mdast-util-to-hast/lib/footer.js
function defaultFootnoteBackContent(_, rereferenceIndex) {
  const result = [{ type: "text", value: "\u21A9" }];
  if (rereferenceIndex > 1) {
    result.push({
      type: "element",
      tagName: "sup",
      properties: {},
      children: [{ type: "text", value: String(rereferenceIndex) }]
    });
  }
  return result;
}
function defaultFootnoteBackLabel(referenceIndex, rereferenceIndex) {
  return "Back to reference " + (referenceIndex + 1) + (rereferenceIndex > 1 ? "-" + rereferenceIndex : "");
}
function footer(state) {
  const clobberPrefix = typeof state.options.clobberPrefix === "string" ? state.options.clobberPrefix : "user-content-";
  const footnoteBackContent = state.options.footnoteBackContent || defaultFootnoteBackContent;
  const footnoteBackLabel = state.options.footnoteBackLabel || defaultFootnoteBackLabel;
  const footnoteLabel = state.options.footnoteLabel || "Footnotes";
  const footnoteLabelTagName = state.options.footnoteLabelTagName || "h2";
  const footnoteLabelProperties = state.options.footnoteLabelProperties || {
    className: ["sr-only"]
  };
  const contents = [];
  const listItems = [];
  let referenceIndex = -1;
  while (++referenceIndex < state.footnoteOrder.length) {
    const definition = state.footnoteById.get(
      state.footnoteOrder[referenceIndex]
    );
    if (definition) {
      contents[referenceIndex] = state.all(definition);
    }
  }
  referenceIndex = -1;
  while (++referenceIndex < state.footnoteOrder.length) {
    const definition = state.footnoteById.get(
      state.footnoteOrder[referenceIndex]
    );
    if (!definition) {
      continue;
    }
    const content = contents[referenceIndex];
    const id = String(definition.identifier).toUpperCase();
    const safeId = normalizeUri(id.toLowerCase());
    let rereferenceIndex = 0;
    const backReferences = [];
    const counts = state.footnoteCounts.get(id);
    while (counts !== void 0 && ++rereferenceIndex <= counts) {
      if (backReferences.length > 0) {
        backReferences.push({ type: "text", value: " " });
      }
      let children2 = typeof footnoteBackContent === "string" ? footnoteBackContent : footnoteBackContent(referenceIndex, rereferenceIndex);
      if (typeof children2 === "string") {
        children2 = { type: "text", value: children2 };
      }
      backReferences.push({
        type: "element",
        tagName: "a",
        properties: {
          href: "#" + clobberPrefix + "fnref-" + safeId + (rereferenceIndex > 1 ? "-" + rereferenceIndex : ""),
          dataFootnoteBackref: "",
          ariaLabel: typeof footnoteBackLabel === "string" ? footnoteBackLabel : footnoteBackLabel(referenceIndex, rereferenceIndex),
          className: ["data-footnote-backref"]
        },
        children: Array.isArray(children2) ? children2 : [children2]
      });
    }
    const tail = content[content.length - 1];
    if (tail && tail.type === "element" && tail.tagName === "p") {
      const tailTail = tail.children[tail.children.length - 1];
      if (tailTail && tailTail.type === "text") {
        tailTail.value += " ";
      } else {
        tail.children.push({ type: "text", value: " " });
      }
      tail.children.push(...backReferences);
    } else {
      content.push(...backReferences);
    }
    const listItem2 = {
      type: "element",
      tagName: "li",
      properties: { id: clobberPrefix + "fn-" + safeId },
      children: state.wrap(content, true)
    };
    state.patch(definition, listItem2);
    listItems.push(listItem2);
  }
  if (listItems.length === 0) {
    return;
  }
  return {
    type: "element",
    tagName: "section",
    properties: { dataFootnotes: true, className: ["footnotes"] },
    children: [
      {
        type: "element",
        tagName: footnoteLabelTagName,
        properties: {
          ...esm_default(footnoteLabelProperties),
          id: "footnote-label"
        },
        children: [{ type: "text", value: footnoteLabel }]
      },
      { type: "text", value: "\n" },
      {
        type: "element",
        tagName: "ol",
        properties: {},
        children: state.wrap(listItems, true)
      },
      { type: "text", value: "\n" }
    ]
  };
}

// node_modules/mdast-util-to-hast/lib/state.js
var own3 = {}.hasOwnProperty;
var emptyOptions2 = {};
function createState(tree, options) {
  const settings = options || emptyOptions2;
  const definitionById = /* @__PURE__ */ new Map();
  const footnoteById = /* @__PURE__ */ new Map();
  const footnoteCounts = /* @__PURE__ */ new Map();
  const handlers2 = { ...handlers, ...settings.handlers };
  const state = {
    all: all3,
    applyData,
    definitionById,
    footnoteById,
    footnoteCounts,
    footnoteOrder: [],
    handlers: handlers2,
    one: one3,
    options: settings,
    patch,
    wrap
  };
  visit(tree, function(node) {
    if (node.type === "definition" || node.type === "footnoteDefinition") {
      const id = String(node.identifier).toUpperCase();
      if (node.type === "definition") {
        if (!definitionById.has(id)) {
          definitionById.set(id, node);
        }
      } else if (!footnoteById.has(id)) {
        footnoteById.set(id, node);
      }
    }
  });
  return state;
  function one3(node, parent) {
    const { type } = node;
    const handle2 = state.handlers[type];
    if (own3.call(state.handlers, type) && handle2) {
      return handle2(state, node, parent);
    }
    if (state.options.passThrough && state.options.passThrough.includes(type)) {
      if ("children" in node) {
        const { children: children2, ...shallow } = node;
        return { ...esm_default(shallow), children: state.all(node) };
      }
      return esm_default(node);
    }
    const unknown2 = state.options.unknownHandler || defaultUnknownHandler;
    return unknown2(state, node, parent);
  }
  function all3(parent) {
    const values = [];
    if ("children" in parent) {
      const nodes = parent.children;
      let index = -1;
      while (++index < nodes.length) {
        const result = state.one(nodes[index], parent);
        if (result) {
          if (index && nodes[index - 1].type === "break") {
            if (!Array.isArray(result) && result.type === "text") {
              result.value = trimMarkdownSpaceStart(result.value);
            }
            if (!Array.isArray(result) && result.type === "element") {
              const head2 = result.children[0];
              if (head2 && head2.type === "text") {
                head2.value = trimMarkdownSpaceStart(head2.value);
              }
            }
          }
          if (Array.isArray(result)) {
            values.push(...result);
          } else {
            values.push(result);
          }
        }
      }
    }
    return values;
  }
}
function patch(from, to) {
  if (from.position) to.position = position(from);
}
function applyData(from, to) {
  let result = to;
  if (from && from.data) {
    const { hChildren, hName, hProperties } = from.data;
    if (typeof hName === "string") {
      if (result.type === "element") {
        result.tagName = hName;
      } else {
        const children2 = "children" in result ? result.children : [result];
        result = { type: "element", tagName: hName, properties: {}, children: children2 };
      }
    }
    if (result.type === "element" && hProperties) {
      Object.assign(result.properties, esm_default(hProperties));
    }
    if ("children" in result && result.children && hChildren !== null && hChildren !== void 0) {
      result.children = hChildren;
    }
  }
  return result;
}
function defaultUnknownHandler(state, node) {
  const data = node.data || {};
  const result = "value" in node && !(own3.call(data, "hProperties") || own3.call(data, "hChildren")) ? { type: "text", value: node.value } : {
    type: "element",
    tagName: "div",
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}
function wrap(nodes, loose) {
  const result = [];
  let index = -1;
  if (loose) {
    result.push({ type: "text", value: "\n" });
  }
  while (++index < nodes.length) {
    if (index) result.push({ type: "text", value: "\n" });
    result.push(nodes[index]);
  }
  if (loose && nodes.length > 0) {
    result.push({ type: "text", value: "\n" });
  }
  return result;
}
function trimMarkdownSpaceStart(value) {
  let index = 0;
  let code2 = value.charCodeAt(index);
  while (code2 === 9 || code2 === 32) {
    index++;
    code2 = value.charCodeAt(index);
  }
  return value.slice(index);
}

// node_modules/mdast-util-to-hast/lib/index.js
function toHast(tree, options) {
  const state = createState(tree, options);
  const node = state.one(tree, void 0);
  const foot = footer(state);
  const result = Array.isArray(node) ? { type: "root", children: node } : node || { type: "root", children: [] };
  if (foot) {
    ok("children" in result);
    result.children.push({ type: "text", value: "\n" }, foot);
  }
  return result;
}

// node_modules/remark-rehype/lib/index.js
function remarkRehype(destination, options) {
  if (destination && "run" in destination) {
    return async function(tree, file) {
      const hastTree = (
        /** @type {HastRoot} */
        toHast(tree, { file, ...options })
      );
      await destination.run(hastTree, file);
    };
  }
  return function(tree, file) {
    return (
      /** @type {HastRoot} */
      toHast(tree, { file, ...destination || options })
    );
  };
}

// src/render/plugins/remark-autolink-cjk.ts
function remarkAutolinkCjk() {
  return (tree) => {
    const walk2 = (node) => {
      for (let i = 0; i < node.children.length; i++) {
        const child = node.children[i];
        if (child.type === "link") {
          const only = child.children.length === 1 ? child.children[0] : void 0;
          const text4 = only?.type === "text" ? only.value : void 0;
          const literal = text4 !== void 0 && (child.url === text4 || child.url === `http://${text4}` || child.url === `mailto:${text4}`);
          const cut = text4 === void 0 ? -1 : text4.search(/[^\x00-\x7f]/);
          if (literal && text4 && cut > 0) {
            const head2 = text4.slice(0, cut).replace(/[,.;:!?'")\]]+$/, "");
            const rest = text4.slice(head2.length);
            const link2 = child;
            link2.url = link2.url.slice(0, link2.url.length - text4.length) + head2;
            only.value = head2;
            node.children.splice(i + 1, 0, { type: "text", value: rest });
          }
        } else if ("children" in child) {
          walk2(child);
        }
      }
    };
    walk2(tree);
  };
}

// src/render/plugins/remark-alerts.ts
var KINDS = {
  NOTE: ["\u8BF4\u660E", "#2f6fd0"],
  TIP: ["\u63D0\u793A", "#1f8a5b"],
  IMPORTANT: ["\u91CD\u8981", "#7b4fc9"],
  WARNING: ["\u6CE8\u610F", "#b7791f"],
  CAUTION: ["\u8B66\u544A", "#c0392b"]
};
var MARKER = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\n|$)/i;
function tint(hex2, alpha2) {
  const n = Number.parseInt(hex2.slice(1), 16);
  return `rgba(${n >> 16 & 255}, ${n >> 8 & 255}, ${n & 255}, ${alpha2})`;
}
function convert(quote) {
  const first = quote.children[0];
  if (first?.type !== "paragraph") return;
  const text4 = first.children[0];
  if (text4?.type !== "text") return;
  const match = MARKER.exec(text4.value);
  if (!match) return;
  const [title, color] = KINDS[match[1].toUpperCase()];
  text4.value = text4.value.slice(match[0].length);
  if (text4.value === "") first.children.shift();
  if (first.children.length === 0 || first.children.length === 1 && first.children[0].type === "break")
    quote.children.shift();
  quote.data = {
    ...quote.data,
    hName: "section",
    hProperties: {
      style: `margin: 1.2em 0; padding: 0.8em 1em; border-left: 4px solid ${color}; border-radius: 4px; background: ${tint(color, 0.08)};`
    }
  };
  const last = quote.children.at(-1);
  if (last?.type === "paragraph")
    last.data = { ...last.data, hProperties: { ...last.data?.hProperties, style: "margin-bottom: 0;" } };
  const heading2 = {
    type: "paragraph",
    data: { hProperties: { style: `margin: 0 0 0.4em; font-weight: bold; color: ${color};` } },
    children: [{ type: "text", value: title }]
  };
  quote.children.unshift(heading2);
}
function remarkAlerts() {
  return (tree) => {
    const walk2 = (node) => {
      for (const child of node.children) {
        if (child.type === "blockquote") convert(child);
        if ("children" in child) walk2(child);
      }
    };
    walk2(tree);
  };
}

// node_modules/node-emoji/lib/index.js
var import_emojilib = __toESM(require_emojilib(), 1);
var import_char_regex = __toESM(require_char_regex(), 1);
var import_is = __toESM(require_dist(), 1);
var import_skin_tone = __toESM(require_skin_tone(), 1);
var charRegexMatcher = (0, import_char_regex.default)();
var NON_SPACING_MARK = String.fromCharCode(65039);
var nonSpacingRegex = new RegExp(NON_SPACING_MARK, "g");
function normalizeCode(code2) {
  return code2.replace(nonSpacingRegex, "");
}
function normalizeName(name) {
  return /:.+:/.test(name) ? name.slice(1, -1) : name;
}
var emojiData = Object.entries(import_emojilib.default.lib).map(
  ([name, { char: emoji }]) => [name, emoji]
);
var emojiCodesByName = new Map(emojiData);
var emojiNamesByCode = new Map(
  emojiData.map(([name, emoji]) => [normalizeCode(emoji), name])
);
var get = (codeOrName) => {
  import_is.assert.string(codeOrName);
  return emojiCodesByName.get(normalizeName(codeOrName));
};

// src/render/plugins/remark-emoji.ts
var SHORTCODE = /(?<![A-Za-z0-9]):([a-z0-9_+-]{1,40}):(?![A-Za-z0-9])/g;
function remarkEmoji() {
  return (tree) => {
    const walk2 = (node) => {
      for (const child of node.children) {
        if (child.type === "text") {
          if (child.value.includes(":"))
            child.value = child.value.replace(SHORTCODE, (whole, name) => get(name) ?? whole);
        } else if (child.type === "link" && child.children.length === 1 && child.children[0]?.type === "text" && child.url.endsWith(child.children[0].value)) {
        } else if ("children" in child) {
          walk2(child);
        }
      }
    };
    walk2(tree);
  };
}

// node_modules/hast-util-to-string/lib/index.js
function toString(node) {
  if ("children" in node) {
    return all2(node);
  }
  return "value" in node ? node.value : "";
}
function one2(node) {
  if (node.type === "text") {
    return node.value;
  }
  return "children" in node ? all2(node) : "";
}
function all2(node) {
  let index = -1;
  const result = [];
  while (++index < node.children.length) {
    result[index] = one2(node.children[index]);
  }
  return result.join("");
}

// src/render/plugins/rehype-code-blocks.ts
var NBSP = "\xA0";
function languageOf(node) {
  const classes5 = node.properties.className;
  const list2 = Array.isArray(classes5) ? classes5.map(String) : [];
  return list2.find((c) => c.startsWith("language-"))?.slice("language-".length);
}
var PROMPT = /^\s{0,3}(?:[\w.~@:/[\]()-]*[$%]|PS [^>\n]*>) \S/m;
function grammarFor(lang, source) {
  return lang === "shell" && !PROMPT.test(source) ? "bash" : lang;
}
function preserveWhitespace(nodes) {
  const out = [];
  for (const node of nodes) {
    if (node.type === "text") {
      const lines = node.value.replace(/\t/g, "    ").split("\n");
      lines.forEach((line, i) => {
        if (i > 0) out.push({ type: "element", tagName: "br", properties: {}, children: [] });
        if (line) out.push({ type: "text", value: line.replace(/ /g, NBSP) });
      });
    } else if (node.type === "element") {
      out.push({ ...node, children: preserveWhitespace(node.children) });
    } else {
      out.push(node);
    }
  }
  return out;
}
function needsHighlighter(tree) {
  return someNode(tree, (node) => {
    const lang = node.type === "element" && node.tagName === "code" ? languageOf(node) : void 0;
    return lang !== void 0 && lang !== "math" && lang !== "mermaid";
  });
}
function rehypeCodeBlocks() {
  let loading;
  return async (tree) => {
    loading ??= needsHighlighter(tree) ? import("./chunk-EKPY6IYN.js").then((m) => m.createHighlighter()) : void 0;
    const lowlight = loading ? await loading : void 0;
    walkElements(tree, (node, index, parent) => {
      if (node.tagName === "code" && !(parent.type === "element" && parent.tagName === "pre")) {
        if (languageOf(node) === "math") {
          parent.children[index] = {
            type: "element",
            tagName: "span",
            properties: { className: ["math-inline"] },
            children: [{ type: "text", value: toString(node) }]
          };
        } else {
          for (const child of node.children) {
            if (child.type === "text" && /\t| {2}/.test(child.value))
              child.value = child.value.replace(/\t/g, "    ").replace(/ {2,}/g, (run) => `${NBSP.repeat(run.length - 1)} `);
          }
        }
        return SKIP;
      }
      if (node.tagName !== "pre") return;
      const code2 = node.children.find((c) => c.type === "element" && c.tagName === "code");
      if (!code2) return SKIP;
      const lang = languageOf(code2);
      const source = toString(code2).replace(/\n$/, "");
      if (lang === "math") {
        parent.children[index] = {
          type: "element",
          tagName: "section",
          properties: { className: ["math-block"] },
          children: preserveWhitespace([{ type: "text", value: source }])
        };
        return SKIP;
      }
      let children2 = [{ type: "text", value: source }];
      if (lowlight && lang && lang !== "mermaid" && lowlight.registered(lang)) {
        children2 = lowlight.highlight(grammarFor(lang, source), source).children;
      }
      const lines = preserveWhitespace(children2);
      const last = lines[lines.length - 1];
      if (last?.type === "element" && last.tagName === "br") lines.push({ type: "text", value: NBSP });
      const pre = {
        type: "element",
        tagName: "pre",
        properties: { className: ["code-block"], dataLang: lang ?? null },
        children: [
          { type: "element", tagName: "code", properties: { className: ["hljs"] }, children: lines }
        ]
      };
      if (node.position) pre.position = node.position;
      parent.children[index] = lang === "mermaid" ? { type: "element", tagName: "section", properties: { className: ["mermaid"] }, children: [pre] } : pre;
      return SKIP;
    });
  };
}

// src/render/plugins/rehype-details.ts
function rehypeDetails() {
  return (tree, file) => {
    walkElements(tree, (node) => {
      if (node.tagName === "summary") {
        node.tagName = "p";
        return;
      }
      if (node.tagName !== "details") return;
      const summary = node.children.find((c) => c.type === "element" && c.tagName === "summary");
      const title = summary ? toString(summary).trim() : "";
      report(file, "info", "render/details-open", "render", renderHtmlMessages.msg.detailsOpen({ title }), {
        place: node.position,
        value: title,
        hint: renderHtmlMessages.msg.detailsOpenHint()
      });
      node.tagName = "section";
      node.properties = { className: ["details"] };
      if (summary) {
        summary.tagName = "p";
        summary.properties = { className: ["details-summary"] };
      }
    });
  };
}

// src/render/plugins/rehype-figures.ts
var isBlank = (n) => n.type === "text" && !n.value.trim();
function soleChild(node, tag) {
  if (node?.type !== "element" || node.tagName !== "p") return void 0;
  const kids = node.children.filter((c) => !isBlank(c));
  const only = kids.length === 1 ? kids[0] : void 0;
  return only?.type === "element" && only.tagName === tag ? only : void 0;
}
function inlineCaption(node) {
  if (node?.type !== "element" || node.tagName !== "p") return void 0;
  const kids = node.children.filter((c) => !isBlank(c));
  const [img, em] = kids;
  if (kids.length !== 2 || img?.type !== "element" || img.tagName !== "img" || em?.type !== "element" || em.tagName !== "em")
    return void 0;
  return figure(img, em.children);
}
function figure(img, caption) {
  return {
    type: "element",
    tagName: "figure",
    properties: {},
    children: [img, { type: "element", tagName: "figcaption", properties: {}, children: caption }]
  };
}
function rehypeFigures() {
  return (tree) => {
    const walk2 = (parent) => {
      const kids = parent.children;
      for (let i = 0; i < kids.length; i++) {
        const node = kids[i];
        const inline = inlineCaption(node);
        if (inline) {
          kids[i] = inline;
          continue;
        }
        const img = soleChild(node, "img");
        if (img) {
          let j = i + 1;
          while (j < kids.length && isBlank(kids[j])) j++;
          const em = soleChild(kids[j], "em");
          if (em) kids.splice(i, j - i + 1, figure(img, em.children));
          else {
            const title = typeof img.properties.title === "string" ? img.properties.title.trim() : "";
            if (!title) continue;
            delete img.properties.title;
            kids[i] = figure(img, [{ type: "text", value: title }]);
          }
        } else if (node?.type === "element") {
          walk2(node);
        }
      }
    };
    walk2(tree);
  };
}

// src/render/plugins/rehype-footnotes.ts
function replaceReference(node, index, parent) {
  if (node.tagName === "sup" && node.children.some((c) => c.type === "element" && c.tagName === "a" && "dataFootnoteRef" in c.properties)) {
    parent.children[index] = {
      type: "element",
      tagName: "sup",
      properties: { className: ["footnote-ref"] },
      children: [{ type: "text", value: `[${toString(node)}]` }]
    };
    return SKIP;
  }
}
function rehypeFootnotes() {
  return (tree) => {
    walkElements(tree, (node, index, parent) => {
      if (node.tagName === "section" && "dataFootnotes" in node.properties) {
        const list2 = node.children.find((c) => c.type === "element" && c.tagName === "ol");
        if (list2) {
          walkElements(list2, (a, i, p2) => {
            if (a.tagName === "a" && "dataFootnoteBackref" in a.properties) {
              p2.children.splice(i, 1);
              const previous = p2.children[i - 1];
              if (previous?.type === "text" && p2.children.slice(i).every(
                (c) => c.type === "text" && !c.value.trim() || c.type === "element" && "dataFootnoteBackref" in c.properties
              ))
                previous.value = previous.value.trimEnd();
              return i;
            }
            if (a.tagName === "li") a.properties = {};
            return replaceReference(a, i, p2);
          });
          walkNodes(list2, (t) => {
            if (t.type === "text") t.value = t.value.replace(/\s+$/, (m) => m.includes("\n") ? "" : m);
          });
        }
        const title = {
          type: "element",
          tagName: "p",
          properties: { className: ["footnotes-title"] },
          children: [{ type: "text", value: "\u6CE8\u91CA" }]
        };
        node.properties = { className: ["footnotes"] };
        node.children = list2 ? [title, list2] : [title];
        return SKIP;
      }
      return replaceReference(node, index, parent);
    });
  };
}

// src/render/plugins/rehype-headings.ts
function rehypeHeadings() {
  return (tree, file) => {
    walkElements(tree, (node) => {
      if (node.tagName !== "h1") return;
      report(file, "warning", "render/h1", "render", renderMessages.msg.h1({ text: toString(node) }), {
        place: node.position,
        value: toString(node),
        hint: renderMessages.msg.h1Hint()
      });
      node.tagName = "h2";
    });
  };
}

// src/render/context.ts
function renderContext(file) {
  const ctx = file.data.render;
  if (!ctx) throw new Error("render context missing: run the processor through renderArticle()");
  return ctx;
}

// src/render/plugins/rehype-images.ts
function cssLength(value) {
  if (typeof value === "number") return `${value}px`;
  if (typeof value !== "string" || !value.trim()) return void 0;
  const v = value.trim().replace(/\s*!important$/i, "").toLowerCase();
  return /^\d+(\.\d+)?$/.test(v) ? `${v}px` : /^\d+(\.\d+)?(px|%|em|rem|vw)$/.test(v) ? v : void 0;
}
var SIZED = /* @__PURE__ */ new Set(["width", "height", "max-width", "min-width"]);
function maxWidth(value) {
  const v = value?.trim().replace(/\s*!important$/i, "").toLowerCase();
  const percent = v === void 0 ? void 0 : /^(\d+(?:\.\d+)?)%$/.exec(v);
  return percent && Number(percent[1]) <= 100 ? v : "100%";
}
function imageStyle(node, cssWidth) {
  const style = typeof node.properties.style === "string" ? parseDeclarations(node.properties.style) : [];
  const fromStyle = (property2) => style.findLast((d) => d.property === property2)?.value;
  const height = cssLength(fromStyle("height")) ?? cssLength(node.properties.height);
  const width = cssLength(fromStyle("width")) ?? cssLength(node.properties.width) ?? (cssWidth && !height ? `${cssWidth}px` : void 0);
  const own5 = style.filter((d) => d.value && !SIZED.has(d.property)).map((d) => d.text);
  return [
    ...own5,
    ...width ? [`width:${width}`] : [],
    `max-width:${maxWidth(fromStyle("max-width"))}`,
    width || !height ? "height:auto" : `height:${height}`
  ].join(";");
}
function rehypeImages() {
  return async (tree, file) => {
    const ctx = renderContext(file);
    const images = [];
    walkElements(tree, (node, index, parent) => {
      if (node.tagName === "img") images.push({ node, index, parent });
    });
    for (const { node, index, parent } of images.reverse()) {
      const src = typeof node.properties.src === "string" ? node.properties.src : "";
      const alt = typeof node.properties.alt === "string" ? node.properties.alt : "";
      if (!alt.trim()) {
        const shown = decodePath(src);
        report(file, "warning", "image/missing-alt", "render", renderImageMessages.msg.missingAlt({ src: shown }), {
          place: node.position,
          value: shown,
          hint: missingAltHint(String(file.value), node, shown)
        });
      }
      if (ctx.keepRemote && isRemote(src)) {
        node.properties = { src: src.startsWith("//") ? `https:${src}` : src, alt, style: imageStyle(node) };
        continue;
      }
      const planned = src ? await ctx.loadImage(src, node.position, "body") : void 0;
      if (!planned) {
        parent.children[index] = {
          type: "element",
          tagName: "span",
          properties: { className: ["image-missing"] },
          children: [{ type: "text", value: `[\u56FE\u7247${alt ? `\uFF1A${alt}` : ""}]` }]
        };
        continue;
      }
      const style = imageStyle(node, planned.cssWidth);
      const properties2 = { src: planned.file, alt, style };
      if (typeof node.properties.title === "string") properties2.title = node.properties.title;
      node.properties = properties2;
    }
  };
}
function missingAltHint(source, node, src) {
  const start = node.position?.start;
  const line = start ? source.split("\n", start.line)[start.line - 1] ?? "" : "";
  const html5 = src !== "" && start !== void 0 && /^<img\b/i.test(line.slice(start.column - 1));
  return renderImageMessages.msg.missingAltHint({ src: !html5 && /[\s()<>]/.test(src) ? `<${src}>` : src, html: html5 ? 1 : 0 });
}

// src/render/url-scheme.ts
function urlScheme(url) {
  const colon = url.indexOf(":");
  if (colon < 0) return void 0;
  for (const mark2 of ["/", "?", "#"]) {
    const at = url.indexOf(mark2);
    if (at > -1 && colon > at) return void 0;
  }
  return url.slice(0, colon);
}
function normalizedScheme(url) {
  const scheme = urlScheme(url);
  return scheme === void 0 ? void 0 : scheme.replace(/[\s\u0000-\u001f]+/g, "").toLowerCase();
}
function withCanonicalScheme(url, allowed) {
  const scheme = urlScheme(url);
  const normal = normalizedScheme(url);
  if (scheme === void 0 || normal === void 0 || scheme === normal || !allowed.includes(normal))
    return url;
  return normal + url.slice(scheme.length);
}
function shortUrl(url, max = 80) {
  return url.length > max ? `${url.slice(0, max)}\u2026` : url;
}

// src/render/plugins/rehype-links.ts
var REFERENCED = /* @__PURE__ */ new Set(["http", "https", "ftp", "ftps", "tel", "sms", "mailto"]);
function isWechatArticleUrl(href) {
  try {
    const url = new URL(href);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname === "mp.weixin.qq.com";
  } catch {
    return false;
  }
}
function writtenAsHtml(node, file) {
  const start = node.position?.start;
  const line = start ? String(file.value).split("\n", start.line)[start.line - 1] : void 0;
  return line?.[start.column - 1] === "<" && /^<a[\s>]/i.test(line.slice(start.column - 1));
}
function referenceFor(node, href, file) {
  const scheme = normalizedScheme(href);
  if (scheme === "mailto") return href.slice(href.indexOf(":") + 1);
  if (scheme !== void 0 && REFERENCED.has(scheme) || href.startsWith("//")) return href;
  const place = node.position;
  const text4 = toString(node).trim();
  if (scheme !== void 0) return void 0;
  if (!href.trim()) {
    report(file, "warning", "render/unusable-link", "render", renderHtmlMessages.msg.noUrl({ text: text4 }), {
      place,
      value: href,
      hint: writtenAsHtml(node, file) ? renderHtmlMessages.msg.noUrlHtmlHint() : renderHtmlMessages.msg.noUrlHint()
    });
  } else if (href.startsWith("#")) {
    report(file, "warning", "render/unusable-link", "render", renderHtmlMessages.msg.inPageLink({ href }), {
      place,
      value: href,
      hint: renderHtmlMessages.msg.inPageLinkHint()
    });
  } else {
    const path = decodePath(href);
    report(file, "warning", "render/unusable-link", "render", renderHtmlMessages.msg.relativeLink({ href: path }), {
      place,
      value: path,
      hint: renderHtmlMessages.msg.relativeLinkHint()
    });
  }
  return void 0;
}
function rehypeLinks() {
  return (tree, file) => {
    const ctx = renderContext(file);
    let next = 1;
    const footnoteNumbers = /* @__PURE__ */ new Map();
    walkElements(tree, (node, index, parent) => {
      if (node.tagName === "sup" && classes(node).includes("footnote-ref")) {
        const label = toString(node).replace(/^\[|\]$/g, "");
        let n = footnoteNumbers.get(label);
        if (n === void 0) footnoteNumbers.set(label, n = next++);
        node.children = [{ type: "text", value: `[${n}]` }];
        return SKIP;
      }
      if (node.tagName !== "a") return;
      const href = typeof node.properties.href === "string" ? node.properties.href : void 0;
      if (href && isWechatArticleUrl(href)) {
        node.properties = { href };
        if (onlyImage(node)) node.properties.dataWxpressDrop = "border text-decoration";
        return SKIP;
      }
      const text4 = toString(node);
      const miniProgram = node.properties.dataMiniprogramAppid;
      if (miniProgram !== void 0) {
        report(
          file,
          "warning",
          "render/miniprogram-link",
          "render",
          renderHtmlMessages.msg.miniProgramLink({ text: text4.trim() }),
          {
            place: node.position,
            value: String(miniProgram),
            hint: renderHtmlMessages.msg.miniProgramLinkHint()
          }
        );
      }
      const literal = href !== void 0 && REFERENCED.has(normalizedScheme(href) ?? "") && (href === text4 || href === `http://${text4}` || href === `mailto:${text4}`);
      const replacement = [
        {
          type: "element",
          tagName: "span",
          properties: { className: ["link-text"] },
          children: node.children
        }
      ];
      const reference = href === void 0 || literal || miniProgram !== void 0 && !href.trim() ? void 0 : referenceFor(node, href, file);
      if (reference !== void 0) {
        let n = ctx.references.get(reference);
        if (n === void 0) ctx.references.set(reference, n = next++);
        replacement.push({
          type: "element",
          tagName: "sup",
          properties: { className: ["link-ref"] },
          children: [{ type: "text", value: `[${n}]` }]
        });
      } else if (literal && node.children.length === 1) {
        replacement.splice(0, 1, {
          type: "element",
          tagName: "span",
          properties: { className: ["link-url"] },
          children: node.children
        });
        const after = parent.children[index + 1];
        if (after?.type === "text")
          after.value = after.value.replace(/^[ \t]+(?=[，。！？：；、）」』”])/, "");
      }
      parent.children.splice(index, 1, ...replacement);
      return index + replacement.length;
    });
    numberFootnoteList(tree, footnoteNumbers);
  };
}
var onlyImage = (node) => node.children.some((c) => c.type === "element") && node.children.every(
  (c) => c.type === "element" ? c.tagName === "img" : c.type !== "text" || !c.value.trim()
);
var classes = (node) => Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
function numberFootnoteList(tree, numbers) {
  walkElements(tree, (node) => {
    if (node.tagName !== "section" || !classes(node).includes("footnotes")) return;
    for (const list2 of node.children) {
      if (list2.type !== "element" || list2.tagName !== "ol") continue;
      const items = list2.children.filter((c) => c.type === "element" && c.tagName === "li");
      const numbered = items.map((li2, i) => ({
        li: li2,
        n: numbers.get(String(i + 1)) ?? Number.MAX_SAFE_INTEGER
      }));
      numbered.sort((a, b) => a.n - b.n);
      for (const { li: li2, n } of numbered) {
        if (n === Number.MAX_SAFE_INTEGER) continue;
        const first = li2.children.find((c) => c.type === "element");
        const host = first && first.tagName === "p" ? first : li2;
        host.children.unshift({ type: "text", value: `[${n}] ` });
      }
      list2.children = numbered.map(({ li: li2 }) => li2);
    }
    return SKIP;
  });
}

// src/render/text-width.ts
var WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;
var NARROW = /[ilj.,:;'|! \u00a0]/;
var BREAK_AFTER = /[-/~\u2010-\u2015]/;
var SPACE = /\s/;
var charWidth = (char) => WIDE.test(char) ? 1 : NARROW.test(char) ? 0.3 : 0.6;
var round = (width) => Math.round(width * 100) / 100;
function emWidth(text4) {
  let width = 0;
  for (const char of text4) width += charWidth(char);
  return round(width);
}
function unbreakableWidth(text4) {
  let widest = 0;
  let run = 0;
  const chars = [...text4];
  for (const [i, char] of chars.entries()) {
    if (SPACE.test(char)) run = 0;
    else if (WIDE.test(char)) {
      run = 0;
      widest = Math.max(widest, 1);
    } else {
      run += charWidth(char);
      widest = Math.max(widest, run);
      if (BREAK_AFTER.test(char) && !(char === "/" && /[0-9]/.test(chars[i + 1] ?? ""))) run = 0;
    }
  }
  return round(widest);
}

// src/render/plugins/rehype-lists.ts
var BULLETS = ["\u2022", "\u25E6", "\u25AA"];
var MIN_HANG = 1.5;
var GAP = 0.5;
var TASK_WIDTH = 1;
var FIRST_LINE = /* @__PURE__ */ new Set(["p", "h2", "h3", "h4", "h5", "h6"]);
var classes2 = (node) => Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
function alpha(n) {
  let out = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + (k - 1) % 26) + out;
  return out;
}
function roman(n) {
  const table2 = [
    [1e3, "m"],
    [900, "cm"],
    [500, "d"],
    [400, "cd"],
    [100, "c"],
    [90, "xc"],
    [50, "l"],
    [40, "xl"],
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"]
  ];
  let out = "";
  let k = n;
  for (const [value, digits] of table2) for (; k >= value; k -= value) out += digits;
  return out;
}
function orderedMarker(n, depth) {
  const style = depth % 3;
  if (style === 0 || n < 1 || n > 3999) return `${n}.`;
  return `${style === 1 ? alpha(n) : roman(n)}.`;
}
function hangWidth(markers, least = 0) {
  const widest = Math.max(least, ...markers.map(emWidth));
  return Math.max(MIN_HANG, Math.ceil((widest + GAP) * 10 - 1e-6) / 10);
}
var markerStyle = (hang, ordered) => `display: inline-block; box-sizing: border-box; min-width: ${hang}em; margin-left: -${hang}em; padding-right: ${GAP}em;${ordered ? " text-align: right;" : ""}`;
function marker(text4, hang, ordered) {
  return {
    type: "element",
    tagName: "span",
    properties: { className: ["list-marker"], style: markerStyle(hang, ordered) },
    children: [{ type: "text", value: text4 }]
  };
}
var blank = (c) => c.type === "text" && !c.value.trim();
function taskMarker(item) {
  const first = item.children.find((c) => !blank(c));
  const [parent, node] = first?.type === "element" && FIRST_LINE.has(first.tagName) ? [first, first.children.find((c) => !blank(c))] : [item, first];
  return node?.type === "element" && classes2(node).includes("task-marker") ? [node, parent] : void 0;
}
function hangTaskMarker([span, parent], hang) {
  for (const c of span.children) if (c.type === "text") c.value = c.value.trim();
  addStyle(span, markerStyle(hang, false));
  const after = parent.children[parent.children.indexOf(span) + 1];
  if (after?.type === "text") after.value = after.value.trimStart();
}
function addStyle(node, style) {
  const own5 = typeof node.properties.style === "string" ? node.properties.style.trim() : "";
  node.properties.style = own5 ? `${style} ${own5}` : style;
}
function rewriteList(list2, depths) {
  const ordered = list2.tagName === "ol";
  const start = typeof list2.properties.start === "number" ? list2.properties.start : Number(list2.properties.start ?? 1) || 1;
  list2.children = list2.children.filter((c) => !(c.type === "text" && !c.value.trim()));
  const items = list2.children.filter((c) => c.type === "element" && c.tagName === "li");
  const texts = items.map(
    (item, i) => classes2(item).includes("task-item") ? void 0 : ordered ? orderedMarker(start + i, depths.ol) : BULLETS[depths.ul % BULLETS.length]
  );
  const tasks = items.map(taskMarker);
  const markers = texts.filter((t) => t !== void 0);
  const hang = hangWidth(markers, tasks.some(Boolean) ? TASK_WIDTH : 0);
  addStyle(list2, `list-style-type: none; padding-left: ${hang}em;`);
  for (const [i, item] of items.entries()) {
    const content = item.children;
    const text4 = texts[i];
    const task = tasks[i];
    if (task) hangTaskMarker(task, hang);
    if (text4 !== void 0) {
      const first = content.find((c) => !(c.type === "text" && !c.value.trim()));
      const span = marker(text4, hang, ordered);
      if (first?.type === "element" && FIRST_LINE.has(first.tagName)) first.children.unshift(span);
      else content.unshift(span);
    }
    const section = { type: "element", tagName: "section", properties: {}, children: content };
    item.children = [section];
    walk(section, ordered ? { ...depths, ol: depths.ol + 1 } : { ...depths, ul: depths.ul + 1 });
  }
}
function walk(parent, depths) {
  for (const child of parent.children) {
    if (child.type !== "element") continue;
    const kind = classes2(child);
    if (child.tagName === "section" && (kind.includes("footnotes") || kind.includes("references"))) continue;
    if (child.tagName === "ol" || child.tagName === "ul") rewriteList(child, depths);
    else walk(child, depths);
  }
}
function rehypeLists() {
  return (tree) => walk(tree, { ol: 0, ul: 0 });
}

// src/render/plugins/rehype-math.ts
var isMath = (node) => node.tagName === "code" && Array.isArray(node.properties.className) && node.properties.className.includes("language-math");
function hasMath(tree) {
  return someNode(tree, (node) => node.type === "element" && isMath(node));
}
var MAX_FORMULA_CHARS = 2e3;
var MAX_FORMULAS = 1e3;
var MAX_MATH_CHARS = 1e4;
function rehypeMath() {
  let loading;
  return async (tree, file) => {
    if (!hasMath(tree)) return;
    loading ??= import("./chunk-JKIUNUCP.js").then((m) => m.createMathTypesetter());
    const typesetter = await loading;
    const typeset = /* @__PURE__ */ new Map();
    const skipped = [];
    let chars = 0;
    let shown = 0;
    walkElements(tree, (node, index, parent) => {
      const display = node.tagName === "pre";
      const code2 = display ? node.children.find((c) => c.type === "element" && isMath(c)) : isMath(node) ? node : void 0;
      if (!code2) return void 0;
      const tex = toString(code2).replace(/\n$/, "");
      const key2 = `${display ? "$$" : "$"}${tex}`;
      if (shown >= MAX_FORMULAS) {
        skipped.push(node);
        return SKIP;
      }
      let result = typeset.get(key2);
      if (!result) {
        if (tex.length > MAX_FORMULA_CHARS) {
          report(file, "warning", "render/math-too-long", "render", mathTooLong(tex.length), {
            place: node.position ?? code2.position,
            value: `${tex.slice(0, 40)}\u2026`,
            hint: renderMessages.msg.mathTooLongHint()
          });
          return SKIP;
        }
        if (chars + tex.length > MAX_MATH_CHARS) {
          skipped.push(node);
          return SKIP;
        }
        chars += tex.length;
        result = typesetter.typeset(tex, display);
        typeset.set(key2, result);
      } else if (result.ok) result = { ok: true, svg: structuredClone(result.svg) };
      if (!result.ok) {
        report(file, "warning", "render/math-error", "render", renderMessages.msg.mathError({ reason: result.message }), {
          place: node.position ?? code2.position,
          value: tex,
          hint: renderMessages.msg.mathErrorHint()
        });
        return SKIP;
      }
      const wrapper = display ? {
        type: "element",
        tagName: "section",
        properties: { className: ["math-block"] },
        children: [result.svg]
      } : {
        type: "element",
        tagName: "span",
        properties: { className: ["math-inline"] },
        children: [result.svg]
      };
      if (node.position) wrapper.position = node.position;
      parent.children[index] = wrapper;
      shown++;
      return SKIP;
    });
    const first = skipped[0];
    if (first) {
      const message = renderMessages.msg.mathTooMuch({
        skipped: skipped.length,
        formulas: MAX_FORMULAS,
        chars: MAX_MATH_CHARS
      });
      report(file, "warning", "render/math-too-long", "render", message, {
        place: first.position,
        value: String(skipped.length),
        hint: renderMessages.msg.mathTooMuchHint()
      });
    }
  };
}
var mathTooLong = (n) => renderMessages.msg.mathTooLong({ n, max: MAX_FORMULA_CHARS });

// src/render/plugins/rehype-mermaid.ts
var px = (n) => `${n.toFixed(0)}px`;
function reportLegibility(file, source, diagram, place) {
  const shown = legibility(diagram.svg, diagram.font ?? 16);
  if (diagram.relaid) {
    const before = px(diagram.wideTextPx ?? 0);
    report(
      file,
      "info",
      "render/diagram-relaid",
      "render",
      renderDiagramMessages.msg.relaid({ before, after: px(shown.textPx) }),
      {
        place,
        value: diagram.relaid,
        hint: renderDiagramMessages.msg.relaidHint()
      }
    );
  }
  if (legible(shown)) return;
  const kind = diagramKind(source);
  const percent = Math.round(shown.scale * 100);
  report(
    file,
    "warning",
    "render/diagram-too-small",
    "render",
    renderDiagramMessages.msg.tooSmall({ kind, percent, px: px(shown.textPx) }),
    {
      place,
      value: `${percent}% ${px(shown.textPx)}`,
      hint: smallHint(kind, source, diagram.relaid !== void 0)
    }
  );
}
function smallHint(kind, source, relaid) {
  if (kind !== "flowchart" || relaid) return renderDiagramMessages.msg.tooSmallHint();
  return topDownSource(source) !== void 0 ? renderDiagramMessages.msg.tooSmallFlowchartHint() : renderDiagramMessages.msg.tooSmallWideHint();
}
var isMermaid = (node) => node.tagName === "code" && Array.isArray(node.properties.className) && node.properties.className.map(String).includes("language-mermaid");
function rehypeMermaid() {
  return (tree, file) => {
    const diagrams = renderContext(file).diagrams;
    if (!diagrams || diagrams.size === 0) return;
    walkElements(tree, (node, index, parent) => {
      if (node.tagName !== "pre") return void 0;
      const code2 = node.children.find((c) => c.type === "element" && isMermaid(c));
      if (!code2) return SKIP;
      const source = toString(code2).replace(/\n$/, "");
      const diagram = diagrams.get(source);
      if (!diagram) return SKIP;
      const place = node.position;
      if (diagram.ok) {
        const section = {
          type: "element",
          tagName: "section",
          properties: { className: ["mermaid"] },
          children: [structuredClone(diagram.svg)]
        };
        if (place) section.position = place;
        parent.children[index] = section;
        reportLegibility(file, source, diagram, place);
      } else if (diagram.kind === "error") {
        report(
          file,
          "warning",
          "render/mermaid-error",
          "render",
          renderMessages.msg.mermaidError({ reason: diagram.reason }),
          {
            place,
            value: diagram.reason,
            hint: renderMessages.msg.mermaidErrorHint()
          }
        );
      } else if (diagram.kind === "deferred") {
        report(file, "info", "render/diagram-not-checked", "render", renderMessages.msg.mermaidNotChecked(), {
          place,
          hint: renderMessages.msg.mermaidNotCheckedHint()
        });
      } else {
        report(
          file,
          "info",
          "render/mermaid-skipped",
          "render",
          renderMessages.msg.mermaidSkipped({ reason: diagram.reason }),
          {
            place,
            value: diagram.kind,
            hint: renderMessages.msg.mermaidSkippedHint()
          }
        );
      }
      return SKIP;
    });
  };
}

// src/render/center-element.ts
function convertCenter(node) {
  const own5 = typeof node.properties.style === "string" ? node.properties.style.trim() : "";
  node.tagName = "section";
  node.properties = { ...node.properties, style: own5 ? `text-align:center;${own5}` : "text-align:center" };
}

// src/render/font-element.ts
var SIZES = ["10px", "13px", "16px", "18px", "24px", "32px", "48px"];
var COLOR = /^(?:#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|[a-z]{3,20}|(?:rgb|rgba|hsl|hsla)\(\s*[\d.%]+(?:\s*[,\s/]\s*[\d.%]+){2,3}\s*\))$/i;
function cssColor(value) {
  const v = value.trim();
  if (/^[0-9a-f]{6}$/i.test(v)) return `#${v}`;
  return COLOR.test(v) ? v : void 0;
}
function cssFontFamily(value) {
  const names = value.split(",").map(
    (n) => n.trim().replace(/^(['"])(.*)\1$/, "$2").trim()
  ).filter(Boolean);
  if (names.length === 0 || names.some((n) => !/^[\p{L}\p{N} _-]+$/u.test(n))) return void 0;
  return names.map((n) => /^[a-z-]+$/i.test(n) ? n : `'${n}'`).join(", ");
}
function cssFontSize(value) {
  const m = /^\s*([+-]?)([1-7])\s*$/.exec(value);
  if (!m) return void 0;
  const n = m[1] === "+" ? 3 + Number(m[2]) : m[1] === "-" ? 3 - Number(m[2]) : Number(m[2]);
  return SIZES[Math.min(7, Math.max(1, n)) - 1];
}
var CONVERT = {
  color: ["color", cssColor],
  face: ["font-family", cssFontFamily],
  size: ["font-size", cssFontSize]
};
function writtenSize(node, file) {
  const start = node.position?.start;
  if (!start) return void 0;
  const text4 = String(file.value).split("\n").slice(start.line - 1, start.line + 19).join("\n").slice(start.column - 1);
  const tag = /^<font\b(?:[^>"']|"[^"]*"|'[^']*')*>/i.exec(text4)?.[0] ?? "";
  return /\ssize\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag)?.slice(1).find((v) => v !== void 0);
}
function convertFont(node, file) {
  const declarations = [];
  for (const [key2, [property2, convert2]] of Object.entries(CONVERT)) {
    const raw3 = node.properties[key2];
    if (raw3 === void 0 || raw3 === null || raw3 === false) continue;
    const value = key2 === "size" ? writtenSize(node, file) ?? String(raw3) : String(raw3);
    const css = convert2(value);
    if (css !== void 0) declarations.push(`${property2}:${css}`);
    else {
      report(file, "warning", "render/removed-attribute", "render", renderMessages.msg.fontAttribute({ key: key2, value }), {
        place: node.position,
        value,
        hint: key2 === "color" ? renderMessages.msg.fontColorHint() : key2 === "size" ? renderMessages.msg.fontSizeHint() : renderMessages.msg.fontFaceHint()
      });
    }
  }
  const own5 = typeof node.properties.style === "string" ? node.properties.style.trim() : "";
  const style = [...declarations, ...own5 ? [own5] : []].join(";");
  const { color: _color, face: _face, size: _size, style: _style, ...rest } = node.properties;
  node.tagName = "span";
  node.properties = style ? { ...rest, style } : rest;
}

// node_modules/hast-util-sanitize/lib/schema.js
var aria = ["ariaDescribedBy", "ariaLabel", "ariaLabelledBy"];
var defaultSchema = {
  ancestors: {
    tbody: ["table"],
    td: ["table"],
    th: ["table"],
    thead: ["table"],
    tfoot: ["table"],
    tr: ["table"]
  },
  attributes: {
    a: [
      ...aria,
      // Note: these 3 are used by GFM footnotes, they do work on all links.
      "dataFootnoteBackref",
      "dataFootnoteRef",
      ["className", "data-footnote-backref"],
      "href"
    ],
    blockquote: ["cite"],
    // Note: this class is not normally allowed by GH, when manually writing
    // `code` as HTML in markdown, they adds it some other way.
    // We can’t do that, so we have to allow it.
    code: [["className", /^language-./]],
    del: ["cite"],
    div: ["itemScope", "itemType"],
    dl: [...aria],
    // Note: this is used by GFM footnotes.
    h2: [["className", "sr-only"]],
    img: [...aria, "longDesc", "src"],
    // Note: `input` is not normally allowed by GH, when manually writing
    // it in markdown, they add it from tasklists some other way.
    // We can’t do that, so we have to allow it.
    input: [
      ["disabled", true],
      ["type", "checkbox"]
    ],
    ins: ["cite"],
    // Note: this class is not normally allowed by GH, when manually writing
    // `li` as HTML in markdown, they adds it some other way.
    // We can’t do that, so we have to allow it.
    li: [["className", "task-list-item"]],
    // Note: this class is not normally allowed by GH, when manually writing
    // `ol` as HTML in markdown, they adds it some other way.
    // We can’t do that, so we have to allow it.
    ol: [...aria, ["className", "contains-task-list"]],
    q: ["cite"],
    section: ["dataFootnotes", ["className", "footnotes"]],
    source: ["srcSet"],
    summary: [...aria],
    table: [...aria],
    // Note: this class is not normally allowed by GH, when manually writing
    // `ol` as HTML in markdown, they adds it some other way.
    // We can’t do that, so we have to allow it.
    ul: [...aria, ["className", "contains-task-list"]],
    "*": [
      "abbr",
      "accept",
      "acceptCharset",
      "accessKey",
      "action",
      "align",
      "alt",
      "axis",
      "border",
      "cellPadding",
      "cellSpacing",
      "char",
      "charOff",
      "charSet",
      "checked",
      "clear",
      "colSpan",
      "color",
      "cols",
      "compact",
      "coords",
      "dateTime",
      "dir",
      // Note: `disabled` is technically allowed on all elements by GH.
      // But it is useless on everything except `input`.
      // Because `input`s are normally not allowed, but we allow them for
      // checkboxes due to tasklists, we allow `disabled` only there.
      "encType",
      "frame",
      "hSpace",
      "headers",
      "height",
      "hrefLang",
      "htmlFor",
      "id",
      "isMap",
      "itemProp",
      "label",
      "lang",
      "maxLength",
      "media",
      "method",
      "multiple",
      "name",
      "noHref",
      "noShade",
      "noWrap",
      "open",
      "prompt",
      "readOnly",
      "rev",
      "rowSpan",
      "rows",
      "rules",
      "scope",
      "selected",
      "shape",
      "size",
      "span",
      "start",
      "summary",
      "tabIndex",
      "title",
      "useMap",
      "vAlign",
      "value",
      "width"
    ]
  },
  clobber: ["ariaDescribedBy", "ariaLabelledBy", "id", "name"],
  clobberPrefix: "user-content-",
  protocols: {
    cite: ["http", "https"],
    href: ["http", "https", "irc", "ircs", "mailto", "xmpp"],
    longDesc: ["http", "https"],
    src: ["http", "https"]
  },
  required: {
    input: { disabled: true, type: "checkbox" }
  },
  strip: ["script"],
  tagNames: [
    "a",
    "b",
    "blockquote",
    "br",
    "code",
    "dd",
    "del",
    "details",
    "div",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    // Note: `input` is not normally allowed by GH, when manually writing
    // it in markdown, they add it from tasklists some other way.
    // We can’t do that, so we have to allow it.
    "input",
    "ins",
    "kbd",
    "li",
    "ol",
    "p",
    "picture",
    "pre",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "section",
    "source",
    "span",
    "strike",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "tt",
    "ul",
    "var"
  ]
};

// node_modules/hast-util-sanitize/lib/index.js
var own4 = {}.hasOwnProperty;
function sanitize(node, options) {
  let result = { type: "root", children: [] };
  const state = {
    schema: options ? { ...defaultSchema, ...options } : defaultSchema,
    stack: []
  };
  const replace = transform(state, node);
  if (replace) {
    if (Array.isArray(replace)) {
      if (replace.length === 1) {
        result = replace[0];
      } else {
        result.children = replace;
      }
    } else {
      result = replace;
    }
  }
  return result;
}
function transform(state, node) {
  if (node && typeof node === "object") {
    const unsafe = (
      /** @type {Record<string, Readonly<unknown>>} */
      node
    );
    const type = typeof unsafe.type === "string" ? unsafe.type : "";
    switch (type) {
      case "comment": {
        return comment2(state, unsafe);
      }
      case "doctype": {
        return doctype2(state, unsafe);
      }
      case "element": {
        return element2(state, unsafe);
      }
      case "root": {
        return root3(state, unsafe);
      }
      case "text": {
        return text3(state, unsafe);
      }
      default:
    }
  }
}
function comment2(state, unsafe) {
  if (state.schema.allowComments) {
    const result = typeof unsafe.value === "string" ? unsafe.value : "";
    const index = result.indexOf("-->");
    const value = index < 0 ? result : result.slice(0, index);
    const node = { type: "comment", value };
    patch2(node, unsafe);
    return node;
  }
}
function doctype2(state, unsafe) {
  if (state.schema.allowDoctypes) {
    const node = { type: "doctype" };
    patch2(node, unsafe);
    return node;
  }
}
function element2(state, unsafe) {
  const name = typeof unsafe.tagName === "string" ? unsafe.tagName : "";
  state.stack.push(name);
  const content = (
    /** @type {Array<ElementContent>} */
    children(state, unsafe.children)
  );
  const properties_ = properties(state, unsafe.properties);
  state.stack.pop();
  let safeElement = false;
  if (name && name !== "*" && (!state.schema.tagNames || state.schema.tagNames.includes(name))) {
    safeElement = true;
    if (state.schema.ancestors && own4.call(state.schema.ancestors, name)) {
      const ancestors = state.schema.ancestors[name];
      let index = -1;
      safeElement = false;
      while (++index < ancestors.length) {
        if (state.stack.includes(ancestors[index])) {
          safeElement = true;
        }
      }
    }
  }
  if (!safeElement) {
    return state.schema.strip && !state.schema.strip.includes(name) ? content : void 0;
  }
  const node = {
    type: "element",
    tagName: name,
    properties: properties_,
    children: content
  };
  patch2(node, unsafe);
  return node;
}
function root3(state, unsafe) {
  const content = (
    /** @type {Array<RootContent>} */
    children(state, unsafe.children)
  );
  const node = { type: "root", children: content };
  patch2(node, unsafe);
  return node;
}
function text3(_, unsafe) {
  const value = typeof unsafe.value === "string" ? unsafe.value : "";
  const node = { type: "text", value };
  patch2(node, unsafe);
  return node;
}
function children(state, children2) {
  const results = [];
  if (Array.isArray(children2)) {
    const childrenUnknown = (
      /** @type {Array<Readonly<unknown>>} */
      children2
    );
    let index = -1;
    while (++index < childrenUnknown.length) {
      const value = transform(state, childrenUnknown[index]);
      if (value) {
        if (Array.isArray(value)) {
          results.push(...value);
        } else {
          results.push(value);
        }
      }
    }
  }
  return results;
}
function properties(state, properties2) {
  const tagName = state.stack[state.stack.length - 1];
  const attributes = state.schema.attributes;
  const required = state.schema.required;
  const specific = attributes && own4.call(attributes, tagName) ? attributes[tagName] : void 0;
  const defaults = attributes && own4.call(attributes, "*") ? attributes["*"] : void 0;
  const properties_ = (
    /** @type {Readonly<Record<string, Readonly<unknown>>>} */
    properties2 && typeof properties2 === "object" ? properties2 : {}
  );
  const result = {};
  let key2;
  for (key2 in properties_) {
    if (own4.call(properties_, key2)) {
      const unsafe = properties_[key2];
      let safe = propertyValue(
        state,
        findDefinition(specific, key2),
        key2,
        unsafe
      );
      if (safe === null || safe === void 0) {
        safe = propertyValue(state, findDefinition(defaults, key2), key2, unsafe);
      }
      if (safe !== null && safe !== void 0) {
        result[key2] = safe;
      }
    }
  }
  if (required && own4.call(required, tagName)) {
    const properties3 = required[tagName];
    for (key2 in properties3) {
      if (own4.call(properties3, key2) && !own4.call(result, key2)) {
        result[key2] = properties3[key2];
      }
    }
  }
  return result;
}
function propertyValue(state, definition, key2, value) {
  return definition ? Array.isArray(value) ? propertyValueMany(state, definition, key2, value) : propertyValuePrimitive(state, definition, key2, value) : void 0;
}
function propertyValueMany(state, definition, key2, values) {
  let index = -1;
  const result = [];
  while (++index < values.length) {
    const value = propertyValuePrimitive(state, definition, key2, values[index]);
    if (typeof value === "number" || typeof value === "string") {
      result.push(value);
    }
  }
  return result;
}
function propertyValuePrimitive(state, definition, key2, value) {
  if (typeof value !== "boolean" && typeof value !== "number" && typeof value !== "string") {
    return;
  }
  if (!safeProtocol(state, key2, value)) {
    return;
  }
  if (typeof definition === "object" && definition.length > 1) {
    let ok2 = false;
    let index = 0;
    while (++index < definition.length) {
      const allowed = definition[index];
      if (allowed && typeof allowed === "object" && "flags" in allowed) {
        if (allowed.test(String(value))) {
          ok2 = true;
          break;
        }
      } else if (allowed === value) {
        ok2 = true;
        break;
      }
    }
    if (!ok2) return;
  }
  return state.schema.clobber && state.schema.clobberPrefix && state.schema.clobber.includes(key2) ? state.schema.clobberPrefix + value : value;
}
function safeProtocol(state, key2, value) {
  const protocols = state.schema.protocols && own4.call(state.schema.protocols, key2) ? state.schema.protocols[key2] : void 0;
  if (!protocols || protocols.length === 0) {
    return true;
  }
  const url = String(value);
  const colon = url.indexOf(":");
  const questionMark = url.indexOf("?");
  const numberSign = url.indexOf("#");
  const slash = url.indexOf("/");
  if (colon < 0 || // If the first colon is after a `?`, `#`, or `/`, it’s not a protocol.
  slash > -1 && colon > slash || questionMark > -1 && colon > questionMark || numberSign > -1 && colon > numberSign) {
    return true;
  }
  let index = -1;
  while (++index < protocols.length) {
    const protocol = protocols[index];
    if (colon === protocol.length && url.slice(0, protocol.length) === protocol) {
      return true;
    }
  }
  return false;
}
function patch2(node, unsafe) {
  const cleanPosition = position(
    // @ts-expect-error: looks like a node.
    unsafe
  );
  if (unsafe.data) {
    node.data = esm_default(unsafe.data);
  }
  if (cleanPosition) node.position = cleanPosition;
}
function findDefinition(definitions, key2) {
  let dataDefault;
  let index = -1;
  if (definitions) {
    while (++index < definitions.length) {
      const entry = definitions[index];
      const name = typeof entry === "string" ? entry : entry[0];
      if (name === key2) {
        return entry;
      }
      if (name === "data*") dataDefault = entry;
    }
  }
  if (key2.length > 4 && key2.slice(0, 4).toLowerCase() === "data") {
    return dataDefault;
  }
}

// src/render/plugins/sanitize-to-wechat-schema.ts
var DANGEROUS = /* @__PURE__ */ new Set([
  "source",
  "script",
  "iframe",
  "object",
  "embed",
  "form",
  "style",
  "link",
  "meta",
  "frame",
  "frameset",
  "applet",
  "base",
  "video",
  "audio",
  "button",
  "select",
  "textarea",
  "template",
  "noscript",
  "noframes",
  "noembed",
  "title",
  "head",
  "canvas",
  "datalist",
  "xmp"
]);
var STRIP = [
  "script",
  "style",
  "textarea",
  "template",
  "noscript",
  "noframes",
  "noembed",
  "title",
  "head",
  "select",
  "button",
  "option",
  "optgroup",
  "datalist",
  "iframe",
  "object",
  "embed",
  "applet",
  "frame",
  "frameset",
  "video",
  "audio",
  "canvas",
  "math",
  "xmp"
];
var HREF_SCHEMES = ["http", "https", "mailto", "ftp", "ftps", "tel", "sms"];
var SRC_SCHEMES = ["http", "https"];
var DROPPED_STYLE = /* @__PURE__ */ new Set(["position", "float", "transform", "animation"]);
var schema = {
  ...defaultSchema,
  clobberPrefix: "",
  strip: STRIP,
  // `<source srcset>` is never URL-checked by the schema (a `javascript:` or remote srcset would
  // survive): it goes, and `<picture>` keeps its `<img>`
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((t) => t !== "source"),
    "section",
    "span",
    "figure",
    "figcaption",
    "u",
    "mark",
    "small",
    ...SVG_TAGS
  ],
  attributes: {
    ...defaultSchema.attributes,
    "*": [...defaultSchema.attributes?.["*"] ?? [], "style", "className"],
    img: [...defaultSchema.attributes?.img ?? [], "width", "height", "alt", "title"],
    code: ["className"],
    // mini-program links are recognised (and reported) by rehype-links, which never writes these out
    a: [...defaultSchema.attributes?.a ?? [], "title", "dataMiniprogramAppid", "dataMiniprogramPath"],
    ...SVG_SCHEMA_ATTRIBUTES
  },
  protocols: { ...defaultSchema.protocols, href: HREF_SCHEMES, src: SRC_SCHEMES }
};
function sanitizeToWechatSchema(tree) {
  return sanitize(tree, schema);
}

// src/render/is-light-colour.ts
var LIGHT_LUMINANCE = 0.7;
var LIGHT_NAMES = new Set(
  "aliceblue antiquewhite aqua aquamarine azure beige bisque blanchedalmond chartreuse cornsilk cyan floralwhite gainsboro ghostwhite greenyellow honeydew ivory khaki lavender lavenderblush lawngreen lemonchiffon lightcyan lightgoldenrodyellow lightyellow lime linen mediumspringgreen mintcream mistyrose moccasin navajowhite oldlace palegoldenrod palegreen paleturquoise papayawhip peachpuff seashell snow springgreen wheat white whitesmoke yellow".split(" ")
);
function hex(text4) {
  const digits = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text4)?.[1];
  if (!digits) return void 0;
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join("") : digits;
  const byte = (i) => Number.parseInt(full.slice(i * 2, i * 2 + 2), 16);
  return [byte(0), byte(1), byte(2), full.length === 8 ? byte(3) / 255 : 1];
}
function amount(text4, whole) {
  const n = Number.parseFloat(text4);
  return text4.endsWith("%") ? n / 100 * whole : n;
}
function hslToRgb(h, s, l) {
  const k = (n) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [f(0) * 255, f(8) * 255, f(4) * 255];
}
function functional(text4) {
  const m = /^(rgba?|hsla?)\(([^()]*)\)$/.exec(text4);
  if (!m) return void 0;
  const parts = m[2].trim().split(/\s*[,/]\s*|\s+/).filter(Boolean);
  if (parts.length < 3 || parts.some((p2) => !/^[+-]?(?:\d+\.?\d*|\.\d+)(?:%|deg)?$/.test(p2))) return void 0;
  const alpha2 = parts[3] === void 0 ? 1 : amount(parts[3], 1);
  if (m[1].startsWith("rgb"))
    return [amount(parts[0], 255), amount(parts[1], 255), amount(parts[2], 255), alpha2];
  const hue = (Number.parseFloat(parts[0]) % 360 + 360) % 360;
  return [...hslToRgb(hue, amount(parts[1], 1), amount(parts[2], 1)), alpha2];
}
var linear = (channel) => {
  const c = Math.min(255, Math.max(0, channel)) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
function luminanceOnWhite(text4) {
  const rgba = hex(text4) ?? functional(text4);
  if (!rgba) return void 0;
  const alpha2 = Math.min(1, Math.max(0, rgba[3]));
  const [r, g, b] = rgba.slice(0, 3).map((c) => linear(c * alpha2 + 255 * (1 - alpha2)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function isLightColour(value) {
  const text4 = value.replace(/!\s*important\s*$/i, "").trim().toLowerCase();
  if (LIGHT_NAMES.has(text4)) return true;
  return (luminanceOnWhite(text4) ?? 0) >= LIGHT_LUMINANCE;
}

// src/render/plugins/check-style.ts
var UNSAFE_STYLE_HINT = {
  script: renderStyleMessages.msg.unsafeStyleScript,
  remote: renderStyleMessages.msg.unsafeStyleRemote,
  data: renderStyleMessages.msg.unsafeStyleData,
  local: renderStyleMessages.msg.unsafeStyleLocal
};
var POSITION_OFFSETS = /* @__PURE__ */ new Set(["top", "right", "bottom", "left", "inset", "z-index"]);
var BACKDROP = /* @__PURE__ */ new Set(["background", "background-color", "background-image"]);
var property = (d) => unescapeCss(d.property).trim().toLowerCase();
function invisibleText(kept, removed) {
  if (!removed.some((d) => BACKDROP.has(property(d)))) return [];
  const backdrop = kept.some(
    (d) => (property(d) === "background" || property(d) === "background-color") && !isLightColour(d.value) && !/^(?:none|transparent)\s*(?:!\s*important)?$/i.test(d.value)
  );
  return backdrop ? [] : kept.filter((d) => property(d) === "color" && isLightColour(d.value));
}
function checkStyle(node, file) {
  const style = typeof node.properties.style === "string" ? node.properties.style : "";
  if (!style) return;
  const place = node.position;
  const declarations = parseDeclarations(style);
  const unsafe = new Map(declarations.map((d) => [d, unsafeDeclaration(d)]));
  const removed = declarations.filter((d) => unsafe.get(d));
  const invisible = invisibleText(
    declarations.filter((d) => !unsafe.get(d)),
    removed
  );
  const told = removed.find((d) => BACKDROP.has(property(d)));
  for (const d of removed) {
    const why = unsafe.get(d);
    const params = { text: d.text, tag: node.tagName, reason: why.reason };
    report(
      file,
      "warning",
      "render/unsafe-style",
      "render",
      d === told && invisible.length > 0 ? renderStyleMessages.msg.unsafeStyleLightText({ ...params, colour: invisible.at(-1).value }) : renderStyleMessages.msg.unsafeStyle(params),
      { place, value: d.text, hint: UNSAFE_STYLE_HINT[why.kind]() }
    );
  }
  const kept = declarations.filter((d) => !unsafe.get(d) && !invisible.includes(d));
  const dropped = kept.filter((d) => DROPPED_STYLE.has(property(d)));
  const offsets = dropped.some((d) => property(d) === "position") ? kept.filter((d) => POSITION_OFFSETS.has(property(d))) : [];
  if (dropped.length > 0) {
    const names = (list2) => [...new Set(list2.map(property))].join("`, `");
    report(
      file,
      "warning",
      "render/unsupported-style",
      "render",
      renderStyleMessages.msg.unsupportedStyle({ list: names(dropped), offsets: names(offsets), tag: node.tagName }),
      { place, value: style, hint: renderStyleMessages.msg.unsupportedStyleHint() }
    );
  }
  const clean = kept.filter((d) => !dropped.includes(d) && !offsets.includes(d));
  if (clean.length === declarations.length) return;
  if (clean.length > 0) node.properties.style = serializeDeclarations(clean);
  else delete node.properties.style;
}

// src/render/plugins/check-element-url.ts
function checkElementUrl(node, file) {
  if (node.tagName === "img") checkImageSource(node, file);
  if (node.tagName === "a") checkHref(node, file);
}
function checkImageSource(node, file) {
  const place = node.position;
  const src = typeof node.properties.src === "string" ? node.properties.src.trim() : "";
  if (!src) {
    report(file, "error", "image/missing-src", "render", renderImageMessages.msg.missingSrc(), {
      place,
      value: typeof node.properties.src === "string" ? node.properties.src : "",
      hint: renderImageMessages.msg.missingSrcHint()
    });
    return;
  }
  const scheme = normalizedScheme(src);
  if (scheme === void 0 || SRC_SCHEMES.includes(scheme)) {
    node.properties.src = withCanonicalScheme(src, SRC_SCHEMES);
    return;
  }
  if (scheme === "data") {
    report(file, "error", "image/data-uri", "render", renderImageMessages.msg.dataUri(), {
      place,
      value: shortUrl(src),
      hint: renderImageMessages.msg.dataUriPathHint()
    });
    return;
  }
  const what = scheme.length === 1 ? renderImageMessages.msg.windowsPath({ src: decodePath(src) }) : renderImageMessages.msg.unsupportedScheme({ scheme, src: shortUrl(src) });
  report(file, "error", "image/unsupported-source", "render", what, {
    place,
    value: shortUrl(src),
    hint: renderImageMessages.msg.useLocalOrHttps()
  });
}
function checkHref(node, file) {
  const href = node.properties.href;
  if (typeof href !== "string") return;
  const scheme = normalizedScheme(href);
  if (scheme === void 0 || HREF_SCHEMES.includes(scheme)) {
    node.properties.href = withCanonicalScheme(href, HREF_SCHEMES);
    return;
  }
  const place = node.position;
  const value = shortUrl(href);
  if (scheme === "javascript") {
    report(file, "warning", "render/javascript-url", "render", renderHtmlMessages.msg.javascriptUrl({ value }), {
      place,
      value,
      hint: renderHtmlMessages.msg.removeLink()
    });
  } else if (scheme === "vbscript" || scheme === "data") {
    report(file, "warning", "render/unsafe-url", "render", renderHtmlMessages.msg.unsafeUrl({ scheme, value }), {
      place,
      value,
      hint: renderHtmlMessages.msg.removeLink()
    });
  } else {
    report(file, "warning", "render/unusable-link", "render", renderHtmlMessages.msg.unusableScheme({ scheme, value }), {
      place,
      value,
      hint: renderHtmlMessages.msg.unusableSchemeHint()
    });
  }
}

// src/render/plugins/rehype-sanitize-wechat.ts
var classes3 = (node) => node?.type === "element" && Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
function isTaskCheckbox(node, parent, grandparent) {
  if (node.properties.type !== "checkbox") return false;
  const item = parent.type === "element" && parent.tagName === "p" ? grandparent : parent;
  return item?.type === "element" && item.tagName === "li" && classes3(item).includes("task-list-item");
}
function removedHint(tag) {
  if (tag === "iframe") return renderHtmlMessages.msg.iframeHint();
  if (tag === "video") return renderHtmlMessages.msg.videoHint();
  if (tag === "audio") return renderHtmlMessages.msg.audioHint();
  return renderHtmlMessages.msg.removeFromMarkdown();
}
function inspect(parent, grandparent, file, inRemoved) {
  const kids = parent.children;
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i];
    if (node.type !== "element") continue;
    const place = node.position;
    if (node.tagName === "input" && !isTaskCheckbox(node, parent, grandparent)) {
      if (!inRemoved) {
        report(file, "warning", "render/removed-element", "render", renderHtmlMessages.msg.input(), {
          place,
          value: "<input>",
          hint: renderHtmlMessages.msg.removeFromMarkdown()
        });
      }
      kids.splice(i--, 1);
      continue;
    }
    if (inRemoved && STRIP.includes(node.tagName)) continue;
    const dangerous2 = DANGEROUS.has(node.tagName);
    if (dangerous2 && !inRemoved) {
      report(file, "warning", "render/removed-element", "render", renderHtmlMessages.msg.element({ tag: node.tagName }), {
        place,
        value: `<${node.tagName}>`,
        hint: removedHint(node.tagName)
      });
    }
    for (const key2 of Object.keys(node.properties)) {
      if (/^on/i.test(key2)) {
        report(
          file,
          "warning",
          "render/removed-attribute",
          "render",
          renderHtmlMessages.msg.eventHandler({ key: key2.toLowerCase(), tag: node.tagName }),
          {
            place,
            value: key2,
            hint: renderHtmlMessages.msg.eventHandlerHint()
          }
        );
      }
    }
    if (node.tagName === "math" && !inRemoved) {
      report(file, "warning", "render/removed-element", "render", renderHtmlMessages.msg.math(), {
        place,
        value: "<math>",
        hint: renderHtmlMessages.msg.mathHint()
      });
    }
    if (node.tagName === "svg" && !inRemoved) cleanSvg(node, file);
    if (STRIP.includes(node.tagName)) continue;
    if (node.tagName === "font") convertFont(node, file);
    if (node.tagName === "center") convertCenter(node);
    checkStyle(node, file);
    if (node.tagName === "img" && node.properties.srcSet !== void 0 && !inRemoved) {
      report(file, "warning", "render/removed-attribute", "render", renderHtmlMessages.msg.srcset(), {
        place,
        value: "srcset",
        hint: renderHtmlMessages.msg.srcsetHint()
      });
    }
    checkElementUrl(node, file);
    const hadElements = node.children.some((c) => c.type === "element");
    if (node.children.length > 0) inspect(node, parent, file, inRemoved || dangerous2);
    if (node.tagName === "p" && hadElements && node.children.every(
      (c) => c.type === "text" && !c.value.trim() || c.type === "element" && STRIP.includes(c.tagName)
    ))
      kids.splice(i--, 1);
  }
}
function rehypeSanitizeWechat() {
  return (tree, file) => {
    inspect(tree, void 0, file, false);
    const clean = sanitizeToWechatSchema(tree);
    tree.children = clean.children;
  };
}

// src/render/plugins/keep-code-whole.ts
var SHORT_CODE_EM = 16;
var NOWRAP = "white-space:nowrap";
var BREAKS_AFTER = /[-/~\u2010-\u2015]/;
function cellCode(cell) {
  const found = [];
  walkElements(cell, (node) => {
    if (node.tagName !== "code") return void 0;
    found.push(node);
    return SKIP;
  });
  return found;
}
function codeWidth(code2) {
  const text4 = toString(code2);
  const whole = emWidth(text4);
  if (whole <= SHORT_CODE_EM) return whole;
  return Math.max(0, ...text4.split(/\s+/).map(emWidth));
}
function addStyle2(node, style) {
  const own5 = typeof node.properties.style === "string" ? node.properties.style : "";
  node.properties.style = [own5, style].filter(Boolean).join(";");
}
function wholeWords(text4) {
  return text4.split(/(\s+)/).filter(Boolean).map(
    (piece) => BREAKS_AFTER.test(piece) && !/\s/.test(piece) ? {
      type: "element",
      tagName: "span",
      properties: { style: NOWRAP },
      children: [{ type: "text", value: piece }]
    } : { type: "text", value: piece }
  );
}
function keepCodeWhole(cell) {
  for (const code2 of cellCode(cell)) {
    if (emWidth(toString(code2)) <= SHORT_CODE_EM) addStyle2(code2, NOWRAP);
    else code2.children = code2.children.flatMap((c) => c.type === "text" ? wholeWords(c.value) : [c]);
  }
}

// src/render/plugins/table-columns.ts
var SHORT_CELL_EM = 6.5;
var PHONE_EM = 343 / 14;
var CELL_PADDING_EM = 1.5;
var LETTER_SPACING = 1.05;
var CODE_PADDING_EM = 0.6;
var MIN_COLUMN_EM = 3;
var childElements = (node, tags) => node.children.filter((c) => c.type === "element" && tags.includes(c.tagName));
function columnsOf(table2) {
  const columns = [];
  const sections = childElements(table2, ["thead", "tbody", "tfoot"]);
  const rows = [...childElements(table2, ["tr"]), ...sections.flatMap((s) => childElements(s, ["tr"]))];
  for (const row of rows) {
    for (const [i, node] of childElements(row, ["td", "th"]).entries()) {
      const text4 = toString(node).trim();
      const code2 = someNode(node, (n) => n.tagName === "code") ? CODE_PADDING_EM : 0;
      const whole = emWidth(text4) * LETTER_SPACING + code2;
      const narrowest = Math.max(
        unbreakableWidth(text4) * LETTER_SPACING + code2,
        ...cellCode(node).map((c) => codeWidth(c) * LETTER_SPACING + CODE_PADDING_EM)
      );
      const cell = { node, whole, narrowest, short: whole > narrowest && whole <= SHORT_CELL_EM };
      (columns[i] ??= []).push(cell);
    }
  }
  return columns;
}
function cellStyles(table2) {
  const columns = columnsOf(table2).map((cells2) => {
    const narrowest = Math.max(...cells2.map((c) => c.narrowest));
    const floor = Math.max(narrowest, Math.min(MIN_COLUMN_EM, Math.max(...cells2.map((c) => c.whole))));
    const kept = Math.max(floor, ...cells2.map((c) => c.short ? c.whole : c.narrowest));
    return { cells: cells2, floor, extra: kept - floor, whole: false };
  });
  let width = columns.reduce((sum, c) => sum + c.floor + CELL_PADDING_EM, 0);
  const narrowestPx = Math.round(width * (343 / PHONE_EM));
  const scrolls = width > PHONE_EM;
  for (const column of [...columns].sort((a, b) => a.extra - b.extra)) {
    if (!scrolls && width + column.extra > PHONE_EM) break;
    width += column.extra;
    column.whole = true;
  }
  const styles = /* @__PURE__ */ new Map();
  for (const { cells: cells2, floor, whole } of columns) {
    const least = Math.max(...cells2.map((c) => whole && c.short ? c.whole : c.narrowest));
    for (const cell of cells2) if (whole && cell.short) styles.set(cell.node, "white-space:nowrap");
    if (floor <= least) continue;
    const first = cells2[0].node;
    const minWidth = `box-sizing:border-box;min-width:${Math.round((floor + CELL_PADDING_EM) * 10) / 10}em`;
    styles.set(first, [styles.get(first), minWidth].filter(Boolean).join(";"));
  }
  return { styles, scrolls, columns: columns.length, narrowestPx };
}

// src/render/plugins/rehype-tables.ts
function rehypeTables() {
  return (tree, file) => {
    walkElements(tree, (node, index, parent) => {
      if (node.tagName !== "table") return;
      const { styles: extra, scrolls, columns, narrowestPx: px2 } = cellStyles(node);
      if (scrolls)
        report(file, "warning", "render/table-too-wide", "render", renderDiagramMessages.msg.tableTooWide({ columns, px: px2 }), {
          place: node.position,
          value: `${px2}px`,
          hint: renderDiagramMessages.msg.tableTooWideHint()
        });
      walkElements(node, (cell) => {
        if (cell.tagName !== "td" && cell.tagName !== "th") return;
        const align = cell.properties.align;
        const styles = typeof align === "string" && align ? [`text-align:${align}`] : [];
        const more = extra.get(cell);
        if (more) styles.push(more);
        if (styles.length) cell.properties.style = styles.join(";");
        delete cell.properties.align;
        keepCodeWhole(cell);
        return SKIP;
      });
      const hint = scrolls ? [
        {
          type: "element",
          tagName: "p",
          properties: { className: ["table-scroll-hint"], dataWxpressDropEmpty: "" },
          children: []
        }
      ] : [];
      if (parent.type === "element" && parent.tagName === "section") return SKIP;
      parent.children.splice(
        index,
        1,
        { type: "element", tagName: "section", properties: { className: ["table-wrap"] }, children: [node] },
        ...hint
      );
      return index + 1 + hint.length;
    });
  };
}

// src/render/plugins/rehype-long-code.ts
var LONG_EM = 5;
function rehypeLongCode() {
  return (tree) => {
    walkElements(tree, (node) => {
      if (node.tagName === "pre" || node.tagName === "table") return SKIP;
      if (node.tagName !== "code") return void 0;
      const text4 = toString(node);
      if (!/[\s\-/]/.test(text4) && emWidth(text4) > LONG_EM) addStyle2(node, "word-break:break-all");
      return SKIP;
    });
  };
}

// src/render/plugins/rehype-task-items.ts
function rehypeTaskItems() {
  return (tree) => {
    walkElements(tree, (node) => {
      if (node.tagName !== "input" || node.properties.type !== "checkbox") return;
      const checked = node.properties.checked === true || node.properties.checked === "";
      node.tagName = "span";
      node.properties = { className: ["task-marker"] };
      node.children = [{ type: "text", value: checked ? "\u2611 " : "\u2610 " }];
    });
    walkElements(tree, (node) => {
      if (node.tagName !== "li") return;
      const classes5 = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
      if (classes5.includes("task-list-item")) node.properties.className = ["task-item"];
      else if (classes5.length > 0) delete node.properties.className;
    });
    walkElements(tree, (node) => {
      if ((node.tagName === "ul" || node.tagName === "ol") && Array.isArray(node.properties.className))
        delete node.properties.className;
    });
  };
}

// src/render/plugins/rehype-cjk-line-breaks.ts
var CJK = "\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef";
var BREAK = new RegExp(`([${CJK}])[ \\t]*\\n[ \\t]*(?=[${CJK}])`, "g");
var KEEP = /* @__PURE__ */ new Set(["pre", "code", "svg", "math", "script", "style", "textarea"]);
var IS_CJK = new RegExp(`[${CJK}]`);
var LEAD = /^[ \t]*\n[ \t]*/;
var TRAIL = /[ \t]*\n[ \t]*$/;
function edge(node, last) {
  if (!node) return "";
  if (node.type === "text") return last ? node.value.slice(-1) : node.value.charAt(0);
  if (node.type !== "element" || KEEP.has(node.tagName)) return "";
  return edge(last ? node.children.at(-1) : node.children[0], last);
}
function visit2(nodes) {
  for (const [i, node] of nodes.entries()) {
    if (node.type === "text") {
      if (!node.value.includes("\n")) continue;
      let value = node.value.replace(BREAK, "$1");
      if (LEAD.test(value) && IS_CJK.test(edge(nodes[i - 1], true)) && IS_CJK.test(value.replace(LEAD, "").charAt(0)))
        value = value.replace(LEAD, "");
      if (TRAIL.test(value) && IS_CJK.test(edge(nodes[i + 1], false)) && IS_CJK.test(value.replace(TRAIL, "").slice(-1)))
        value = value.replace(TRAIL, "");
      node.value = value;
    } else if (node.type === "element" && !KEEP.has(node.tagName)) visit2(node.children);
  }
}
function rehypeCjkLineBreaks() {
  return (tree) => visit2(tree.children);
}

// src/render/readable-url.ts
import { domainToASCII, domainToUnicode } from "node:url";
var utf8 = new TextDecoder("utf-8", { fatal: true });
var HIDDEN = /[\p{C}\p{Z}]/u;
function decodeRun(run) {
  const bytes = run.slice(1).split("%").map((h) => Number.parseInt(h, 16));
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const size = b >= 240 && b <= 244 ? 4 : b >= 224 ? 3 : b >= 194 && b < 224 ? 2 : 1;
    let char;
    if (size > 1 && i + size <= bytes.length) {
      try {
        char = utf8.decode(Uint8Array.from(bytes.slice(i, i + size)));
      } catch {
        char = void 0;
      }
    }
    if (char !== void 0 && [...char].length === 1 && !HIDDEN.test(char)) {
      out += char;
      i += size;
    } else {
      out += run.slice(i * 3, i * 3 + 3);
      i++;
    }
  }
  return out;
}
var READABLE_HOST = /^(?:[\x21-\x7e]|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Bopomofo}])*$/u;
function readableHost(host) {
  const unicode = /[^\x00-\x7f]/.test(host) ? host : /(?:^|\.)xn--/i.test(host) ? domainToUnicode(host) : host;
  if (unicode && READABLE_HOST.test(unicode)) return unicode;
  return domainToASCII(host) || host;
}
function readableUrl(url) {
  const decoded = url.replace(/(?:%[0-9a-f]{2})+/gi, decodeRun);
  return decoded.replace(
    /^([a-z][a-z\d+.-]*:)?(\/\/(?:[^/?#@]*@)?)([^/?#:]+)/i,
    (_, scheme, lead, host) => `${scheme ?? ""}${lead}${readableHost(host)}`
  );
}

// src/render/plugins/rehype-wechat-root.ts
var element3 = (tagName, className, children2) => ({
  type: "element",
  tagName,
  properties: className.length ? { className } : {},
  children: children2
});
function references(links) {
  const items = [...links].sort((a, b) => a[1] - b[1]).map(
    ([url, n]) => element3("li", [], [element3("p", [], [{ type: "text", value: `[${n}] ${readableUrl(url)}` }])])
  );
  return element3(
    "section",
    ["references"],
    [element3("p", ["references-title"], [{ type: "text", value: "\u53C2\u8003\u94FE\u63A5" }]), element3("ol", [], items)]
  );
}
function rehypeWechatRoot() {
  return (tree, file) => {
    const ctx = renderContext(file);
    const body3 = tree.children.filter((c) => !(c.type === "text" && !c.value.trim()));
    const footnotes = body3.findIndex(
      (c) => c.type === "element" && c.tagName === "section" && String(c.properties.className ?? "").includes("footnotes")
    );
    const children2 = [...body3];
    if (ctx.references.size > 0)
      children2.splice(footnotes >= 0 ? footnotes + 1 : children2.length, 0, references(ctx.references));
    const slogan = ctx.article.frontmatter.slogan;
    if (slogan) {
      children2.push({
        type: "element",
        tagName: "section",
        properties: { className: ["slogan"] },
        children: [
          { type: "element", tagName: "p", properties: {}, children: [{ type: "text", value: slogan }] }
        ]
      });
    }
    tree.children = [
      { type: "element", tagName: "section", properties: { className: ["wxpress"] }, children: children2 }
    ];
  };
}

// src/render/plugins/rehype-trim-whitespace.ts
var BLOCKS = /* @__PURE__ */ new Set([
  "ul",
  "ol",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "section",
  "blockquote",
  "figure",
  "li"
]);
function rehypeTrimWhitespace() {
  return (tree) => {
    walkElements(tree, (node) => {
      if (!BLOCKS.has(node.tagName)) return;
      const hasBlockChild = node.children.some(
        (c) => c.type === "element" && c.tagName !== "span" && c.tagName !== "code" && c.tagName !== "strong" && c.tagName !== "em" && c.tagName !== "sup" && c.tagName !== "a" && c.tagName !== "img" && c.tagName !== "br" && c.tagName !== "del"
      );
      if (node.tagName !== "li" || hasBlockChild) {
        node.children = node.children.filter(
          (c) => !(c.type === "text" && /^\s*$/.test(c.value) && (node.tagName !== "li" || c.value.includes("\n")))
        );
      }
      if (node.tagName === "li") {
        const last = node.children.at(-1);
        if (last?.type === "text") last.value = last.value.replace(/\s+$/, "");
      }
    });
  };
}

// src/render/plugins/rehype-raw-if-needed.ts
function rehypeRawIfNeeded() {
  let raw3;
  return async (tree, file) => {
    if (!someNode(tree, (node) => node.type === "raw")) return tree;
    raw3 ??= import("./chunk-JA474PVL.js").then((m) => m.default());
    walkElements(tree, (node) => {
      if (node.tagName !== "pre") return;
      const code2 = node.children[0];
      const first = code2?.type === "element" && code2.tagName === "code" ? code2.children[0] : void 0;
      if (first?.type === "text" && first.value.startsWith("\n")) first.value = `
${first.value}`;
      return SKIP;
    });
    return (await raw3)(tree, file);
  };
}

// src/render/plugins/rehype-writer-colours.ts
var OWN_COLOURS = /* @__PURE__ */ new Set(["pre", "svg", "a"]);
var INLINE = /* @__PURE__ */ new Set(["strong", "b", "em", "i", "u", "del", "s", "mark", "small", "span", "sup", "sub"]);
function declared(node) {
  const style = node.properties.style;
  const out = { color: false, background: false };
  if (typeof style !== "string") return out;
  for (const d of parseDeclarations(style)) {
    if (d.property === "color") out.color = true;
    if (d.property === "background" || d.property === "background-color") out.background = true;
  }
  return out;
}
var classes4 = (node) => Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
function mark(parent, inherited) {
  for (const node of parent.children) {
    if (node.type !== "element") continue;
    if (OWN_COLOURS.has(node.tagName) || classes4(node).some((c) => /^math-|^mermaid$/.test(c))) continue;
    const own5 = declared(node);
    const drop = [
      inherited.color && !own5.color ? "color" : "",
      inherited.background && !own5.background && INLINE.has(node.tagName) ? "background" : ""
    ].filter(Boolean);
    if (drop.length > 0) node.properties.dataWxpressInherit = drop.join(" ");
    mark(node, { color: inherited.color || own5.color, background: inherited.background || own5.background });
  }
}
function rehypeWriterColours() {
  return (tree) => mark(tree, { color: false, background: false });
}

// src/render/create-processor.ts
function linearListItem() {
  const answers = /* @__PURE__ */ new WeakMap();
  return (state, node, parent) => {
    if (parent?.type !== "list") return handlers.listItem(state, node, parent);
    let standIn = answers.get(parent);
    if (!standIn) {
      const spread = parent.spread === true || parent.children.some((item) => (item.spread ?? item.children.length > 1) === true);
      standIn = { type: "list", spread, children: [] };
      answers.set(parent, standIn);
    }
    return handlers.listItem(state, node, standIn);
  };
}
function createProcessor(user = {}, theme = {}) {
  return createMarkdownProcessor().use(user.remarkPlugins ?? []).use(remarkAlerts).use(remarkAutolinkCjk).use(remarkEmoji).use(remarkRehype, {
    allowDangerousHtml: true,
    clobberPrefix: "",
    footnoteLabel: "\u6CE8\u91CA",
    handlers: { listItem: linearListItem() }
  }).use(rehypeRawIfNeeded).use(rehypeSanitizeWechat).use(theme.rehypePlugins ?? []).use(user.rehypePlugins ?? []).use(rehypeHeadings).use(rehypeDetails).use(rehypeMath).use(rehypeMermaid).use(rehypeCodeBlocks).use(rehypeTaskItems).use(rehypeTables).use(rehypeLongCode).use(rehypeFootnotes).use(rehypeLists).use(rehypeLinks).use(rehypeImages).use(rehypeFigures).use(rehypeCjkLineBreaks).use(rehypeWechatRoot).use(rehypeWriterColours).use(rehypeTrimWhitespace).use(rehypeStringify).freeze();
}
export {
  createProcessor,
  linearListItem
};
