/**
 * The red-flag rules of the advert checker: data, read by engine.ts. Each
 * rule has the shared red-flag code, a weight (how much it alone says about
 * illegal fundraising), the patterns that raise it (on normalized text), a
 * plain explanation and the rule of law it touches (../shared/domain.md).
 */
import type { RedFlagCode } from '../red-flags'

export interface Rule {
  code: RedFlagCode
  weight: number
  /** A core promise: with an investment element, at least a medium risk on its own. */
  core: boolean
  patterns: RegExp[]
  /**
   * Words that, just before a match, make it something else ("人民币圈存" is
   * a bank card, not 币圈). Tested on the few characters before the match:
   * iOS before 16.4 cannot parse a regex lookbehind.
   */
  notAfter?: RegExp
  explanation: string
  law: string
}

const REG2 = '《防范和处置非法集资条例》第二条：未经批准，向不特定对象吸收资金并承诺还本付息或给予回报，就是非法集资。'
const REG11 = '《防范和处置非法集资条例》第十一条：除国家另有规定外，任何单位和个人不得发布包含集资内容的广告或以其他方式向社会公众进行集资宣传。'
const ADS = '2007 年四部门关于投资广告的通知：投资类广告不得承诺保本、保证无风险；正规理财须提示“理财非存款、产品有风险”。'

export const RULES: Rule[] = [
  {
    code: 'guaranteed',
    weight: 40,
    core: true,
    patterns: [
      /保本(?!金)|保息|保底|稳赚|只赚不赔|不赔|从未亏损|(?:绝不|不会|没有)亏(?:损|过|钱)?|零风险|无风险|没有风险|没风险|风险为零|(?:退还|返还)(?:全部|全额)?本金|本金(?:全部|全额)?(?:退还|返还)|本金(?:安全|无忧|有保障|保障|100%|百分百)|包赔|(?:亏损|损失)(?:由|全由)?(?:公司|我们|平台)(?:承担|负责|兜底)|刚性兑付|兜底|保证(?:收益|回报|本金|赚钱)|到期(?:返?还本|本金全额?返还)|还本付息|稳稳(?:的)?赚|百分百(?:回本|赚)/g
    ],
    explanation: '承诺保本、无风险。真正的投资都有风险，敢打包票“稳赚不赔”的，几乎都是拿后来人的钱还前面的人。',
    law: ADS
  },
  {
    code: 'high_return',
    weight: 40,
    core: true,
    patterns: [
      /固定(?:回报|收益(?!类)|分红|利息|返还)|高额(?:回报|收益|利息|返利)|高回报|高收益|高息|翻(?:倍|番|一番|两番)|躺赚|日进斗金|利滚利|月月(?:分红|返|拿钱|有收益|有息|有利息)|(?:租金|利润)分红|(?:涨幅|升值|增值)(?:高达|达|超过|平均)?\d|边花边赚|生钱|钱生钱|天天(?:返|分红|有收益)|每(?:天|日|周|月|年)(?:都)?(?:返|分红|拿|领)(?:钱|利息|收益|现金)?|(?:收益|回报|利息)(?:高达|最高|可达)|坐等收益|收益(?:翻|稳定)/g
    ],
    explanation: '许诺高额或固定回报。银行一年定期存款利息只有一两个百分点，远超这个水平又说得很肯定的，是在用回报引诱您。',
    law: REG2
  },
  {
    code: 'recruit',
    weight: 30,
    core: true,
    patterns: [
      /拉人头|发展(?:下线|会员|团队)|下线|直推|间推|推荐(?:奖|奖励|提成|返)|推荐(?:一|1|两|2|\d{1,4})(?:个|位|名)?人|邀请(?:好友|朋友|亲友|一人|1人)?.{0,6}(?:奖励|返利|返现|提成|分红)|拉(?:亲戚|朋友|亲友|熟人|人).{0,6}(?:奖|返|提成|分红|收益)|分享.{0,6}(?:好友|朋友|亲友).{0,12}(?:拿|奖|返|提成)|层级(?:返利|奖励|收益)|团队(?:业绩|奖|收益|分红)|动态收益|代数奖|静态收益|(?:一|二|三)代(?:奖|收益)/g
    ],
    explanation: '要您拉人、发展下线、按人头拿奖励。钱靠新人投进来维持，人拉不动的那天就是崩盘的那天。',
    law: REG2
  },
  {
    code: 'buyback',
    weight: 30,
    core: true,
    patterns: [/售后返租|返租|(?:约定|包|保证|承诺|到期)回购|(?:倍|原价|溢价|加价)回购|回购(?:承诺|保障)|寄售|代(?:养|种|管)(?:殖|植)?|托管(?:造林|种植|养殖)|托管.{0,4}(?:收益|分红|有?息)/g],
    explanation: '售后返租、约定回购、代养代种：卖给您的东西只是幌子，承诺的租金和回购款要靠后来的钱支付。',
    law: REG2
  },
  {
    code: 'rebate',
    weight: 30,
    core: true,
    patterns: [/消费返利|(?:购物|消费)?全(?:额)?返|返本|消费.{0,4}(?:返还|全返|返本|返利|变资产|即投资)|储值.{0,3}(?:高?息|利息|返利|年息|月息)|充值.{0,6}(?:利息|返利|生息|返息|月返)|会员卡?.{0,6}(?:返利|返息|生息|分红)|买.{0,6}送.{0,4}(?:收益|分红|股)/g],
    explanation: '消费返利、储值生息：商家不靠卖东西赚钱，却说花出去的钱能全部返还甚至生利息，这只能靠新顾客的钱填窟窿。',
    law: REG2
  },
  {
    code: 'equity',
    weight: 30,
    core: true,
    patterns: [/原始股|即将上市|马上(?:就要)?上市|(?:年内|明年|很快)上市|上市(?:后|之后).{0,8}(?:翻|倍|增值|涨)|股权认购|内部认购|认购.{0,4}股|期权|股权众筹|认筹|内部股/g],
    explanation: '兜售“原始股”“即将上市”：公司上市要经证监部门严格审核，普通人手里的“原始股”大多不能交易、一文不值。',
    law: REG2
  },
  {
    code: 'crypto',
    weight: 25,
    core: false,
    patterns: [/虚拟货币|数字货币|虚拟币|区块链|数字资产|挖矿|矿机|矿池|算力|数字藏品|元宇宙|nft|usdt|代币|币圈|(?:空投|上链|链上)|[a-z]{2,6}币/g],
    notAfter: /人民$/,
    explanation: '借虚拟货币、区块链、数字藏品等新名词：我国禁止虚拟货币的发行和交易炒作，这类“投资”没有任何保障。',
    law: REG2
  },
  {
    code: 'pension',
    weight: 25,
    core: false,
    patterns: [/养老(?:投资|项目|公寓|床位|基金|产业|理财|地产)|以房养老|候鸟(?:式)?养老|床位.{0,6}(?:返|利|分红|收益|回报|预订|预售)|(?:预订|预售|认购)床位|养老.{0,8}(?:返利|分红|回报|高息)/g],
    explanation: '借养老的名义揽钱：预订床位返利、养老项目投资、以房养老，盯的都是老人的积蓄。正规养老机构不会承诺投资回报。',
    law: REG2
  },
  {
    code: 'mutual_aid',
    weight: 30,
    core: true,
    patterns: [/互助社|互助会|互助(?:池|金|基金)|资金互助|金融互助|互助盘|互助平台|排单|匹配打款|合作社.{0,8}(?:入股|分红|存款|利息|吸收|存钱)|入社.{0,6}(?:分红|利息)|村民.{0,4}(?:入股|存款|存钱).{0,6}(?:分红|利息)|入股.{0,8}分红/g],
    explanation: '以互助社、合作社、互助盘的名义吸收存款、入股分红：合作社和互助组织不能对外吸收存款、承诺分红。',
    law: REG2
  },
  {
    code: 'project',
    weight: 20,
    core: false,
    patterns: [/项目投资|投资项目|(?:众筹|集资)(?:建房|盖楼|买房|盖房)|份额(?:认购|转让|交易|化)|艺术品.{0,6}(?:份额|升值|投资|回购|增值)|(?:字画|藏品|收藏品|玉器|钱币|邮票).{0,8}(?:升值|增值|投资|份额|回购)|影视.{0,6}(?:投资|分红|份额)|扶贫.{0,6}(?:投资|分红|回报)|慈善.{0,6}(?:回报|分红|收益)|新能源.{0,6}(?:投资|分红|收益)|(?:教育|学校|培训).{0,6}(?:入股|投资|分红|基金|回报)|集资|出资.{0,10}(?:建|盖|开发)|合作开发|加盟.{0,6}(?:分红|回报|保底|收益)|入股|认筹|众筹/g],
    explanation: '用项目、众筹、份额、入股包装：听起来是实业，其实拿不出真实经营的账，回报靠的是不断进来的新钱。',
    law: REG2
  },
  {
    code: 'urgency',
    weight: 10,
    core: false,
    patterns: [/名额有限|先到先得|限时|限量|仅限|额满(?:为止|即止)|最后(?:\d|一|两|三)?(?:个)?(?:名额|机会|一天|几天|三天)|今天截止|明天截止|(?:错过|过了).{0,4}(?:再等|就没|没有)|抓紧|机不可失|仅剩|马上(?:截止|涨价)/g],
    explanation: '催您快点交钱：不给时间打听、不让和家人商量，正是骗局的惯用手法。',
    law: REG11
  },
  {
    code: 'authority',
    weight: 15,
    core: false,
    patterns: [/(?:政府|国家|国务院|部委|央企|国企|银行|民政|公安)(?:背景|支持|扶持|批准|批文|备案|监管|担保|背书|合作|指定|认证|重点项目)|红头文件|(?:国家|政府)(?:级|项目)|(?:领导|官员)(?:站台|视察|支持)|不是(?:传销|非法集资|骗局)|合法合规|正规(?:公司|平台|项目).{0,4}(?:放心|保障)/g],
    explanation: '冒称政府、国企或银行背景：正规机构不会拿“政府支持”来担保投资回报。“我们不是非法集资”这种话本身就是警报。',
    law: REG2
  },
  {
    code: 'private_account',
    weight: 20,
    core: false,
    patterns: [/个人账户|私人账户|个人(?:卡|银行卡)|(?:转|打)(?:账|款)?(?:到|给|进).{0,6}(?:个人|私人|经理|老板|财务|会计|微信|支付宝)|(?:只收|交|缴|带)现金|现金(?:交|缴|支付|入股)|境外账户|海外账户|扫码(?:转账|付款|交)/g],
    explanation: '让您交现金或转到个人、境外账户：正规金融机构只用单位对公账户收款，钱进了个人口袋就很难追回。',
    law: REG2
  },
  {
    code: 'unlicensed_name',
    weight: 10,
    core: false,
    patterns: [/(?:金融|财富|理财|资产|投资|资本|财务)(?:服务|管理|咨询|信息|科技)?(?:有限)?(?:公司|中心|工作室|俱乐部|平台|集团)|交易所|交易中心|股权众筹平台/g],
    explanation: '用“金融”“财富”“交易所”之类的名号：这些名称要经金融管理部门批准，普通公司挂这类名号吸收资金就是违法。',
    law: REG2
  },
  {
    code: 'lure_gifts',
    weight: 10,
    core: false,
    patterns: [/免费(?:讲座|旅游|游|体检|领取|领|送|午餐|吃饭|吃|鸡蛋|礼品|听课)|(?:送|领)(?:鸡蛋|大米|食用油|油|礼品|小礼物)|(?:到场|签到|进场|听课)(?:就|即)?送|健康讲座|养生讲座|(?:送|发)红包/g],
    explanation: '免费讲座、旅游、送礼品拉拢人：先给点小甜头，拉近关系，再推“投资项目”。',
    law: REG11
  }
]

/** Words that make a text about money put in to earn money: without them, nothing is more than a low risk. */
export const INVESTMENT = /投资|理财|众筹|认筹|回购|返租|提现|充值激活|生钱|托管|收益|回报|利息|(?:月|日|年)息|高?息|分红|返利|返息|本金|入股|认购|存款|资金|出资|集资|年化|翻倍|增值|升值|赚|盈利|回本|股权|原始股|份额/

/**
 * Words that mark a clause as a warning or a licensed product's risk
 * statement: red-flag words inside such a clause are being quoted, not used.
 */
// "我们不是非法集资" is a claim, not a warning: a match whose first group (the
// denial) is set does not count. Global: read with matchAll.
export const WARNING = /谨防|提防|警惕|小心|当心|(不是|并非|绝非|不属于)?(?:骗局|陷阱|骗子|诈骗|传销|非法集资|非法吸收公众存款|非法金融活动)|诱饵|所谓|圈钱|跑路|听信|以案说法|十有八九|反映|上报|(?:不要|别)(?:把钱|交钱|转账)|不要(?:相信|轻信|参与|上当)|别(?:信|上当|轻信)|切勿|千万(?:不要|别)|识别|识破|防范|凡是|不承诺|不保证|非保本|不保本|不代表|理财非存款|产品有风险|投资须谨慎|谨慎投资|风险自担|遇到.{0,12}(?:报警|举报)|(?:报警|举报)(?:电话)?|反诈|提醒/g

/**
 * A licensed product's mandatory disclosures. A text that carries them is
 * describing a deposit or a regulated product, where "还本付息" or a
 * "固定收益类" product is an honest description, not a promise to lure.
 */
export const LICENSED = /存款保险|理财非存款|产品有风险|投资须谨慎|业绩比较基准|风险等级r\d|风险承受能力|不代表.{0,8}(?:未来|实际)|过往业绩/

/** Phrases that are ordinary in a licensed product's own description. */
export const LICENSED_WORDS = /^(?:还本付息|到期(?:返?还本)|固定收益)$/

/**
 * An advert asks you to act: join, pay, sign up, get in touch. A text full of
 * warnings that asks none of that is outreach (a police notice, a village
 * reminder), even where it retells what the schemers said.
 */
export const CALL_TO_INVEST = /私聊|报名|开户|进群|拉你|扫码|加我|加微信|联系(?:客服|经理|业务员|我)|欢迎(?:加入|投资|咨询|认购)|详询|名额有限|先到先得|抓紧|认购热线|立即(?:抢购|加入|认购)|速来/
