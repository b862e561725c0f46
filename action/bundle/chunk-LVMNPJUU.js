import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  caseTwin,
  createCache,
  insideSuggestion,
  sha256,
  siteCache,
  startHelpers,
  threadsFor
} from "./chunk-S23H6RSW.js";
import {
  loadTheme
} from "./chunk-BRDAFRXC.js";
import {
  recordsSince,
  replayRecords
} from "./chunk-DJXUAFTC.js";
import {
  decodePath,
  shownRef,
  walkNodes,
  writtenAt
} from "./chunk-F522ZLBN.js";
import {
  isRemote,
  resolveAsset
} from "./chunk-UHZN63ZL.js";
import {
  hashKey
} from "./chunk-A2AXCRP6.js";
import {
  inspectFile
} from "./chunk-OYTPAMKN.js";
import {
  FLATTEN_ON,
  readImageHeader,
  usableAsIs
} from "./chunk-SUMJWZ6U.js";
import {
  SPACED_LINK_OR_IMAGE
} from "./chunk-V5G7W6GZ.js";
import {
  finishParse
} from "./chunk-LDYINIK6.js";
import {
  codePoints
} from "./chunk-7M4XFPZV.js";
import {
  parseDeclarations
} from "./chunk-UM7H22DT.js";
import {
  report
} from "./chunk-ATHEYLYN.js";
import {
  imageFileMessages,
  renderCliMessages,
  renderImageMessages,
  renderMessages,
  renderSizeMessages,
  themeMessages
} from "./chunk-OWIXN4P4.js";
import {
  __commonJS,
  __toESM
} from "./chunk-EP4KRDZC.js";

// node_modules/ipaddr.js/lib/ipaddr.js
var require_ipaddr = __commonJS({
  "node_modules/ipaddr.js/lib/ipaddr.js"(exports, module) {
    (function(root) {
      "use strict";
      const ipv4Part = "(0?\\d+|0x[a-f0-9]+)";
      const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, "i"),
        longValue: new RegExp(`^${ipv4Part}$`, "i")
      };
      const octalRegex = new RegExp(`^0[0-7]+$`, "i");
      const hexRegex = new RegExp(`^0x[a-f0-9]+$`, "i");
      const zoneIndex = "%[0-9a-z]{1,}";
      const ipv6Part = "(?:[0-9a-f]+::?)+";
      const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, "i"),
        "native": new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, "i"),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, "i"),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, "i")
      };
      function expandIPv6(string, parts) {
        if (string.indexOf("::") !== string.lastIndexOf("::")) {
          return null;
        }
        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;
        if (zoneId) {
          zoneId = zoneId.substring(1);
          string = string.replace(/%.+$/, "");
        }
        while ((lastColon = string.indexOf(":", lastColon + 1)) >= 0) {
          colonCount++;
        }
        if (string.substr(0, 2) === "::") {
          colonCount--;
        }
        if (string.substr(-2, 2) === "::") {
          colonCount--;
        }
        if (colonCount >= parts) {
          return null;
        }
        replacementCount = parts - colonCount;
        replacement = ":";
        while (replacementCount--) {
          replacement += "0:";
        }
        string = string.replace("::", replacement);
        if (string[0] === ":") {
          string = string.slice(1);
        }
        if (string[string.length - 1] === ":") {
          string = string.slice(0, -1);
        }
        parts = (function() {
          const ref = string.split(":");
          const results = [];
          for (let i = 0; i < ref.length; i++) {
            results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
          }
          return results;
        })();
        return {
          parts,
          zoneId
        };
      }
      function matchCIDR(first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
          throw new Error("ipaddr: cannot match CIDR for objects with different lengths");
        }
        let part = 0;
        let shift;
        while (cidrBits > 0) {
          shift = partSize - cidrBits;
          if (shift < 0) {
            shift = 0;
          }
          if (first[part] >> shift !== second[part] >> shift) {
            return false;
          }
          cidrBits -= partSize;
          part += 1;
        }
        return true;
      }
      function parseIntAuto(string) {
        if (hexRegex.test(string)) {
          return parseInt(string, 16);
        }
        if (string[0] === "0" && !isNaN(parseInt(string[1], 10))) {
          if (octalRegex.test(string)) {
            return parseInt(string, 8);
          }
          throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        return parseInt(string, 10);
      }
      function padPart(part, length) {
        while (part.length < length) {
          part = `0${part}`;
        }
        return part;
      }
      const ipaddr2 = {};
      ipaddr2.IPv4 = (function() {
        function IPv4(octets) {
          if (octets.length !== 4) {
            throw new Error("ipaddr: ipv4 octet count should be 4");
          }
          let i, octet;
          for (i = 0; i < octets.length; i++) {
            octet = octets[i];
            if (!(0 <= octet && octet <= 255)) {
              throw new Error("ipaddr: ipv4 octet should fit in 8 bits");
            }
          }
          this.octets = octets;
        }
        IPv4.prototype.SpecialRanges = {
          unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
          broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
          // RFC3171
          multicast: [[new IPv4([224, 0, 0, 0]), 4]],
          // RFC3927
          linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
          // RFC5735
          loopback: [[new IPv4([127, 0, 0, 0]), 8]],
          // RFC6598
          carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
          // RFC1918
          "private": [
            [new IPv4([10, 0, 0, 0]), 8],
            [new IPv4([172, 16, 0, 0]), 12],
            [new IPv4([192, 168, 0, 0]), 16]
          ],
          // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
          reserved: [
            [new IPv4([192, 0, 0, 0]), 24],
            [new IPv4([192, 0, 2, 0]), 24],
            [new IPv4([192, 88, 99, 0]), 24],
            [new IPv4([198, 18, 0, 0]), 15],
            [new IPv4([198, 51, 100, 0]), 24],
            [new IPv4([203, 0, 113, 0]), 24],
            [new IPv4([240, 0, 0, 0]), 4]
          ],
          // RFC7534, RFC7535
          as112: [
            [new IPv4([192, 175, 48, 0]), 24],
            [new IPv4([192, 31, 196, 0]), 24]
          ],
          // RFC7450
          amt: [
            [new IPv4([192, 52, 193, 0]), 24]
          ]
        };
        IPv4.prototype.kind = function() {
          return "ipv4";
        };
        IPv4.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv4") {
            throw new Error("ipaddr: cannot match ipv4 address with non-ipv4 one");
          }
          return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };
        IPv4.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 8,
            128: 7,
            192: 6,
            224: 5,
            240: 4,
            248: 3,
            252: 2,
            254: 1,
            255: 0
          };
          let i, octet, zeros;
          for (i = 3; i >= 0; i -= 1) {
            octet = this.octets[i];
            if (octet in zerotable) {
              zeros = zerotable[octet];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 8) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 32 - cidr;
        };
        IPv4.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv4.prototype.toByteArray = function() {
          return this.octets.slice(0);
        };
        IPv4.prototype.toIPv4MappedAddress = function() {
          return ipaddr2.IPv6.parse(`::ffff:${this.toString()}`);
        };
        IPv4.prototype.toNormalizedString = function() {
          return this.toString();
        };
        IPv4.prototype.toString = function() {
          return this.octets.join(".");
        };
        return IPv4;
      })();
      ipaddr2.IPv4.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.isIPv4 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv4.isValid = function(string) {
        try {
          new this(this.parser(string));
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDR = function(string) {
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidFourPartDecimal = function(string) {
        if (ipaddr2.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
          return true;
        } else {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDRFourPartDecimal = function(string) {
        const match = string.match(/^(.+)\/(\d+)$/);
        if (!ipaddr2.IPv4.isValidCIDR(string) || !match) {
          return false;
        }
        return ipaddr2.IPv4.isValidFourPartDecimal(match[1]);
      };
      ipaddr2.IPv4.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.parse = function(string) {
        const parts = this.parser(string);
        if (parts === null) {
          throw new Error("ipaddr: string is not formatted like an IPv4 Address");
        }
        return new this(parts);
      };
      ipaddr2.IPv4.parseCIDR = function(string) {
        let match;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          const maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 32) {
            const parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv4 CIDR range");
      };
      ipaddr2.IPv4.parser = function(string) {
        let match, part, value;
        if (match = string.match(ipv4Regexes.fourOctet)) {
          return (function() {
            const ref = match.slice(1, 6);
            const results = [];
            for (let i = 0; i < ref.length; i++) {
              part = ref[i];
              results.push(parseIntAuto(part));
            }
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.longValue)) {
          value = parseIntAuto(match[1]);
          if (value > 4294967295 || value < 0) {
            throw new Error("ipaddr: address outside defined range");
          }
          return (function() {
            const results = [];
            let shift;
            for (shift = 0; shift <= 24; shift += 8) {
              results.push(value >> shift & 255);
            }
            return results;
          })().reverse();
        } else if (match = string.match(ipv4Regexes.twoOctet)) {
          return (function() {
            const ref = match.slice(1, 4);
            const results = [];
            value = parseIntAuto(ref[1]);
            if (value > 16777215 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(value >> 16 & 255);
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.threeOctet)) {
          return (function() {
            const ref = match.slice(1, 5);
            const results = [];
            value = parseIntAuto(ref[2]);
            if (value > 65535 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(parseIntAuto(ref[1]));
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else {
          return null;
        }
      };
      ipaddr2.IPv4.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
          throw new Error("ipaddr: invalid IPv4 prefix length");
        }
        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 4) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.IPv6 = (function() {
        function IPv6(parts, zoneId) {
          let i, part;
          if (parts.length === 16) {
            this.parts = [];
            for (i = 0; i <= 14; i += 2) {
              this.parts.push(parts[i] << 8 | parts[i + 1]);
            }
          } else if (parts.length === 8) {
            this.parts = parts;
          } else {
            throw new Error("ipaddr: ipv6 part count should be 8 or 16");
          }
          for (i = 0; i < this.parts.length; i++) {
            part = this.parts[i];
            if (!(0 <= part && part <= 65535)) {
              throw new Error("ipaddr: ipv6 part should fit in 16 bits");
            }
          }
          if (zoneId) {
            this.zoneId = zoneId;
          }
        }
        IPv6.prototype.SpecialRanges = {
          // RFC4291, here and after
          unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
          linkLocal: [new IPv6([65152, 0, 0, 0, 0, 0, 0, 0]), 10],
          multicast: [new IPv6([65280, 0, 0, 0, 0, 0, 0, 0]), 8],
          loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
          uniqueLocal: [new IPv6([64512, 0, 0, 0, 0, 0, 0, 0]), 7],
          ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 65535, 0, 0]), 96],
          // RFC3879
          deprecatedSiteLocal: [new IPv6([65216, 0, 0, 0, 0, 0, 0, 0]), 10],
          // RFC6666
          discard: [new IPv6([256, 0, 0, 0, 0, 0, 0, 0]), 64],
          // RFC6145
          rfc6145: [new IPv6([0, 0, 0, 0, 65535, 0, 0, 0]), 96],
          rfc6052: [
            // RFC6052
            [new IPv6([100, 65435, 0, 0, 0, 0, 0, 0]), 96],
            // RFC8215
            [new IPv6([100, 65435, 1, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC3056
          "6to4": [new IPv6([8194, 0, 0, 0, 0, 0, 0, 0]), 16],
          // RFC6052, RFC6146
          teredo: [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 32],
          // RFC5180
          benchmarking: [new IPv6([8193, 2, 0, 0, 0, 0, 0, 0]), 48],
          // RFC7450
          amt: [new IPv6([8193, 3, 0, 0, 0, 0, 0, 0]), 32],
          as112v6: [
            // RFC7535
            [new IPv6([8193, 4, 274, 0, 0, 0, 0, 0]), 48],
            // RFC7534
            [new IPv6([9760, 79, 32768, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC4843
          deprecatedOrchid: [new IPv6([8193, 16, 0, 0, 0, 0, 0, 0]), 28],
          // RFC7343
          orchid2: [new IPv6([8193, 32, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9374
          droneRemoteIdProtocolEntityTags: [new IPv6([8193, 48, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9602
          segmentRouting: [new IPv6([24320, 0, 0, 0, 0, 0, 0, 0]), 16],
          reserved: [
            // RFC3849
            [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 23],
            // RFC2928
            [new IPv6([8193, 3512, 0, 0, 0, 0, 0, 0]), 32],
            // RFC9637
            [new IPv6([16383, 0, 0, 0, 0, 0, 0, 0]), 20]
          ]
        };
        IPv6.prototype.isIPv4MappedAddress = function() {
          return this.range() === "ipv4Mapped";
        };
        IPv6.prototype.kind = function() {
          return "ipv6";
        };
        IPv6.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv6") {
            throw new Error("ipaddr: cannot match ipv6 address with non-ipv6 one");
          }
          return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };
        IPv6.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 16,
            32768: 15,
            49152: 14,
            57344: 13,
            61440: 12,
            63488: 11,
            64512: 10,
            65024: 9,
            65280: 8,
            65408: 7,
            65472: 6,
            65504: 5,
            65520: 4,
            65528: 3,
            65532: 2,
            65534: 1,
            65535: 0
          };
          let part, zeros;
          for (let i = 7; i >= 0; i -= 1) {
            part = this.parts[i];
            if (part in zerotable) {
              zeros = zerotable[part];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 16) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 128 - cidr;
        };
        IPv6.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv6.prototype.toByteArray = function() {
          let part;
          const bytes = [];
          const ref = this.parts;
          for (let i = 0; i < ref.length; i++) {
            part = ref[i];
            bytes.push(part >> 8);
            bytes.push(part & 255);
          }
          return bytes;
        };
        IPv6.prototype.toFixedLengthString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(padPart(this.parts[i].toString(16), 4));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toIPv4Address = function() {
          if (!this.isIPv4MappedAddress()) {
            throw new Error("ipaddr: trying to convert a generic ipv6 address to ipv4");
          }
          const ref = this.parts.slice(-2);
          const high = ref[0];
          const low = ref[1];
          return new ipaddr2.IPv4([high >> 8, high & 255, low >> 8, low & 255]);
        };
        IPv6.prototype.toNormalizedString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(this.parts[i].toString(16));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toRFC5952String = function() {
          const regex = /((^|:)(0(:|$)){2,})/g;
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          const normalized = this.toNormalizedString();
          const string = normalized.slice(0, normalized.length - suffix.length);
          let bestMatchIndex = 0;
          let bestMatchLength = -1;
          let bestMatchGroups = -1;
          let match;
          while (match = regex.exec(string)) {
            const groups = (match[0].match(/0/g) || []).length;
            if (groups > bestMatchGroups) {
              bestMatchGroups = groups;
              bestMatchIndex = match.index;
              bestMatchLength = match[0].length;
            }
          }
          if (bestMatchLength < 0) {
            return string + suffix;
          }
          return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };
        IPv6.prototype.toString = function() {
          return this.toRFC5952String();
        };
        return IPv6;
      })();
      ipaddr2.IPv6.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.isIPv6 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv6.isValid = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          const addr = this.parser(string);
          new this(addr.parts, addr.zoneId);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.isValidCIDR = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.parse = function(string) {
        const addr = this.parser(string);
        if (addr === null) {
          throw new Error("ipaddr: string is not formatted like an IPv6 Address");
        }
        return new this(addr.parts, addr.zoneId);
      };
      ipaddr2.IPv6.parseCIDR = function(string) {
        let maskLength, match, parsed;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 128) {
            parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv6 CIDR range");
      };
      ipaddr2.IPv6.parser = function(string) {
        let addr, i, match, octet, octets, zoneId;
        if (match = string.match(ipv6Regexes.deprecatedTransitional)) {
          return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
          return expandIPv6(string, 8);
        }
        if (match = string.match(ipv6Regexes.transitional)) {
          zoneId = match[6] || "";
          addr = match[1];
          if (!match[1].endsWith("::")) {
            addr = addr.slice(0, -1);
          }
          addr = expandIPv6(addr + zoneId, 6);
          if (addr && addr.parts) {
            octets = [
              parseInt(match[2]),
              parseInt(match[3]),
              parseInt(match[4]),
              parseInt(match[5])
            ];
            for (i = 0; i < octets.length; i++) {
              octet = octets[i];
              if (!(0 <= octet && octet <= 255)) {
                return null;
              }
            }
            addr.parts.push(octets[0] << 8 | octets[1]);
            addr.parts.push(octets[2] << 8 | octets[3]);
            return {
              parts: addr.parts,
              zoneId: addr.zoneId
            };
          }
        }
        return null;
      };
      ipaddr2.IPv6.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
          throw new Error("ipaddr: invalid IPv6 prefix length");
        }
        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 16) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.fromByteArray = function(bytes) {
        const length = bytes.length;
        if (length === 4) {
          return new ipaddr2.IPv4(bytes);
        } else if (length === 16) {
          return new ipaddr2.IPv6(bytes);
        } else {
          throw new Error("ipaddr: the binary input is neither an IPv6 nor IPv4 address");
        }
      };
      ipaddr2.isValid = function(string) {
        return ipaddr2.IPv6.isValid(string) || ipaddr2.IPv4.isValid(string);
      };
      ipaddr2.isValidCIDR = function(string) {
        return ipaddr2.IPv6.isValidCIDR(string) || ipaddr2.IPv4.isValidCIDR(string);
      };
      ipaddr2.parse = function(string) {
        if (ipaddr2.IPv6.isValid(string)) {
          return ipaddr2.IPv6.parse(string);
        } else if (ipaddr2.IPv4.isValid(string)) {
          return ipaddr2.IPv4.parse(string);
        } else {
          throw new Error("ipaddr: the address has neither IPv6 nor IPv4 format");
        }
      };
      ipaddr2.parseCIDR = function(string) {
        try {
          return ipaddr2.IPv6.parseCIDR(string);
        } catch {
          try {
            return ipaddr2.IPv4.parseCIDR(string);
          } catch (e) {
            throw new Error("ipaddr: the address has neither IPv6 nor IPv4 CIDR format", { cause: e });
          }
        }
      };
      ipaddr2.process = function(string) {
        const addr = this.parse(string);
        if (addr.kind() === "ipv6" && addr.isIPv4MappedAddress()) {
          return addr.toIPv4Address();
        } else {
          return addr;
        }
      };
      ipaddr2.subnetMatch = function(address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;
        if (defaultName === void 0 || defaultName === null) {
          defaultName = "unicast";
        }
        for (rangeName in rangeList) {
          if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
            rangeSubnets = rangeList[rangeName];
            if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
              rangeSubnets = [rangeSubnets];
            }
            for (i = 0; i < rangeSubnets.length; i++) {
              subnet = rangeSubnets[i];
              if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                return rangeName;
              }
            }
          }
        }
        return defaultName;
      };
      if (typeof module !== "undefined" && module.exports) {
        module.exports = ipaddr2;
      } else {
        root.ipaddr = ipaddr2;
      }
    })(exports);
  }
});

// src/site/render-site.ts
import path4 from "node:path";

// src/content/share-parse.ts
function shareParse(markdown) {
  let tree;
  return (parse) => tree ??= parse(markdown);
}

// src/render/create-renderer.ts
import path3 from "node:path";

// src/themes/css-for.ts
function cssFor(rules, tokens) {
  return rules.filter((r) => r.tokens.every((t) => tokens.has(t))).map((r) => r.css).join("\n");
}
function treeTokens(tree, into = /* @__PURE__ */ new Set()) {
  for (const node of tree.children ?? []) {
    if (node.type !== "element") continue;
    into.add(`<${node.tagName.toLowerCase()}`);
    const names = node.properties?.className;
    for (const name of Array.isArray(names) ? names : typeof names === "string" ? names.split(/\s+/) : [])
      into.add(String(name));
    treeTokens(node, into);
  }
  return into;
}

// src/render/check-footnotes.ts
function checkFootnotes(tree, file) {
  const referenced = /* @__PURE__ */ new Set();
  const definitions = [];
  walkNodes(tree, (node) => {
    if (node.type === "footnoteReference") referenced.add(node.identifier);
    else if (node.type === "footnoteDefinition") {
      const label = node.label ?? node.identifier;
      if (definitions.some((d) => d.identifier === node.identifier)) {
        report(file, "warning", "render/footnote-duplicate", "render", renderMessages.msg.footnoteDuplicate({ label }), {
          place: node.position,
          value: label,
          hint: renderMessages.msg.footnoteDuplicateHint({ label })
        });
      } else definitions.push({ identifier: node.identifier, label, place: node.position });
    } else if (node.type === "text" && node.value.includes("[^")) {
      for (const m of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
        const start = node.position?.start;
        const place = start ? { line: start.line, column: start.column + (m.index ?? 0) } : void 0;
        report(
          file,
          "warning",
          "render/footnote-undefined",
          "render",
          renderMessages.msg.footnoteUndefined({ label: m[1] }),
          {
            place,
            value: m[0],
            hint: renderMessages.msg.footnoteUndefinedHint({ label: m[1] })
          }
        );
      }
    }
  });
  for (const d of definitions) {
    if (referenced.has(d.identifier)) continue;
    report(file, "warning", "render/footnote-unused", "render", renderMessages.msg.footnoteUnused({ label: d.label }), {
      place: d.place,
      value: d.label,
      hint: renderMessages.msg.footnoteUnusedHint()
    });
  }
}

// src/render/check-empty-output.ts
var INVISIBLE = /[\s\u00a0\u180e\u200b-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/g;
function visible(node) {
  if (node.type === "text") return node.value.replace(INVISIBLE, "") !== "";
  if (node.type === "element") {
    if (node.tagName === "img") return true;
    if (node.tagName === "section" && Array.isArray(node.properties.className) && node.properties.className.includes("slogan"))
      return false;
  }
  return "children" in node && node.children.some(visible);
}
function checkEmptyOutput(hast, mdast, markdown, file) {
  if (visible(hast) || file.messages.some((m) => m.ruleId === "content/empty-body")) return;
  const first = mdast.children[0]?.position;
  const last = mdast.children.at(-1)?.position;
  const place = first && last ? { start: first.start, end: last.end } : void 0;
  const value = first && last && first.start.offset !== void 0 && last.end.offset !== void 0 ? markdown.slice(first.start.offset, last.end.offset).trim().slice(0, 80) : "";
  report(file, "error", "render/empty-output", "render", renderMessages.msg.emptyOutput(), {
    place,
    value,
    hint: renderMessages.msg.emptyOutputHint()
  });
}

// src/render/check-spaced-targets.ts
function pointAt(markdown, offset) {
  const before = markdown.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1, offset };
}
function escaped(markdown, offset) {
  let n = 0;
  while (offset - n - 1 >= 0 && markdown[offset - n - 1] === "\\") n++;
  return n % 2 === 1;
}
function checkSpacedTargets(tree, file, markdown) {
  walkNodes(tree, (node) => {
    if (!("children" in node) || !node.children.some((c) => c.type === "text" && c.value.includes("](")))
      return;
    const kids = node.children;
    const from = kids[0]?.position?.start.offset;
    const to = kids.at(-1)?.position?.end.offset;
    if (from === void 0 || to === void 0) return;
    for (const m of markdown.slice(from, to).matchAll(SPACED_LINK_OR_IMAGE)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (escaped(markdown, start)) continue;
      const overlapping = kids.filter(
        (k) => k.position?.start.offset !== void 0 && k.position.start.offset < end && k.position.end.offset > start
      );
      const startsInText = overlapping[0]?.type === "text" && overlapping[0].position.start.offset <= start;
      if (!startsInText || !overlapping.every(
        (k) => k.type === "text" || k.type === "link" && markdown[k.position.start.offset] !== "[" && markdown[k.position.start.offset] !== "<"
      ))
        continue;
      const target = m[2];
      const image = m[0].startsWith("!");
      const remote = /^[a-z][a-z\d+.-]*:/i.test(target);
      const mark = image ? "!" : "";
      const absolute = /^(?:\/|~|[A-Za-z]:[\\/])/.test(target);
      const hint = image && absolute ? renderImageMessages.msg.outsideHint() : renderImageMessages.msg.spaceInPathHint({
        angle: `${mark}[${m[1]}](<${target}>)`,
        encoded: `${mark}[${m[1]}](${target.replace(/[ \t]/g, "%20")})`,
        remote: remote ? 1 : 0
      });
      const text = { target, text: m[0] };
      report(
        file,
        image ? "error" : "warning",
        image ? "image/space-in-path" : "render/link-space-in-path",
        "render",
        image ? renderImageMessages.msg.spaceInPath(text) : renderImageMessages.msg.linkSpaceInPath(text),
        { place: { start: pointAt(markdown, start), end: pointAt(markdown, end) }, value: target, hint }
      );
    }
  });
}

// src/render/image-loader.ts
import { readFileSync as readFileSync4, statSync as statSync3 } from "node:fs";
import path2 from "node:path";

// src/render/create-image-preparer.ts
var BODY_IMAGE_MAX = 1024 * 1024 - 1;
var CONVERSION = 2;
function createImagePreparer(cache) {
  const prepared = /* @__PURE__ */ new Map();
  async function prepare(source, kind, hash, defer = false) {
    const header = readImageHeader(source);
    if (header && source.byteLength <= BODY_IMAGE_MAX) {
      const { prepareImage } = await import("./chunk-GSDE4HQ2.js");
      return prepareImage(source, BODY_IMAGE_MAX);
    }
    if (defer) return inspect(source, header?.format === "png");
    const key = `${hash}-${kind}-${CONVERSION}`;
    let pending = prepared.get(key);
    if (!pending) prepared.set(key, pending = convert(source, key));
    return pending;
  }
  async function inspect(source, png) {
    const { inspectImage } = await import("./chunk-GSDE4HQ2.js");
    const inspected = await inspectImage(source, BODY_IMAGE_MAX);
    if (!inspected.ok || inspected.ready) return inspected.ok ? inspected.ready : inspected;
    const { width, height } = inspected;
    return {
      ok: true,
      deferred: true,
      data: new Uint8Array(0),
      mime: png ? "image/png" : "image/jpeg",
      width,
      height,
      transformed: true,
      note: `${inspected.from} \u2192 JPEG/PNG \u2264 1 MB on render${inspected.animated ? " (first frame of an animation)" : ""}`,
      ...inspected.cssWidth ? { cssWidth: inspected.cssWidth } : {},
      ...inspected.animated ? { loss: "animation" } : {}
    };
  }
  async function convert(source, key) {
    const { prepareImage } = await import("./chunk-GSDE4HQ2.js");
    const hit = await cache.get("image", key);
    if (hit) return { ok: true, ...hit, data: Buffer.from(hit.data, "base64") };
    const result = await prepareImage(source, BODY_IMAGE_MAX);
    if (result.ok && result.transformed) {
      await cache.set("image", key, { ...result, data: Buffer.from(result.data).toString("base64") });
    }
    return result;
  }
  return prepare;
}

// src/render/read-image-source.ts
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import path from "node:path";

// src/render/image-ending.ts
var TAIL_BYTES = 64;
var ZERO_RUN_MAX = 4 * 1024 * 1024;
var ZERO_CHUNK = 64 * 1024;
var endsInZeros = (head, tail) => head[0] === 255 && head[1] === 216 && head[2] === 255 && tail.length > 0 && tail.every((b) => b === 0);
function tailBeforeZeros(read, size) {
  const limit = Math.max(0, size - ZERO_RUN_MAX);
  for (let end = size; end > limit; ) {
    const start = Math.max(limit, end - ZERO_CHUNK);
    const chunk = read(start, end - start);
    let i = chunk.length - 1;
    while (i >= 0 && chunk[i] === 0) i--;
    if (i >= 0) {
      const last = start + i + 1;
      const tail = i + 1 >= TAIL_BYTES ? chunk.subarray(i + 1 - TAIL_BYTES, i + 1) : read(Math.max(0, last - TAIL_BYTES), Math.min(TAIL_BYTES, last));
      return { tail, zeros: size - last };
    }
    end = start;
  }
  return void 0;
}
var ascii = (text) => Array.from(text, (c) => c.charCodeAt(0));
var IEND = ascii("IEND");
var APPENDED = ["MotionPhoto", "MicroVideo", "Container:Directory"].map(ascii);
function indexOf(data, needle) {
  outer: for (let i = 0; i + needle.length <= data.length; i++) {
    for (let j = 0; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
function midScan(tail) {
  if (tail.every((b) => b === tail[0])) return false;
  if (tail.every((b) => b < 128)) return false;
  for (let i = 0; i + 1 < tail.length; i++) {
    const next = tail[i + 1];
    if (tail[i] === 255 && next !== 0 && next !== 255 && (next < 208 || next > 215)) return false;
  }
  return true;
}
function truncatedFormat(head, tail, size, zeros = 0) {
  const [a, b, c, d] = head;
  if (a === 255 && b === 216 && c === 255) {
    for (let i = 0; i + 1 < tail.length; i++) if (tail[i] === 255 && tail[i + 1] === 217) return void 0;
    if (zeros > 0 && indexOf(tail, [255, 218]) >= 0) return "JPEG";
    const seft = tail.length >= 4 && indexOf(tail.subarray(-4), ascii("SEFT")) === 0;
    if (seft || !midScan(tail) || APPENDED.some((n) => indexOf(head, n) >= 0)) return void 0;
    return "JPEG";
  }
  if (a === 137 && b === 80 && c === 78 && d === 71)
    return indexOf(tail, IEND) >= 0 || tail.every((x) => x === tail[0]) ? void 0 : "PNG";
  if (a === 71 && b === 73 && c === 70) {
    const last = tail[tail.length - 1];
    return last === 59 || last === 0 ? void 0 : "GIF";
  }
  const riff = indexOf(head.subarray(0, 4), ascii("RIFF")) === 0;
  if (riff && head.length >= 12 && indexOf(head.subarray(8, 12), ascii("WEBP")) === 0) {
    const declared = new DataView(head.buffer, head.byteOffset, 8).getUint32(4, true) + 8;
    return size < declared ? "WebP" : void 0;
  }
  return void 0;
}

// src/render/read-image-source.ts
async function readImageSource(article, ref, place, fetchRemote, head) {
  const file = article.file;
  let bytes;
  let source;
  let local;
  let partial = false;
  if (isRemote(ref)) {
    source = ref;
    if (!/^https?:/i.test(ref) && !ref.startsWith("//")) {
      report(file, "error", "image/unsupported-source", "render", renderImageMessages.msg.httpsOnly({ ref }), {
        place,
        value: ref,
        hint: renderImageMessages.msg.useLocalOrHttps()
      });
      return void 0;
    }
    try {
      bytes = await fetchRemote(ref.startsWith("//") ? `https:${ref}` : ref);
    } catch (error) {
      report(
        file,
        "warning",
        "image/remote-unavailable",
        "render",
        renderImageMessages.msg.remoteUnavailable({ error: error.message, ref }),
        {
          place,
          value: ref,
          hint: renderImageMessages.msg.remoteUnavailableHint()
        }
      );
      return void 0;
    }
  } else {
    const resolved = resolveAsset(article.dir, ref);
    if (!resolved.ok) {
      const data = resolved.reason === "data";
      const meant = data ? void 0 : insideSuggestion(article.dir, ref);
      report(
        file,
        "error",
        data ? "image/data-uri" : "image/outside-root",
        "render",
        data ? renderImageMessages.msg.dataUri() : renderImageMessages.msg.outside({ ref: decodePath(ref) }),
        {
          place,
          value: ref,
          hint: data ? renderImageMessages.msg.dataUriHint() : meant ? renderImageMessages.msg.outsideMeantHint({ path: meant, rooted: /^[\\/]/.test(ref.trim()) ? 1 : 0 }) : renderImageMessages.msg.outsideHint()
        }
      );
      return void 0;
    }
    source = path.posix.join(
      path.relative(article.file.cwd, article.dir).split(path.sep).join("/"),
      resolved.relative
    );
    const problem = inspectFile(resolved.absolute, article.dir);
    if (problem && problem.kind !== "missing") {
      const outside = problem.kind === "outside";
      report(
        file,
        "error",
        outside ? "image/outside-root" : "image/not-regular-file",
        "render",
        outside ? renderImageMessages.msg.link({ ref: decodePath(ref) }) : renderImageMessages.msg.notRegular({ type: problem.type, ref: decodePath(ref) }),
        {
          place,
          value: ref,
          hint: outside ? renderImageMessages.msg.linkHint() : renderImageMessages.msg.notRegularHint()
        }
      );
      return void 0;
    }
    let info;
    let tail;
    let zeros;
    try {
      const stats = statSync(resolved.absolute);
      if (!stats.isFile()) throw new Error("not a file");
      info = stats;
      partial = head !== void 0 && stats.size > head;
      if (head !== void 0 && partial)
        ({ bytes, tail, zeros } = readEnds(resolved.absolute, head, stats.size));
      else {
        const all = readFileSync(resolved.absolute);
        bytes = all;
        tail = all.subarray(Math.max(0, all.byteLength - TAIL_BYTES));
        const before = endsInZeros(all, tail) ? tailBeforeZeros((p, n) => all.subarray(p, p + n), all.byteLength) : void 0;
        if (before) ({ tail, zeros } = before);
      }
    } catch {
      const shown = decodePath(ref);
      const encoded = shown !== ref && writtenAt(file.value, place, ref);
      const twin = resolved && caseTwin(resolved.absolute);
      report(file, "error", "image/missing", "render", renderImageMessages.msg.missing({ ref: shown }), {
        place,
        value: shown,
        hint: twin ? imageFileMessages.msg.caseTwinHint({ twin }) : renderImageMessages.msg.missingHint({ source, encoded: encoded ? ref : "" })
      });
      return void 0;
    }
    local = {
      path: resolved.relative,
      absolute: resolved.absolute,
      stats: info,
      tail,
      ...zeros ? { zeros } : {}
    };
  }
  return partial ? { bytes, source, local, partial } : { bytes, source, local };
}
function readEnds(file, count, size) {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.allocUnsafe(count);
    let read = 0;
    for (let n = 1; read < count && n > 0; read += n) n = readSync(fd, buffer, read, count - read, read);
    const readAt = (position, length) => {
      const out = Buffer.allocUnsafe(length);
      return out.subarray(0, readSync(fd, out, 0, length, position));
    };
    const bytes = buffer.subarray(0, read);
    const tail = readAt(Math.max(0, size - TAIL_BYTES), Math.min(TAIL_BYTES, size));
    const before = endsInZeros(bytes, tail) ? tailBeforeZeros(readAt, size) : void 0;
    return before ? { bytes, ...before } : { bytes, tail };
  } finally {
    closeSync(fd);
  }
}

// src/render/stand-in.ts
import { readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
var HEAD_BYTES = 64 * 1024;
var STAT = "stat:";
var statDep = (stats) => `${STAT}${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`;
var ABSENT = `${STAT}absent`;
function statDepHolds(file, hash) {
  if (!hash.startsWith(STAT)) return void 0;
  try {
    const stats = statSync2(file);
    return stats.isFile() && statDep(stats) === hash;
  } catch (error) {
    return hash === ABSENT && error.code === "ENOENT";
  }
}
function absentDeps(dir, ref) {
  const resolved = isRemote(ref) ? void 0 : resolveAsset(dir, ref);
  if (!resolved?.ok) return [];
  try {
    statSync2(resolved.absolute);
    return [];
  } catch (error) {
    const absent = error.code === "ENOENT";
    return absent ? [{ path: resolved.relative, hash: ABSENT }] : [];
  }
}
var standInHash = (source, stats) => sha256(`wxpress-stand-in\0${source}\0${statDep(stats)}`);
function plannedFromHeader(read, files, maxBytes) {
  const local = read.local;
  if (!local) return void 0;
  const { size } = local.stats;
  const header = readImageHeader(read.bytes);
  if (!header || !usableAsIs(header, size, maxBytes)) return void 0;
  const known = files.known(local.absolute, local.stats);
  if (known === void 0 && !files.settled(local.stats)) return void 0;
  const hash = known ?? standInHash(read.source, local.stats);
  const png = header.format === "png";
  const image = {
    hash,
    file: `assets/${hash}.${png ? "png" : "jpg"}`,
    source: read.source,
    kind: "body",
    mime: png ? "image/png" : "image/jpeg",
    bytes: size,
    width: header.width,
    height: header.height,
    data: new Uint8Array(0),
    transformed: false
  };
  if (known === void 0) image.deferred = true;
  return { image, dep: { path: local.path, hash: known ?? statDep(local.stats) } };
}
function resolveStandIn(meta, file, files) {
  let hash;
  let bytes;
  try {
    const stats = statSync2(file);
    if (!stats.isFile() || standInHash(meta.source, stats) !== meta.hash) return void 0;
    hash = files.known(file, stats);
    if (hash === void 0) {
      bytes = readFileSync2(file);
      hash = files.record(file, stats, bytes);
    }
  } catch {
    return void 0;
  }
  const { deferred: _deferred, note: _note, ...rest } = meta;
  const ext = meta.mime === "image/png" ? "png" : "jpg";
  return { image: { ...rest, hash, file: `assets/${hash}.${ext}`, data: new Uint8Array(0) }, bytes };
}

// src/render/fetch-remote-image.ts
var import_ipaddr = __toESM(require_ipaddr(), 1);
import { lookup as dnsLookup } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
var REMOTE_IMAGE_MAX_BYTES = 10 * 1024 * 1024;
var DEFAULTS = { timeoutMs: 1e4, maxBytes: REMOTE_IMAGE_MAX_BYTES, maxRedirects: 3 };
function isPublicAddress(address) {
  if (!import_ipaddr.default.isValid(address)) return false;
  let parsed = import_ipaddr.default.parse(address);
  if (parsed.kind() === "ipv6" && parsed.isIPv4MappedAddress())
    parsed = parsed.toIPv4Address();
  return parsed.range() === "unicast";
}
function refuseUrl(url, allow) {
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return `only http(s) images are fetched, not ${url.protocol}`;
  if (url.username || url.password) return "URLs with credentials are not fetched";
  const host = url.hostname.replace(/^\[|\]$/g, "").replace(/\.+$/, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return `${host} is this machine`;
  if (isIP(host) && !allow(host)) return `${host} is not a public address`;
  return void 0;
}
async function fetchRemoteImage(url, options = {}) {
  const { timeoutMs, maxBytes, maxRedirects } = { ...DEFAULTS, ...options };
  const allow = options.allowAddress ?? isPublicAddress;
  const deadline = AbortSignal.timeout(timeoutMs);
  let current = new URL(url);
  for (let hop = 0; ; hop++) {
    const refused = refuseUrl(current, allow);
    if (refused) throw new Error(refused);
    const answer = await get(current, allow, maxBytes, deadline);
    if ("location" in answer) {
      if (hop >= maxRedirects) throw new Error(`more than ${maxRedirects} redirects`);
      current = new URL(answer.location, current);
      continue;
    }
    return answer.body;
  }
}
function checkedLookup(allow) {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const bad = addresses.find((a) => !allow(a.address));
      if (bad || addresses.length === 0) {
        const refused = Object.assign(
          new Error(`${hostname} resolves to ${bad?.address ?? "nothing"}, not a public address`),
          { code: "EREFUSED" }
        );
        return callback(refused, "", 0);
      }
      if (options.all)
        return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
function get(url, allow, maxBytes, signal) {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(
      url,
      { lookup: checkedLookup(allow), signal, headers: { accept: "image/*" } },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400 && response.headers.location) {
          response.resume();
          return resolve({ location: response.headers.location });
        }
        if (status < 200 || status >= 300) {
          response.resume();
          return reject(new Error(`HTTP ${status}`));
        }
        const declared = Number(response.headers["content-length"] ?? NaN);
        if (declared > maxBytes) {
          request.destroy();
          return reject(new Error(`the image is larger than ${maxBytes / 1024 / 1024} MB`));
        }
        const chunks = [];
        let size = 0;
        response.on("data", (chunk) => {
          size += chunk.byteLength;
          if (size > maxBytes) {
            request.destroy();
            reject(new Error(`the image is larger than ${maxBytes / 1024 / 1024} MB`));
            return;
          }
          chunks.push(chunk);
        });
        response.on("end", () => resolve({ body: new Uint8Array(Buffer.concat(chunks)) }));
        response.on("error", reject);
      }
    );
    request.on("error", (error) => reject(signal.aborted ? new Error("timed out") : error));
  });
}

// src/render/lazy-image-data.ts
import { readFileSync as readFileSync3 } from "node:fs";
function withLazyData(meta, file) {
  const image = { ...meta };
  let data;
  Object.defineProperty(image, "data", {
    configurable: true,
    get() {
      if (data) return data;
      const bytes = readFileSync3(file);
      if (sha256(bytes) !== meta.hash) throw new Error(`${meta.source} changed while wxpress was running`);
      data = bytes;
      return data;
    }
  });
  return image;
}

// src/render/truncated-image.ts
function reportTruncated(file, ref, place, read) {
  const local = read.local;
  const head = read.bytes.subarray(0, HEAD_BYTES);
  const format = local && truncatedFormat(head, local.tail, local.stats.size, local.zeros);
  if (!local || !format) return void 0;
  const size = local.stats.size;
  const zeros = local.zeros ?? 0;
  report(file, "error", "image/truncated", "render", renderImageMessages.msg.truncated({ ref, format, size, zeros }), {
    place,
    value: ref,
    hint: renderImageMessages.msg.truncatedHint()
  });
  return { path: local.path, hash: statDep(local.stats) };
}

// src/render/large-image-file.ts
var LARGE_IMAGE_BYTES = 10 * 1024 * 1024;
function reportLargeFile(file, ref, place, bytes) {
  if (bytes <= LARGE_IMAGE_BYTES) return;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  report(file, "warning", "image/large-file", "render", imageFileMessages.msg.largeFile({ ref, mb }), {
    place,
    value: ref,
    hint: imageFileMessages.msg.largeFileHint()
  });
}

// src/render/report-conversion.ts
function reportConversion(file, ref, place, prepared) {
  const note = prepared.note ?? "";
  if (prepared.loss === "animation") {
    report(file, "warning", "image/animation-lost", "render", renderImageMessages.msg.animationLost({ ref, note }), {
      place,
      value: ref,
      hint: renderImageMessages.msg.animationLostHint()
    });
  } else if (prepared.loss === "transparency") {
    const background = FLATTEN_ON;
    report(
      file,
      "warning",
      "image/transparency-lost",
      "render",
      renderImageMessages.msg.transparencyLost({ ref, note, background }),
      {
        place,
        value: ref,
        hint: renderImageMessages.msg.transparencyLostHint()
      }
    );
  } else {
    report(file, "info", "image/converted", "render", renderImageMessages.msg.converted({ ref, note }), {
      place,
      value: ref,
      hint: renderImageMessages.msg.convertedHint()
    });
  }
}
function withLoss(record, note, loss) {
  const message = record[3];
  if (loss !== "transparency" || record[1] !== "image/converted" || typeof message === "string") return record;
  const ref = String(message.params.ref);
  const copy = [...record];
  copy[0] = "warning";
  copy[1] = "image/transparency-lost";
  copy[3] = renderImageMessages.msg.transparencyLost({ ref, note, background: FLATTEN_ON });
  copy[5] = renderImageMessages.msg.transparencyLostHint();
  return copy;
}

// src/render/image-loader.ts
function createImageLoader(options) {
  const fetchRemote = options.fetchRemote ?? ((url) => fetchRemoteImage(url));
  const { cache } = options;
  const { files } = cache;
  const prepare = createImagePreparer(cache);
  const justRead = /* @__PURE__ */ new Map();
  async function keep(prepared, sourceHash, source, kind) {
    const data = prepared.data;
    const hash = prepared.transformed && !prepared.deferred ? sha256(data) : sourceHash;
    const planned = {
      hash,
      file: `assets/${hash}.${prepared.mime === "image/png" ? "png" : "jpg"}`,
      source,
      kind,
      mime: prepared.mime,
      bytes: data.byteLength,
      width: prepared.width,
      height: prepared.height,
      ...prepared.cssWidth ? { cssWidth: prepared.cssWidth } : {},
      data,
      transformed: prepared.transformed
    };
    const kept = (prepared.transformed || isRemote(source)) && !prepared.deferred;
    if (kept && !await cache.has("asset", hash))
      await cache.set("asset", hash, { data: Buffer.from(data).toString("base64") });
    return planned;
  }
  return {
    forArticle(article, defer = false) {
      const loaded = [];
      const deps = [];
      const file = article.file;
      return {
        images: () => loaded,
        deps: () => deps,
        async load(ref, place, kind) {
          const head = defer && kind === "body" ? HEAD_BYTES : void 0;
          let read = await readImageSource(article, ref, place, fetchRemote, head);
          const cut = read && reportTruncated(file, shownRef(ref), place, read);
          if (cut) return void deps.push(cut);
          if (read?.local) reportLargeFile(file, shownRef(ref), place, read.local.stats.size);
          if (read?.partial) {
            const planned2 = plannedFromHeader(read, files, BODY_IMAGE_MAX);
            if (planned2) {
              deps.push(planned2.dep);
              loaded.push(planned2.image);
              return planned2.image;
            }
            read = await readImageSource(article, ref, place, fetchRemote);
          }
          if (!read) return void deps.push(...absentDeps(article.dir, ref));
          const { bytes, source, local } = read;
          const sourceHash = local ? files.known(local.absolute, local.stats) ?? files.record(local.absolute, local.stats, bytes) : sha256(bytes);
          if (local) deps.push({ path: local.path, hash: sourceHash });
          const prepared = await prepare(bytes, kind, sourceHash, defer && kind === "body");
          if (!prepared.ok) {
            report(
              file,
              "error",
              "image/unusable",
              "render",
              renderImageMessages.msg.unusable({ ref: shownRef(ref), reason: prepared.reason }),
              {
                place,
                value: ref,
                hint: renderImageMessages.msg.unusableHint()
              }
            );
            return void 0;
          }
          if (prepared.transformed) reportConversion(file, shownRef(ref), place, prepared);
          const planned = await keep(prepared, sourceHash, source, kind);
          if (prepared.deferred) Object.assign(planned, { deferred: true, note: prepared.note });
          loaded.push(planned);
          return planned;
        }
      };
    },
    async depsUnchanged(dir, deps) {
      return deps.every((dep) => {
        const file = path2.join(dir, ...dep.path.split("/"));
        return statDepHolds(file, dep.hash) ?? files.hash(file) === dep.hash;
      });
    },
    async resolve(meta) {
      if (!meta.deferred || isRemote(meta.source)) return void 0;
      const file = path2.join(options.root, ...meta.source.split("/"));
      if (!meta.transformed) {
        const resolved = resolveStandIn(meta, file, files);
        if (resolved?.bytes) {
          justRead.set(resolved.image.hash, resolved.bytes);
          for (const oldest of justRead.keys()) if (justRead.size > 16) justRead.delete(oldest);
        }
        return resolved && { image: resolved.image, note: "" };
      }
      let bytes;
      try {
        bytes = readFileSync4(file);
      } catch {
        return void 0;
      }
      if (sha256(bytes) !== meta.hash) return void 0;
      const prepared = await prepare(bytes, meta.kind, meta.hash);
      if (!prepared.ok || !prepared.transformed) return void 0;
      const image = await keep(prepared, meta.hash, meta.source, meta.kind);
      return { image, note: prepared.note ?? "", loss: prepared.loss };
    },
    async restore(meta) {
      const bytes = justRead.get(meta.hash);
      if (bytes && !meta.transformed) {
        justRead.delete(meta.hash);
        return { ...meta, data: bytes };
      }
      if (!meta.transformed && !isRemote(meta.source)) {
        try {
          const file = path2.join(options.root, ...meta.source.split("/"));
          const stats = statSync3(file);
          if (files.known(file, stats) === meta.hash) return withLazyData(meta, file);
          const data = readFileSync4(file);
          return files.record(file, stats, data) === meta.hash ? { ...meta, data } : void 0;
        } catch {
          return void 0;
        }
      }
      const hit = await cache.get("asset", meta.hash);
      return hit ? { ...meta, data: Buffer.from(hit.data, "base64") } : void 0;
    }
  };
}

// src/render/resolve-deferred.ts
async function resolveDeferred(store, record) {
  const notes = /* @__PURE__ */ new Map();
  const images = [];
  for (const meta of record.images) {
    if (!meta.deferred) {
      images.push(meta);
      continue;
    }
    const done = await store.resolve(meta);
    if (!done) return void 0;
    const { data: _data, ...image } = done.image;
    if (meta.note !== void 0) notes.set(meta.note, { note: done.note, loss: done.loss });
    images.push(image);
  }
  if (new Set(images.map((i) => i.hash)).size < images.length) return void 0;
  const messages = record.messages.map((r) => withNote(r, notes));
  return { ...record, images, messages };
}
function withNote(record, notes) {
  const message = record[3];
  if (!CONVERTED.includes(record[1]) || typeof message === "string") return record;
  const done = notes.get(String(message.params.note));
  if (done === void 0) return record;
  const copy = [...record];
  copy[3] = { ...message, params: { ...message.params, note: done.note } };
  return withLoss(copy, done.note, done.loss);
}
var CONVERTED = ["image/converted", "image/animation-lost"];
function swaps(deferred, whole) {
  return deferred.images.flatMap((meta, i) => meta.deferred ? [[meta.file, whole.images[i].file]] : []);
}

// src/render/cached-render.ts
var HTML = "html";
var WHOLE = "render-whole";
async function storeRender(cache, key, html, record) {
  await cache.shelf(HTML).set("render-html", key, html);
  await cache.set("render", key, record);
}
async function restoreRender(cache, store, key, dir, file, options) {
  let hit = await cache.get("render", key);
  if (!hit || !Array.isArray(hit.messages) || !await store.depsUnchanged(dir, hit.deps)) return void 0;
  let swapped = [];
  if (hit.images.some((i) => i.deferred)) {
    let whole = await cache.get(WHOLE, key);
    if (!whole && (options.html || options.imageData)) {
      whole = await resolveDeferred(store, hit);
      if (!whole) return void 0;
      await cache.set(WHOLE, key, whole);
    }
    if (whole) {
      swapped = swaps(hit, whole);
      hit = whole;
    }
  }
  const restore = (meta) => options.imageData ? store.restore(meta) : Promise.resolve({ ...meta, data: new Uint8Array(0) });
  const images = await Promise.all(hit.images.map(restore));
  const cover = hit.cover ? await restore(hit.cover) : void 0;
  if (!images.every(Boolean) || hit.cover && !cover) return void 0;
  let html = "";
  if (options.html) {
    const text = await cache.shelf(HTML).get("render-html", key);
    if (typeof text !== "string") return void 0;
    html = swapped.reduce((out, [from, to]) => out.replaceAll(from, to), text);
  }
  replayRecords(file, hit.messages);
  return { html, images, cover, size: hit.size };
}

// src/render/unfetched-images.ts
var UNFETCHED = "image/remote-unavailable";
function hasUnfetched(file, from) {
  return file.messages.slice(from).some((m) => m.ruleId === UNFETCHED);
}
function blockUnfetched(file) {
  for (const message of file.messages) {
    if (message.ruleId !== UNFETCHED) continue;
    message.fatal = true;
    message.severity = "error";
  }
}

// src/render/check-size.ts
var TAG = /<(?:[^>"']|"[^"]*"|'[^']*')*>/g;
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', nbsp: "\xA0", apos: "'" };
function visibleText(html) {
  return html.replace(TAG, "").replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 1114111 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
function measure(html) {
  return {
    text: codePoints(visibleText(html)),
    htmlChars: codePoints(html),
    htmlBytes: Buffer.byteLength(html)
  };
}
var percent = (part, whole) => Math.round(part / Math.max(1, whole) * 100);
var sum = (html, pattern) => [...html.matchAll(pattern)].reduce((n, m) => n + m[0].length, 0);
var BIG_SHARE = 25;
function sizeHint(html) {
  const shares = [
    ["styles", sum(html, /\sstyle="[^"]*"/g)],
    ["code", sum(html, /<pre\b[\s\S]*?<\/pre>/g)],
    ["svg", sum(html, /<svg\b[\s\S]*?<\/svg>/g)]
  ];
  const images = (html.match(/<img\b/g) ?? []).length;
  const found = shares.filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const share2 = (what) => percent(shares.find(([k]) => k === what)[1], html.length);
  const order = found.map(([k]) => k).join(",");
  const advise = found.filter(([k]) => share2(k) >= BIG_SHARE).map(([k]) => k).join(",");
  return renderSizeMessages.msg.sizeHint({
    styles: share2("styles"),
    code: share2("code"),
    svg: share2("svg"),
    images,
    order,
    advise
  });
}
function checkSize(html, file, limits) {
  const size = measure(html);
  const place = { line: 1, column: 1 };
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  if (size.text >= limits.contentTextMax) {
    report(
      file,
      "error",
      "render/content-too-long",
      "render",
      renderSizeMessages.msg.textTooLong({ n: size.text, max: limits.contentTextMax }),
      {
        place,
        value: String(size.text),
        hint: renderSizeMessages.msg.splitArticle()
      }
    );
  }
  if (size.htmlBytes >= limits.contentBytesMax) {
    report(
      file,
      "error",
      "render/content-too-long",
      "render",
      renderSizeMessages.msg.htmlTooLarge({ size: kb(size.htmlBytes), max: kb(limits.contentBytesMax) }),
      {
        place,
        value: String(size.htmlBytes),
        hint: sizeHint(html)
      }
    );
  } else if (size.htmlChars >= limits.htmlCharsWarn) {
    report(
      file,
      "warning",
      "render/html-long",
      "render",
      renderSizeMessages.msg.htmlLong({ n: size.htmlChars, size: kb(size.htmlBytes) }),
      {
        place,
        value: String(size.htmlChars),
        hint: sizeHint(html)
      }
    );
  }
  return size;
}

// src/render/apply-rule-settings.ts
function levelOf(setting) {
  const level = Array.isArray(setting) ? setting[0] : setting;
  return level === "warn" ? "warning" : level;
}
function applyRuleSettings(file, from, rules, perFile = {}) {
  const kept = file.messages.slice(0, from);
  for (const message of file.messages.slice(from)) {
    const id = message.ruleId ?? "";
    const setting = id.startsWith("render/") ? perFile[id] ?? rules[id] : void 0;
    if (setting === void 0) {
      kept.push(message);
      continue;
    }
    const level = levelOf(setting);
    if (level === "off") continue;
    message.fatal = level === "error" ? true : level === "warning" ? false : void 0;
    message.severity = level;
    kept.push(message);
  }
  file.messages = kept;
}

// src/render/inherited-properties.ts
var INHERITED = /* @__PURE__ */ new Set([
  "color",
  "font-family",
  "font-size",
  "font-style",
  "font-weight",
  "font-variant",
  "line-height",
  "letter-spacing",
  "word-spacing",
  "text-align",
  "text-indent",
  "text-transform",
  "white-space",
  "word-break",
  "overflow-wrap",
  "word-wrap",
  "visibility",
  "list-style-type",
  "list-style-position",
  "hyphens",
  "direction"
]);
var BROWSER_SETS = {
  a: ["color"],
  b: ["font-weight"],
  strong: ["font-weight"],
  th: ["font-weight", "text-align"],
  caption: ["text-align"],
  i: ["font-style"],
  em: ["font-style"],
  cite: ["font-style"],
  var: ["font-style"],
  dfn: ["font-style"],
  address: ["font-style"],
  code: ["font-family", "font-size"],
  kbd: ["font-family", "font-size"],
  samp: ["font-family", "font-size"],
  pre: ["font-family", "font-size", "white-space"],
  small: ["font-size"],
  big: ["font-size"],
  sub: ["font-size"],
  sup: ["font-size"],
  mark: ["color"],
  center: ["text-align"],
  ul: ["list-style-type"],
  ol: ["list-style-type"],
  menu: ["list-style-type"],
  h1: ["font-size", "font-weight"],
  h2: ["font-size", "font-weight"],
  h3: ["font-size", "font-weight"],
  h4: ["font-size", "font-weight"],
  h5: ["font-size", "font-weight"],
  h6: ["font-size", "font-weight"],
  table: ["font-size", "font-weight", "font-style", "line-height", "white-space", "text-align"]
};
var VOID = /* @__PURE__ */ new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr"
]);

// src/render/shorten-styles.ts
var RELATIVE = /\d(?:em|ex|ch|%)\b|\b(?:smaller|larger|bolder|lighter)\b/i;
var TOKEN = /<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->/g;
var hex2 = (n) => n.toString(16).padStart(2, "0");
function shortenColors(value) {
  if (/url\(|["']/.test(value)) return value;
  return value.replace(
    /\brgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*(1|1\.0+|100%)\s*)?\)/gi,
    (whole, r, g, b) => {
      const parts = [r, g, b].map(Number);
      return parts.every((n) => n <= 255) ? `#${parts.map(hex2).join("")}` : whole;
    }
  ).replace(/#([0-9a-f]{6}|[0-9a-f]{3})\b/gi, (_, digits) => {
    const d = digits.toLowerCase();
    return d.length === 6 && d[0] === d[1] && d[2] === d[3] && d[4] === d[5] ? `#${d[0]}${d[2]}${d[4]}` : `#${d}`;
  });
}
var decode = (s) => s.replace(/&quot;/g, '"').replace(/&nbsp;/g, "\xA0").replace(/&amp;/g, "&");
var encode = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/\u00a0/g, "&nbsp;");
var normal = (value) => value.replace(/\s+/g, " ").trim().toLowerCase();
function shorten(tag, style, parent) {
  const declarations = parseDeclarations(decode(style));
  const own = new Map(parent?.inherited);
  const kept = [];
  let changed = false;
  for (const d of declarations) {
    const value = shortenColors(d.value);
    if (value !== d.value) changed = true;
    const property = d.property;
    const repeat = parent !== void 0 && INHERITED.has(property) && !RELATIVE.test(value) && !/!important/i.test(value) && !(BROWSER_SETS[tag]?.includes(property) ?? false) && parent.inherited.get(property) === normal(value);
    if (INHERITED.has(property)) own.set(property, RELATIVE.test(value) ? "" : normal(value));
    if (repeat) {
      changed = true;
      continue;
    }
    kept.push({ ...d, value, text: `${property}: ${value}` });
  }
  if (!changed) return { inherited: own };
  return { style: kept.map((d) => `${d.text};`).join(" "), inherited: own };
}
var ROOT = /* @__PURE__ */ new Map();
function shortenStyles(html) {
  const memo = /* @__PURE__ */ new Map();
  const shortened = (tag, style, parent) => {
    const from = parent?.inherited ?? ROOT;
    let byStyle = memo.get(from);
    if (!byStyle) memo.set(from, byStyle = /* @__PURE__ */ new Map());
    const key = `${tag} ${style}`;
    let result = byStyle.get(key);
    if (!result) byStyle.set(key, result = shorten(tag, style, parent));
    return result;
  };
  const stack = [];
  let out = "";
  let last = 0;
  const tokens = new RegExp(TOKEN.source, "g");
  for (let match = tokens.exec(html); match; match = tokens.exec(html)) {
    const [whole, closing, name, attributes = "", selfClosing] = match;
    if (closing !== void 0) {
      const tag2 = closing.toLowerCase();
      let at = stack.length - 1;
      while (at >= 0 && stack[at].tag !== tag2) at--;
      if (at >= 0) stack.length = at;
      continue;
    }
    if (name === void 0) continue;
    const tag = name.toLowerCase();
    const parent = stack[stack.length - 1];
    const svg = tag === "svg" || parent?.svg === true;
    let inherited = parent?.inherited ?? /* @__PURE__ */ new Map();
    const styleAt = /\sstyle="([^"]*)"/.exec(attributes);
    if (styleAt && !svg) {
      const result = shortened(tag, styleAt[1], parent);
      inherited = result.inherited;
      if (result.style !== void 0) {
        const replaced = result.style ? ` style="${encode(result.style)}"` : "";
        const start = match.index + 1 + name.length + styleAt.index;
        out += html.slice(last, start) + replaced;
        last = start + styleAt[0].length;
      }
    }
    if (selfClosing || VOID.has(tag)) continue;
    stack.push({ tag, inherited, svg });
    if (tag === "style" || tag === "script") {
      const end = html.toLowerCase().indexOf(`</${tag}`, match.index + whole.length);
      tokens.lastIndex = end < 0 ? html.length : end;
    }
  }
  return out + html.slice(last);
}

// src/render/prepare-diagrams.ts
function mermaidSources(tree) {
  const out = /* @__PURE__ */ new Set();
  const walk = (node) => {
    if (node.type === "code" && node.lang?.toLowerCase() === "mermaid" && typeof node.value === "string")
      out.add(node.value);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return [...out];
}
async function prepareDiagrams(tree, cache, drawerFor, draw) {
  const diagrams = /* @__PURE__ */ new Map();
  const sources = mermaidSources(tree);
  if (sources.length === 0) return { diagrams, complete: true };
  const drawer = await drawerFor();
  if (!drawer) {
    for (const s of sources)
      diagrams.set(s, { ok: false, kind: "off", reason: "drawing diagrams is turned off for this render" });
    return { diagrams, complete: true };
  }
  const key = (source) => hashKey("mermaid", drawer.version, "phone-2", source);
  const missing = [];
  for (const s of sources) {
    const hit = await cache.get("diagram", key(s));
    if (hit) diagrams.set(s, hit);
    else missing.push(s);
  }
  if (missing.length === 0) return { diagrams, complete: true };
  if (!draw) {
    for (const s of missing)
      diagrams.set(s, { ok: false, kind: "deferred", reason: "not drawn during checks" });
    return { diagrams, complete: false };
  }
  let complete = true;
  for (const [source, diagram] of await drawer.draw(missing)) {
    diagrams.set(source, diagram);
    if (diagram.ok || diagram.kind === "error") await cache.set("diagram", key(source), diagram);
    else complete = false;
  }
  return { diagrams, complete };
}

// src/render/render-failure.ts
function htmlDepth(html) {
  let depth = 0;
  let max = 0;
  for (const [, close, name] of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    if (/^(br|hr|img|input|meta|link|wbr|col|area|source)$/i.test(name)) continue;
    depth = close ? Math.max(0, depth - 1) : depth + 1;
    max = Math.max(max, depth);
  }
  return max;
}
function deepestPlace(tree) {
  let best = { depth: 0, position: void 0 };
  const stack = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop();
    const here = node.type === "html" ? depth + htmlDepth(node.value) : depth;
    if (here > best.depth) best = { depth: here, position: node.position };
    if ("children" in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return best;
}
var escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
function sourceHtml(markdown) {
  const paragraphs = markdown.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return `<section>${paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`).join("")}</section>`;
}
var MAX_DEPTH = 500;
function reportTooDeep(file, depth, position) {
  report(file, "error", "render/too-deep", "render", renderMessages.msg.tooDeep({ depth, max: MAX_DEPTH }), {
    place: position,
    value: String(depth),
    hint: renderMessages.msg.tooDeepHint()
  });
}
function refuseTooDeep(file, tree, markdown) {
  const source = tree.data?.tooDeep;
  if (source) {
    reportTooDeep(file, source.depth, {
      start: { line: source.line, column: 1 },
      end: { line: source.line, column: 1 }
    });
    return sourceHtml(markdown);
  }
  const { depth, position } = deepestPlace(tree);
  if (depth <= MAX_DEPTH) return void 0;
  reportTooDeep(file, depth, position);
  return sourceHtml(markdown);
}
function reportRenderFailure(file, error, tree, markdown) {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError && /call stack/i.test(message)) {
    const { depth, position } = deepestPlace(tree);
    reportTooDeep(file, depth, position);
  } else {
    report(file, "error", "render/failed", "render", renderMessages.msg.failed({ error: message }), {
      hint: renderMessages.msg.failedHint()
    });
  }
  return sourceHtml(markdown);
}

// src/render/create-renderer.ts
async function createRenderer(options) {
  const cache = options.cache ?? createCache(options.cacheDir);
  const store = createImageLoader({ cache, root: options.root, fetchRemote: options.fetchRemote });
  const themes = /* @__PURE__ */ new Map();
  let inline;
  let drawer;
  const mermaid = () => drawer ??= options.mermaid !== void 0 ? Promise.resolve(options.mermaid) : import("./chunk-WV2O3T7K.js").then((m) => m.defaultMermaidDrawer(options.chromium));
  const configHash = hashKey(
    JSON.stringify(options.config),
    options.version ?? "0",
    options.configCode ?? "",
    options.remoteImages ?? "fetch"
  );
  async function themeFor(id) {
    let entry = themes.get(id);
    if (!entry) {
      const loaded = await loadTheme({
        root: options.root,
        id,
        themeDirs: options.config.themeDirs,
        cache: { store: cache, version: options.version ?? "0" }
      });
      entry = { ...loaded, processor: void 0 };
      themes.set(id, entry);
    }
    return entry;
  }
  async function render(article, callOptions = {}) {
    const id = options.themeId ?? article.frontmatter.theme ?? options.config.theme;
    const entry = await themeFor(id);
    const { theme, notFoundHint } = entry;
    const empty = {
      html: "",
      images: [],
      cover: void 0,
      theme: id,
      contentHash: article.hash,
      size: measure(""),
      cached: false
    };
    if (!theme) {
      report(article.file, "error", "theme/not-found", "render", themeMessages.msg.notFound({ id }), {
        place: article.fields.find((f) => f.key === "theme")?.valuePosition,
        value: id,
        hint: notFoundHint ?? themeMessages.msg.notFoundHint()
      });
      return empty;
    }
    if (!article.readable) return empty;
    const key = keyOf(theme, article);
    const wantHtml = callOptions.html !== false;
    const restoreOptions = { imageData: callOptions.imageData !== false, html: wantHtml };
    const hit = await restoreRender(cache, store, key, article.dir, article.file, restoreOptions);
    if (hit) return { ...hit, theme: id, contentHash: article.hash, cached: true };
    const { createProcessor } = await import("./chunk-XOU3IUDX.js");
    inline ??= (await import("./chunk-RGPBYYNT.js")).createCssInliner();
    const processor = entry.processor ??= createProcessor(options.config.markdown, {
      rehypePlugins: theme.rehypePlugins
    });
    const before = article.file.messages.length;
    const loader = store.forArticle(article, callOptions.imageData === false && !wantHtml);
    const file = article.file;
    file.data.render = {
      article,
      images: [],
      references: /* @__PURE__ */ new Map(),
      loadImage: loader.load,
      keepRemote: options.remoteImages === "keep"
    };
    const parse = (markdown) => finishParse(processor.parse(markdown), markdown);
    const shared = options.config.markdown.remarkPlugins.length === 0 ? callOptions.parsed : void 0;
    const tree = shared ? shared(parse) : parse(article.markdown);
    const drawings = await prepareDiagrams(tree, cache, mermaid, callOptions.imageData !== false);
    file.data.render.diagrams = drawings.diagrams;
    let html = "";
    try {
      const refused = refuseTooDeep(file, tree, article.markdown);
      if (refused !== void 0) html = refused;
      else {
        checkFootnotes(tree, file);
        checkSpacedTargets(tree, file, article.markdown);
        const hast = await processor.run(tree, file);
        checkEmptyOutput(hast, tree, article.markdown, file);
        html = shortenStyles(inline(hast, cssFor(theme.rules, treeTokens(hast))));
      }
    } catch (error) {
      html = reportRenderFailure(file, error, tree, article.markdown);
    } finally {
      delete file.data.render;
    }
    const size = checkSize(html, file, options.config.limits);
    applyRuleSettings(file, before, options.config.rules, article.frontmatter.lint);
    const cover = article.coverPath ? await loader.load(
      path3.relative(article.dir, article.coverPath).split(path3.sep).join("/"),
      article.fields.find((f) => f.key === "cover")?.valuePosition,
      "cover"
    ) : void 0;
    const images = dedupe(loader.images().filter((i) => i.kind === "body"));
    const strip = ({ data: _data, ...rest }) => rest;
    if (drawings.complete && !hasUnfetched(file, before))
      await storeRender(cache, key, html, {
        images: images.map(strip),
        cover: cover ? strip(cover) : null,
        deps: loader.deps(),
        messages: recordsSince(file, before),
        size
      });
    const kept = (i) => callOptions.imageData === false ? { ...i, data: new Uint8Array(0) } : i;
    const shown = wantHtml ? html : "";
    const result = { html: shown, images: images.map(kept), cover: cover ? kept(cover) : void 0 };
    return { ...result, theme: id, contentHash: article.hash, size, cached: false };
  }
  const keyOf = (theme, article) => hashKey(configHash, theme.hash, article.hash, article.path);
  async function isCached(article) {
    const { theme } = await themeFor(options.themeId ?? article.frontmatter.theme ?? options.config.theme);
    return theme !== void 0 && article.readable && await cache.has("render", keyOf(theme, article));
  }
  return {
    render,
    isCached,
    cache,
    themeFiles: () => [...themes.values()].flatMap((t) => t.files)
  };
}
function dedupe(images) {
  const seen = /* @__PURE__ */ new Set();
  return images.filter((i) => {
    if (seen.has(i.hash)) return false;
    seen.add(i.hash);
    return true;
  });
}

// src/site/take-turns.ts
function createTurns() {
  let held = false;
  const waiting = [];
  const take = async () => {
    if (!held) held = true;
    else await new Promise((resolve) => waiting.push(resolve));
  };
  const give = () => {
    const next = waiting.shift();
    if (next) next();
    else held = false;
  };
  return {
    take,
    give,
    async away(wait) {
      give();
      try {
        return await wait();
      } finally {
        await take();
      }
    }
  };
}

// src/site/render-site.ts
async function renderSite(site, options = {}) {
  const cacheDir = options.noCache ? void 0 : site.cacheDir;
  const turns = createTurns();
  const renderer = await createRenderer({
    root: site.root,
    config: site.config,
    themeId: options.themeId,
    cache: siteCache(site, cacheDir),
    version: options.version ?? "0",
    configCode: site.loadedConfig.codeHash,
    // another article goes on while one waits for a remote image
    fetchRemote: (url) => turns.away(() => (options.fetchRemote ?? fetchRemoteImage)(url)),
    remoteImages: options.remoteImages,
    chromium: options.chromium
  });
  const results = /* @__PURE__ */ new Map();
  const run = (next) => Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let a = await next(); a; a = await next()) {
        await turns.take();
        try {
          let shared;
          const parsed = (parse) => (shared ??= shareParse(a.markdown))(parse);
          await options.lint?.lint(a, parsed);
          const result = await renderer.render(a, {
            imageData: options.imageData !== false,
            parsed,
            html: options.html !== false
          });
          options.onRendered?.(a.slug, result);
          results.set(a.slug, options.keepImageBytes === false ? withoutBytes(result) : result);
        } catch (error) {
          report(
            a.file,
            "error",
            "render/failed",
            "render",
            `Rendering failed unexpectedly: ${error.message}`,
            {
              hint: "This is a bug in wxpress or a site plugin; the other articles went on. Please report it."
            }
          );
        } finally {
          turns.give();
        }
      }
    })
  );
  const queue = site.selected.filter((a) => a.readable);
  const shareable = !options.next && cacheDir !== void 0 && cacheDir === site.cacheDir && !options.fetchRemote;
  let helpers = site.helpers?.claim() ? site.helpers : void 0;
  if (shareable && !helpers && site.helperWork) {
    const misses = [];
    for (const a of queue)
      if (!await renderer.isCached(a) || options.lint && !await options.lint.isCached(a)) misses.push(a);
    const threads = threadsFor(misses.length, site.helperWork.jobs);
    if (threads > 0) {
      await renderer.cache.flush();
      const items = misses.map((a) => ({ slug: a.slug, absolutePath: path4.join(site.root, a.path) }));
      helpers = startHelpers(
        { ...site.helperWork, root: site.root, configPath: site.loadedConfig.path, cacheDir, items },
        threads
      );
    }
  }
  if (options.next) await run(options.next);
  else if (helpers && shareable) {
    await share(helpers, queue, run, renderer.cache);
    for (const reason of new Set(helpers.failures)) {
      report(site.usage, "warning", "cli/helper-failed", "render", renderCliMessages.msg.helperFailed({ reason }), {
        value: reason,
        hint: renderCliMessages.msg.helperFailedHint()
      });
    }
  } else {
    await helpers?.stop();
    await run(() => queue.shift());
  }
  if (options.flush !== false) await renderer.cache.flush();
  return { results, themeFiles: renderer.themeFiles() };
}
async function share(helpers, queue, run, cache) {
  const bySlug = new Map(queue.map((a) => [a.slug, a]));
  const mine = /* @__PURE__ */ new Set();
  await run(() => {
    for (let i = helpers.take(); i !== void 0; i = helpers.take()) {
      mine.add(i);
      const article = bySlug.get(helpers.items[i].slug);
      if (article) return article;
    }
    return void 0;
  });
  const shared = new Set(helpers.items.map((item) => item.slug));
  const others = queue.filter((a) => !shared.has(a.slug));
  await run(() => others.shift());
  const theirs = helpers.items.flatMap((item, i) => mine.has(i) || !bySlug.has(item.slug) ? [] : [i]);
  await run(async () => {
    const i = theirs.shift();
    if (i === void 0) return void 0;
    await helpers.settled(i);
    cache.refresh();
    return bySlug.get(helpers.items[i].slug);
  });
}
function withoutBytes(result) {
  const drop = (image) => ({ ...image, data: new Uint8Array(0) });
  return { ...result, images: result.images.map(drop), cover: result.cover ? drop(result.cover) : void 0 };
}

export {
  blockUnfetched,
  renderSite
};
