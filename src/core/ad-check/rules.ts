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
  /**
   * Patterns that are a flag only in a text that also speaks of money put in
   * to earn: "全额退还" after a return promised is a pledge of principal, in a
   * shop or a rental it is an ordinary refund.
   */
  withInvestment?: RegExp[]
  /**
   * Words that point at this sign without proving it ("利息", "项目"). They
   * are shown only where the statistical scorer, reading the whole text, lifts
   * a text the rules rated low, so the resident still sees which words it
   * weighed. Global: read with matchAll.
   */
  hints?: RegExp
  /**
   * Words that, just before a hint, make it a service bought rather than a sign ("医美项目", "装修项目"): such a hint
   * is shown only where its sentence speaks of money put in to earn (INVESTMENT). Tested like notAfter.
   */
  hintNotAfter?: RegExp
  explanation: string
  law: string
}

// Shown under each sign, often several times on one result: the rule in a line of plain words, not the article recited.
export const REG2 = '《防范和处置非法集资条例》第二条：没有许可或者违反国家金融管理规定，许诺回报、向不特定的人吸收资金，就是非法集资。'
export const REG25 = '《防范和处置非法集资条例》第二十五条：非法集资的人和帮着揽钱的人，要把收来的钱清退给参与的群众；因参与非法集资受到的损失，由参与的人自己承担。'
// Article 11 bars fundraising adverts and promotion by any other means; each sign citing it says how its words are that.
const REG11 = '《防范和处置非法集资条例》第十一条：除国家另有规定外，谁都不能发集资广告，也不能用别的办法向大家宣传集资'
const ADS = '《广告法》第二十五条：有投资回报预期的广告，不得保证收益，不得明示或者暗示保本、无风险或者保收益（国家另有规定的除外）。银行理财的销售规定另要求写明“理财非存款、产品有风险、投资须谨慎”。'
const REG9 = '《防范和处置非法集资条例》第九条：除国家另有规定外，企业名称和经营范围中不得使用“金融”“交易所”“交易中心”“理财”“财富管理”“股权众筹”等字样。'

/**
 * A small sum paid for a huge one ("交1000元，180天后到账1000万元", "只需交99元即可领取巨额补贴"). No licensed issuer pays
 * a hundred times what was paid, so where the sum received is that (or 巨额), a licensed product's name beside it
 * ("惠民生国债") is its disguise (engine.ts); an annuity's yearly payout set against its premium is not. The sum received is
 * in the sentence that receives it ("利息收益全部分给老人。每户最多贷10万" pays no one 10万), or opens the next one as the amount
 * received ("就可以领取扶贫款。金额是50万元", "即可领取政府补助。补助为50万元每户", "即可领取！每人50万元！"; not "每人保额50万元", an
 * insurer's cover, nor "额度最高30万元", a credit line).
 */
export const WINDFALL =
  /(?:交|缴纳|缴|付|发送?|转|出资|投入|只需|只要|入会).{0,6}?(\d{1,5}(?:\.\d{1,2})?|[一二两三四五六七八九十百几]{1,4})(?:元|块).{0,30}(?:领|获得|拿|分|得到|可得|补贴|返|到账)[^。；;！？!?]{0,12}?(?:[。；;！!](?:(?:金额|数额|补助|补贴|奖金)[^。；;！？!?]{0,6}?|每人|每位))?(?:(\d{1,6}|[一二两三四五六七八九十百千几]{1,4})万|巨额|巨款)/g

/**
 * Principal and interest covered by a third party ("本息承保", "兜底本息", "对本金和利息全额承保", "提供全部本息保证担保"): an
 * insurer's own product is underwritten by it, a deposit is insured by law, but no one licensed underwrites the principal and
 * interest of what the public lends a platform. A pledge of principal (guaranteed), and no licensed product's words (engine.ts).
 */
export const UNDERWRITTEN = /(?:本息|本金(?:和|及|与)?利息)[^。；;，,]{0,4}?(?:全额|全部)?(?:承保|保证担保|担保|兜底)|(?:承保|担保|兜底)[^。；;，,]{0,6}?(?:本息|本金(?:和|及|与)?利息)/g

/**
 * A P2P lending platform's own words: the public's money "lent" through it for interest (出借人, 出借满3万元), coupons that
 * raise the rate (加息券), loans filled (满标) and debts passed on (债权转让). The platforms took the public's money with a
 * return promised and no licence to, and none operates any more, so a page still speaking so is a scheme's, and a report of
 * one a scheme's end: money put in to earn (engine.ts), and the lending_platform sign. The industry's name (P2P, 网贷平台) is
 * not among them: news and commentary use it (zzzg-20, r-41), and lending one's own bank card (出借银行卡) is another matter;
 * nor is a claim assigned to someone (债权转让给保险公司: an insurer's subrogation, a bank's sale of a bad debt). A text with
 * these words is no licensed product (engine.ts), whatever insurer it names as its guard.
 */
export const LENDS =
  /出借人|出借(?:满|超过|达到)?(?:\d{1,9}(?:\.\d{1,2})?|[一二两三四五六七八九十百千几]{1,4})(?:万元|万|元|天|个月)|出借(?:满|金额|本金|期限|越多|产品|计划|记录|收益|利息|标的)|加息(?:券|劵|卡|红包|奖励)|满标|流标|散标|标的(?:详情|期限|年化|金额|利率)|债权转让(?!给)/

/**
 * A loan between two people in the civil law's words (民间借贷, 借条, 欠条, 借据): there 出借人 and 出借本金 are the lender and
 * the sum the law names, not a platform's customer and deposit. Where a platform is named too (PLATFORM), its words are its own.
 */
export const PERSONAL_LOAN = /民间借贷|借条|欠条|借据/
/**
 * A loan's own paper: an IOU's formula (今借到) or a contract's fields and the borrower's duties (借款金额：, 借款人以其名下,
 * 贷款人有权). It records one loan between named parties, a lender's to a borrower, whose rate the borrower pays: no money is
 * asked of the public. A lending platform's listing shows its borrowers in the same fields, so its own words (PLATFORM) still rule,
 * and a return offered to the reader beneath (offerBeneath) is still an offer.
 */
export const LOAN_PAPER = /今借到|借款(?:人|方|金额|期限)[：:]|借款人(?:以其|确认|签字|须|应)|贷款人有权/
export const PLATFORM = /平台|网贷|p2p/
/** A broker's securities lent to the state's securities-finance company (转融通): licensed lending, whose 出借人 is a client. */
export const SECURITIES_LENT = /转融通|证券出借/
/**
 * A private fund's threshold waived ("无需合格投资者证明", "无需提供资产证明") or met by buyers pooled ("3~5人拼单凑足"): sold so,
 * it is sold to the public, which the law forbids a private product, so no licensed product's words shelter it and it is the
 * public element (open_to_public; engine.ts). Not a product the law sells to all (SOLD_TO_ALL: "储蓄国债……无需合格投资者认定",
 * a public fund) and names nothing private (PRIVATE_OWN), whatever else it is called (某某产业基金, a 收益权 sold past its
 * threshold is private).
 */
export const SOLD_TO_ALL = /国债|公募|货币(?:市场)?基金|指数基金|etf|公积金/
/** A product's own words of being private: a savings bond named beside them is only what it beats ("年化收益是国债的三倍"). */
export const PRIVATE_OWN = /私募|信托|资管|资产管理计划|有限合伙|股权(?:投资|项目)|专户/
export const WAIVED =
  /(?:无需|无须|不需要?|不用|免)(?:提供|出具|查验|核实|审核)?[^。；;！？!?，,]{0,4}?(?:合格投资者|资产证明|收入证明)|拼单(?:认购|凑足|凑齐|凑够|起投)|(?:凑足|凑齐|凑够)[^。；;！？!?，,]{0,4}起投/

/** How a pay-first fraud asks the money (pay_to_withdraw), and the fees it names, each written once for its patterns. */
const PAY = '交(?!易)|缴|补缴|缴纳|交纳|支付|预付|付|转入|转账|充值|先打|打款|打钱|打入'
const WITHDRAW_FEE = '税费?|保证金|押金|解冻费|激活费|手续费|服务费|清退费|通道费|认证费|审核费|验证费|公证费|风控费|会员费|升级费|工本费|验资款?|风险金|(?:风险|风控)准备金|管理费'
/** What the reader is told paying it will release: their own money out, or back. */
const WITHDRAWN = '提现|出金|取出|取回|取款|到账|解冻|退还|返还|退回|退款|兑付|清退|拿回|领回|赎回|解封'
/**
 * Said after the fee in other words than 才能 or 方可 ("交了以后马上给您到账", "缴纳完毕即可出金", "才给我提现"): read only where
 * the money comes out at once (OUT_NOW), or the reader's money is named first ("充值成功后收益和保证金一并提现"). A deposit
 * given back once a lease or a job is done ("退房验收完才会退还押金", "验收合格物业才会退还") is neither, nor is a card's balance
 * refunded at a counter, nor money a platform pays out (打款成功后资金到账): 打 is not the reader's paying here.
 */
const PAID_THEN = '才(?:给|会|让)|(?:交|缴|付|补|充|转)(?:清|完|齐|纳|足|上|值|账|款|入)?(?:了|完成|完毕|成功)?(?:之?后|以后|即可)'
const OUT_NOW = '提现|出金|取出|取款|到账|解冻|兑付|赎回|解封'

export const RULES: Rule[] = [
  {
    code: 'guaranteed',
    weight: 40,
    core: true,
    patterns: [
      /保本(?!金)|保息|保底(?!价?收购)|稳赚|只赚不赔|只赚不亏|只涨不跌|就是赚到|(?:赚|稳|包|绝对|保证|永远|从来|决)不赔|从未亏损|(?:绝不|不会|没有)亏(?:损|过|钱)?|亏(?:了|损)?.{0,4}赔|零风险|无风险|没有(?:任何)?风险|没风险|风险为零|(?:退还|返还|退回|返回|赎回|领取|领回|拿回|取回|收回)(?:全部|全额)?(?:本金|预付款|预存款|预订金|投资款|购卡款)|(?:投资款|本金|购买价|买入价|购房款|认购款|房款)的?(?:1\d\d|[2-9]\d\d)%|(?:连|拿)本带(?:利|息)|(?:承诺|许诺|保证(?!金(?!额))|约定|答应).{0,10}(?:还本|兑付|返还|退还|赔偿|赔付|回购)|保障.{0,6}本金|本金.{0,3}(?:和|及|与)收益|本(?:金|息)(?:安全|无忧|有保障|保障|100%|百分百)(?![吗么嘛])|包赔|(?:亏损|损失)(?:由|全由)?(?:公司|我们|平台)(?:承担|负责|兜底)|刚性兑付|兜底|保证(?:收益|回报|本金|赚钱)|到期(?:全额|全部|一次性)?(?:返?还本|本金全额?返还)|还本付息|稳稳(?:的|地)?(?:赚|领|拿)|百分百(?:回本|赚)|(?:保证|包|稳|必|确保|肯定|一定|绝对|保)回本/g,
      // A third party covering the principal and interest of what the reader lends or puts in ("由某保险对本金和利息全额承保",
      // "担保公司提供全部本息保证担保"): a pledge of principal borrowed from someone else's name (UNDERWRITTEN).
      UNDERWRITTEN
    ],
    // Principal told as lost on the way to the verb ("要求赔偿本金损失并退还保证金", a plaintiff's claim) is pledged to no one,
    // nor is money told as not returned ("仍有用户押金没有退还", "本金迟迟不退", "不予退还", "一直退不下来"): a report of a
    // refund withheld. A negation only before the refund's verb withholds it: "本金未到期可退" pledges it.
    withInvestment: [
      /(?:本金|预订金|预存款|预付款|购卡款|投资款|押金|床位费|全款|会员?费|(?:领养|认养|认购|入会)(?:金|款|费))(?:全部|全额)?(?:(?!(?:没能|没有?|未|不予?|无法|难以|拒不)(?:退|返|兑))[^清损亏]|清(?!退)){0,4}(?:退还|返还|退回|退给|退|兑付)(?!不了|不下来|不回|不出)|(?:全额|如数|原数|一分不少|原封不动|足额)(?:退还|返还|退回|退给|退|返|兑付)/g
    ],
    // Break-even in a business's sums ("入住率要到45%左右才能保本", "难以回本") is no promise of principal.
    notAfter: /(?:才能|才可以|才可|才会|勉强|刚好|刚刚|能否|难以|无法|很难)$/,
    hints: /本金|保本|稳赚|放心|风险小|没风险/g,
    explanation: '承诺保本、无风险。真正的投资都有风险，敢打包票“稳赚不赔”的，几乎都是拿后来人的钱还前面的人。',
    law: ADS
  },
  {
    code: 'high_return',
    weight: 40,
    core: true,
    patterns: [
      /固定(?:回报|收益(?!类)|分红|利息|返还|养老金|租金|补贴)|(?:承诺|许诺|保证(?!金)|约定|宣称|声称).{0,16}(?:回报|收益|利息|分红|返利|租金|补贴|福利金|高息)|(?:承诺|许诺).{0,20}(?:达到|获得|可得|可获|收回)|以.{0,16}(?:回报|收益|利息|返利|分红|高息|高利|租金)为(?:诱饵|饵)|一个?(?:月|年)(?:分红|返利|返现|返息|付息)|(?:每|按)个?(?:天|日|周|月|季度?|年).{0,8}(?:利息|分红|返利|返现|补贴|福利金|收益(?!分配)|回报|付息|红包)|(?:回报|收益|赚|涨|翻|增值).{0,6}(?:几|数|\d{1,3}|[一二两三四五六七八九十]{1,3})十?倍|双倍(?:返还|返|回报)|(?:几|数)倍(?:、|到|至|甚至)?(?:几十|十几|上百)倍|(?:拿回|收回|领回|赚回|得回|回报|返还|返)(?:的|来)?(?:更多|加倍|成倍)|收益率?不低于|总(?:回报|收益)|累计(?:回报|收益|返还)|高额(?:年化)?(?:回报|收益|利息|返利|贴息)|高回报|高收益|高息|翻(?:倍|番|一番|两番)|躺(?:着|在家)?(?:就|也)?(?:能|可以|可)?赚|日进斗金|利滚利|月月(?:分红|返|拿钱|有收益|有息|有利息)|(?:租金|利润)分红|(?:涨幅|升值|增值)(?:高达|达|超过|平均)?\d|边花边赚|生钱|钱生钱|生息|(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:到|至)?(?:\d{1,3}|[一二两三四五六七八九十]{1,3})?倍(?:的)?(?:收益|回报|利润|利息)|天天(?:返|分红|有收益|赚)|每个?(?:天|日|周|月|年)(?:都|固定|稳定|稳稳)?(?:返(?!还)|分红|拿(?!出)|领)(?:钱|利息|收益|现金)?|(?:收益|回报|利息)(?:高达|最高|可达)|坐等收益|收益(?:翻|稳定)|比(?:存|放|存在|放在)?(?:银行|定期|存款|余额宝)(?:利息|存款|定期)?.{0,6}(?:高|多|强|划算)|(?:远|远远|大大)?胜(?:过|于)?(?:存)?(?:银行|定期|存款|余额宝)|跑赢(?:银行|存款|定期|余额宝)|(?:收益|赚|回报|利润|分红|利息)(?:就|能|可|有|上|达)?(?:几|好几|上|十几|几十)(?:千|万|十万|倍)|高于(?:银行)?(?:同期|同类)?(?:存款|银行|贷款)?(?:利率|利息)|晒(?:单|盈利|收益|收入)|(?:起初|开始|刚开始|前期|头几次|前几次)(?:确实|还|也)?(?:赚|有收益|小赚|拿到了?(?:钱|收益|利息|分红))|尝到甜头|解冻[^。；;！？!?]{0,20}(?:分到|分得|领取|拿到|返还?|获得|得到|奖励|发放?|补助)|(?:每人|每户|人均|每位|每家)[^。；;！？!?，,]{0,6}(?:奖励|分到|分得|分|领取|领到|领|获得|得到|补贴|补助|发放?)(?:人民币)?约?(?:\d{1,12}(?:\.\d{1,3})?|[一二两三四五六七八九十百千几]{1,6})(?:万|亿)|(?:扶贫|解冻|民族资产|国家|中央|政府)[^。；;！？!?]{0,40}(?:可|能|就能|即可|就可以?)(?:领取|领到|领|分到|分得|获得|得到)(?:人民币)?约?(?:\d{1,12}(?:\.\d{1,3})?|[一二两三四五六七八九十百千]{1,6}|数十|几十|数百|几百|上百)(?:万|亿)/g,
      WINDFALL,
      // A claim of quick payback ("半年回本", "回本三轮就是纯赚"): all the money put in earned back within a term is a return
      // promised, not a pledge of principal. So is principal paid back with a share on top ("返本金加5%").
      /回本(?!金)|(?:返还?|退还?|还)?本金(?:加|再加|另加|外加)[一二两三四五六七八九十\d]{1,3}(?:\.\d{1,2})?(?:成|%|个点)/g,
      // Money taken now for a sum or a benefit later, with no rate named: a deposit that "还能给您多挣一份收入", a fee that
      // buys a place on a payout list or a pension ("交纳登记费，即可进入扶贫款发放名单", "交疏通费，我们帮您办病退").
      /(?:钱|款)(?:放|存|投)(?:在|到|进)?(?:我们|我这|这儿|这里|公司|店里)[^。；;！？!?]{0,10}(?:挣|赚|收入|收益|利息|生息)|(?:登记费|疏通费|好处费|办理费|解冻费|激活费|工本费)[^。；;！？!?]{0,30}?(?:即可|就能|就可以?|便可)[^。；;！？!?]{0,20}?(?:发放|领取|领到|到账|打到|按月领)|(?:费|钱)[^。；;！？!?]{0,12}(?:帮|替|给)(?:您|你)?(?:办|办理)(?:病退|提前退休|内退)|(?:病退|提前退休|内退)[^。；;！？!?]{0,20}(?:收取|交|缴)[^。；;！？!?]{0,16}费/g,
      // A coin or share bought now that will be worth much once issued or listed ("现在400元就能买一份，等全面发行了，手里的币能换成
      // 很多很多钱"): its rise is the return promised.
      /(?:等|到|待)(?:全面|正式)?(?:发行|上市|开盘|流通)[^。；;！？!?]{0,20}?(?:换成|值|变成|翻)[^。；;！？!?]{0,10}?(?:钱|倍|万)/g,
      // Money asked now for a windfall later: a large sum from a fund said to be the state's or a charity's (扶贫款,
      // 民族资产, 善款) to be received, then a fee, a "donation" or the reader's ID and card numbers asked ("发放3000000元……领取
      // 前需完成爱心捐赠", "均可领取千万元善款补助！……把身份证号、银行卡号报给群管，同时交报单费"). A subsidy told with
      // nothing asked of its receivers is not this.
      /(?:(?:扶贫|民族资产|解冻|善款|救济|慈善|专项基金)[^。；;！？!?]{0,30}?(?:发放|领取|领到|分到|分得|获得|补助)[^。；;！？!?]{0,12}?(?:\d{5,12}|[一二两三四五六七八九十百千几]{1,6}(?:万|亿))|(?:发放|领取|领到|分到|分得|获得)[^。；;！？!?]{0,6}?(?:\d{5,12}|[一二两三四五六七八九十百千几]{1,6}(?:万|亿))元?的?(?:善款|扶贫|救济|慈善))[\s\S]{0,150}?(?:(?:交|缴|付|汇|转|报)[^。；;！？!?]{0,12}?(?:费|指定账户)|身份证号|银行卡号|捐赠)/g,
      // Money handed over now that comes back at term with more, named neither 利息 nor 年化: a deposit returned and a fee
      // paid on top ("期满公司退还押金，另付销售费用"), a card's unspent balance and a bonus ("到期公司再返给您一笔补贴"), a
      // share of what the money earned fixed by what was put in ("出资人按投资额的3%至5%拿收益").
      /(?:到期|期满)[^。；;！？!?]{0,12}(?:(?:再|另|额外)返|另(?:付|给|发)|额外(?:付|给|发)|外加)|按(?:投资|出资|入股|认购|集资)(?:额|金额|款)的?[^。；;，,]{0,12}[%％][^。；;，,]{0,4}(?:拿|分|领|得|获得?|返)(?:取)?(?:收益|分红|回报|利润|利息)/g,
      // A machine or a coin bought that yields coins or income by itself every day ("买矿机后每天自动产出0.8个USDT", "每天产出
      // 十个金币", "每天自动产出被动收益"): the daily yield is the return promised, whatever it is paid in.
      /(?:每|按)(?:天|日|周|月)[^。；;！？!?，,]{0,4}?(?:产出|挖出|释放)(?:约)?(?:\d{1,6}(?:\.\d{1,4})?|[一二两三四五六七八九十百千几]{1,4})?(?:个|枚|颗)?[^。；;！？!?，,]{0,4}?(?:币|usdt|fil|btc|eth|收益)/g
    ],
    // "积分翻倍" is a shop's points, not money; break-even in a business's sums ("才能回本", "难以回本") is no promise.
    notAfter: /积分$|(?:才能|才可以|才可|才会|勉强|刚好|刚刚|能否|难以|无法|很难)$/,
    hints: /利息|收益|回报|分红|利润|红利|盈利|高息|返利|返现|赚/g,
    explanation:
      '许诺高额或固定回报，或者说多久就能“回本”。拿对方许诺的回报，和银行营业厅贴出的存款利率比一比：高出好几倍，又说得很肯定的，是在用回报引诱您。“半年回本”就是说半年把本钱全挣回来，正经生意没人敢这样打包票。',
    law: REG2
  },
  {
    code: 'recruit',
    weight: 30,
    core: true,
    patterns: [
      /拉人头|发展(?:下线|会员|团队)|下线(?!上(?![百千万]))|直推[、,，和及与]?间推|直推(?!说(?!明)|脱|辞|托|迟)|间推(?=奖|收益|提成|[一二两三四五六七八九十\d]|他人|别人|再?[拿得返])|推荐(?:奖|奖励|提成|返)|推荐(?:一|1|两|2|\d{1,4})(?:个|位|名)?人|邀请(?:好友|朋友|亲友|一人|1人)?.{0,6}(?:奖励|返利|返现|提成|分红)|(?:邀请|推荐|介绍|发展)(?:一|1|每)?(?:个|位|名)?新?(?:人|好友|朋友|亲友|亲戚|熟人|老乡|同事|邻居|会员|新人|他人).{0,12}(?:奖励|奖|提成|返现|返利)|拉(?:亲戚|朋友|亲友|熟人|人).{0,6}(?:奖|返|提成|分红|收益)|分享.{0,6}(?:好友|朋友|亲友).{0,12}(?:拿|奖|返|提成)|(?:邀请|推荐|介绍|发展|拉)[^。；;！？]{0,12}(?:加入|入伙|注册|参加|投资|购买|入股)[^。；;！？]{0,16}(?:奖励|奖|提成|返现|返利|佣金)|(?:邀请|推荐|介绍|带)[^。；;！？，,]{0,8}(?:来|过来|加入|入住|参加)[^。；;！？]{0,4}(?:奖励|奖|提成|返现|返利|佣金)|层级(?:返利|奖励|收益)|(?:上级|上线|推荐人)(?:拿|得|提|分|抽)(?:\d|[一二两三四五六七八九十百])|团队的?(?:业绩|奖|收益|分红)|动态收益|代数奖|下级|(?:一|二|三|1|2|3)级(?:拿|提成|奖励|返|分)|(?:拉|发展|团队)满|靠下面的人|静态收益|(?:一|二|三)代(?:奖|收益)|门槛费|入门费|吸收会员|(?:带|拉|介绍)[^。；;！？!?，,]{0,6}(?:亲戚|朋友|亲友|熟人|家人|姐妹|老乡|同事|邻居)[^。；;！？!?]{0,12}(?:提成|奖励|返利|分红)|(?:拉|邀请?|推荐)(?:一|1|每|[两三四五六七八九十]|\d{1,3})个?新?(?:人|好友|朋友)[^。；;！？!?，,]{0,4}(?:奖|返|提成|分红|送|赠)|(?:(?:推荐|邀请|发展|直推|拉)(?:满|够|到)?|(?:团队|直推|下线|伞下)?(?:满|够|凑够|凑满))(?:\d{1,4}|[一二两三四五六七八九十]{1,3})(?:个|位|名|人)[^。；;！？!?，,]{0,8}(?:升|晋升|成为|就是|当上?|升级为?)[^。；;！？!?，,]{0,4}(?:级|vip|会员|代理|董事|经理|主管|总监|合伙人|城主|银牌|金牌|钻石|皇冠)|(?:徒弟|下级|下线|粉丝|好友|会员|团队)的(?:徒弟|下级|下线|粉丝|好友|会员|团队)/g,
      // Pay that grows with what the recruits sell or put in ("再发展5家运营中心……他们卖得越多您拿得越多", "团队做得越大拿得越多"):
      // the team's business pays the one above it, whatever the recruits are called (下级, 代理, 加盟商).
      /(?:他们|她们|下面的人|下级|下线|团队|代理|加盟商)[^。；;，,]{0,4}(?:卖|做|投|交|买|业绩|拉)[^。；;，,]{0,4}越(?:多|高|大)[^。；;]{0,8}?(?:(?:您|你|自己|上级)[^。；;，,]{0,4})?(?:拿|赚|分|得|提)[^。；;，,]{0,3}越(?:多|高)|团队越大[^。；;，,]{0,4}(?:拿|赚|分|得|提)[^。；;，,]{0,3}越(?:多|高)|(?:做到|做|达到|升到)出局[^。；;，,]{0,6}(?:拿|领|得|赚)|(?:级别|等级)越高[^。；;，,]{0,6}(?:奖励|提成|奖金)越(?:多|高)/g,
      // People brought in who bring in people of their own ("你只要找三个人进来，他们再各找三个"): the chain of recruits is the
      // scheme, whatever each is paid.
      /(?:找|拉|带|发展|介绍)(?:够|满)?(?:\d{1,4}|[一二两三四五六七八九十]{1,3})个人(?:进来|加入|入伙)?[^。；;！？!?]{0,6}?(?:他们|她们|每个人|每人)(?:再|也)各?(?:找|拉|带|发展|介绍)/g,
      // A commission per recruit figured on the money the recruit puts in ("每拉一人拿投资额0.5%的介绍费", "推荐好友入金，拿他充值额
      // 的30%"): pay for bringing in money, whatever the commission is called.
      /(?:拉|介绍|推荐|邀请|发展|带)(?:来|进)?(?:一|1|每|一个)?(?:个|位|名)?新?(?:人|他人|好友|朋友|亲友|亲戚|熟人|会员|客户|下线|同事|邻居|老乡)[^。；;！？!?]{0,16}?(?:投资|投入|出资|入股|认购|入伙|入金|存入|充值)(?:额|金额|款|资金)?的?(?:\d{1,3}(?:\.\d{1,2})?[%‰]|(?:百分之|千分之)[零一二两三四五六七八九十点]{1,5})/g,
      // A bonus at a rate on the team's money ("另有0.5%的管理奖", "管理奖3%至10%", "领导奖2%"): a pyramid's pay for those under
      // one, named by the schemes' own words (见点奖, 层碰, 量碰, 对碰 and 平级奖 pay for each recruit and their recruits).
      /(?:\d{1,3}(?:\.\d{1,2})?[%‰]|(?:百分之|千分之)[零一二两三四五六七八九十点]{1,5})的?(?:管理奖|领导奖)|(?:管理奖|领导奖)[^。；;！？!?，,]{0,3}?\d{1,3}(?:\.\d{1,2})?[%‰]|见点奖|(?:层碰|量碰|对碰)奖?|平级奖|双轨制|无限代(?!理)/g,
      // The reader's own pay growing with the people they bring ("拉得越多拿得越多", "带老姐妹来多分一份"): from a new user's check,
      // where a joining fee with such a line read 低风险.
      /(?:拉|带|介绍|推荐|找)(?:来|进来|进)?的?(?:人|人头|姐妹|老姐妹|朋友|亲友|亲戚|老乡|会员)?[^。；;！？!?，,]{0,6}?越多[^。；;！？!?]{0,6}?(?:拿|分|赚|返)得?越多|(?:拉|带|介绍|推荐)[^。；;！？!?，,]{0,8}?(?:来|进来|加入|入会)[^。；;！？!?，,]{0,4}?多(?:分|拿|返)(?:一|1)?(?:份|点|些|成)/g,
      // A payout queue that moves as more people buy in after one ("后面买卡的人越多，越快领到100元现金", "后来排队的人越多，出局越
      // 快"): the newcomers' money pays those before them.
      /(?:后面|后来|之后|后边|新)(?:买|加入|进来|排队|入场|入会|充值)[^。；;，,！？!?]{0,4}?的?人越多[^。；;！？!?]{0,8}?越(?:快|早|多)[^。；;，,！？!?]{0,4}?(?:领|拿|返|回本|出局|到账|提现)/g,
      // Something that earns handed out for each friend brought in ("邀请好友注册再送算力", "推荐一人送一台矿机"): pay for recruits.
      /(?:邀请|推荐|介绍|拉)[^。；;！？!?，,]{0,8}(?:注册|加入|入会|下载)?[^。；;！？!?]{0,4}?(?:再|还|就|即|额外|另)?(?:送|赠|得|奖)[^。；;！？!?，,]{0,6}?(?:算力|矿机|股权|股份|原始股|分红)/g
    ],
    hints: /介绍|推荐|邀请|拉人|拉进|发展|团队|下线|群里|托儿|新投资人|后来(?:者|人|的人)|借新还旧/g,
    explanation: '要您拉人、发展下线、按人头拿奖励，或者先交入门费才能加入：这是传销的做法。钱靠新人投进来维持，人拉不动的那天就是崩盘的那天。',
    law: REG2
  },
  {
    code: 'buyback',
    weight: 30,
    core: true,
    patterns: [
      // A hotel room, a flat or a shop sold with its rent paid by the seller ("酒店包租，以租养贷……买下一套": yu-29), or any unit
      // whose 包租 stands beside a buyer's down payment or subscription ("40年独立产权，包租包管理，首付10万元起": wz-3), is 售后包租
      // by another name. A flat or a floor let whole with no sale (长租公寓包租, 写字楼整层包租), a tenant's rent paying a buyer's
      // loan (以租养贷 alone), land or a coach hired (包租了300亩耕地, 包租大巴) and a landlady (包租婆) are not; nor is an owner's
      // flat leased by an operator (购买了房子的业主……交给我们包租), nor its owner's sale of it (出售).
      /售后(?:返租|包租)|返租|(?:酒店|公寓|商铺|铺位|旺铺|产权)包租[^。；;！？!?]{0,30}?(?:买下|购买|买房|首付|认购|出售)|(?:买下|购买|买房|首付|认购|出售)[^。；;！？!?]{0,30}?(?:酒店|公寓|商铺|铺位|旺铺|产权)包租|包租(?![了婆公车机船])[^。；;！？!?]{0,30}?(?:首付|认购|买铺|买房|购房|购铺|全款|总价|发售)|(?:首付|认购|买铺|买房|购房|购铺|全款|总价|发售)[^。；;！？!?]{0,30}?包租(?![了婆公车机船])|(?:委托|统一|代理|代为)(?:经营|运营|租赁|出租|托管|管护)[^。；;！？!?]{0,50}?(?:返现|租金|收益|回报)|(?:更高|高于[^。；;，,]{0,4}(?:买入|购买|购入|原|售|出售|卖出)价)(?:格)?[^。；;，,]{0,4}(?:回收|回购|收回|收购|买回)|(?:约定|包|保证|承诺|到期)回购|(?:倍|原价|溢价|加价)(?:回购|卖回|收回|回收)|(?:签约|购买|购房|买铺|付款)(?:当天|当日|之日)起?(?:算|计|开始计算|起算)?租金|买了?就有租金|回购(?:承诺|保障)|寄售|代(?:养|种|管)(?:殖|植)?|代为?(?:饲养|养殖|喂养|种植|管护)|(?:年|个月|天)(?:后|期满|到期)[^。；;，,]{0,4}(?:回收|回购|收回)|托管(?:造林|种植|养殖)|托管.{0,4}(?:收益|分红|有?息)|(?:原价|买价|购买价|买入价)(?:加|上浮|再加|另加)[一二两三四五六七八九十\d]{1,3}(?:成|%|个点)|(?:原价|买价|购买价|买入价)的?[一二两三四五六七八九十点.\d]{1,5}倍(?:回购|收购|回收|收回|买回)|(?:本金|本钱|原价|买价|购买价|买入价)(?:加|另加|再加|外加|连同)(?:利息|收益|分红|红利)(?:回购|收购|回收|收回|买回)|挂售|(?:大股东|控股股东|实际控制人|实控人|原始股东)[^。；;，,]{0,6}?(?:回购|兜底)|回购担保|担保回购/g,
      // Animals or stock sold at a price per head whose every product the seller buys back at a fixed price ("七面鸟每对1000元，
      // 买回去放心养……产的蛋全部由公司回收，每只蛋30元"): the buy-back price, not the farm, pays the buyer. A company that
      // supplies the animals free and buys the milk (contract farming) sells the farmer nothing.
      // A plot, a tree or an animal adopted that pays a share on top ("认养期间还能享受分红"): the 认养 scheme, whatever crop it shows.
      /(?:认养|认领|领养)[^。；;]{0,12}?(?:享受|享有|获得|还有|可得|可获)(?:分红|收益|回报|返利)/g,
      /每(?:对|只|头|套|羽|箱|组)[^。；;！？!?，,]{0,2}?\d{2,6}元[\s\S]{0,80}?(?:公司|我们|厂家|基地|厂里)(?:负责|统一|全部|保价|按价)?(?:回收|收购|回购)[^。；;！？!?]{0,8}?每(?:只|个|斤|公斤|头|对|枚|羽)[^。；;！？!?，,]{0,4}?\d{1,5}(?:\.\d{1,2})?元/g
    ],
    // A shop may take back an old appliance; a pledge to buy back what was sold matters where money is put in to earn.
    withInvestment: [/(?:包|保证|承诺|负责)[^。；;，,]{0,8}(?:回收|收购|回购)/g],
    hints: /回购|回收|代养|托管|保管|寄存|租金|林权|林地/g,
    explanation: '售后返租、约定回购、代养代种：卖给您的东西只是幌子，承诺的租金和回购款要靠后来的钱支付。',
    law: REG2
  },
  {
    code: 'rebate',
    weight: 30,
    core: true,
    patterns: [
      /消费返利|消费分红|(?:购物|消费)[^。；;]{0,10}?全(?:额)?返|全返|返本|消费.{0,4}(?:返还|全返|返本|返利|变资产|即投资)|储值.{0,3}(?:高?息|利息|返利|年息|月息)|充值.{0,6}(?:利息|返利|生息|返息|月返)|会员卡?.{0,6}(?:返利|返息|生息|分红)|买.{0,6}送.{0,4}(?:收益|分红|股)|(?:交|存|预存|预付|预交|预缴|充值|储值)(?:得|的)?(?:金额|费用|钱)?越(?:多|大).{0,12}越(?:多|大|低|高)|(?:等级|级别)越高.{0,8}(?:收益|回报|分红|返利)越(?:高|多)|越多[^。；;，,]{0,4}(?:分红|收益|回报|利息|返利)(?:也|就)?越(?:多|高)|(?:储值|预存|充值|存入|办卡).{0,12}?每(?:天|周|月|年).{0,4}返.{0,12}现金|(?:返完|返够|回)本金?.{0,6}(?:继续|照样|还)(?:返|拿)|(?:等于|相当于|就是)存钱|消费(?:等于|就是|即|也能|就能|也是)(?:赚钱|存钱|投资)|(?:花费|花的钱|所花|(?:消费|购物|购买|买)[^。；;，,]{0,6}(?:金额|款|钱))[^。；;，,]{0,8}(?:原数|原额|全额|如数|全部|一分不少)(?:返还|返给|返)|(?:消费|买|花|购物)多少(?:钱)?(?:就)?返多少|(?:等于|相当于)(?:免费|白)(?:吃|用|拿|送|买|做|玩|住)|(?:玩|做|住|用)完[^。；;！？!?]{0,12}(?:照退|全退|全额(?:退还|返还|退|返)|如数(?:退还|返还))/g,
      // Most of the price handed back over time ("买完每天都有激励金打到账上，直到累计拿满车价的99%"): spending returned, whatever
      // the money is called (激励金, 补贴, 积分 that cash out).
      /(?:拿满|返满|领满|返还|返|累计(?:返|领|拿|发))[^。；;，,]{0,6}(?:车价|房价|售价|价格|价款|货款|购物款|消费额|消费金额|购买金额|商品价|买价)的?(?:[5-9]\d|100)%/g,
      // Points handed back for spending that cash out ("持续返还消费积分，积分可以折现"): spending returned as money, whatever it
      // is called; points that only buy the shop's goods are its discount.
      /返(?:还)?[^。；;，,]{0,6}积分[^。；;]{0,10}?(?:折现|提现|兑现|换成?现金)/g
    ],
    hints: /返还|储值|充值|会员卡|消费/g,
    explanation: '消费返利、储值生息：商家不靠卖东西赚钱，却说花出去的钱能全部返还甚至生利息，这只能靠新顾客的钱填窟窿。',
    law: REG2
  },
  {
    code: 'equity',
    weight: 30,
    core: true,
    patterns: [
      /原始股|(?:即将|马上|很快|就要|年内|明年|下个?月)[^。；;，,！？!?]{0,10}(?:上市|挂牌(?!利率|价)|敲钟)|(?:上市|挂牌|敲钟)(?:后|之后|以后).{0,8}(?:翻|倍|增值|涨|起码|至少)|股权认购|内部认购|认购[^。；;，,]{0,4}股|期权(?!益)|股权众筹|认筹|内部股/g
    ],
    hints: /股权|股份|上市|股东/g,
    explanation: '兜售“原始股”“即将上市”：公司上市要先经证券交易所审核、再到中国证监会注册，谁也保证不了哪年能上；上门、在群里卖给普通人的“原始股”，往往卖不出去、换不回钱。',
    law: REG2
  },
  {
    code: 'crypto',
    weight: 25,
    core: false,
    patterns: [
      /虚拟货币|数字货币(?!研究所)|虚拟币|区块链|数字资产|挖矿|矿机|矿池|算力|数字藏品|元宇宙|nft|usdt|代币|币圈|加密(?:电子)?货币|电子货币|(?:比特|以太|狗狗|莱特|瑞波|泰达)(?:币|坊)|(?:空投|上链|链上)|[a-z]{2,6}币/g
    ],
    notAfter: /人民$/,
    // "链接" is a link, not a chain.
    hints: /炒币|数字|虚拟|链(?!接)|app|外汇|炒汇/g,
    explanation: '借虚拟货币、区块链、数字藏品等新名词：我国禁止虚拟货币的发行和交易炒作，这类“投资”没有任何保障。',
    law: REG2
  },
  {
    code: 'pension',
    weight: 25,
    core: false,
    patterns: [
      /养老(?:院|社区)?(?:投资|项目|公寓|床位|基金|产业|地产)|以房养老|房(?:本|产证|产|子)[^。；;！？!?，,]{0,4}(?:抵押|过户|质押)给(?!保险)[^。；;！？!?]{0,16}养老|候鸟(?:式)?养老|床位.{0,6}(?:返|利|分红|收益|回报|预订|预售)|(?:预订|预售|认购)床位|养老.{0,8}(?:返利|分红|回报|高息)/g
    ],
    hints: /养老|老人|老年/g,
    explanation:
      '借养老的名义揽钱：预订床位返利、养老项目投资，盯的都是老人的积蓄。正规养老机构不会承诺投资回报。正规的“以房养老”是保险公司办的住房反向抵押养老保险；不是保险公司，却要您把房子抵押、过户给它的，就是警报。',
    law: REG2
  },
  {
    code: 'mutual_aid',
    weight: 30,
    core: true,
    patterns: [
      /互助社|互助会|互助(?:池|金|基金)|资金互助|金融互助|互助盘|互助平台|(?:入会|入社)(?:参与|参加)?互助|排单|匹配打款|合作社.{0,8}(?:入股|存款|利息|吸收(?![^。；;，,]{0,10}?(?:入社|为社员|成为社员))|存钱|股金|互助金)|入社.{0,6}(?:分红|利息)|村民.{0,4}(?:入股|存款|存钱).{0,6}(?:分红|利息)|入股.{0,16}分(?:红|利润?|钱)/g,
      // A co-operative posing as a bank's branch ("全国农村合作社代办站", "合作社代办点"): a 合作社 takes no deposits, so has no
      // counter to take them at.
      /合作社(?:代办站|代办点|储蓄所|储蓄点|存款点)/g
    ],
    hints: /互助|合作社|会里|入会|标会/g,
    explanation: '以互助社、合作社、互助盘的名义吸收存款、入股分红：合作社和互助组织不能对外吸收存款、承诺分红。',
    law: REG2
  },
  {
    code: 'project',
    weight: 20,
    core: false,
    patterns: [
      /项目投资|投资项目|(?:众筹|集资)(?:建房|盖楼|买房|盖房)|份额(?:认购|转让|交易|化)|按份额分(?:红|配|钱)|艺术品.{0,6}(?:份额|升值|投资|回购|增值)|(?:字画|藏品|收藏品|玉器|钱币|邮票).{0,8}(?:升值|增值|投资|份额|回购)|影视.{0,6}(?:投资|分红|份额)|扶贫.{0,6}(?:投资|分红|回报)|慈善.{0,6}(?:回报|分红|收益)|新能源.{0,6}(?:投资|分红|收益)|(?:教育|学校|培训).{0,6}(?:入股|投资|分红|基金|回报)|集资(?:款|资金|办厂|建厂|入股|开发|建设)|参与集资|向[^。；;，,！？!?募]{0,10}集资|出资.{0,10}(?:建|盖|开发)|合作开发|加盟.{0,6}(?:分红|回报|保底|收益)|入股|认筹|众筹/g
    ],
    // "募集资金" is what a listed company or a fund raises under licence, not 集资. 集资 counts as the scheme's own act
    // (集资建房, 向村民集资, 集资款), never as the crime's name: "非法集资", "集资诈骗" and the victims' "集资参与人" in a
    // case report or a campaign tell what the law calls it, not a disguise as a project.
    notAfter: /(?:募|非法)$/,
    hints: /投资|项目|入股|募集|认购|众筹|基地|资金|借款|揽储|网贷|出借人/g,
    // A procedure or a job sold as a "项目" is what the customer pays for, not a scheme dressed as a venture.
    hintNotAfter: /(?:医美|美容|美发|美体|整形|体检|检查|治疗|理疗|护理|康复|装修|维修|服务)$/,
    explanation: '用项目、众筹、份额、入股包装：听起来是实业，其实拿不出真实经营的账，回报靠的是不断进来的新钱。',
    law: REG2
  },
  {
    // The public element the law names (社会性): a pitch that takes money from anyone who comes, not only from its own members
    // or one relative ("亲戚朋友都可以来入股", "外村人也可以", "面向社会招募股东"). A village's, a co-operative's or a family's
    // money raised among its own is not illegal fundraising; opened to all comers, it is.
    code: 'open_to_public',
    weight: 15,
    core: false,
    patterns: [
      /面向社会(?:公开)?(?:招募|招商|募集|集资|吸收|招股|征集|招揽|发售|筹集|吸纳)|(?:向|对)社会(?:公众)?公开(?:招募|募集|集资|发售|筹集|招股)|(?:亲戚朋友|亲朋好友|亲戚|朋友|亲友|外村人?|外乡人?|外地人|非社员|非会员|社会人士|城里人|任何人|谁)(?:都|也)(?:可以|能|可)(?:来(?:投资?|入股|参加|参与|加入|存|认购|入社)?|参加|参与|入股|加入|投资?|存|认购|入社)|(?:外村人?|外乡人?|外地人|非社员|非会员)(?:都|也)(?:可以|能|可)(?=[。；;，,！!]|$)|不限(?:地区|户籍|身份|人群|社员|村籍)/g
    ],
    explanation: '不管是不是本村、本社、自家的人，谁都可以来交钱：向不特定的人揽钱，正是非法集资的要件。合作社只收本社社员的股金，亲戚间借钱也不会到处招人。',
    law: REG2
  },
  {
    code: 'urgency',
    weight: 10,
    core: false,
    patterns: [
      /名额有限|先到先得|限时|限量|仅限|额满(?:为止|即止)|最后(?:\d|一|两|三)?(?:个)?(?:名额|机会|一天|几天|三天)|(?:今天|明天|今晚|明晚|本周|月底)(?:就|即将|将|要)?截止|(?:错过|过了).{0,4}(?:再等|就没|没有)|抓紧|机不可失|仅剩|马上(?:截止|涨价)|机会只有一次|只有一次机会|(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个)?小时内有效|(?:逾期|过期|超时)(?:作废|无效|不候|清零|视为(?:自动)?放弃)|视为自动放弃|越早(?:加入|投|进|参与|入场|上车|买)越(?:赚钱?|划算|多|值)/g
    ],
    hints: /赶紧|尽快|马上|名额/g,
    explanation: '催您快点交钱：不给时间打听、不让和家人商量，正是骗局的惯用手法。',
    law: `${REG11}；催人赶紧交钱的“名额有限”“先到先得”，就是这种宣传。`
  },
  {
    code: 'authority',
    weight: 15,
    core: false,
    patterns: [
      /(?:政府|国家|国务院|部委|央企|国企|银行|民政|公安)(?:背景|支持|扶持|批准|批文|备案|监管(?!账户|专户)|担保|背书|合作|指定|认证|重点项目)|红头文件|(?:资金|资产|基金|款项)(?:即将|马上|已经?)?解冻|解冻(?:资金|资产)|重点工程|国家机密|(?:国家|政府)(?:级|项目)|(?:领导|官员)(?:站台|视察|支持)|不是(?:传销|非法集资|骗局)|合法合规|正规(?:公司|平台|项目).{0,4}(?:放心|保障)/g
    ],
    hints: /国家|政府|国企|央企|扶持/g,
    explanation: '冒称政府、国企或银行背景：正规机构不会拿“政府支持”来担保投资回报。“我们不是非法集资”这种话本身就是警报。',
    law: REG2
  },
  {
    // Fraud rather than fundraising, but a resident pasting it must not read 低风险: a notice in an official body's name
    // (社保局, 财政, 国家, 银保监会, a 政策) that has money for the reader to receive (a 补贴, a 退款, 解冻资金) and asks for
    // what no paying office asks: the reader's ID, card or account numbers, a password or code, a fee before payment, a
    // balance kept on the card. Only the ask is matched here; engine.ts reads the official name and the money before it
    // (PAYOUT_OFFICIAL, PAYOUT_MONEY), so the words shown are the demand itself.
    code: 'fake_payout',
    // High on its own: a payout posed as the government's that asks for card numbers, a password or a fee first is a
    // scam whatever else the text says, and an orange 中风险 read as "maybe" to a resident about to reply.
    weight: 55,
    core: true,
    patterns: [
      // The whole list of numbers asked for is marked (身份证号、银行卡号及密码), not only its first item: the password
      // at its end is what a resident must not give.
      // A fee with 不, 免 or 无 before it is none asked (转到别的银行，不收手续费: a bank's own transfer page).
      /(?:报|提供|填写?|输入|核对|核实|告知|发给|说出|登记|交出|上传|回复)[^。；;！？!?]{0,12}?(?:身份证号码?|银行卡号|银行账号|银行账户|卡号|密码|验证码)(?:[、，,和及与或以]{1,3}(?:收款|本人)?(?:身份证号码?|银行卡号|银行账号|银行账户|卡号|(?:取款|交易|支付)?密码|(?:手机)?验证码|手机号码?|姓名)){0,5}|把[^。；;！？!?]{0,10}?(?:身份证号码?|银行卡号|银行账号|卡号|密码|验证码)[^。；;！？!?]{0,4}?(?:回复|发给|发送给|告诉|告知|报给|提供给)|(?:交(?!易)|缴纳?|付|支付|预付|转)[^。；;！？!?不免无]{0,10}?(?:手续费|激活费|审核费用?|解冻费|工本费|认证费|报单费|登记费|疏通费|保证金|税金|税款|税费|所得税)|余额(?:须|需|要|必须|应)|(?:柜员机|取款机|atm)机?上?(?:[^。；;！？!?]{0,8}?(?:按|听|照)[^。；;！？!?]{0,6}?(?:指示|指引|提示|要求|吩咐))?操作/g
    ],
    explanation:
      '冒充政府部门“发补贴”“退钱”“发解冻资金”，却要您报身份证号、银行卡号、密码或验证码，或者先交手续费、激活费、审核费、“个人所得税”，或者卡里先存够钱，或者让您到柜员机上照电话里说的“操作领取”（那是在给对方转账）：真正的补贴、退税按规定直接发放，该交的税由发放单位代扣，办事人员不会在电话、短信、微信群里要密码，也不会让您先交钱才能领。这是诈骗，别报号码、别转账，拿不准就打96110反诈专线问问。',
    law: '《刑法》第二百六十六条：骗取别人的钱财，数额较大的，就是诈骗罪。冒充政府发钱、骗走卡号密码或“手续费”，就是这种骗局。'
  },
  {
    // Fraud that promises the reader's own money back once they pay: a platform's or a "清退" notice that asks a tax, a fee,
    // a 保证金 or a 解冻费 before a withdrawal, a refund or a wind-down pays out ("盈利需先缴纳20%营利税，缴清后方可出金",
    // "先交保证金才能解冻提现", in other words PAID_THEN: "交了以后马上给您到账"), a fee named for unfreezing the money ("缴纳解冻金",
    // "转入20%的保证金解冻"), or one asked under threat of losing it ("缴纳保证金，否则账户资金将清零"). No official name is needed,
    // as the fake_payout sign needs one: a real platform takes its fee
    // out of what it pays, and asks no one to pay more to get their money. Where an official name and a payout stand before
    // it, the fake_payout sign reads it (engine.ts).
    code: 'pay_to_withdraw',
    // High on its own, as an impersonated payout is: whoever pays it pays again, and the money never comes.
    weight: 55,
    core: true,
    patterns: [
      new RegExp(
        // A fee paid (PAY … WITHDRAW_FEE), then how it releases the money: 才能 or 方可 and the release within a clause, other
        // words (PAID_THEN) and the release at once or the reader's money first, or paid to unfreeze.
        `(?:${PAY})[^。；;！？!?]{0,16}?(?:${WITHDRAW_FEE})(?:[^。；;！？!?]{0,12}?(?:(?:才能|才可以?|方可|方能|(?:交|缴|付|补)(?:清|完|齐|纳|足)?后|后(?:方可|即可|才|就能|就可以?))[^。；;！？!?]{0,12}?(?:${WITHDRAWN})|(?:${PAID_THEN})(?:马上|立即|立刻|就|便|即|会|可以?|能|才){0,3}(?:给|帮|为)?(?:您|你|我|他|她)?的?(?:办理)?(?:${OUT_NOW}|(?:本金|收益|资金|钱款?|款项|本息|佣金|奖金)[^。；;！？!?]{0,12}?(?:${WITHDRAWN})))|(?:用于|用来|来)?解冻)` +
          `|(?:提现|出金|取款|解冻|退款|清退|兑付|赎回|到账|理赔|赔付)(?:(?:前|之前)?[^。；;！？!?]{0,12}?(?:需|须|要|必须|应|得)|(?:前|之前)[^。；;！？!?]{0,12}?请)(?:您|你)?先(?:由?(?:您|你|本人)(?:本人)?)?(?:交(?!易)|缴|补缴|缴纳|交纳|支付|预付|付|转|充值)[^。；;！？!?]{0,16}?(?:${WITHDRAW_FEE})` +
          `|(?:${PAY})[^。；;！？!?]{0,8}?解冻(?:保证金|押金|手续费|费用?|金|税费?)` +
          `|(?:${PAY})[^。；;！？!?]{0,16}?(?:税费?|保证金|押金|手续费|服务费|风险金|(?:风险|风控)准备金|验资款?)[^。；;！？!?]{0,16}?(?:否则|不然|逾期)[^。；;！？!?]{0,12}?(?:资金|账户|本金|余额|收益|钱款?)[^。；;！？!?]{0,8}?(?:清零|冻结|作废|没收|无法(?:提现|取出|到账)|不予(?:退还|返还))` +
          `|(?:再|先|追加|补)(?:充值?|交|缴|转|付)[^。；;！？!?]{0,12}?(?:才能|才可以?|方可|方能)[^。；;！？!?]{0,12}?(?:提现|出金|取出|取回|到账|解冻|退还|返还|退回|退款|回购|拿回)`,
        'g'
      )
    ],
    explanation:
      '要您先交“税”、手续费、保证金或“解冻费”，才让您提现、退款、把本金拿回来：正规平台的费用从付给您的钱里扣，不会让您另外掏钱；清退、退款也不会先收钱。交了一笔，还会有下一笔，钱始终到不了账。这是诈骗，别再转钱，尽快报警，拿不准就打96110反诈专线问问。',
    law: '《刑法》第二百六十六条：骗取别人的钱财，数额较大的，就是诈骗罪。说交了钱才能把钱取回来、退回来，骗走一笔又一笔“税费”“保证金”，就是这种骗局。'
  },
  {
    // Fraud that promises the reader the price of their own collectible once they pay: a "拍卖公司" that values a vase or a coin
    // at hundreds of thousands, then asks a 鉴定费, a 服务费, a 宣传费 or a 保证金 before it is auctioned ("承诺送去香港秋拍……交了3万元
    // 保证金", "以'代为高价拍卖'为诱饵，先收鉴定费、服务费"), and after a 流拍 asks again. The fee is the sign only where an auction
    // of the reader's piece stands in the AUCTION_WINDOW characters before it (engine.ts); a bidder's deposit in a court's or an
    // auctioneer's notice ("竞买人须交纳保证金") is no such fee.
    code: 'auction_fee',
    // Medium on its own: an auctioneer may charge the fees a contract agrees; asked first, beside a price promised, it is the bait.
    weight: 40,
    core: true,
    patterns: [
      /(?:交(?!易)|缴|缴纳|交纳|支付|预付|付|转|收取?|花)[^。；;！？!?]{0,12}?(?:(?:鉴定|评估|宣传|推广|图录|展览|参展|上拍|委托)(?:鉴定|宣传|推广)?的?费用?|服务费|质保金|保证金)/g,
      // Any fee asked first, whatever it is called ("但需先交各种费用"): paid before the sale, it is the bait.
      /(?:先|预先|提前)(?:交(?!易)|缴|缴纳|交纳|支付|付)[^。；;！？!?，,]{0,6}?费用?/g
    ],
    explanation:
      '说您的藏品能拍出几十万、几百万，却要您先交鉴定费、服务费、宣传费或保证金：这类“拍卖公司”把估价说得很高，收了钱就拖着，再说“流拍”了让您接着交，拍卖款始终到不了手。交钱前先查这家公司有没有拍卖经营资质、拍卖记录能不能查到；已经交了的，别再转钱，尽快报警，拿不准就打96110反诈专线问问。',
    law: '《刑法》第二百六十六条：骗取别人的钱财，数额较大的，就是诈骗罪。把藏品估出天价，再以鉴定、宣传、保证金为名一笔笔收钱，就是这种骗局。'
  },
  {
    code: 'private_account',
    weight: 20,
    core: false,
    patterns: [
      /(?:个人|私人)(?:银行)?(?:账户|账号|卡)|(?:转|打)(?:账|款)?(?:到|给|进).{0,6}(?:个人|私人|经理|老板|财务|会计|微信|支付宝)|(?:只收|交|缴|带)现金|现金(?:交|缴|支付|入股)|境外账户|海外账户|扫码(?:转账|付款|交)/g
    ],
    hints: /转账|打款|现金|账户|链接/g,
    explanation: '让您交现金或转到个人、境外账户：正规金融机构只用单位自己名下的账户收款，钱进了个人口袋就很难追回。',
    law: REG2
  },
  {
    code: 'unlicensed_name',
    weight: 10,
    core: false,
    patterns: [/(?:金融|理财|财富管理)(?:服务|咨询|信息|科技)?(?:有限)?(?:责任)?(?:公司|中心|工作室|俱乐部|平台|集团)|交易所|交易中心|股权众筹/g],
    // A market for goods or a public service's hall ("粮油批发交易中心", "二手车交易中心", "公共资源交易中心") trades no finance;
    // a commodity's own 交易中心 (大宗农产品, 煤炭 电子盘) is the unlicensed exchange the rule is for.
    notAfter: /(?:批发|农贸|二手车|汽车|建材|家具|房产|房地产|不动产|公共资源|人才|技术)$/,
    explanation: '用“金融”“理财”“财富管理”“交易所”之类的名号：这几个字眼，普通公司按规定不能用在名称里，只有经批准的金融机构才能用。（“投资咨询”“资产管理”这类名称本身不违法。）',
    law: REG9
  },
  {
    code: 'lending_platform',
    weight: 25,
    core: false,
    patterns: [new RegExp(LENDS.source, 'g')],
    notAfter: /(?:不得|禁止|严禁|不要|不准|租借|出租|转让|买卖|、)$/,
    explanation: '在网贷（P2P）平台上“出借”拿利息、领加息券：平台向大家揽钱、许诺利息，却没有吸收公众资金的许可。P2P网贷平台经过国家专项整治，早已退出经营；现在还用这套说法揽钱的，要当非法集资对待。',
    law: REG2
  },
  {
    code: 'lure_gifts',
    weight: 10,
    core: false,
    patterns: [/免费(?:讲座|旅游|游|体检|领取|领|送|午餐|吃饭|吃|鸡蛋|礼品|听课)|(?:送|领)(?:鸡蛋|大米|食用油|油|礼品|小礼物)|(?:到场|签到|进场|听课)(?:就|即)?送|健康讲座|养生讲座|(?:送|发)红包/g],
    hints: /讲座|礼品|旅游|免费/g,
    explanation: '免费讲座、旅游、送礼品拉拢人：先给点小甜头，拉近关系，再推“投资项目”。',
    law: `${REG11}；借免费讲座、旅游、礼品把人请来再推项目，就是这种宣传。`
  }
]

/**
 * What makes a demand of numbers or a fee (the fake_payout rule) an impersonated payout: within PAYOUT_WINDOW characters
 * before it, an official body's or the state's name (or a 政策 said to pay) and money for the reader to receive.
 */
// A body named by its place and office (县退役军人事务局, 镇民政办, 区财政所) counts as official as one named by its work.
export const PAYOUT_OFFICIAL =
  /社保|人社|人力资源和社会|财政|民政|政府|国家|国务院|中央|银保监|证监会|人民银行|央行|税务|医保|乡村振兴|扶贫|民族资产|监管|政策|[省市区县镇乡][\u4e00-\u9fa5]{1,10}?(?:局|厅|委员会|办公室|所)/
export const PAYOUT_MONEY = /补贴|补助|保障金|救助金|补偿金|慰问金|抚恤金|养老钱|生活费|福利|红利|资金|退款|退税|退还|返还|兑付|清退|发放|到账|领取|认领|解冻/
export const PAYOUT_WINDOW = 150
/**
 * What makes a fee (the auction_fee rule) one asked before the reader's piece is auctioned: an auction named within
 * AUCTION_WINDOW characters before it ("送去香港秋拍", "委托拍卖公司拍卖", "能拍出高价"), and no bidder in the AUCTION_BIDDER_WINDOW
 * characters of its clause before it (AUCTION_BIDDER: "竞买人须交纳保证金" is the deposit a bidder pays at any lawful auction; shills
 * bidding later in the clause, "再在拍卖会上雇托儿假装竞价", are the scheme's).
 */
export const AUCTION = /拍卖|秋拍|春拍|上拍|代拍|送拍|拍出|起拍|流拍/
export const AUCTION_WINDOW = 80
export const AUCTION_BIDDER_WINDOW = 20
export const AUCTION_BIDDER = /竞买|竞拍|竞价|竞得|买受人|拍得|拍下/

/**
 * Words that make a text about money put in to earn money: without them, nothing is more than a low risk. 入金 is money put
 * into a trading account.
 */
export const INVESTMENT =
  /投资|入金|投了(?:\d|[一二两三四五六七八九十几数])|存钱|代投|投入[^。；;，,]{0,4}(?:\d|[一二两三四五六七八九十几数])|理财|众筹|认筹|回购|返租|提现|充值激活|生钱|托管|收益|回报|利息|(?:月|日|年|高|付|生|返|保|本|计|分|厘)息|息钱|分红|返利|返息|本金|入股|认购|存款|资金|出资|集资|年化|翻倍|增值|升值|赚|盈利|获利|回本|股权|原始股|份额|数字藏品|元宇宙|虚拟币|虚拟货币|数字货币|币圈|矿机|挖矿|nft|usdt|资本运作|刷单/

/**
 * Words that mark a clause as advice or a licensed product's disclaimer: the
 * red-flag words inside such a clause are quoted or denied, not promised. A platform that never touches the money
 * ("平台全程不碰资金") claims its own custody, advising no one.
 * Global: read with matchAll.
 */
export const WARNING =
  /理性(?:看待|对待)|不迷信|谨防|提防|警惕|提个醒|十有八九|(?:不会|从不|从未|绝不)(?:承诺|保证|让|要求|索要|代)|小心|当心|警示|(?:不要|别|切勿|请勿|千万不要|千万别|一律不要)(?:相信|轻信|信|听|参与|上当|把钱|交钱|转账|投资|购买|买|交|投|存|碰)|切勿|识别|识破|辨别|分辨|(?:先|请|务必|越要|更要)(?:核实|核查|查验|查清|看清|问清|弄清)|(?:一定|务必)要?先?(?:查|问)(?:一?查|一?问|清楚?)?[^。；;，,！？!?]{0,6}?(?:底细|资质|来历|真假|背景)|(?:签约|签合同|签字|付款|交钱|投钱|投资|购买|下载|转账)前(?:要|先|一定要?|务必)?(?:看清|问清|查清|核实|算清|想清)|(?:不要|别|不能)只(?:看|听|信)|投资者教育|防范|防非|凡是[^。；;！？!?]{1,60}?(?:都|均|一律|就是|是|的[，,、]|[，,](?:请|要|切勿|千万|一律|不要))|提醒|提示|风险自担|自行承担|不受法律保护|杜绝|不承诺|不保证|非保本|不保本|不代表|不构成|不存在|理财非存款|产品有风险|投资须谨慎|谨慎投资|(?:先)?别(?:激动|着急|急着(?!存|走|定|回|否定|拒绝|摇头|挂|说|下结论)|急[。！!])|别乱(?:买|投|信|转)|(?:一律|坚决|千万|最好)?(?:别|不要|不能|不)碰(?!到|见|上|面|头|瓷|巧|[^。；;，,]{0,4}(?:资金|钱款|存款|本金))|防骗|天上不会掉馅饼|免费的午餐|守(?:住|好)钱袋|(?:尽快|及时|马上|立即)(?:报案|报警)|应(?:当|该)?[^。；;！？!?]{0,16}?(?:举报|报警|报案)|保存好?(?:合同|证据|凭证|票据|聊天记录|转账记录)|宁(?:可|愿)少|(?:就|还是|只)存(?:到|进|在)?正规(?:银行|金融机构)|以案说法|普法|(?:请|务必|应当?)(?:坚持)?(?:选择|通过)(?:合法)?正规|释法|(?:告诉|问问)(?:家人|子女|孩子)|(?:和|跟|与)(?:家人|子女|孩子|儿女|家里人)[^。；;，,！？!?]{0,8}商量|辟谣|谣言|一旦[^。；;！？!?]{0,24}(?:断裂|跑路|爆雷|暴雷|崩盘|倒闭|失联|卷款|无法兑付|出事)|长个?心眼|反诈|远离|(?:马上|立即|赶紧|及时|尽早)(?:停手|收手)|(?:不要|别|切勿|请勿)(?:轻易)?(?:心动|动心|跟风|贪|盲目|听信|按)|不参与|不转发|不传播|不轻信|帮(?:他们|老人|父母|家人)?(?:核实|把关)|多陪陪?|盯上|擦亮眼睛|遇到[^。；;！？!?]{0,8}?(?:请|要|就|应|可)(?:及时|马上|立即)?(?:报警|举报|反映|打|拨打|告诉|联系)|请(?:马上|立即|及时|第一时间|直接)?(?:举报|报警|反映|停下)|(?:别|不要)为了|不以任何(?:形式|方式|名义)|(?:不会|从不|从未|绝不)(?:以|通过|用|在)[^。；;，,！？!?]{0,8}?(?:收取|收|承诺|要求|推销|销售)|(?:不允许|不准|禁止|严禁|不得|不能)(?:对外|向[^。；;，,]{0,6})?(?:承诺|许诺|保证|宣传)/g

/**
 * A law's or a rule's list of elements ("有下列情形之一的"): the law's register, whatever scheme words it lists, and never
 * a case's report (engine.ts SCORER_CASE_UNNAMED).
 */
export const LAW_LIST = /下列(?:情形|行为|情况|条件|方式)|情形之一/

/**
 * Who is speaking, counted over the whole text. A warning or a rule names
 * schemes and where to report them (nouns of fraud, "报警", the register of law: "不得", "第十一条", a list of
 * cases "……的；", elements listed "……；……；"; and KIND_TEXT); a judgment or a news report
 * retells one case (defendants,
 * findings, "宣称"). A crime's name ("犯罪嫌疑人", "犯罪分子", "以……罪被追究") is a
 * case's word as much as a law's, so it is no rule's register. Nor is a case's name ("传销案", "传销犯罪", "传销团伙", "传销人员"): the case is told, not
 * warned of. "不是骗局" is a claim, not a warning: a match whose first
 * group (the denial) is set does not count. Global: read with matchAll.
 */
export const OUTREACH =
  /(不是|并非|绝非|不属于|不涉及)?(?:骗局|陷阱|骗子|诈骗|传销(?!案(?!例)|犯罪|团伙|窝点|头目|组织者|体系|人员|上线|下线|活动罪)|非法集资|非法吸收公众存款|非法金融活动|套路|被骗|上当受骗|未经(?:批准|许可|备案)|报告|资金池|借新还旧|庞氏|资金盘|血本无归|跑路|报警|举报|报案|上报|不法分子|诱骗|冒用|冒充)/g
// A scheme's order of secrecy ("不得向外人和子女透露", "不得在群内质疑") is no rule's 不得: no law forbids telling one's children.
export const RULE_TEXT =
  /是指|(?:^|[。；;：:，,])[一二三四五六七八九](?:是|看|查|问|要)|任何(?:单位|组织|个人|人)|条例|不得(?!(?:向|对|跟|和)[^。；;，,]{0,8}(?:透露|泄露|外传|声张|提起)|(?:在群[内里]?)?(?:质疑|议论|外传|透露|泄露|打听))|(?:均|一律|都)(?:不合法|属违法|属非法|违法|非法)|构成要件|第[一二三四五六七八九十百零\d]{1,6}条|的[；;]|应当|定罪处罚|的[，,]以[^。；;]{1,16}论处|司法解释|(?:一律|严格|明令|坚决|全面)(?:严格)?禁止|依法|规定|[；;][^。；;！？!?元]{2,60}[；;]/g
/**
 * Schemes told as a kind, not as one case: what they "常以", "大多靠" or "惯用", "认清几类骗局", the conditions a licensed one
 * "必须同时满足", their 手法 and 特征. A rule's register, but not the law's words: a news story may say what one company
 * "常以" did, or what "其招揽手法" was.
 */
export const KIND_TEXT = /手法|特征|(?:常|往往|通常|大多)(?:以|打着|借|用|靠|宣传|宣称|声称|号称|鼓吹)|惯用|共同的?(?:特点|特征|手段|套路)|认清|必须(?:同时)?(?:满足|具备|符合|持有|取得)/g
/**
 * The state's own register when it fights fundraising (a campaign, a meeting's
 * order). With advice or the law's words it is outreach; alone, beside a case
 * it retells (arrests, what the schemers 宣称), it is news of that case. A platform or an office cleaning up a
 * practice (整顿) enforces a rule as a campaign does.
 */
export const ENFORCEMENT = /(?:赶集|集中|上门|入户|进村|进社区|宣传)宣传|宣讲|整顿|严厉打击|依法打击|依法查处|专项(?:行动|整治|检查)|风险排查|排查整治|早发现|早处置|压实|部署|维护金融秩序|财产安全/g
/**
 * One case's words: a trial, an arrest, what the schemers 宣称, and the tally of one case (what was taken, "非法吸收公众存款超
 * 10亿元", and from how many, "涉及群众6万余人"); a threshold of the law ("吸收20万元以上") is no tally. So are a penalty
 * (罚没, 没收违法所得, a fine of a named sum: "罚款50万元"; the law's "处以罚款" names none), a penalty decision (处罚决定) and the case an office handled ("检察院办理的……传销案"); a warning's 案例 are examples, not one case.
 */
export const CASE_TEXT =
  /被告|嫌疑人|被害人|受害人|受害者|经查|查明|破获|指控|判处|判决|起诉|立案|落网|投案|涉案|记者|报道|集资参与人|宣称|声称|号称|对外宣传|谎称|(?:作出|给予|予以)(?:行政)?处罚|案发|共计|累计|认定|法院认为|本院认为|其行为|调查发现|移送|无法兑付|资金链断裂|通报|查处(?:了)?(?:\d|[一二两三四五六七八九十百])|无法提现|带走|拘留|刑拘|拘捕|逮捕|批捕|挪用|无法收回|人去(?:楼|屋|钱)空|追讨|罚没|没收违法所得|处罚决定|罚款(?:人民币)?(?:\d|[一二两三四五六七八九十百千])|(?:办理|审理|审结|办结|侦办|查办)的[^。；;，,]{0,20}?案(?!例)|(?:吸收|集资|募集|吸收公众存款|骗取)(?:资金|存款)?(?:超过?|逾|达|近|共计?|合计|约)?(?:\d{1,9}(?:\.\d{1,3})?|[一二两三四五六七八九十百千]{1,6})(?:余|多)?(?:万|亿)(?!元?(?:以上|以下))元?|涉及(?:群众|投资人|投资者|集资参与人|受害人|老人|会员|储户)?(?:\d{1,9}|[一二两三四五六七八九十百千]{1,6})(?:余|多)?万?(?:余|多)?(?:人|名|户)(?!以上|以下)/g

/**
 * Advice given by someone who warns for a living (the police, a court, a
 * regulator, a village committee) or addressed to the public at large: a case
 * retold with it is a warning, as the corpus labels it.
 */
/**
 * An explainer's opening question about what a kind of scheme or product is, or how to tell one from another ("互助盘是什么？",
 * "如何识别真假以房养老？"), or its heading that sorts a thing into kinds ("银行理财产品的收益分几类："; normalizing drops
 * the colon) or names the law's question about it ("产权式商铺的法律问题："): with advice or names of fraud and one more sign of a warning, a case it retells is its example; answered
 * by a definition, to no one, it is an encyclopedia's (engine.ts explains). It is no register alone: a pitch may open
 * "为什么说养老项目比存银行强？" too.
 */
export const EXPLAINER =
  /^[^。！？!?]{0,30}(?:(?:什么|怎么|如何|怎样|为什么|区别|是真的吗|靠谱吗|安全吗|可以吗)[^。！？!?]{0,16}[?？]|(?:分(?:为)?|有)(?:几|哪几|两|三|四|五)(?:类|种)|的法律(?:问题|性质|分析|定性))/
/** An answer that defines a thing: what it is, what it is called, which kinds there are ("实践中分……和……两种"), or the
 * answer to "什么是……？". */
export const DEFINES = /它是|是指|指的是|俗称|又称|本质(?:是|上)|一种是|定义|[，,]即(?!可|将|便|刻|使|时|日)|^[^。！？!?]{0,20}什么是[^。！？!?]{1,16}[?？]|分[^。；;]{0,60}?(?:两|三|四|几)(?:种|类)/
/** Words that speak to the reader: a pitch talks to you, an encyclopedia to no one. */
export const ADDRESSED = /您|你|咱|大家|各位/
/** A clause that is one item of a list ("三是……，最后无法提现"): it tells a kind of scheme, not one case. */
export const ENUMERATED = /^(?:[一二三四五六七八九十\d](?:是|、|\.|．|\)|）)|[(（][一二三四五六七八九十\d][)）]|第[一二三四五六七八九十](?:类|种|是))/

/**
 * A rescue told: staff or the police stopping a payment before it was made, the money kept ("民警劝阻", "保住了养老钱",
 * "暂停办理", "打消了投资念头"). Whoever tells how a payment was stopped is warning, not retelling a scheme that took the
 * money. A frozen receiving account (紧急止付) comes after the money was paid: the case of a loss, not a rescue.
 */
export const RESCUE = /保住了|劝阻|拦截|避免了[^。；;]{0,8}损失|打消了[^。；;，,]{0,6}念头|暂停(?:办理|转账|汇款)/

/**
 * Money the writer says they paid in ("我投了钱，第二天就提不出来了", "我投进去的五千元", "我先充了1000元"): a victim's own
 * account of a scheme, or a pitch's boast, never a warning's voice, however much it cautions its readers. No warning or legitimate
 * text of the corpus speaks so. It caught victims' posts read as warnings (zzu-15, zzu-19) and a pig-butchering report (zzb-36).
 */
export const WRITER_PAID = /我(?:们|家)?[^。；;！？!?，,“”「」]{0,6}(?:投了|投进去|投进|投入了|充了|充值了|存了|交了|投资了|借给)/

export const AUTHORITY_ADVICE =
  /(?:警方|公安(?:局|机关|分局)?|民警|派出所|法院|法官|检察院?|检察官|监管部门|金融(?:监管)?局|处非办|人民银行|央行|银行|社区|村委会|居委会|反诈中心)(?:特别|再次|郑重|在此|上门)?(?:提醒|提示|呼吁|警示|忠告|劝阻)|请(?:广大)?(?:群众|市民|居民|村民|老年朋友|老年人|投资者|消费者)(?:朋友)?(?:提高警惕|警惕|谨慎|注意|擦亮|不要|切勿|千万)/

/**
 * A licensed product's own words: a deposit with deposit insurance, a savings
 * bond, a large-denomination certificate, bank wealth management with its risk
 * statement, insurance from an insurer, a fund company's subscriptions and redemptions (申购, 赎回; 货币基金 is not among
 * them: P2P pitches compare themselves with it), a product a bank says it launched or issued (银行推出, 银行发行) and a
 * direct bank's page (直销银行). A bank speaking of itself (我行) is not among them: a scam writes it as easily (review 368:
 * "我行……存1万每天返利30元，保本保息" read low with it). A bank that keeps a platform's money (存管) or is its partner (合作)
 * is not the issuer, and the central bank issues money, not products: 人民银行发行 licenses nothing. In such a text
 * "到期还本付息", "保本" or "每年领取" is an honest description, so only a rate above what banks pay and the disguises stay
 * flags.
 */
export const LICENSED =
  /存款保险|存款保障|(?:银行|bank)[^。；;！？!?]{0,30}?定存|结构性存款|经[^。；;，,]{0,10}(?:银行业|金融)?监(?:督)?管(?:理)?(?:部门|机构|总局|局)批准设立|金融许可证|理财非存款|产品有风险|投资须谨慎|业绩比较基准|风险等级|风险承受能力|不代表.{0,8}(?:未来|实际)|过往业绩|(?:七|7)日年化|万份日?收益|国债|企业债|公司债|债券|票面利率|合格(?:机构)?投资者|大额存单|定期存款|整存整取|挂牌利率|保险(?:股份)?(?:有限)?公司|人寿|年金保险|寿险|预定利率|万能险|分红险|保险合同|保险条款|保单|投保人|被保险人|保险责任|年金险|保险金|利益演示|现金价值|满期金|(?:重大疾病|重疾|医疗|意外伤害|意外|健康)(?:保险|险)|投保年龄|基本保额|(?:城乡居民|职工)(?:基本)?养老保险|社会保险|个人养老金|转融通|证券出借|申购[^。；;]{0,20}赎回|基金(?:管理|销售)(?:股份)?有限(?:责任)?公司|证券投资基金|(?:^|[^民])银行(?:推出|发行)|直销银行/

/**
 * A finding that someone took money from the public against the law: the
 * crime named as what a subject did or is suspected of ("以非法吸收公众存款罪判处",
 * "涉嫌非法集资"), or the public element stated as a fact ("向社会公众吸收资金",
 * "向1325名群众集资", "吸引不特定的投资者"), or the crime named with its
 * disguise ("涉嫌以私募基金名义非法集资"), or a case named as one ("嵩县近两年查出非法集资案8起",
 * "……非法集资案涉案资产处置的公告"; not 案件 or 案例, a warning's words, nor 案发数, a tally's), or a platform told as financing
 * itself with the public's money ("涉嫌自融", "这是个自融平台", "做的基本都是自融或假标", "自融自保": a P2P's 自融 is how courts
 * have found it took deposits). Not the kind named ("一类是自融平台"), a question ("这是不是个自融平台？"), a company's own
 * financing (自融资, but 自融资金池 is the platform's), nor 存在, 属于 or 搞 自融, which checks, criteria and denials use as much
 * as reports ("未发现……存在自融", "是否属于自融", "从不搞自融"; review 417). Outside a warning, a text that says this retells
 * an illegal scheme, however little of its pitch it quotes.
 */
export const FINDING =
  /(?:涉嫌|因|以|构成|犯有?|认定(?:为|是|其)?|属于|定性为|系)(?:[^。；;，,、]{1,6}[、或和及与])?(?:以[^。；;，,]{1,10}(?:名义|为名|方式))?(?:非法吸收公众存款|集资诈骗|非法集资)罪?|以[^。；;，,]{1,12}(?:名义|为名|为幌子)(?:向[^。；;，,]{1,10})?(?:吸收|募集|筹集|揽储|集资)|不特定的?(?:社会)?(?:公众|对象|投资者|投资人|群众|人员|多数人)|向[^。；;，,]{0,10}?(?:社会)?(?:公众|不特定)[^。；;]{0,8}(?:吸收|集资|募集|筹集|揽储)|向[^。；;，,特]{0,12}(?:\d{1,9}|[一二两三四五六七八九十百千]{1,6})(?:\.\d{1,3})?万?(?:余|多)?(?:名|人|户|位)[^。；;，,]{0,10}(?:吸收|集资|募集|筹集|揽储|借款)|(?:用|拿|以)(?:新|后来|后加入)[^。；;，,]{0,6}的?(?:钱|资金)(?:偿还|兑付|支付|还|填)|(?:向|从)[^。；;，,]{0,8}(?:散户|群众|村民|老百姓|市民)[^。；;，,]{0,4}(?:吸收|集资|募集|筹集|揽储)|(?:拉|吸收|招揽|揽)(?:村民|群众|老人|居民|市民)存(?:钱|款)|(?:非法集资|非法吸收公众存款|集资诈骗)一?案(?![件例发])|(?:涉嫌|疑似|(?:^|[^不否])(?:是个|都是))自融(?!资(?!金池))(?![^。；;！!，,]{0,20}?[？?])|自融的?嫌疑|自融自(?:保|用|担)/
/**
 * Money put in, told as lost: the end every scheme comes to ("血本无归", "跑路",
 * "钱再也取不出来"). Told as what happened, in a text about money put in to earn
 * and with no word of advice, it retells a scheme as a finding does; in a
 * clause that only supposes it (HYPOTHETICAL: "一旦资金链断裂，就会……") it is a warning's.
 */
// Payments stopped ("停付利息"), investors protesting together ("集体维权") and savings carried off ("卷走") tell the same end.
// So do money kept back ("吞了不还"), an investment's money carried off by a sum ("投资公司的业务经理骗走了四万块": the sum makes
// it a loss told, not what scams do told as a kind) and a platform or its app gone dead ("App已无法登录"). Review 377 found the
// plainer words too wide: 打水漂 is a share's fall as much, 骗走 with a sum a phone scam's, and a hotline that 打不通 a broker's.
// 拿不出 is money only when money follows ("拿不出钱兑付"): a party that cannot produce a proof ("拿不出取款的证据") lost nothing.
export const LOST =
  /血本无归|(?:平台|app|软件|网站)[^。；;，,]{0,6}?(?:无法|不能)登录|吞了?不还|(?:投资|理财|标的|项目|集资|入股|返利|收益|分红|利息)[^。；;！？!?]{0,30}?骗走[^。；;，,]{0,16}?(?:\d|[一二两三四五六七八九十几数])[^。；;，,]{0,6}?(?:元|块|万|亿)|(?:难以|未能|迟迟不|拒不|未)(?:兑付|退款|还款|退还|返还|归还)|兑付不了|到期不(?:退|还|兑)|跑路|爆雷|暴雷|卷款|崩盘|人去(?:楼|屋|钱)空|(?:要|拿|取|提|退)不(?:回来?|出来)|(?:要|取|提|退)不出|拿不出(?:钱|资金|本金|[^。；;，,]{0,4}?兑付)|无(?:法|钱|力)(?:取回|收回|兑付|提现|归还|退还)|资金链(?:断裂|断了)|不知去向|失联|窟窿|停付(?:利息|本息|本金)|(?:集体|组团)维权|卷走|损失(?:了|共|共计|约|达|近|超过?)?(?:\d|[一二两三四五六七八九十几数])/
/**
 * A membership fee promised back whole after a term ("交2万元会员费……五年后会员费全额退还"): money put in to earn, its
 * return paid in trips, gifts or "补贴"; no club gives its fee back.
 */
export const FEE_BACK =
  /(?:会员费|会费|入会费|年费)[^。；;！!]{0,24}?(?:到期|期满|届满|(?:\d{1,3}|[一二两三四五六七八九十])年(?:期满)?后)[^。；;，,]{0,6}?(?:全额|如数|原数|原路|全部)?(?:退还|返还|退回)/
/**
 * Money told as placed with someone, or lent to a P2P platform (for interest): read only beside a loss told (LOST). Not
 * savings named alone (积蓄, 养老钱, 存的钱): a loan to a neighbour, a phone scam and a fallen stock lose them too (review 368).
 */
export const PUT_IN = /(?:放|存|投)(?:了|过|进去的?)钱|投的钱|血汗钱|p2p/
// "以免" is lest; "以免费旅游拉拢" is a lure.
export const HYPOTHETICAL = /一旦|如果|假如|万一|若|可能|容易|往往|小心|以免(?!费)|防止/

/**
 * A finding denied, in a court's words: explaining why a case lacks the public
 * element is reading the law, not retelling a scheme. ("不是非法集资" is no
 * court's word but a pitch's denial, an authority flag.) So is an explainer
 * saying what a payment is not ("这里的保底是土地租金的对价，不是向社会吸收存款"), or a court that the loan it decides involves
 * no taking from the public ("此为两个自然人之间的借贷，不涉及向社会公众吸收资金"): read
 * only beside the law's words (engine.ts). So is a case dropped ("经侦查没有犯罪事实，决定撤销此案").
 */
export const CLEARED =
  /(?:宣告|判决|改判)无罪|没有犯罪事实|撤销(?:此|该|本)?案(?!件?[^。；;，,]{0,4}(?:回|重))|不是[^。；;，,]{0,4}(?:吸收|非法吸收)(?:公众)?存款|(?:不涉及|不等于|并非|不属于)[^。；;，,]{0,4}?向(?:社会)?(?:公众|不特定)[^。；;，,]{0,8}?(?:吸收|集资|募集|借款)|(?:不符合|不构成|不具备|不能认定|不应认定|不宜认定|不予认定|不认定)[^。；;，,]{0,4}(?:非法吸收公众存款|集资诈骗|非法集资)/

/**
 * A licensed product's figures declared not to be promises, as its rules
 * require: an insurer's illustration, a benchmark "不代表实际收益". In such a
 * text a rate is a disclosed example, not a promised return.
 */
export const DISCLOSED = /演示|不(?:代表|等于).{0,10}(?:实际|未来)|不构成收益承诺|不是预期收益率/

/**
 * A civil court deciding one loan between a plaintiff and a defendant (a bank's or a trust's to one borrower too: 贷款纠纷), or
 * one saver's deposit with her bank (储蓄存款合同纠纷):
 * a contract between two known parties, with no public in it, unless the text
 * says otherwise (PUBLIC). Its rate is what was agreed, and the principal and interest claimed what the contract owes, not a
 * pitch's promise.
 */
export const CIVIL_SUIT = /原告|民间借贷纠纷|(?:借款|贷款)(?:合同)?纠纷|(?:储蓄|存款)[^。；;，,]{0,4}合同纠纷/
/**
 * A court's own finding (经审理查明, 本院认定, 原审认为), or a report of it (法院认为, 一审判令, 原告诉称, 被告答辩), on a debt told
 * (DEBT_TOLD) in a judgment that retells no crime (CRIME, read past the civil parties' names, CIVIL_PARTY): a civil court
 * telling the loans before it, as CIVIL_SUIT's words do, whose parties a judgment masks ("陶x3", "马某1") and whose rates
 * were agreed. A suit over a 理财 sold at a counter tells no loan.
 */
export const COURT_FINDING = /经审理查明|本院(?:经审理)?(?:查明|认定|认为)|原审(?:法院)?认为|法院(?:认为|认定|判令)|(?:一审|二审)(?:法院)?(?:判|认定|认为)|诉称|答辩/
/**
 * A debt told: a loan, or a deposit with a bank or a co-operative (which owes it to its depositor), that a court's finding
 * must be about to be one loan's or one deposit's (COURT_FINDING). A deposit with a wealth firm is a scheme's (review 377:
 * "在某财富管理公司存款30万元……年息15%").
 */
export const DEBT_TOLD = /(?:银行|信用社|信用合作社|农信社|农商行|邮储)[^。；;，,]{0,8}?存(?:款|单)|借款|借给|借了|借钱|借贷|借条|借据|出借|欠款/
/** A civil judgment's parties (原告, 被告, 原审被告): a criminal one names its 被告人. */
export const CIVIL_PARTY = /(?:原审)?(?:原告|被告)(?!人)/g
export const PUBLIC = /不特定|社会|公众|公开|集资|投资|入股|认购|会员|推荐|群众|多人|多名|(?:\d|[十百千])(?:余|多)?(?:名(?!下)|人|户|位)/
/**
 * A loan between the reader's family and one relative or friend named by kinship ("想跟二舅借三万", "表哥开店缺钱，想借他五万"):
 * private lending between two known parties, as a civil suit over one loan is, unless the text speaks of the public (PUBLIC)
 * or of a scheme (LOAN_SCHEME). Its interest and its 连本带利 are what two people agreed, not a pitch's promise to all comers.
 */
export const PRIVATE_LOAN =
  /(?:(?:表|堂)(?:哥|姐|弟|妹|叔|舅)|(?:大|二|三|四|小|老)(?:舅|姨|姑|叔|伯)|舅舅|姑姑|叔叔|伯伯|姨妈|姑妈|舅妈|婶婶|姐夫|妹夫|嫂子|弟媳|侄子|侄女|外甥|女婿|亲家|连襟|发小|老同学|战友)[^。；;！？!?]{0,24}?借|借(?:钱|款)?给?(?:他|她|您|你)?[^。；;！？!?]{0,4}?(?:表|堂)(?:哥|姐|弟|妹)/
/**
 * A scheme's words where a loan is told (a 理财项目, a platform's 居间, 收益), or its call for more lenders (介绍别人来借, 介绍费,
 * 提成, 继续接受老人借款): a civil suit over them is over a scheme's money.
 */
export const SCHEME_TOLD = /项目|平台|理财|分红|返利|收益|回报|居间|下线|介绍费|介绍别人|介绍他人|提成|接受[^。；;，,]{0,6}(?:借款|存款|出借)/
/** What makes a loan no family matter: a scheme, a platform, a rate of return sold to many, a group, a recruit. */
export const LOAN_SCHEME = new RegExp(`${SCHEME_TOLD.source}|拉人|群里|进群|亲戚朋友|亲朋好友|亲友们|乡亲|大家|大伙|各位|好多人|很多人|不少人|村里人|公司`)

/**
 * Where the scorer may not drop the rules' flags, beside a peer-to-peer lending platform's own words (LENDS): the industry's
 * name (网贷), a reserve that buys a failed loan back ("动用风险保证金收购该项目债权"). Banks, insurers and funds take deposits,
 * premiums or subscriptions, not loans from the public; a platform's custody, law-firm and risk-control words read to the
 * scorer like a licensed product's, and it dropped the flags of P2P pages that pledged principal or paid for recruits (zx-18,
 * zzzj-8, zzzj-17, zzzj-44) and of a report on one (zzz-21). The regulation's name (网络借贷信息中介机构) is not among them:
 * warnings and news quote it.
 */
export const LENDING_PLATFORM = /网贷|风险(?:准备|保证)金[^。；;]{0,30}?(?:收购|代偿|垫付)/

/**
 * A crime retold: then the words of a licensed product are the scheme's disguise, not a licence. "经查" opens a finding of fact,
 * unless it answers a customer ("经查，您……购买的理财产品": a bank's reply to a complaint, review 377).
 */
export const CRIME = /经查(?![^。；;]{0,20}?您)|被告|嫌疑人|涉案|被害人|受害人|判处|被判|有期徒刑|取保候审|刑事拘留|被刑拘|立案|涉嫌|集资参与人|诈骗罪|公众存款罪|领导传销活动|传销(?:案(?!例)|犯罪)/

/**
 * A finding of pyramid selling (传销) retold: a body found or suspects a scheme of it ("涉嫌传销", "被认定传销", "属于网络传销"),
 * charges or convicts someone of it ("因组织、领导传销活动罪被提起公诉", "犯组织、领导传销活动罪"), the police break up a ring of it
 * ("破获一特大传销网络", "捣毁传销窝点"), or the case and its people are named ("传销案", "传销犯罪团伙", "传销团伙", "传销人员"). 传销 under 《禁止传销条例》 is recruiting for an entry fee, or pay by recruits
 * or their sales: outside a warning, a text that says this retells one, however little of its terms it quotes. "传销案例"
 * is a warning's examples; how it differs from 直销 is the law explained.
 */
export const PYRAMID_FOUND =
  /(?:涉嫌|认定(?:为|是|其)?|构成|属于|定性为|系|因|犯有?)[^。；;，,]{0,6}?传销(?!的?(?:特征|特点|手法|区别|与|和))|(?:破获|捣毁|打掉|端掉|摧毁)[^。；;，,]{0,16}?传销|传销(?:案(?!例)|犯罪|团伙|窝点|头目|组织者|体系|人员)/

/**
 * An advert asks you to act: join, pay, sign up, get in touch. A text full of
 * warnings that asks none of that is outreach (a police notice, a village
 * reminder), even where it retells what the schemers said. Joining a chat group is a call only as one ("扫码进群",
 * "进群领资料"): "被网友拉进群", "进群后" tell what happened to a victim.
 */
export const CALL_TO_INVEST =
  /私聊|报名|开户|(?:扫码|快|速|赶紧|马上|欢迎|点击|加|请)进群|进群(?:领|看|学|咨询|了解|免费|听)|拉你|扫码|加我|加微信|联系(?:客服|经理|业务员|我)|欢迎(?:加入|投资|咨询|认购)|详询|名额有限|(?:名额)?满即止|额满为止|先到先得|抓紧|认购热线|立即(?:抢购|加入|认购)|速来/

/**
 * The state selling its own savings bonds: the coupon it names ("票面年利率6.15%", from years when deposits paid 5 %) is
 * the rate, told truthfully. Only rates up to STATE_BOND_MAX are read so: no savings bond ever paid more, and a pitch that
 * sets its 12 % beside 储蓄国债 still has its figure flagged.
 */
export const STATE_BOND = /储蓄国债|(?:凭证|电子)式国债|财政部[^。；;，,]{0,12}发行/
/**
 * A court or a regulator calling the victims of a case to register their losses ("集资参与人……登记", "申报债权"): it
 * speaks to those who lost money, about the case, and asks no one to pay in. Read only beside a crime's words (rules.ts
 * CRIME): "投资人请速来登记领取分红" is a pitch.
 */
export const VICTIMS_CALLED = /(?:集资参与人|受害人|被害人|投资人|债权人)[^。；;！？!?]{0,40}(?:登记|申报)|申报债权/
/**
 * Shop credit: a rebate that "不能提现" or "只能在店内消费" is a discount on what the shop sells, not a return on money.
 */
export const SHOP_CREDIT = /(?:不能|不可|无法|不得)(?:兑换|兑现)?(?:提现|取现)|只能(?:在[^。；;，,！？!?]{0,6})?(?:消费|购物|抵扣|使用)/
/**
 * A referral's reward paid in kind, read on the words right after a recruiting match ("推荐一位新朋友办卡，奖励100元代金券"):
 * a shop's coupon, discount or points takes no one's money to invest. Cash in the reward ("返现", "提成") keeps it a
 * reward per head.
 */
export const IN_KIND = /^[^。；;！？!?]{0,12}?(?:代金券|优惠券|抵用券|消费券|体验券|折扣|积分|[一二三四五六七八九\d](?:\.\d)?折)/
export const IN_CASH = /现金|返现|返利|提成|佣金|分红|红包|收益|利息|工资/
/** Words of a return that no licensed issuer uses of its own product, wherever they stand in the match ("承诺高额回报"). */
export const BRAG = /高额/
/** Advice from an authority that is about how to complain, not about whether to pay in: no warning against the scheme. */
export const PETITION = /(?:正当|合法|正常)渠道|反映诉求|理性维权|依法维权/
/** A licensed product's own named rate ("预定利率多在8%到10%", "票面年利率6.15%"): the product's term, not a promise. */
export const OWN_RATE = /预定利率|票面(?:年)?利率|挂牌利率|存款(?:基准)?利率|基准利率|定存/

/**
 * A co-operative paying its own members out of what it earned: a 合作社, a 联合社 or a village's collective (集体经济,
 * yq-13) whose payout is told as its 盈余, its year's profit, a dividend handed out ("分红仪式", "领取2017年分红"), shares
 * that rise and fall with the business ("多赚多分", "风险共担", "盈亏共担") or a split by shares or by trade ("按股分配",
 * "按交易量返还"). That is a business sharing its result, the register the 农民专业合作社法 sets out; a sham takes money in
 * (COOP_TAKES) and fixes its return in advance ("按时向投资人发放约定的回报" beside "风险共担" on a crowdfunding page).
 */
// Shares that carry the loss as well as the gain ("盈亏共担") are the same register in a firm that is no co-operative: the
// farmers who put land or cash into a village's tea works share its result, no one promises them a return.
export const COOP = /合作社|集体经济|联合社|盈亏(?:共担|自负)|风险共担/

/**
 * Produce bought in kind: a tree's or a plot's harvest for a season ("获得这棵树一年的采摘权", "享有所认领果树一年所产水果的所
 * 有权", "保底给20斤梨"). What comes back is fruit by weight, not money, so its floor (保底) and its care by the grower (代管)
 * promise no return; with money words of return in the text (分红, 收益, 回购, 租金) it is the 认养 scheme it resembles.
 */
export const HARVEST = /采摘权|所产[^。；;，,]{0,4}(?:水果|果实|粮食|蔬菜|果子)的?所有权|保底(?:给|产)?\d{1,5}(?:斤|公斤|千克)|收成(?:全部|都)?归|保底产量/
export const HARVEST_CASH = /分红|收益|利息|回报|返现|返利|返还|租金|回购|年化|利润|本金|提现/
/** Money words of return denied by the grower ("得到的是水果，不是现金回报"): they say what the harvest is not. Global. */
export const HARVEST_NOT_CASH =
  /(?:不是|并非|没有|不给|不承诺|不含)(?:任何)?(?:现金)?(?:分红|收益|利息|回报|返现|返利|租金|利润)(?:[或和、及](?:现金)?(?:分红|收益|利息|回报|返现|返利|租金|利润)){0,3}/g
/**
 * Contract farming: a company's stock raised by a farmer who is paid for the work ("农户只出劳动力……每只按0.8元付给农户劳务费",
 * "农户出场地和人工……领取代养费"). The money runs from the company to the farmer, so its 代养 and its buying back of the grown
 * stock are the farmer's wage, not a return on money put in; where the farmer pays for the stock (FARMER_PAYS) it is the 代养
 * scheme it resembles.
 */
export const CONTRACT_FARM = /(?:农户|养殖户|种植户|社员|村民)[^。；;，,]{0,4}(?:只出|出)(?:场地|劳动力|人工|劳力)|(?:领取?|挣|赚|得到|付给?[^。；;，,]{0,4})(?:代养|代种|劳务)费/
export const FARMER_PAYS = /(?:交|缴|付|出资|认购|购买|买)[^。；;，,]{0,6}(?:\d|[一二两三四五六七八九十几])[^。；;，,]{0,4}(?:元|块|万)/
export const COOP_EARNED =
  /盈余|(?:经营|实际|当年|年度|纯)(?:利润|收益|盈利|收入)|多赚多分|盈亏(?:共担|自负)|风险共担|亏了?也?[^。；;，,]{0,4}(?:一起|共同)(?:担|承担)|按(?:股|股份|股金|交易量|交售量)[^。；;，,]{0,6}(?:分配|分红|返还|分享)|分红仪式|(?:领取|领到|拿到|分到)了?[^。；;，,]{0,8}分红/
/**
 * What a sham co-operative says and a real one paying its members does not: money taken in as deposits or from outside
 * the membership ("吸收", "存钱", "外村", "面向社会", "欢迎……入股"; "吸收……入社" admits members), a return fixed in advance
 * (interest, a rate, "固定", "不低于"), principal promised back ("保本", "还本", "兑付").
 */
export const COOP_TAKES =
  /存款|存钱|存到|存进|存入|存期|吸收(?![^。；;，,]{0,10}?(?:入社|为社员|成为社员))|揽储|利息|年息|月息|付息|利率|年化|不特定|社会|外村|周边|非社员|乡亲|欢迎|代办|保本|保底|还本|本金|本息|兑付|存取|固定|约定[^。；;，,]{0,4}(?:回报|收益|分红)|不低于|股金证/

/**
 * The state's money put in for the poor (资产收益扶贫): poverty-relief or other fiscal funds invested as shares in a
 * co-operative or a firm, the dividend paid to poor households or villages (STATE_STAKE_FOR). No one is asked for money,
 * so no public pays in: the fixed dividend, the principal kept and the shares are the programme's terms, not a scheme's
 * promise. Read only where no reader is addressed, nothing is asked of anyone (STATE_STAKE_PAY) and no crime is told
 * (engine.ts): a pitch that borrows the programme's name speaks to its reader and asks for money.
 */
export const STATE_STAKE = /资产收益扶贫|(?:扶贫|财政|扶持|划拨|以奖代补)[^。；;，,]{0,8}(?:资金|基金)[^。；;]{0,20}?(?:入股|量化|折股|投入|投资|分红)/
/** Who such a stake is for: poor households and villages, named as the programme names them. */
export const STATE_STAKE_FOR = /贫困户|贫困村|建档立卡|脱贫户|低收入户|村集体/
export const STATE_STAKE_PAY =
  /(?:交|缴|汇|转账|打款|付|充值)[^。；;，,]{0,8}(?:费|元|块|钱|押金|保证金)|(?:投资|出资|认购|入股|存入?)[^。；;，,]{0,4}(?:\d|[一二两三四五六七八九十几])[^。；;，,]{0,6}(?:元|块|万)/

/**
 * A case told by its size: a sum in 万 or 亿 tallied as what the case involved ("涉案10.9亿元", "涉及金额超过5亿元") and many
 * people counted as drawn in ("6万余人卷入", "约500家茶商卷入"). Both together tell money taken from many, the public
 * element, in a retelling that may quote none of the pitch: it is about money put in to earn (engine.ts), and the scorer
 * may weigh it.
 */
export const CASE_SUM = /(?:涉案|涉及|涉资)[^。；;，,]{0,6}?(?:\d{1,9}(?:\.\d{1,3})?|[一二两三四五六七八九十百千]{1,6})(?:余|多)?(?:万|亿)/
export const CASE_PEOPLE =
  /(?:\d{1,9}|[一二两三四五六七八九十百千]{1,6})(?:余|多)?万?(?:余|多)?(?:人|名|户|家)[^。；;，,]{0,6}(?:卷入|受骗|被骗|受害|报案)|涉及(?:群众|投资人|投资者|集资参与人|受害人|老人|会员|储户)?(?:\d{1,9}|[一二两三四五六七八九十百千]{1,6})(?:余|多)?万?(?:余|多)?(?:人|名|户)/

/**
 * A crypto asset: no licensed product in China holds or trades one (the crypto sign's own reason: its issue and trading are
 * banned), so a crypto scheme's disclaimer ("历史表现不代表未来收益") licenses nothing. 区块链 alone is a technology banks use too.
 */
export const CRYPTO_ASSET = /数字资产|虚拟货币|虚拟币|加密(?:电子)?货币|usdt|代币|币圈|比特币|以太坊/

/**
 * Licensed products named only to be outdone ("和买住宅、炒股票、存储蓄、买国债相比，投入轻松、风险小、回报更丰厚"): the text
 * sells something else against them, so their names are no licensed product's own words. Global.
 */
export const COMPARED = /(?:和|与|跟)[^。；;！？!?，,]{0,40}?(?:相比|相较|比起来|比较起来)/g
/**
 * So are those outdone in 比……高 ("先用比银行定期存款高的利息把投资吸引进来", "比余额宝、定期存款、国债都强", "利率比同期定期存款
 * 高一倍"), unless a bank speaks outside the comparison (BANK_OWN: 本行, 我行, its signature 【某银行】 normalized to 某银行。,
 * 银行推出, 银行的……产品): then it is the bank setting one deposit of its own against another. Not 比如, 比例 or 比较, which
 * compare nothing. Global.
 */
export const OUTDONE = /比(?!如|例|较|方|率|重|赛|分)[^。；;！？!?，,]{0,16}?(?:高|多|强|划算)/g
export const BANK_OWN = /本行|我行|本社|^[^。；;！？!?，,]{0,12}(?:银行|农商行|信用社)。|(?:银行|农商行|信用社|邮储)(?:推出|发行)|银行的[^。；;！？!?，,]{0,12}?(?:产品|存款|存单)/
/**
 * A seller's own voice (我们, 本公司, 本平台), not a neighbour's, a community's or an office's (我们小区, 我们村, 我们派出所,
 * 我们银行). With its cautions a small share of the text and no offer framed as someone else's outside them (engine.ts
 * speaksAsWarning), the offer leads; and a crime named beside it is no case reported (engine.ts sets no told).
 */
export const OWN_VOICE =
  /我司|本公司|本平台|本店|本项目|(?:我们|咱们)(?!小区|学校|村|社区|单位|家|镇|县|市|区|街道|派出所|公安|警方|民警|银行|网点|支行|分行|行|律所|法院|检察院|协会|机构|政府|居委|村委|这里|这边|这儿|身边|老年|周围|当地|那|大家|一定|要|不要|应该|常说)/
/** An insurer or a bank named as the guarantor of someone else's returns or principal: a scheme's borrowed backing. Global. */
export const GUARANTOR = /(?:保险公司|保险|银行)(?:全额)?(?:提供|出具)?(?:全额)?(?:担保|兜底)/g
/** Where a firm's people came from ("管理团队来自华尔街投行、民生银行、中国人寿"): their past employers issue nothing it sells. Global. */
export const BACKGROUND = /(?:团队|高管|成员|创始人|负责人|骨干|员工)[^。；;，,]{0,8}(?:来自|出身于?|曾(?:任职|就职|供职)于?)[^。；;！？!?]{0,40}/g
/**
 * Who is said to have founded or to own a firm ("滨海国金所可是中国人寿牵头成立的", "由某银行控股"): a name lent to what it
 * sells, which the founder neither issues nor guarantees. Global.
 */
export const FOUNDER = /[^。；;！？!?，,]{0,12}(?:牵头|发起|出资|控股|参股)(?:成立|设立|创办|组建)?的?/g

/**
 * A product sold off the books beside a licensed one: an agent's or a clerk's "内部理财" is no product of the bank or the
 * insurer whose name it borrows (飞单, "只给内部员工做的短期高息理财": yj-8), nor is what a policyholder is called in for
 * under an insurer's name (保单升级, 保险补息, 差利返还: no insurer offers them, yj-2), nor what a caller asks a
 * policyholder to surrender a policy for ("把原来的保单退掉，转过来买这个": 代理退保 and the switch it sells, from the blind
 * part zw-), nor one whose money goes to the seller ("钱直接转给我，我帮你办", "钱直接转到我个人账户": an insurer or a bank
 * takes its money into its own account, zy-16). Then the licensed words are the disguise, as in a crime retold. So is a
 * seller's money said to be handed to an insurer or a bank to invest ("资金交由保险公司理财，复利滚存", zzp-46): neither
 * manages a shop's or a club's money for its customers.
 */
export const OFF_BOOK =
  /内部(?:员工的?[^。；;！？!?]{0,10}?)?(?:理财|产品|额度|渠道|项目|基金)|飞单|(?:保险|保单)(?:补息|升级)|差利返还|(?:资金|钱|款)(?:统一)?(?:交由|交给|委托)(?:保险公司|银行)(?:理财|投资|运作|打理)|(?:保费|钱|款)(?:直接)?(?:转|打|汇)(?:给我|(?:到|进)我(?:的)?(?:个人|私人))|(?:保单|保险)退(?:掉|了)?[^。；;！？!?]{0,24}?(?:转过来|转投|转买|改买|换成|买这|投这|存这|放到)|退(?:掉|了)[^。；;！？!?]{0,8}?保单[^。；;！？!?]{0,30}?(?:交给|转给|借给|投到|投进)/
