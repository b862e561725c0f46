import { defineLintRule } from '../define-lint-rule.js'
import { reportMatches } from '../prose-matches.js'

/** wrong → right, with contexts in which the "wrong" form is correct. */
export const TYPOS: { wrong: string; right: string; allow?: RegExp }[] = [
  { wrong: '登陆', right: '登录', allow: /登陆(月球|火星|舰|艇|作战|点|地点|日|时间|台风)|(台风|飓风|部队|军队|舰队|探测器).{0,4}登陆/ },
  { wrong: '帐号', right: '账号' },
  { wrong: '帐户', right: '账户' },
  { wrong: '既使', right: '即使' },
  { wrong: '按装', right: '安装' },
  { wrong: '布署', right: '部署' },
  { wrong: '做为', right: '作为' },
  { wrong: '一但', right: '一旦' },
]

export const typo = defineLintRule({
  id: 'typography/typo', severity: 'warning', fixable: true,
  docs: {
    description: 'Common Chinese typos in tech writing (登陆→登录, 帐号→账号, 布署→部署 …), with allow-contexts such as 登陆月球.',
    rationale: 'Readers notice these instantly; the dictionary knows the contexts where the other word is right.',
    bad: '请先登陆你的帐号', good: '请先登录你的账号',
  },
  check: (context) => {
    for (const t of TYPOS) {
      reportMatches(context, {
        pattern: new RegExp(t.wrong),
        skip: (m, segment) => Boolean(t.allow && t.allow.test(segment.text.slice(Math.max(0, m.index - 6), m.index + t.wrong.length + 4))),
        message: () => `\`${t.wrong}\` is usually a typo for \`${t.right}\``,
        replace: () => t.right,
      })
    }
  },
})
