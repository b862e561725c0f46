/**
 * The wording of title/clickbait and body/clickbait. Phrases that are clickbait wherever they stand
 * (震惊, 必看, 删前速看 …) are plain text; words that are also ordinary Chinese are patterns that
 * match only where they work as the hook: 刚刚 and 重磅 as the breaking-news opener (「刚刚！」,
 * 「重磅！刚刚，」, 「【重磅】」; not 刚刚好, 重磅炸弹, 重磅纯棉 T 恤), and 速看 / 速来 as the call to
 * hurry (「名额有限速来！」, 「速来围观」; not 迅速来到, 加速来自缓存, 快速看一眼).
 */

const PHRASES = [
  '震惊',
  '必看',
  '99% 的人都不知道',
  '99%的人都不知道',
  '不转不是中国人',
  '删前速看',
  '紧急通知',
  '万万没想到',
  '看完沉默',
  '太可怕了',
]
/** Before an opener: the start, or a mark or bracket. */
const OPENS = String.raw`(?<=^|[！!？?：:，,、\s【\[「『“|｜])`
/** 刚刚 only as the breaking-news opener (「刚刚！」「重磅！刚刚，」), not in 刚刚好 or 刚刚过去的. */
const JUST_NOW = String.raw`${OPENS}刚刚(?=[！!，,：:、\s])`
/** 重磅 as the opener (「重磅！」「【重磅】」「重磅消息」), not 重磅炸弹, 重磅嘉宾 or 重磅牛仔布 (heavyweight cloth). */
const BIG_NEWS = String.raw`${OPENS}重磅(?=[！!，,：:、\s】\]」』”|｜]|消息|通知|来袭|官宣)`
/** 速看 / 速来 as the call to hurry, not the end of 迅速, 加速, 快速 … before 看 or 来. */
const HURRY = String.raw`(?<![迅加快急火飞神光高低减匀全超极变车风时提转流声])速(?:看|来(?=$|[！!。.，,？?～~…\s]|围观|报名|抢|领|看|参加|参与))`

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&')

/** One pattern for every clickbait wording (a new RegExp each call: `reportMatches` may keep state). */
export function clickbaitPattern(): RegExp {
  return new RegExp([...PHRASES.map(literal), JUST_NOW, BIG_NEWS, HURRY].join('|'))
}
