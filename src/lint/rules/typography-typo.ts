import { defineLintRule } from '../define-lint-rule.js'
import { reportMatches } from '../prose-matches.js'
import { lintMessages } from '../../i18n/messages/lint.js'
const { msg } = lintMessages

/**
 * A word that is only wrong in some contexts: it is reported (and fixed) only when the text right
 * before it matches `before` or the text right after it matches `after`; anywhere else, no finding.
 */
export interface TypoContext {
  before?: RegExp
  after?: RegExp
}

/**
 * wrong → right. `only`: the positive context in which `wrong` is surely a typo; without it, always.
 * 登陆 is correct for landing, listing and entering a market (台风登陆, 登陆港交所, 登陆中国市场), so it
 * is only a typo for 登录 where the context is clearly logging in.
 */
export const TYPOS: { wrong: string; right: string; only?: TypoContext }[] = [
  {
    wrong: '登陆',
    right: '登录',
    only: {
      before:
        /(?:请|请先|重新|无法|不能|用户|扫码|刷脸|免密|一键|自动|账号|账户|帐号|帐户|密码|手机号|验证码)\s?$/,
      after:
        /^\s?(?:账号|账户|帐号|帐户|页面|界面|窗口|框|密码|后台|系统|网站|官网|App|APP|app|客户端|微信|QQ|邮箱|失败|成功后|状态|态|验证|认证|凭证|入口|按钮|方式|信息|过期|超时)/,
    },
  },
  { wrong: '帐号', right: '账号' },
  { wrong: '帐户', right: '账户' },
  { wrong: '既使', right: '即使' },
  { wrong: '按装', right: '安装' },
  { wrong: '布署', right: '部署' },
  { wrong: '做为', right: '作为' },
  { wrong: '一但', right: '一旦' },
]

/** Whether `text[start, end)` stands in the positive context (a few characters either side). */
export function inContext(context: TypoContext, text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start)
  const after = text.slice(end, end + 6)
  return Boolean(context.before?.test(before) || context.after?.test(after))
}

export const typo = defineLintRule({
  id: 'typography/typo',
  severity: 'warning',
  fixable: true,
  docs: {
    description:
      'Common Chinese typos in tech writing (帐号→账号, 布署→部署 …); 登陆→登录 only in clear login contexts (请登陆, 登陆账号, 登陆失败), since 登陆 is right for landing and listing (台风登陆, 登陆港交所).',
    rationale:
      'Readers notice these instantly; the dictionary knows the contexts where the other word is right.',
    bad: '请先登陆你的帐号',
    good: '请先登录你的账号',
  },
  check: (context) => {
    for (const t of TYPOS) {
      reportMatches(context, {
        pattern: new RegExp(t.wrong),
        skip: (m, segment) =>
          t.only !== undefined && !inContext(t.only, segment.text, m.index, m.index + t.wrong.length),
        message: () => msg.typo({ wrong: t.wrong, right: t.right }),
        replace: () => t.right,
      })
    }
  },
})
