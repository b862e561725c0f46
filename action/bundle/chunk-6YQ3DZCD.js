import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/i18n/messages/problems-zh.ts
var PHRASES = {
  "expected text": "\u5E94\u4E3A\u6587\u672C",
  "must not be empty": "\u4E0D\u80FD\u4E3A\u7A7A",
  "is not an account of the site config": "\u4E0D\u662F\u7AD9\u70B9\u914D\u7F6E\u91CC\u7684\u8D26\u53F7",
  "must be one of draft, publish, broadcast": "\u53EA\u80FD\u662F draft\u3001publish\u3001broadcast \u4E4B\u4E00",
  "must be an http(s) URL": "\u5FC5\u987B\u662F http(s) \u7F51\u5740",
  "must be one of off, all, followers": "\u53EA\u80FD\u662F off\u3001all\u3001followers \u4E4B\u4E00",
  "expected a whole number": "\u5E94\u4E3A\u6574\u6570",
  "is invalid": "\u65E0\u6548",
  "a date without a time of day": "\u53EA\u6709\u65E5\u671F\uFF0C\u6CA1\u6709\u5177\u4F53\u65F6\u95F4",
  "not an ISO-8601 date-time": "\u4E0D\u662F ISO-8601 \u65E5\u671F\u65F6\u95F4",
  "not a real calendar date-time (check the month, day and hour)": "\u4E0D\u662F\u771F\u5B9E\u5B58\u5728\u7684\u65E5\u671F\u65F6\u95F4\uFF08\u8BF7\u68C0\u67E5\u6708\u3001\u65E5\u548C\u5C0F\u65F6\uFF09",
  "a date-time without an offset": "\u6CA1\u6709\u65F6\u533A\u504F\u79FB\u7684\u65E5\u671F\u65F6\u95F4",
  "expected HH:MM (24-hour clock)": "\u5E94\u4E3A 24 \u5C0F\u65F6\u5236\u7684 HH:MM"
};
function problemZh(english) {
  const exact = PHRASES[english];
  if (exact) return exact;
  const longer = /^is longer than (\d+) characters$/.exec(english);
  if (longer) return `\u8D85\u8FC7 ${longer[1]} \u4E2A\u5B57\u7B26`;
  const offset = /^a date-time with an impossible UTC offset `([^`]*)` \(real offsets run from (\S+) to (\S+),/.exec(
    english
  );
  if (offset)
    return `\u7684 UTC \u504F\u79FB \`${offset[1]}\` \u4E0D\u5B58\u5728\uFF08\u5B9E\u9645\u504F\u79FB\u5728 ${offset[2]} \u5230 ${offset[3]} \u4E4B\u95F4\uFF0C\u5206\u949F\u5C0F\u4E8E 60\uFF09`;
  return `\u4E0D\u7B26\u5408\u8981\u6C42\uFF08${english}\uFF09`;
}

export {
  problemZh
};
