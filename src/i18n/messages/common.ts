/** Phrases shared by several stages: did-you-mean, "write …", lists of allowed values. */
import { defineMessages, m, zhList } from '../message.js'

export const commonMessages = defineMessages('common', {
  didYouMean: m(
    (p: { s: string }) => `Did you mean \`${p.s}\`?`,
    (p) => `是不是想写 \`${p.s}\`？`,
  ),
  write: m(
    (p: { text: string }) => `Write \`${p.text}\`.`,
    (p) => `改为 \`${p.text}\`。`,
  ),
  useOneOf: m(
    (p: { list: string }) => `Use one of: ${p.list}.`,
    (p) => `可选值：${zhList(p.list)}。`,
  ),
  seeRulesDoc: m(
    () => 'See docs/rules.md for the rule ids.',
    () => '规则 id 见 docs/rules.md。',
  ),
  seeConfigDoc: m(
    () => 'See the configuration reference in README.md.',
    () => '配置项说明见 README.md。',
  ),
})
