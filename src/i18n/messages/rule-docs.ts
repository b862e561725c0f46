/**
 * The Chinese documentation of every lint rule (docs/rules.zh-CN.md); the English text lives with
 * each rule (`docs` of `defineLintRule`). A test keeps both in step with `RULES`.
 */
export interface RuleDocsZh {
  description: string
  rationale: string
}

export const RULE_DOCS_ZH: Readonly<Record<string, RuleDocsZh>> = {
  'title/max-length': {
    description:
      '标题宽度超过 `limits.titleWarn`（32）个汉字时，聊天列表里会被截断（拉丁字母、数字和空格按半个汉字计）；超过 `titleMax`（64）个字符是内容阶段的错误。',
    rationale: '大多数读者只看得到聊天列表里卡片的第一行。',
  },
  'title/punctuation': {
    description:
      '标题里不要连用感叹号、问号（`！！`、`？？`），结尾也不要用句号；结尾只有一个感叹号或问号没有问题。',
    rationale: '「太棒了！！！」这样的标题像垃圾信息，部分客户端还会折叠它。',
  },
  'title/clickbait': {
    description:
      '标题里的标题党用语（震惊、必看、99% 的人都不知道……）；刚刚、重磅只在作新闻开头时报告（`重磅！`，不报重磅炸弹），速看、速来只在催人赶快时报告（`名额有限速来！`，不报迅速来到）。',
    rationale: '微信对标题党有明确的处罚规则，可能限流甚至删文。',
  },
  'title/absolute-terms': {
    description:
      '标题和摘要里受《广告法》限制的绝对化用语（最、第一、国家级、绝对……），常见的正常用法除外：序数（第一步、第一天、第一杯；表示名次的第一名不算）、技术术语（唯一索引、绝对路径……）和“绝对化用语”这个词本身。',
    rationale: '《广告法》第九条禁止在推广内容中使用最高级用语；介绍产品的公众号文章同样适用。',
  },
  'body/absolute-terms': {
    description:
      '正文里在任何语境下都算宣传用语的绝对化用语（国家级、最佳、第一品牌、史上最、绝对、唯一……），例外情形与 `title/absolute-terms` 相同（唯一索引、绝对路径、绝对错误数、顶级域名、最佳实践、绝对化用语……），官方认定的称号（国家级高新技术企业、国家级非物质文化遗产、国家级自然保护区……）也不报告，也不报告陈述事实的 `唯一的共同点`、`唯一的区别`、`唯一一次`。不是广告的文章可以在 front-matter 里写 `lint: { body/absolute-terms: off }`。',
    rationale: '《广告法》第九条针对的是整篇推广内容，不只是标题。',
  },
  'body/wrong-date': {
    description:
      '正文里不可能对的日期：月份没有的那一天（`4 月 31 日`），或者旁边写的星期与日期对不上（2027 年的 `5 月 8 日（周五）` 其实是周六）。没写年份的日期按发送时间（slot）所在的年份计算。',
    rationale: '活动推文靠日期：星期写错会让读者跑错日子，而已发表的文章没法再改。',
  },
  'body/clickbait': {
    description:
      '正文里出现 `title/clickbait` 所列的标题党用语（震惊、必看、删前速看……）；引号里的（`他说自己“非常震惊”`）是引述，不报告。',
    rationale: '微信对标题党的规范同样适用于制造恐慌、诱导转发的正文。',
  },
  'length/word-count': {
    description:
      '报告正文字数（汉字加英文单词，与微信的算法一致）和阅读时间（约 400 字/分钟）；超出 `min`–`max`（300–5,000）时提示。',
    rationale: '运营一般把篇幅控制在 800–1,200 字：值得点开，也读得完。',
  },
  'length/character-limit': {
    description:
      '团队自定的篇幅上限（选项 `max`，按正文字符数；默认不设）。微信自己的上限由 `render/content-too-long` 按渲染后的文字检查。',
    rationale: '有的账号有意把文章写短；写进配置，每位作者都照此执行。',
  },
  'length/image-count': {
    description: '文章图片超过 `max`（默认 30）张时警告。',
    rationale: '每张图片都要上传，在移动网络下也会拖慢打开速度。',
  },
  'length/digest-missing': {
    description:
      '没有 `digest`（或留空，如 `digest:`、`digest: ""`）时，摘要取读者看到的正文前 54 个字符（标题、图片说明也算在内，不含脚注编号）；提示里会引出这段文字，`publish` 发送的也是它（微信自己取会带上 `[1]` 这样的编号）。',
    rationale: '摘要是分享卡片的第二行，自己写的通常效果更好。',
  },
  'length/digest-length': {
    description:
      '`digest` 超过分享卡片能显示的长度（`limits.digestWarn`，54）但没超过 `limits.digestMax` 时警告；超过 `digestMax`（默认 54；微信自己的上限是 120，可以调高到它）是内容阶段的错误。',
    rationale: '分享卡片大约只显示摘要的前 54 个字符，后面的内容只在少数地方看得到。',
  },
  'typography/cjk-spacing': {
    description:
      '中文与英文字母、数字之间加一个半角空格，链接文字以英文开头或结尾时也是（`写的 [Git 工作流](…)`：空格加在链接外面）；数字与 `%`、`‰`、`℃`、`°` 之间不加空格。选项 `dates`：`spaced`（默认，`2027 年 3 月 15 日`）或 `tight`（`2027年3月15日`，国标 GB/T 15835 和《人民日报》的日期写法），例如 `"typography/cjk-spacing": ["warn", { "dates": "tight" }]`。',
    rationale: '这是大多数中文技术写作（以及微信自己的写作规范）采用的约定，中英混排读起来更均匀。',
  },
  'typography/punctuation-width': {
    description:
      '中文句子里用全角标点（，。！？：；），包括紧挨着加粗、行内代码、公式、链接、引号和括号的标点以及列表项末尾的标点；英文字母和数字用半角（`123` 而不是 `１２３`）。半角标点紧挨着同样的全角标点（`,，`）时，删掉半角的那个，不会变成两个。',
    rationale: '夹在汉字之间的半角逗号、句号显得拥挤，多半是复制粘贴时带进来的。',
  },
  'typography/ellipsis': {
    description: '中文省略号是 `……`（两个 U+2026），不是 `...` 或 `。。。`。',
    rationale: '三个点或三个句号是键盘上的权宜写法，中文排版用六点省略号。',
  },
  'typography/repeated-punctuation': {
    description: '中文里不要重复使用 `！！`、`？？`、`，，` 或 `。。`（标题见 `title/punctuation`）。',
    rationale: '重复的标点像在喊叫，出现在正式发布的文章里显得不够用心。',
  },
  'typography/quotes': {
    description:
      '包着中文的直引号 `"…"` 改为 “…”（站点偏好或本文多用「」时改为「…」），中文句子里的 `\'…\'` 也改为 “…”（或「…」）——按 GB/T 15834，单引号只用于引号里面的引语，所以只有在双引号里面时才改为 ‘…’（或『…』）；双引号可以跨越加粗、链接和行内代码配对；一篇文章里混用「」和“”会被标出（不自动修正）。',
    rationale: '直引号是键盘的产物，中文用弯引号或直角引号。',
  },
  'typography/brackets': {
    description:
      '包着中文的括号全文统一一种写法：选项 `style` 可选 `full-width`（`（…）`）、`half-width-spaced`（` (…) `）或 `either`（默认：以本文多数写法为准，只标出少数派；本文没有别的括号时，只包着汉字的括号用全角）。紧贴汉字的半角括号、一半全角一半半角的括号（`（大概吧)`）总会被标出。',
    rationale:
      '全角括号和两侧带空格的半角括号都是常见约定；半角括号紧贴汉字，或一篇文章里混用两种写法，都显得不够讲究。',
  },
  'typography/space-around-fullwidth': {
    description: '全角标点前后不加空格（裸链接和它后面的全角标点之间的空格除外）。',
    rationale: '全角标点本身已带有间距，再加空格会留下明显的空隙。',
  },
  'typography/product-name': {
    description:
      '产品和技术名称按官方写法拼写（GitHub、JavaScript、iOS、npm、Wi-Fi、USB-C……；`IOS`、`nodejs`、`wifi` 这类写法也会改正）。小写的模块名（`json 模块`、`import json`）和英文句子里的小写单词（`broken windows theory`）不受影响。',
    rationale: '技术读者一眼就能看出「Github」「Javascript」这样的写法不够严谨。',
  },
  'typography/typo': {
    description:
      '技术写作中常见的错别字（帐号→账号、布署→部署……）；登陆→登录只在明确的登录语境（请登陆、登陆账号、登陆失败）下报告，因为台风登陆、登陆港交所里的「登陆」是对的。',
    rationale: '读者一眼就能发现这些错字；词典知道哪些语境下另一个词才是对的。',
  },
  'typography/invisible-characters': {
    description:
      '正文里不要有控制字符、零宽空格/连字符（U+200B–U+200D、U+2060、U+FEFF）或行/段分隔符（U+2028、U+2029）；修正时删除它们（夹在两个单词之间的分隔符改为空格）。',
    rationale:
      '它们多半是从聊天软件或网页粘贴来的，编辑器里看不见，却会影响搜索、复制和换行，有的还会显示成方框。',
  },
  'markdown/unparsed-emphasis': {
    description:
      'Markdown 在中文旁原样显示的强调标记（`**`、`__`、`_`），如 `这是__加粗__文字` 或 `A**“引号”**后面`。',
    rationale:
      'CommonMark 不会在用 `_` 写的词内开启强调，也不会在字母之后、标点之前开启 `**`：读者会直接看到星号或下划线。',
  },
  'markdown/accidental-emphasis': {
    description:
      '被 Markdown 误当作强调、导致字符消失的标识符和公式：`__init__`（显示为粗体 `init`）、`a*b*c`、`2*3*4`、`a**2 + b**2`。',
    rationale:
      'CommonMark 把 `__name__` 读作粗体，把字母或数字之间的 `*` 读作强调：读者看到的是粗体的 `init` 或没有星号的 `a` *b* `c`，公式和标识符都错了。',
  },
  'markdown/heading-skip': {
    description: '比上一个标题低了不止一级的标题（`##` 后面直接是 `####`）。',
    rationale: '主题按级别设置标题的字号：跳级后，小标题看起来和它所在的章节没有关系，文章结构也会读错。',
  },
  'markdown/heading-colon': {
    description: '以冒号（`：` 或 `:`）结尾的标题。',
    rationale: '标题是一节的名字；末尾加冒号读起来像半句话，中文排版规范里标题末尾不用冒号。',
  },
  'markdown/highlight': {
    description:
      '`==文字==` 是 Typora、语雀、飞书和 Obsidian 的高亮写法，不是 Markdown：微信里会原样显示等号。',
    rationale: '编辑器里看得到高亮，发出去的文章却没有；要突出的内容请改用加粗。',
  },
  'markdown/soft-break': {
    description:
      '作者想换行、读者却看不到的单个换行：整行加粗或斜体的小标题后面紧跟正文，逐行写的“标签：内容”（`**时间**：3 月 20 日` 下一行 `**地点**：…`），逐行写的诗、标题和作者，比前后行短得多、行尾又没有标点的一行。按固定宽度折行的正文不报告。',
    rationale:
      'Markdown 段落里的单个换行不是换行：在中文之间它会被去掉，`**芒果椰椰**` 会和它的介绍连在一起，`静夜思` 会和 `李白` 连成一句。修正时在行尾加 `\\`，这是 CommonMark 的硬换行：和行尾两个空格不同，它看得见，也不会被删除行尾空格的编辑器去掉。',
  },
  'markdown/indented-prose': {
    description:
      '以制表符或四个空格开头的中文段落（首行缩进），Markdown 会把它当成代码块。修正时删去缩进；本文其他段落以 `　　`（两个全角空格）开头时，改写为 `　　`。',
    rationale:
      '段落开头的四个空格或制表符在 Markdown 里表示缩进代码块：读者看到的是灰底等宽字体的方框，后面同样缩进的段落也会并进同一个方框，里面的排版也不再检查。段落的缩进和间距由主题负责；修正时删去行首的缩进，其他段落用 `　　` 缩进时改写为 `　　`。',
  },
}
