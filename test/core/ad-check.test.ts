import { checkAdvert, CHECKER_PATTERNS, HINTED, RATE_FLAG, type CheckOptions } from '../../src/core/ad-check/engine'
import { normalize } from '../../src/core/ad-check/normalize'
import { parseNumber } from '../../src/core/ad-check/numbers'
import { RULES } from '../../src/core/ad-check/rules'
import { callsFraudLine, cautionWorn, relatedCategories, verdictSentence } from '../../src/core/ad-check/present'
import { CASE_FOUND, isRedFlagCode, MONEY_LOST, RESEMBLES } from '../../src/core/red-flags'
import { heaviest, SCORER } from '../../src/core/ad-check/scorer'
import real from './ad-check-real.json'
import written from './ad-check-eval.json'
import { legalReferenceProblems, legalReferences } from '../../src/core/legal-references'

const codes = (text: string) => checkAdvert(text).flags.map((f) => f.code)
/** A scorer in doubt (log-odds -0.5): it drops a flag beside advice or a licensed product's words, not without them. */
const doubts = { version: 1, sizes: [2], bias: -0.5, weights: {} }
/** A scorer sure of every text: what the rules let it lift, it lifts. */
const sure = { version: 1, sizes: [2], bias: 5, weights: {} }
// The rules' own reading, without the scorer: what the readings generalised from each blind part are about.
const rulesRisk = (text: string) => checkAdvert(text, { scorer: null }).risk
const rulesCodes = (text: string) => checkAdvert(text, { scorer: null }).flags.map((f) => f.code)
// The verdict with the shipped scorer and with the rules alone, for a reading that must hold either way.
const bothRisks = (text: string) => [checkAdvert(text).risk, rulesRisk(text)]

describe('advert checker: every rule', () => {
  // For each rule: an advert that shows it, a text that must not raise it, and an evasive spelling.
  const table: [string, string, string, string][] = [
    ['guaranteed', '投资我们的项目，保本保息，到期连本带利一起拿。', '本理财产品不承诺保本，理财非存款，产品有风险。', '入股就是稳*赚不 赔，本金百分百安全！'],
    ['high_return', '加入合作计划，年化收益18%，每月按时付息。', '本行三年期定期存款年利率2.35%。', '年化收益１８％，月息三分，日息千分之一！'],
    ['recruit', '投资满一万，推荐一人再奖励500元，发展下线拿团队奖。', '门店招聘店员，底薪4000元，包吃住。', '拉 人 头 有奖，邀请好友入股返现金！'],
    ['buyback', '购买商铺售后返租，每年租金8%，五年后公司原价回购。', '商铺出租，月租3000元，押一付三。', '认养一头牛，代 养 殖三年，包回购！'],
    ['rebate', '消费全返！在本商城消费多少，一年内全部返还，储值送高息。', '超市周年庆，满100减20，会员积分可抵现。', '充值会员卡，月返利息，消费全 额返！'],
    ['equity', '公司即将上市，原始股内部认购，上市后翻十倍。', '本公司年报显示营业收入稳步增长。', '原 始 股限量认购，年内上市！'],
    ['crypto', '投资数字资产，云算力挖矿，每天产币稳定收益。', '数字人民币试点，消费可用数字人民币支付。', '区 块 链矿机托管，usdt结算日返收益。'],
    ['pension', '养老公寓床位预售，交五万元每年返利一成二。', '社区提醒：城乡居民基本养老保险开始缴费。', '预订养 老 床 位，月月拿分红！'],
    ['mutual_aid', '加入村民互助社，存钱入社月息一分五，年底分红。', '合作社统一收购玉米，价格随行就市。', '互 助 盘排单打款，48小时回款三成。'],
    ['project', '众筹建房，每平米只要三千元，房子盖好后分房或回购。', '村委会通知：下月召开村民代表大会，讨论修路项目。', '影视项目份 额认购，投资分红！'],
    [
      'open_to_public',
      '村里的合作社扩股了，每股五千元，年底分红20%，外村人也可以入股。',
      '本合作社只吸收本村农户入社，年底按交售量返还盈余。',
      '公司面 向 社 会 招 募 股东，投资年化18%，谁 都 可以 来。'
    ],
    ['urgency', '高息理财，名额有限，今天截止，先到先得！', '超市鸡蛋特价，每人限购两盒。', '最后3个名额！错过再等一年，收益翻倍！'],
    ['authority', '国家扶持项目，政府背景，国企担保，年化20%放心投。', '镇政府发放农业补贴，请到村委会登记。', '我们不是非法集资，有政府批文，投资保本！'],
    [
      'fake_payout',
      '县民政局通知：您有一笔高龄生活补贴待领取，请回电告知本人银行卡号和取款密码，当天到账。',
      '县民政局通知：高龄生活补贴已发放到本人社保卡，请持身份证到银行网点查询。',
      '财 政 局：您的养老补助已批下来，请先缴纳 200 元认证费，钱马上发放。'
    ],
    [
      'pay_to_withdraw',
      '尊敬的会员：您的账户收益已达提现标准，需先缴纳收益的15%作为个人所得税，缴清后方可提现到银行卡。',
      '余额宝提现到银行卡，每人有免费额度，超出部分按0.1%收取服务费，从提现金额中扣除。',
      '您 的 资金已被冻结，请 先 交 3000 元 解冻费，交完后 24 小时内 全额退还 本金。'
    ],
    [
      'auction_fee',
      '您家那只青花碗我们看过了，下个月送去澳门春拍，估价少说80万，您先交2万元图录宣传费，拍完钱直接打您卡上。',
      '本次司法拍卖的竞买人须在开拍前交纳保证金5万元，未竞得者保证金原路退回。',
      '您 的 玉 雕 我们 安排 上 拍，能 拍出 百万，先 付 8000 元 鉴 定 费 就 行。'
    ],
    ['private_account', '投资款请转到财务经理个人账户，或带现金到公司入股。', '房租可转到房东微信，押一付三。', '入股只收现金，或扫码转账到老板个人卡。'],
    ['unlicensed_name', '某某财富管理有限公司推出高收益理财，保本保息。', '某某农业机械有限公司招聘司机。', '某某金融服务中心：投资年化15%。'],
    ['lending_platform', '新手专享：出借满1万元送0.8%加息券，满标当天起息。', '公司规定：员工工牌不得出借他人，丢失请及时补办。', '出 借 人 专享：出借 满 2 万元 领 加 息 券！'],
    ['lure_gifts', '免费养生讲座，到场就送鸡蛋，现场推荐养老投资项目，年化12%。', '卫生院免费体检，请带好身份证。', '听课即送大米，投资项目收益高！']
  ]

  it('covers every rule', () => {
    expect(table.map((r) => r[0]).sort()).toEqual(RULES.map((r) => r.code).sort())
  })

  it.each(table)('%s: raised by an advert that shows it', (code, positive) => {
    expect(codes(positive)).toContain(code)
  })

  it.each(table)('%s: not raised by an ordinary text', (code, _positive, negative) => {
    expect(codes(negative)).not.toContain(code)
  })

  it.each(table)('%s: raised through evasive spelling', (code, _positive, _negative, evasive) => {
    expect(codes(evasive)).toContain(code)
  })

  it('uses only the shared red-flag codes, each with an explanation and a rule of law', () => {
    for (const rule of RULES) {
      expect(isRedFlagCode(rule.code)).toBe(true)
      expect(rule.explanation.length).toBeGreaterThan(10)
      expect(rule.law).toMatch(/^《(?:防范和处置非法集资条例|广告法|刑法)》第[一二三四五六七八九十百]+条/)
    }
  })

  it('cites only articles on the checked list, in its legal notes and explanations', () => {
    const notes = RULES.flatMap((r) => [r.law, r.explanation])
    expect(notes.flatMap(legalReferenceProblems)).toEqual([])
    expect(RULES.every((r) => legalReferences(r.law).length > 0)).toBe(true)
  })

  it('says 非法性 in full: no licence, or a breach of the national financial rules', () => {
    const illegality = RULES.filter((r) => r.law.includes('第二条')).map((r) => r.law)
    expect(illegality.length).toBeGreaterThan(0)
    for (const law of illegality) expect(law).toMatch(/许可.*违反国家金融管理规定/)
  })

  it('gives no bank rate of its own, and tells licensed 以房养老 from a scheme', () => {
    // Bank rates change; the quiz's bank notice shows real ones, so the explanations compare without a figure.
    expect(RULES.filter((r) => /百分点|\d(?:\.\d+)?\s*%/.test(r.explanation)).map((r) => r.code)).toEqual([])
    for (const r of RULES.filter((r) => r.explanation.includes('以房养老'))) expect(r.explanation).toMatch(/保险公司[^。]*反向抵押/)
  })
})

describe('advert checker: rates, context and risk', () => {
  it('reads rates per day, month and year in digits and Chinese, and compares them with what banks pay', () => {
    expect(codes('月息3分')).toContain('high_return')
    expect(codes('日息千分之一')).toContain('high_return')
    expect(codes('年化百分之二十的收益')).toContain('high_return')
    expect(codes('投1万，每月返300元')).toContain('high_return')
    expect(codes('年化收益５％，稳健理财')).not.toContain('high_return')
    expect(RATE_FLAG).toBeLessThan(18)
    expect(parseNumber('一百二十')).toBe(120)
    expect(parseNumber('三点五')).toBe(3.5)
    expect(parseNumber('两万')).toBe(20000)
    // Spoken sums drop the last unit; "零" keeps it.
    expect([parseNumber('一百五'), parseNumber('一万二'), parseNumber('一百零五')]).toEqual([150, 12000, 105])
    expect(codes('缺点周转资金，你放五万进来，一个月给你一千五的利息')).toContain('high_return')
  })

  it("does not flag warnings that quote the red-flag words, nor a licensed product's risk statement", () => {
    for (const text of [
      '警方提醒：谨防“保本高息”骗局，凡是承诺年化收益超过6%的都要提高警惕。',
      '不要相信“拉人头返利”，遇到请拨打110报警。',
      '某某银行理财产品，业绩比较基准3.2%，理财非存款、产品有风险、投资须谨慎，不承诺保本。'
    ]) {
      const r = checkAdvert(text)
      expect({ text, risk: r.risk }).toEqual({ text, risk: 'low' })
    }
  })

  it('rates a text with no investment element low, whatever words it has', () => {
    const r = checkAdvert('超市限时抢购，先到先得，名额有限，到场就送鸡蛋！')
    expect(r.risk).toBe('low')
    expect(r.investment).toBe(false)
  })

  // Both from a new user's walkthrough, written without reading the rules.
  it('treats a sale of 数字藏品 or virtual coins as an investment pitch even with no figure in it', () => {
    const r = checkAdvert('各位藏友好！元宇宙数字藏品首发，区块链唯一确权，全球限量999份，稀缺即价值！今天不上车，错过再等一年。现在购买即可拉你进VIP藏家群。')
    expect(r.risk).not.toBe('low')
    expect(r.flags.map((f) => f.code)).toContain('crypto')
  })

  it('hears a reward for bringing someone along as recruiting, in everyday words', () => {
    const r = checkAdvert('幸福里康养中心预订床位，每月返还床位补贴，年化19.2%，到期全额退还本金，介绍老姐妹来再奖励2000元，名额有限！')
    const recruit = r.flags.find((f) => f.code === 'recruit')
    expect(recruit?.matches.map((m) => m.text).join('')).toContain('介绍老姐妹来再奖励')
  })

  it('rates the classic pitch high, with a score to match', () => {
    const r = checkAdvert('某某财富投资：保本保息，年化24%，推荐一人奖励1000元，名额有限，钱转到经理个人账户。')
    expect(r.risk).toBe('high')
    expect(r.score).toBeGreaterThanOrEqual(55)
    expect(r.score).toBeLessThanOrEqual(100)
  })
})

describe('advert checker: who is speaking, and what is licensed', () => {
  const risk = (text: string) => checkAdvert(text).risk

  it('reads a finding of illegal fundraising retold without advice as a red flag, quoting the finding, and a finding denied as the law explained', () => {
    const text = '某茶业公司在县城开了六家体验店，请老人品茶听课，让他们认购茶园份额。去年公司老板被警方以涉嫌非法吸收公众存款立案侦查，三百多名老人的钱至今没有着落。'
    const r = checkAdvert(text, { scorer: null })
    expect(r.risk).toBe('medium')
    // Its only hint words (老人, 认购) are no promise's: the finding is the sign, marking its own words.
    expect(r.flags.map((f) => [f.code, f.matches.map((m) => text.slice(m.start, m.end))])).toEqual([[CASE_FOUND, ['涉嫌非法吸收公众存款']]])
    // The public element stated as a fact is a finding too.
    expect(checkAdvert('记者了解到，这家农场对外称养殖黑山羊，先后向二百多名村民借款四千余万元，约定按季度付息，去年起再也付不出钱。', { scorer: null }).risk).not.toBe('low')
    // A court that finds the public element missing is explaining the law, not retelling a scheme.
    expect(risk('法院认为，被告人只向几位老同事私下借款并约定了利息，从未向社会公开宣传，不构成非法吸收公众存款罪，属于民间借贷纠纷。')).toBe('low')
    // The same finding in a police notice with its advice stays a warning.
    expect(risk('警方提醒：某茶业公司以认购茶园份额、每年返利12%为诱饵，涉嫌非法吸收公众存款，已被立案侦查。请广大群众提高警惕，切勿参与。')).toBe('low')
  })

  it("reads a pitch in a bank's voice (我行) as a pitch: a scam writes the words as easily as a bank (review 368)", () => {
    expect(risk('【某某银行】尊敬的客户，我行推出养老储蓄计划，存1万元每天返利30元，保本保息，详情请加客服微信。')).not.toBe('low')
    expect(risk('我行与某公司合作推出项目，投5万元每月返息1500元，到期本金全额返还，稳赚不赔。')).not.toBe('low')
  })

  it('reads a membership fee promised back whole after a term as money put in to earn, whatever comes back between', () => {
    const r = checkAdvert('康养旅游公司在村部开讲座，参加就送鸡蛋一盒。交2万元会员费，每年免费旅游两次，五年后会员费全额退还，还送养老补贴。', { scorer: null })
    expect(r.risk).not.toBe('low')
    expect(r.flags.find((f) => f.code === 'guaranteed')?.matches.map((m) => m.text)).toEqual([expect.stringContaining('全额退还')])
    // A rental deposit returned whole, or a gym's fee kept, is no such money.
    expect(risk('租房须知：入住交押金两千元，退租时全额退还。')).toBe('low')
    expect(risk('健身房年卡会员费1999元，一年期满后可续费，每年赠送私教课两节。')).toBe('low')
  })

  it('reads goods given every period beside the sum paid back whole as interest in kind, and a card with a monthly gift as a shop', () => {
    const r = checkAdvert('加入康养俱乐部，交会员费三万元，每月送价值五百元的滋补品，两年期满三万元如数退还。', { scorer: null })
    expect(r.flags.find((f) => f.code === 'high_return')?.matches.map((m) => m.text)).toEqual([expect.stringContaining('每月送价值五百元')])
    expect(risk('洗车卡：充值1000元，每月送价值100元的精洗一次，卡内余额可随时消费。')).toBe('low')
    // "无息" and "信息" say nothing of interest paid: a deposit returned without interest is no investment.
    expect(risk('租房须知：入住交押金两千元，退租时无息退还，房屋信息以合同为准。')).toBe('low')
  })

  it('hears a small fee for a huge payout, and frozen funds released to pay out, as promised returns without a rate', () => {
    expect(rulesCodes('国库有一笔专项资金要下拨，交五百元登记费，款项下来后返五百万。')).toContain('high_return')
    expect(checkAdvert('群里说这笔海外资产一旦解冻，每位登记的会员都能分到一套房和二十万现金。', { scorer: null }).risk).not.toBe('low')
  })

  it('reads 个点 a month as a rate, and a share that turns into more (变) or is paid back as 退 as a gain', () => {
    expect(
      checkAdvert('跟着群主做黄金，一个月12个点，稳稳的。', { scorer: null })
        .flags.find((f) => f.code === 'high_return')
        ?.matches.map((m) => m.text)
    ).toEqual([expect.stringContaining('12个点')])
    expect(rulesCodes('新品“如意宝”一份五百，十天后自动变五百五。')).toContain('high_return')
    expect(rulesCodes('茶园合伙人一份三万，两年后退三万六。')).toContain('high_return')
  })

  it('hears a spoken sum that ends its clause without 元 as money paid in, but not a small count', () => {
    const r = checkAdvert('老李说那个药材基地投一份八千，两年后公司按一万二回收。', { scorer: null })
    expect(r.flags.find((f) => f.code === 'high_return')?.matches.map((m) => m.text)).toEqual(['按一万二回收'])
    expect(risk('水果店：买三，送一，今天到店再按九折收。')).toBe('low')
  })

  it('hears animals or goods kept for the buyer and taken back after a term as custody and buy-back, and a licensed product redeemed as none', () => {
    const r = checkAdvert('认养一只本地黑山羊，每只价格三千二，由合作基地代为喂养，十个月后基地回收，到手四千元。', { scorer: null })
    expect(r.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['buyback', 'high_return']))
    expect(risk('某银行理财产品：投资周期91天，到期后自动赎回至活期账户，业绩比较基准2.3%，理财非存款、产品有风险、投资须谨慎。')).toBe('low')
  })

  it('hears the state fighting fundraising as outreach, not a case: a finding needs a retelling', () => {
    expect(risk('县政府常务会议部署打击工作：依法查处向社会公众非法吸收资金的行为，切实维护金融秩序。')).toBe('low')
    expect(risk('区里召开防范非法集资工作会，要求压实责任，对涉嫌非法集资的企业早发现、早处置。')).toBe('low')
  })

  it('hears names of crimes and the state fighting them as a retelling, not a rule, where a case is retold with no advice', () => {
    const rules = { scorer: null }
    // 犯罪嫌疑人, 犯罪分子, a verdict's 罪: the words of a case, not of a law text.
    expect(
      checkAdvert('检察机关发布打击非法集资犯罪典型案例：不法分子王某在多个小区开设体验店，向老人推销“康养基金”，承诺保证本金并获取固定收益，后以非法吸收公众存款罪被追究刑事责任。', rules).risk
    ).not.toBe('low')
    expect(checkAdvert('公安机关通报：一些犯罪分子宣称“扶贫资金”等待发放，只要交纳几百元手续费就能领取几十万元；专项行动中已抓获四十余人。', rules).risk).not.toBe('low')
    // The law's own register, a list of elements, and a court acquitting, stay the law explained.
    expect(risk('集资诈骗罪须同时具备：以非法占有为目的；使用诈骗方法；向社会公众募集资金；数额较大。')).toBe('low')
    expect(risk('一审法院认为，被告人只向几位同乡借款用于经营，不具备非法吸收公众存款罪的特征，宣告无罪。')).toBe('low')
  })

  it("reads the crime named with its disguise, and the public element in the law's words, as a finding", () => {
    const rules = { scorer: null }
    expect(checkAdvert('监管部门检查发现，一家咨询公司在网上公开预期年化收益，有八百多名个人转账认购，该公司已因涉嫌以私募基金名义非法集资被立案。', rules).risk).toBe('medium')
    expect(checkAdvert('经营者通过小程序吸引不特定的投资者在线认养果树，按认养天数和品种给付收益。', rules).risk).not.toBe('low')
  })

  it('hears goods bought back above their price, rent-back as the law names it, interest in kind and multiples written number first as promised returns', () => {
    expect(codes('这批普洱是拿来投资的，公司承诺以高于买入价的价格回收，放一年就能出手。')).toContain('buyback')
    expect(codes('群里几个托先抬价，过几天再以更高价回收，大家都以为稳赚。')).toContain('buyback')
    expect(codes('开发商以售后包租为卖点，宣传买铺前五年收益二十万元。')).toContain('buyback')
    expect(codes('本店推出存金业务，存金生息，到期连金带息一起取。')).toContain('high_return')
    expect(codes('这只股票马上要转板上市，跟着老师买，至少两到三倍的收益。')).toContain('high_return')
    // A shop buying used goods is no buy-back of what it sold.
    expect(risk('本店高价回收旧手机、旧电脑，上门估价。')).toBe('low')
  })

  it('reads money put in to earn and told as lost, with no advice, as a retold scheme, quoting the words that tell it; supposed in a warning, it is none', () => {
    const text = '村里不少老人把养老钱投进一家“生态农庄”，说是年底能分红。去年农庄老板卷款跑路，大家的钱再也要不回来。'
    const r = checkAdvert(text, { scorer: null })
    expect(r.risk).toBe('medium')
    for (const f of r.flags) {
      expect(f.explanation).toContain('“卷款”')
      for (const m of f.matches) expect(text.slice(m.start, m.end)).toBe(m.text)
    }
    expect(risk('有的“生态农庄”说投钱年底能分红，一旦老板卷款跑路，钱就再也要不回来。')).toBe('low')
    // A shop that closed owes its customers their balance: no money was put in to earn.
    expect(risk('街口那家理发店突然关门，办卡的顾客卡里的钱要不回来了。')).toBe('low')
  })

  it('reads a payout with the sum before what it is (每月可享受三百元现金返还) as a rate, and a reward for each new member as recruiting', () => {
    expect(codes('会员卡一次充值两万元，每月可享受二百元现金返还，两年后充值金额全额退还。')).toContain('high_return')
    expect(codes('交两千八成为会员，介绍一个新会员返现三百。')).toContain('recruit')
    // A shop's monthly coupon on a small card is no interest: the sum is no return on a deposit.
    expect(risk('理发店会员卡充值五百元，每月可享受一次免费修眉。')).toBe('low')
  })

  it('hears a warning that asks you to talk it over, debunks a rumour or says what happens once a scheme collapses', () => {
    expect(risk('提醒：有的养老社区收几十万“会员费”，说能保本还升值，离院全额退还；一旦运营方资金链断裂，退款要排在贷款和工资后面。')).toBe('low')
    expect(risk('辟谣：“养老投资利息高还保本”是谣言，不法分子常以预订床位为名承诺10%以上的收益。买理财前请和子女或懂行的人商量。')).toBe('low')
    // 养老理财 is the name of a licensed product line, not a scheme's lure.
    expect(risk('监管部门发布通知，养老理财产品试点扩大到全国，试点机构须如实揭示风险。')).toBe('low')
  })

  it('reads a rate the resident pays on a card instalment as borrowing, and 募集资金 as no 集资', () => {
    expect(risk('信用卡账单分期：每期手续费率0.65%，分24期，折合年化利率约14.9%，以实际账单为准。')).toBe('low')
    expect(risk('某券商两融业务年利率6.8%，请充分了解杠杆风险。')).toBe('low')
    expect(rulesCodes('某基金公司公告：本基金募集资金将投向债券市场。')).not.toContain('project')
  })

  it('hears an institution saying what it never does, and names of fraudsters, as a warning', () => {
    expect(risk('金融监管部门公告：近期有不法分子冒用银行名义，以高息揽储为名诱骗群众，正规银行不会通过个人账户收取存款。')).toBe('low')
  })

  it('reads a civil suit over one loan between two parties as no pitch, but an investor suing a scheme as its retelling', () => {
    expect(risk('民事判决书：原告与被告系同村邻居，2020年原告借给被告八万元，约定年利率15%，被告到期未还，判令被告归还本金并支付利息。')).toBe('low')
    expect(risk('原告诉称，经业务员推荐，其购买被告公司发行的理财计划30万元，被告承诺年化收益16%、到期保本，现无法兑付。')).not.toBe('low')
  })

  it('hears a prohibition or a refusal to promise as a rule, and money spent paid back in full as a rebate', () => {
    expect(risk('理财小课堂：监管规定，银行理财产品不得承诺保本保收益，宣传时必须写明风险。')).toBe('low')
    expect(risk('本公寓为民政备案机构，不收会员费，不以任何形式承诺返本付息、投资分红，押金存入银行监管账户。')).toBe('low')
    expect(checkAdvert('今天在会场买保健酒的叔叔阿姨，买酒的钱下个月全额返给您，相当于白喝，名额有限。').risk).not.toBe('low')
  })

  it('reads the period before a share first, and goods bought whose price comes back in full as a rebate, not a shop refund', () => {
    const rent = checkAdvert('开发商承诺，买下商铺后前三年每年返还房款的9%作为租金，三年后可按原价回购。', { scorer: null })
    expect(rent.flags.find((f) => f.code === 'high_return')?.matches.map((m) => m.text)).toEqual(['9%'])
    expect(rulesCodes('会销现场说，买多少返多少，买净水器的钱分十个月全部返给您。')).toContain('rebate')
    expect(risk('网店承诺：收货七天内可无理由退货，退货后购物款全额退还到原账户。')).toBe('low')
  })

  it('reads an insurer illustration or a benchmark declared no promise as disclosure, not a promised rate', () => {
    expect(risk('某某人寿万能型年金保险利益演示：按高档结算利率6%计算，60岁时账户价值约80万元；演示利率不代表实际收益，保证利率以合同为准。')).toBe('low')
    // Without the declaration, the same rate in an insurer's name is still read.
    // The rules' reading: beside a licensed product's words the scorer may drop it (the statistical second opinion).
    expect(rulesCodes('某某人寿合作专属存款，存款保险保障，保本保息，年化12%。')).toContain('high_return')
  })

  it('flags a pitch retold in a judgment or a news report, pointing at the promise', () => {
    const text = '被告人因资金短缺，以支付百分之十二至百分之十八年利息为诱饵，通过张贴公告等方式公开宣传，向二百余名村民吸收存款。'
    const r = checkAdvert(text)
    expect(r.risk).not.toBe('low')
    expect(r.flags.find((f) => f.code === 'high_return')?.matches.map((m) => m.text)).toEqual([expect.stringContaining('百分之十八年利息')])
    expect(risk('该平台宣称投资人买一只羊一千元，一百二十天后可赎回本金并获得约百分之十二的年化收益。')).not.toBe('low')
  })

  // The corpus labels a case told with advice by which of the two leads (engine.ts CASE_LEADS).
  it("reads a retold case as a red flag, with a line of advice under it too, and as a warning where a warning-giver's advice leads", () => {
    const told = '据报道，某某公司以养老服务为名，承诺老人投资十万元每年返还一万二，共吸收三百余名老人资金，现公司负责人已被刑事拘留。'
    expect(risk(told)).not.toBe('low')
    expect(risk(`${told}警方提醒广大老年朋友，切勿轻信高额回报。`)).not.toBe('low')
    expect(risk(`${told}警方提醒广大老年朋友：切勿轻信高额回报，不要把养老钱交给没有金融牌照的公司。投资前一定先和子女商量，核实对方资质。发现可疑情况，请及时拨打110报警。`)).toBe('low')
  })

  it('reads any share beside a return with its period, and sums paid back against the sum paid in', () => {
    expect(codes('我们是做过桥资金的，每十天给您百分之一的利息，本金随时能取。')).toContain('high_return')
    expect(codes('客户购买黄金后由公司代存，按月支付0.5%至1%的利息。')).toContain('high_return')
    expect(codes('会员费两万八，每年返还三千六，满五年全部退还。')).toContain('high_return')
    expect(codes('认领一只羊三千元，养三个月后公司按三千六收回。')).toContain('high_return')
    expect(codes('亲，直播间刷礼物就能返现！再刷满5000元，直接返你10000元现金。')).toContain('high_return')
    // A card swiped for points is a shop's or a bank's reward in kind.
    expect(risk('信用卡新户礼：刷满3000元，返你6000积分。')).toBe('low')
    expect(risk('本店刷卡消费满5000元，返你10000积分。')).toBe('low')
    expect(codes('借款利息一分五，按月结清，我们公司有实力。')).toContain('high_return')
    // Instalments of one's own prepaid credit, a bank's yearly rate over seven days, a share of a report's growth: no return.
    expect(risk('电信营业厅：预存话费600元，话费分24个月返还，每月返还25元。')).toBe('low')
    // A thing bought whose whole price comes back over time, the thing kept, is 消费全返; a small monthly gift on a purchase is not.
    expect(codes('购买本公司理疗仪一台19800元，公司每月返还1650元，12个月返完，仪器归您所有。')).toContain('rebate')
    expect(risk('购买空调一台3999元，每月返还话费50元，共12个月。')).toBe('low')
    expect(risk('【中国电信】购买手机一台1499元，每月返还话费63元，24个月返完。')).toBe('low')
    // Credit that turns into cash is cash.
    expect(codes('购买养生仪一台9800元，每月返购物券1000元，连返10个月，购物券可兑换现金。')).toContain('rebate')
    expect(risk('购买家具满1万元，每月返还购物卡1000元，连返10个月，购物卡仅限本商场使用，可转让，不兑换现金。')).toBe('low')
    expect(risk('某货币基金七日年化收益率1.85%。')).toBe('low')
    expect(risk('公司年会通知：本年度公司经营利润的10%作为员工奖金，按绩效考核结果发放。')).toBe('low')
  })

  it('reads promises without a rate: refunds of principal, tiers that pay more for more money, a small fee for a big payout', () => {
    expect(codes('认养一头牛三万元，每个月给您返利息，一年到期本金全部退给您。')).toContain('guaranteed')
    // Principal and interest together (本息) pledged as safe, as principal alone is.
    expect(rulesCodes('鑫源金服散标专区：借款企业足额抵押，本息有保障，100元起投。')).toContain('guaranteed')
    expect(rulesCodes('问：平台清退以后，出借人的本息有保障吗？答：清退不等于兑付，能拿回多少要看追偿进度。')).not.toContain('guaranteed')
    expect(codes('康养旅游会员：交2万元会员费，每年免费旅游两次、年底分红，五年后会员费全额退还。')).toContain('guaranteed')
    expect(codes('会员卡分六档，存得越多，床位折扣越大，最高终身免床位费。')).toContain('rebate')
    expect(codes('国家即将解冻民族资产，只需交10元登记费，就能领5万元现金。')).toContain('high_return')
    expect(codes('加入团队交一次会费，一级拿10%，二级拿5%，靠下面的人养你。')).toContain('recruit')
  })

  it('does not flag outreach that lists scam patterns, nor law text that describes what is forbidden', () => {
    for (const text of [
      '如遇以下情形向公众集资的，务必提高警惕：以“消费返利”为幌子的；以投资养老产业可获高额回报为幌子的；以投资虚拟货币、区块链为幌子的。',
      '非法吸收公众存款罪同时具备四个条件：未经许可吸收资金；公开宣传；承诺在一定期限内还本付息或给付回报；向社会公众吸收资金。',
      '《广告法》第二十五条：有投资回报预期的广告，不得对收益作出保证性承诺，不得明示或者暗示保本、无风险或者保收益。'
    ])
      expect({ text, risk: risk(text) }).toEqual({ text, risk: 'low' })
  })

  it('does not flag a licensed product describing itself truthfully, but still flags a rate above bank level in it', () => {
    for (const text of [
      '本期储蓄国债（凭证式）三年期票面年利率1.63%，到期一次还本付息，由国家信用担保。',
      '这款是我行的定期存款，不是理财，到期保本保息，受存款保险保障，无风险。',
      '养老年金保险：自第6个保单年度起每年可领取生存保险金，前25年保证给付。本产品由某某人寿保险股份有限公司承保。'
    ])
      expect({ text, risk: risk(text) }).toEqual({ text, risk: 'low' })
    expect(rulesCodes('某某人寿合作专属存款，存款保险保障，保本保息，年化12%。')).toContain('high_return')
  })

  it('takes a refund for a pledge of principal only beside money put in to earn', () => {
    expect(risk('家电商场承诺：七天无理由退货，全额退款；租房押金退房时如数退还。')).toBe('low')
    expect(codes('养老床位预订金五万元，每年返利息，三年到期全额退还。')).toContain('guaranteed')
  })

  it('flags only the names the regulation bars, and a village collective sharing its rent is no deposit-taking', () => {
    expect(codes('某某投资咨询有限公司招聘会计一名，熟悉税务申报，月薪5000元，投资者关系岗位。')).not.toContain('unlicensed_name')
    expect(codes('某某财富管理有限公司：投资项目年化15%。')).toContain('unlicensed_name')
    expect(risk('村集体经济合作社年终分红公告：本年度土地租金收入按户籍人口每人分红600元，请带户口本到村委会领取。')).toBe('low')
  })
})

describe('advert checker: readings generalised from the fifth blind part (i-)', () => {
  it('reads a date as a date, not a period: "7月1日起" or "6月末" multiplies no rate, and a share paid on the day is paid once', () => {
    expect(rulesRisk('保险公司6月末停售预定利率3%的产品，7月1日起新产品预定利率2.5%。')).toBe('low')
    expect(rulesRisk('超市会员卡充值满500元送30元券；每月18日会员日，当天购物返2%到卡内余额，余额不计利息。')).toBe('low')
    // A real period still counts: a share paid every month is a monthly rate.
    expect(codes('会员卡充值两万元，每月返2%的利息，到期本金全额退还。')).toContain('high_return')
  })

  it("hears the law's words on disguised deposit-taking (论处, 司法解释) and investor education as a warning, not a pitch", () => {
    expect(rulesRisk('按司法解释，以售后包租、约定回购等方式吸收资金的，以非法吸收公众存款罪论处。买铺前请看清租金从哪来，不要只看承诺的回报。')).toBe('low')
    expect(rulesRisk('投资者教育：某“数字资产”平台以保本高息拉人入会，最终暴雷，主犯外逃。虚拟货币交易炒作属于非法金融活动，一律严格禁止。')).toBe('low')
  })

  it('reads money told as lost, with no advice, as a case retold even where it cites the rule the scheme broke', () => {
    const text = '县里开了十几家“资金互助社”，按规定只能吸收社员存款，不得对外揽储，它们却面向社会揽储。如今多家互助社人去钱空，上千名储户的存款取不出来。'
    expect(rulesRisk(text)).toBe('medium')
    // The same rule with the loss only supposed is a warning.
    expect(rulesRisk('按规定，资金互助社不得向社员以外的人吸收存款；一旦资金链断裂，存款就取不出来。')).toBe('low')
  })

  it("reads a news story with its lure, the money pursued and the empty office as a case retold, though it quotes a notice's warning", () => {
    const text = '一家养老公司以承诺高额利息为诱饵，与老人签合同吸收资金。老两口投入十五万元，公司资金链断裂后去追讨本金无果，写字楼人去楼空，门口贴着“谨防集资诈骗”的提示。'
    expect(rulesRisk(text)).toBe('medium')
  })

  it('reads signs listed three to a clause in a warning as named, not promised; a pitch listing its own promises is still one', () => {
    expect(rulesRisk('镇处非办通报：今年排查出的线索涉及养老床位预订、合作社高息揽储、影视份额认购，均已移交处理。请群众不参与、不转发。')).toBe('low')
    expect(rulesRisk('此类平台的套路是：虚构背景、保本高息、传销拉新、卷款跑路。')).toBe('low')
    expect(rulesRisk('本项目保本保息、月月分红、推荐有奖，欢迎加入！')).toBe('high')
    // The law's "……的，以……罪论处" is a rule; a case that ends "最终以……罪论处" is still a case.
    expect(rulesRisk('某公司以每年30%的利息为诱饵，向上千名群众吸收资金，承诺到期还本付息，最终以集资诈骗罪论处。')).not.toBe('low')
  })

  it('reads the public element with who the public were in between, a return that grows with what is held, and commission paid up the chain', () => {
    expect(rulesRisk('起诉书称，几名被告借旅游公司之名，变相向以退休职工为主的社会公众集资，涉及八千余人。')).toBe('medium')
    expect(codes('股份越多分红越多，每晚按持有量分红。')).toContain('rebate')
    expect(codes('做到主管后，您的上级提6%，上级的上级提2%。')).toContain('recruit')
  })

  it('hears money taken under a name (以……名义吸收) as a finding, and a pledge to buy back the produce as buy-back', () => {
    expect(rulesRisk('据报道，一家健康公司以“康养会员”名义吸收老人充值，少则上万，多则几十万元，如今公司大门紧锁。')).toBe('medium')
    expect(codes('特种养殖好项目：每对种兔八百元，公司承诺每只四十元回收，包技术包回收，当年获利上万元。')).toContain('buyback')
    // A shop taking back an old appliance is no buy-back: no money is put in to earn.
    expect(rulesRisk('家电以旧换新，本店负责回收旧机，送货上门。')).toBe('low')
  })

  it('hears a windfall from the state, a steady monthly payout for joining a pool, resale by the platform and a reward for bringing relatives as promises', () => {
    expect(codes('国家扶贫专项资金发放通知：您已列入本批名单，可领取人民币二百万元，请扫码联系客服办理。')).toContain('high_return')
    expect(rulesRisk('入会互助，老人每月稳稳领一千元，扫码进群注册会员。')).not.toBe('low')
    expect(codes('抢到的货一键挂售，平台转卖后差价打进您的账户，躺着就能赚。')).toContain('buyback')
    expect(codes('投一万元每月分红三百，介绍亲友再奖励现金。')).toContain('recruit')
  })
})

describe('advert checker: readings generalised from the sixth blind part (j-)', () => {
  it('hears a warning that tells a kind of scheme as a kind (an opening question, what such schemes 常以, a list of kinds) as a warning', () => {
    expect(rulesRisk('“资金盘”是什么？这类平台常以“共享经济”为名，让人交会员费入场，按比例给静态收益，拉人头另有返利，涉嫌非法吸收公众存款，平台随时可能卷款跑路。')).toBe('low')
    // Money told as lost in one item of a list of kinds is what that kind comes to, not one case retold.
    expect(rulesRisk('老年朋友要认清两类骗局：一是假养老项目，承诺高额回报，诱导老人交钱；二是虚假理财平台，以高息为饵吸引充值，最后无法提现。')).toBe('low')
    // A case retold with its loss, with no advice, is still a case, even where it says what one company 常以 did
    // ("以免费" is a lure, not "以免", lest).
    expect(rulesRisk('某平台以每月返利8%为诱饵，吸引三百多名老人充值，去年底平台无法提现，负责人不知去向。')).not.toBe('low')
    expect(rulesRisk('据报道，这家公司常以免费旅游拉拢老人，承诺每月返利2%，三年来吸收资金上亿元，如今老板跑路，老人血本无归。')).not.toBe('low')
    expect(rulesRisk('法院审理查明，被告人常以投资影视项目为名，许诺月息3%，向社会公众借款1200万元。')).not.toBe('low')
  })

  it("hears an explainer's question with a case as its example and the licensed kind beside it as a warning", () => {
    const text = '怎样分辨真假“养老保险”？某公司打着养老保险旗号以高息诱骗老人，已被立案侦查，多名嫌疑人被刑拘。真正的养老保险由保险公司承保，必须同时满足持牌经营和监管备案两个条件。'
    expect(rulesRisk(text)).toBe('low')
    // The question alone is no register: a pitch may open with one too.
    expect(rulesRisk('为什么说养老项目比存银行强？我们年化收益18%，保本保息，每月分红。')).not.toBe('low')
    expect(rulesRisk('互助盘是什么？就是大家互相帮助，排单打款，15天回款30%，推荐一人奖励200元。')).not.toBe('low')
    expect(rulesRisk('如何识别好项目？看回报！我们的项目年化20%，政府背景，保本保息。')).not.toBe('low')
  })

  it('reads a small fee sent for a windfall, a monthly payout sent through a channel and 比放银行强 as promises', () => {
    expect(codes('解冻一笔海外民族资产，每人先交几十元报单费，资产一解冻每人可分几十万元。')).toContain('high_return')
    expect(codes('请向管理员发送5元登记费红包，审核通过即可申领巨额补助款。')).toContain('high_return')
    expect(codes('交6万元买一份协议，我每个月用银行卡给您返800元，比放银行强多了。')).toContain('high_return')
  })

  it('reads a shop refunding unused coupons on a returned order as no rebate; spending returned whole after a year still is one', () => {
    expect(rulesRisk('购物满100元送代金券一张；整单退货的，全额返还未使用的代金券。')).toBe('low')
    expect(codes('在本店消费多少，一年后全额返还。')).toContain('rebate')
  })

  it("lifts no licensed product's news in which the rules found no sign, however sure the scorer is", () => {
    expect(checkAdvert('农行网点开展储蓄国债下乡宣传，村民买一万元三年期国债，利息比存定期多一些。', { scorer: sure }).risk).toBe('low')
    // A licensed word in a text with a sign of its own is still lifted: "保险" disguises a return paid by introducing.
    expect(checkAdvert('买这份保险合同的都能拿利息，介绍朋友来买另有提成。', { scorer: sure }).risk).not.toBe('low')
  })
})

describe('advert checker: readings generalised from the eighth blind part (l-)', () => {
  it('hears a ruin supposed in an analysis of one scheme as no advice: the scheme it names is still told', () => {
    // "一旦……崩盘" supposes how the scheme ends; it advises no one, and "宣称" and what the scheme did are one case.
    expect(rulesRisk('所谓“链金宝”平台宣称存币生息、保本保息，月息高达百分之十，推行多级返佣，一旦新钱跟不上就会崩盘，是典型的庞氏骗局。')).not.toBe('low')
    // With advice to the reader the same supposition is a warning's.
    expect(rulesRisk('请大家警惕宣称保本保息的存币生息平台，一旦新钱跟不上就会崩盘，切勿投资。')).toBe('low')
  })

  it("hears a scheme's method told of one company (其手法) with what it took as a case, not a rule", () => {
    expect(rulesRisk('警方查实，某科技公司两年内非法吸收公众存款超过3亿元，涉及群众2万余人。其手法是发展会员入股，承诺每年返利20%。')).not.toBe('low')
    // The law's threshold is no case: "吸收20万元以上" is what the law counts, not what one company took.
    const law = '律师解答：判断是否构成非法吸收公众存款罪，主要看几点：有没有金融许可；是否公开宣传；是否承诺还本付息或给回报；是否面向不特定公众吸收资金。'
    expect(rulesRisk(`${law}个人非法吸收20万元以上即可能构成犯罪。`)).toBe('low')
    expect(rulesRisk(`${law}某人非法吸收20万元，已构成犯罪。`)).not.toBe('low')
  })

  it('lets a denial cover its clause only up to where the speaker turns to a promise of their own', () => {
    expect(codes('虽然基金不保本，但我私下给您写一份协议，保证年化9%的回报。')).toContain('high_return')
    // A denial after the turn still covers the clause: a product's honest disclosure.
    expect(rulesRisk('本理财产品业绩比较基准为年化3.2%，但不代表实际收益，不保本，理财非存款，产品有风险，投资须谨慎。')).toBe('low')
  })

  it('hears a crime named among others, a listing that is near and a return of "more" as the signs they are', () => {
    expect(rulesRisk('某珠宝店让顾客把买下的金饰寄存在店里，后来店铺关门，律师说店主涉嫌诈骗或非法集资。')).not.toBe('low')
    expect(codes('本公司很快就要去香港联交所上市了，现在内部认购，敲钟以后翻几倍。')).toContain('equity')
    expect(codes('入会献一份爱心，过段时间就能拿回更多。')).toContain('high_return')
    // A bank's rate board moving next month is no listing.
    expect(rulesRisk('本行将于下月起调整人民币存款挂牌利率。')).toBe('low')
  })

  it('hears an explainer that asks what a thing is and defines it, to no one, as no pitch; a pitch that asks speaks to its reader', () => {
    expect(rulesRisk('以房养老是什么？它是老人把房产抵押给保险公司，每月领取养老金，身故后保险公司处置房产的一种养老方式。')).toBe('low')
    expect(rulesRisk('原始股是什么？它是公司上市前发行的股票，您现在买，上市后翻十倍。')).not.toBe('low')
    expect(rulesRisk('养老公寓是什么？它是一种新型投资，年化收益12%，保本保息。')).not.toBe('low')
    // A heading that sorts a thing into kinds is an explainer's opening too.
    expect(rulesRisk('存款类产品的收益分两类：一类由银行承诺保本保息，即传统定期；另一类本金有保障、收益浮动，即结构性产品。')).toBe('low')
    expect(rulesRisk('我们的会员分三类：金卡会员保本保息，每月返利，即存即赚，欢迎加入。')).not.toBe('low')
  })
})

describe('advert checker: readings generalised from the ninth and tenth blind parts (m-, n-)', () => {
  it('hears a police or court report of a scheme as a case, even with a note on how to complain or a tally of cases', () => {
    // How it paid the old with the new is a finding; advice on petitioning is no warning against the scheme.
    expect(rulesRisk('市公安局通报：某网贷平台以高额年化回报吸引投资人，用新投资人的钱偿还旧债，未兑付本金约5亿元。警方提醒通过正当渠道反映诉求。')).not.toBe('low')
    // "分别按" holds no "别按": a court's finding of a rebate ladder stays a finding.
    expect(rulesRisk('法院审理查明：会员投资一万元，每日返300元；省、市、县代理分别按销售额提成。法院以非法吸收公众存款罪定罪。')).not.toBe('low')
    expect(rulesRisk('经侦支队通报：今年共查处9起网贷平台涉嫌非法吸收公众存款案，有的设资金池，有的借新还旧，以高息为饵吸走本金。')).not.toBe('low')
    // A levy to join, and a "cryptocurrency" with a made-up name.
    expect(codes('检察院起诉书查明：该组织宣称其加密电子货币升值空间巨大，入会须按级别缴纳门槛费。')).toEqual(expect.arrayContaining(['recruit', 'crypto']))
    // The same police with advice against paying in is a warning.
    expect(rulesRisk('警方提醒：凡是以高额回报吸引投资、用新人的钱还旧人的项目，都是非法集资，请勿参与。')).toBe('low')
  })

  it('hears a criminal case told in the third person with any sign of how it took money, and money taken from 散户, as a report of a scheme', () => {
    expect(rulesRisk('区检察院办理的一起案件中，犯罪嫌疑人拿出所谓红头文件，说资产即将解冻，先后从三位老人处拿走投资款200万元。')).not.toBe('low')
    expect(rulesRisk('据报道，几家房地产公司降低门槛向散户集资，承诺的利息一层层加码。')).not.toBe('low')
    // A sentence told in a warning stays a warning.
    expect(rulesRisk('法院提醒：犯罪嫌疑人常拿出所谓红头文件骗取投资款，请勿相信。')).toBe('low')
  })

  it('reads a savings bond or a bank product naming its own rate, and shop credit that cannot be cashed, as no promise', () => {
    expect(rulesRisk('财政部将发行两期储蓄国债（电子式），三年期票面年利率5.5%，五年期6.2%，按年付息，到期还本。')).toBe('low')
    // Above any coupon a savings bond ever paid, the bond's name is a disguise.
    expect(rulesRisk('财政部发行储蓄国债，本期特供年利率12%，按年付息，到期还本。')).not.toBe('low')
    expect(rulesRisk('本理财产品预期收益率为5%至7%，不等于实际收益，风险等级PR2，本金可能损失。')).toBe('low')
    expect(rulesRisk('超市卡充值优惠：充1000元返8%，返的钱只能在店内消费，不能提现。')).toBe('low')
    // A licensed insurer named as a guarantor does not make "高额回报" the truth.
    const tomb = '第三次发财机会来了！这是政府盖章的文件，这是保险公司的承保单。现在认购塔位，将来转手就是高额回报，错过这次就没有了！'
    expect(rulesCodes(tomb)).toContain('high_return')
  })

  it('hears money taken now for a sum or a benefit later as a promise, with no rate or return word', () => {
    expect(codes('床位先订下来，这笔钱放在我们这儿还能给您多挣一份收入。')).toContain('high_return')
    expect(codes('交两百元登记费，即可列入补贴发放名单，钱统一打到您卡上。')).toContain('high_return')
    expect(codes('交五万块疏通费，我们替您办提前退休，以后按月领养老金。')).toContain('high_return')
    expect(codes('交三万押金，一年里随便住我们的酒店，住完押金照退。')).toContain('rebate')
    // A rental deposit returned is an ordinary refund.
    expect(rulesRisk('租车押金三千元，还车验收后七个工作日内退还。')).toBe('low')
  })

  it('hears outreach and a court calling victims to register as warnings, whatever sums of the case they name', () => {
    expect(rulesRisk('某县人民法院公告：某公司非法吸收公众存款罪一案已立案执行，请集资参与人于本月底前登记，损失按投入本金减去已兑付本息计算。')).toBe('low')
    // A scheme calling its investors to register names no crime: still a pitch.
    expect(rulesRisk('平台通知：投资人请于本周内登记，登记后每月领取分红，年化收益18%。')).not.toBe('low')
    expect(rulesRisk('处非办工作人员到乡里赶集宣传，讲非法集资的套路。村民说前年不少人冲着利息高参加了，结果血本无归；大娘说有闲钱还是存正规银行。')).toBe('low')
    expect(rulesRisk('储值卡还敢充吗？充卡前搜一下商户加上“跑路”两个字，宁可少充、按次付，一旦卷走报案也难。')).toBe('low')
  })
})

describe('advert checker: readings generalised from development parts q- and r-', () => {
  it("hears a regulator's finding with what the scheme 号称 and its penalty, a sentence for 传销 and deposits drawn from villagers as cases", () => {
    expect(rulesRisk('区市场监管局查明：某公司办招商会，号称投1万元一年拿回3万元，拉人越多收益越高；执法部门依法对其作出处罚。')).not.toBe('low')
    expect(rulesRisk('县法院一审宣判：被告人组织、领导传销活动，平台上线一年吸收会员80万名，获刑十二年。')).not.toBe('low')
    expect(rulesRisk('某合作社托熟人当代办员拉村民存钱，每存一万元送一桶油；年后村民取钱被一再推托，代办点关门，积蓄取不出来。')).not.toBe('low')
  })

  it("hears a case opened on an old people's home project as a report of one, and a shop's rebate or a land lease explained as none", () => {
    expect(rulesRisk('某集团开发养老院项目，吸引老人购买养老服务卡，每家交了5万至70万元，项目烂尾后老人报案，公安机关已立案侦查。')).not.toBe('low')
    expect(rulesRisk('超市储值卡怎么选：节日活动中有的超市最高返10%，起充500元，要看有效期和退卡手续费。')).toBe('low')
    expect(rulesRisk('土地股份合作社实行保底收益加盈余分红，每亩保底分红800元；依《民法典》第339条，这是土地经营权入股的对价，不是向社会吸收存款。')).toBe('low')
  })

  it('hears commission on the people one brings, coins by their Chinese names and "几倍几十倍" as signs', () => {
    expect(codes('买满三万元产品就是会员，收入来自您带进来的亲戚朋友买产品的提成。')).toContain('recruit')
    expect(codes('把以太坊转给我，我帮你代投，上了交易所就是几倍几十倍，名额就这几天。')).toEqual(expect.arrayContaining(['crypto', 'high_return']))
  })

  it('reads a police notice that tells how a victim joined a chat group as a warning, and a call to join one as a call', () => {
    expect(rulesRisk('【某市公安局提醒】李先生被网友拉进炒股群，群里天天晒收益，他前后投入30万元后被拉黑。陌生人带你赚钱，一律不信。')).toBe('low')
    expect(rulesRisk('内部炒股群，老师带你每天收益10%，扫码进群，名额有限。')).not.toBe('low')
  })

  it('reads a licensed product\'s own named rate, an insurer\'s "不赔", a 凭证式 bond and cash-free shop credit as no promise', () => {
    expect(rulesRisk('分红险的由来：上世纪九十年代寿险保单的预定利率多在8%到10%，保险公司须按此负责，后来降息才有了分红险。')).toBe('low')
    expect(rulesRisk('医疗保险设等待期，等待期内发病不赔，保额最高200万元。')).toBe('low')
    expect(rulesRisk('财政部：今年第一期凭证式国债面向个人投资者发行，5年期票面年利率6.15%，到期一次还本付息。')).toBe('low')
    expect(rulesRisk('本店购物卡充值返利：每满1000元返50元，返利为卡内余额，仅限本店消费，不可提现。')).toBe('low')
    // Spending returned whole is a rebate however it is paid.
    expect(rulesRisk('消费全返：花多少返多少，返的是购物券，只能在本店消费。')).not.toBe('low')
  })
})

describe('advert checker: readings generalised from the blind parts s- and t-', () => {
  it('reads a co-operative paying its members out of what it earned as a register, and a sham one taking deposits or fixing its return as a flag', () => {
    expect(rulesRisk('青山村红薯种植专业合作社2024年度分红：当年经营利润36万元，提取公积金后按股分配，入股社员42户，每户分得2000元到1.5万元不等。')).toBe('low')
    expect(rulesRisk('白河镇茶厂招股：茶农以茶园或现金入股，每股1000元，参与茶厂利润分红，盈亏共担，去年每亩分红8000元。')).toBe('low')
    // A village collective's own dividend, handed out at its meeting; its grain market is a market, no exchange of finance.
    const village = '腊月里，某村召开村集体经济分红大会，入股村民每股分得600元，其余村民每人100元，村民排队签字领取分红。村里以土地、资金入股建起粮油批发交易中心，集体年收入500多万元。'
    expect(rulesRisk(village)).toBe('low')
    const stall = codes('粮油批发交易中心招商：投一个摊位5万元，每年固定回报15%。')
    expect(stall).toContain('high_return')
    expect(stall).not.toContain('unlicensed_name')
    expect(codes('某某贵金属交易中心：入金即送20%赠金，每天稳拿收益。')).toContain('unlicensed_name')
    // The same co-operative taking money from outside, or promising a fixed dividend, or a rate, is a sham.
    expect(rulesRisk('青山村红薯种植专业合作社扩股：欢迎外村乡亲入股，每股5000元，年底按股分红，盈亏共担。')).not.toBe('low')
    expect(rulesRisk('青山村红薯种植专业合作社社员入股每股5000元，每年固定分红600元，按股分配。')).not.toBe('low')
    expect(rulesRisk('合作社入股，年度经营利润按股分配，每年保底分红12%。')).not.toBe('low')
    expect(rulesRisk('被告人以合作社名义吸收村民股金300余万元，声称年度盈余按股分配。')).not.toBe('low')
  })

  it('hears a case told by its sum and the many drawn in as about money put in, for the scorer to weigh', () => {
    const told = '2015年，某地“爱心养老”系列案宣判，涉案金额8.6亿元，3万余人卷入。'
    expect(checkAdvert(told, { scorer: null }).investment).toBe(true)
    // A sum alone, or people alone, is no such tally.
    expect(checkAdvert('2015年，某地一起系列案宣判，3万余人卷入。', { scorer: null }).investment).toBe(false)
  })

  it('hears a rank bought by recruits and a downline of a downline as recruitment', () => {
    expect(codes('推荐满8个好友升钻石会员，每月参与奖金池分成。')).toContain('recruit')
    expect(codes('你发展的会员的会员下单，你也拿一份奖励。')).toContain('recruit')
    expect(codes('超市会员消费满2000元升级为金卡会员，享九五折。')).not.toContain('recruit')
  })

  it("reads an agent's 内部理财 as no licensed product, and a party's warning quoted in a report as no advice", () => {
    expect(rulesRisk('张阿姨，您的保单先别续了，我们有个内部理财，保本保息，一年收益比分红险多一倍。')).not.toBe('low')
    expect(rulesRisk('姐，某某人寿最近有款只给内部员工做的短期高息理财，名额不多，钱直接转到我个人账户，我帮你办进去。')).not.toBe('low')
    expect(rulesRisk('您好，系统显示您在保险公司有保单，可以帮您办理“保险补息”，条件是认购我们的能源项目产品，保本付息。')).not.toBe('low')
    expect(rulesRisk('记者调查：某公司向社会出售养生床垫，承诺一年赚一倍，按天结算。受害人家属提醒这可能是骗局。')).not.toBe('low')
    expect(rulesRisk('派出所民警提醒：承诺一年赚一倍、按天结算的“投资”，都是骗局，请勿参与。')).toBe('low')
  })
})

describe('advert checker: readings generalised from the blind parts u- and v-', () => {
  it('hears money handed over now that comes back at term with more as a promised return, with no rate named', () => {
    expect(rulesRisk('加盟我们的代售点，先交保证金300元一份；每半年结算一次，期满退还保证金，另付代售费每份20元。')).not.toBe('low')
    expect(rulesRisk('办一张康养卡，卡里的余额两年内用不完也没关系，到期公司额外返您一份养老补贴。')).not.toBe('low')
    expect(rulesRisk('据调查，该公司与村民签订果园托管协议，村民按出资额的6%拿分红。')).not.toBe('low')
    // A return said to beat a bank's is promised however old the prose ("利稳而险控，远胜银行理财").
    expect(rulesRisk('受害人回忆，业务员上门称这款基金收益稳定，远胜银行存款，他便投入了二十万元。')).not.toBe('low')
    // A deposit returned at term, a deposit's own interest, a shop's plain refund: nothing more comes back.
    expect(rulesRisk('租期满后，房东退还押金2000元。')).toBe('low')
    expect(rulesRisk('储蓄国债三年期票面利率2.38%，到期一次还本付息。')).toBe('low')
    // A regulator's 警示约谈 is an action told, not advice that covers the promise beside it.
    expect(rulesRisk('检查组发现，该公司让出资人按投资额的5%拿收益，已对负责人警示约谈。')).not.toBe('low')
  })

  it('reads an explainer of a legal form, a rescue told and advice not to touch as warnings', () => {
    expect(rulesRisk('什么是售后包租？开发商卖房时与买家约定，由开发商统一出租，每年付给买家房价8%的租金。这种做法已被明令禁止，可能构成非法集资。')).toBe('low')
    expect(rulesRisk('研究综述·酒店式公寓包租的法律问题：开发商出售客房产权后统一经营，按约支付固定租金；实践中分整体包租和分散包租两种。')).toBe('low')
    expect(rulesRisk('信用社柜员发现一位老人要把5万元转给“客服”领所谓分红，及时劝阻并报警，老人保住了养老钱。')).toBe('low')
    // A pitch dressed as an explainer names no danger and speaks to its reader, or gives its figure without one.
    expect(rulesRisk('什么是售后包租？就是您买下商铺，由我们统一经营，每年给您房价8%的租金，稳赚不赔！')).not.toBe('low')
    expect(rulesRisk('什么是售后包租？开发商统一经营，每年付给业主房价12%的租金。')).not.toBe('low')
    // Advice not to touch is advice: beside it the scorer's doubt drops a flag, as beside any warning's words.
    expect(checkAdvert('同事说朋友许他年化20%，他没投：回报明显偏高的，一律不碰。', { scorer: doubts }).risk).toBe('low')
    expect(checkAdvert('朋友许他年化20%，项目稳赚不赔，碰到就是赚到。', { scorer: doubts }).risk).not.toBe('low')
    // A scheme that stopped no payment is no rescue: a case retold stays a case.
    expect(rulesRisk('被告人以养老项目为名，承诺月息2%，吸收老人资金600万元，后被警方拦截在机场。')).not.toBe('low')
  })

  it("reads a bank's own time deposit, with its deadline and rate, as a licensed product", () => {
    expect(rulesRisk('某某银行新春定存优惠：新客户3个月港元定存年利率8厘，上限10万港元，额满即止；存款受存款保障计划保障。')).toBe('low')
    // A 定存 with no bank behind it is no licensed product.
    expect(rulesRisk('平台定存计划，年化12%，保本保息，额满即止。')).not.toBe('low')
  })
})

describe('advert checker: readings generalised from the blind parts w- to z-', () => {
  it('hears money asked now for a windfall later as a promised return, and a demand of secrecy as no advice', () => {
    expect(rulesRisk('【乡村振兴专项资金】恭喜您家入选本期扶贫名单，每户可领取500000元。领取前请先缴纳200元手续费到指定账户。')).not.toBe('low')
    expect(rulesRisk('海外民族资产即将解冻。群成员人人都能领到八百万元善款！请今天把身份证号发给管理员，并交资料费。此事保密，不要告诉子女。')).not.toBe('low')
    // A subsidy told with nothing asked of its receivers is news, not a pitch.
    expect(rulesRisk('县乡村振兴局介绍，今年扶贫资金共发放3000万元，用于修路和产业帮扶。')).toBe('low')
    // Advice to tell one's family stays advice.
    expect(rulesRisk('有人说交钱就能领取民族资产，这是骗局，请告诉家人，不要相信。')).toBe('low')
  })

  it('hears a coin that will be worth much once issued, and animals sold whose every product is bought back, as promised returns', () => {
    expect(rulesRisk('这个链币将来要在全国流通，现在300元一份，等正式发行了，一份能换成几万块钱。')).not.toBe('low')
    expect(rulesRisk('养殖合作公司招养殖户：种兔每只200元，领回家养，生下的小兔由公司全部回收，每只40元。')).not.toBe('low')
    // Contract farming: the company supplies the animals and buys the produce; the farmer pays for nothing.
    expect(rulesRisk('企业把奶牛免费送到农户家里养，牛奶由企业统一收购，每公斤4元。')).toBe('low')
  })

  it("reads 回酬 as 回报, a report's 根本不存在 as a finding and 不参与运营 as the passive investor", () => {
    expect(rulesRisk('该公司向投资者声称，每天都能获得丰厚回酬。')).not.toBe('low')
    // A campaign's name reported (防范和打击非法集资宣传月) is no advice covering the case it tells; 高额贴息 is 高额利息.
    expect(rulesRisk('据市防范和打击非法集资宣传月活动通报，某无资质的公司把门面装修成银行模样，以高额贴息吸引村民存钱。')).not.toBe('low')
    // 高利 is 高息: "以高利为诱饵" in a retelling is the lure named.
    expect(rulesRisk('上世纪八十年代，当地会首以高利为诱饵邀人入会，数千户卷入。')).not.toBe('low')
    expect(rulesRisk('警方调查发现，嫌犯推出一项根本不存在的黄金投资计划，声称每月都有稳定回报，多人受骗。')).not.toBe('low')
    expect(rulesRisk('据报道，该平台宣称，投资者不需要经验，也不参与公司经营，就能按月拿分红，认购越多分得越多。')).not.toBe('low')
    // "不参与" on its own is still advice.
    expect(rulesRisk('请大家不信、不转、不参与，有人承诺月息3分的投资，都是骗局。')).toBe('low')
  })

  it("reads a price list of tiers as a tariff, not a law's list of elements", () => {
    // Read as a law's list, the tiers were a warning the scorer may not lift; read as a tariff, a sure scorer lifts them.
    const tiers = '姐妹们，99元认购1盒是体验官；399元4盒升店长，可以发展体验官赚差价；1999元20盒做区域经理；3999元升合伙人，任何级别都能发展；9999元一步到位做董事，公司直接给你发货。'
    expect(checkAdvert(tiers, { scorer: sure }).risk).not.toBe('low')
    // A law's list of elements still reads as the law's register, however sure the scorer.
    expect(checkAdvert('有下列情形之一的，应当追究责任：以高额回报为诱饵的；向社会公开宣传的；承诺还本付息的；', { scorer: sure }).risk).toBe('low')
  })

  it('lifts a warning that tells a case in no words of a case only where the scorer is surer than for a named case', () => {
    // A victim's story under one line of police advice: no 被告, 立案 or 报道 for the case lift to quote.
    const told =
      '在“金牛财富”群里，每天都有群友晒出动辄几万元的盈利截图。退休干部老何看了半个月，终于忍不住联系了群里的“助理”。助理给他开了一个“VIP账户”，说跟着“首席分析师”做“量化交易”，月收益不低于30%。老何先投了10万元，账户每天都在涨，一个月后显示资产已有14万元。他又追加了50万元。当他申请提现时，客服说需先交纳20%的“风险准备金”。警方提醒：不要在陌生平台投资。'
    const at = (bias: number) => checkAdvert(told, { scorer: { version: 1, sizes: [2], bias, weights: {} } })
    expect(at(1.5).risk).toBe('low')
    const lifted = at(2.5)
    expect(lifted.risk).toBe('medium')
    expect(lifted.told).toBe(true)
    // No case's words to quote: the resident is told what the text seems to be, and what the marked words are.
    expect(lifted.flags[0].explanation).toMatch(/^这段话像是在讲别人遇到的揽钱套路，也可能就是推销本身/)
    expect(lifted.flags.map((f) => f.code)).toContain('high_return')
  })
})

describe('advert checker: the statistical second opinion', () => {
  const corpus = [...(real as { texts: { text: string }[] }).texts, ...(written as { text: string }[])].map((x) => x.text)

  it('changes a verdict only with words to show: every sign of a lifted text quotes the text', () => {
    let lifted = 0
    for (const text of corpus) {
      const rules = checkAdvert(text, { scorer: null })
      const both = checkAdvert(text)
      if (both.risk === rules.risk) continue
      if (both.risk === 'low') {
        expect(both.flags).toEqual([])
        continue
      }
      lifted++
      expect(both.flags.length).toBeGreaterThan(0)
      for (const f of both.flags) {
        expect(f.matches.length).toBeGreaterThan(0)
        for (const m of f.matches) expect(text.slice(m.start, m.end)).toBe(m.text)
      }
    }
    // The shipped model is trained on the development part, so it must lift at least the one text the rules miss there.
    expect(lifted).toBeGreaterThan(0)
  })

  it('lifts a retold case the rules find no sign in, quoting its words', () => {
    // No crime is named and no money is told as lost: either would be the rules' own reading (see "who is speaking").
    const text = '当初组织城里人参与林权改革、成为林主的林业公司，多年后林木处置毫无进展，公司老板被公安机关带走，许多退休人员的投资至今没有着落。'
    expect(checkAdvert(text, { scorer: null }).risk).toBe('low')
    const r = checkAdvert(text)
    expect(r.risk).toBe('medium')
    expect(r.flags.flatMap((f) => f.matches.map((m) => m.text))).toEqual(expect.arrayContaining(['投资']))
    // The resident is told the whole text was weighed and the words are clues, not a promise quoted word for word.
    for (const f of r.flags) expect(f.explanation.startsWith(HINTED)).toBe(true)
  })

  it('does not lift a licensed product that states its own risk, however sure it is', () => {
    expect(checkAdvert('某银行现金管理类理财，七日年化收益率1.9%，本产品不保证本金和收益，赎回实时到账。', { scorer: sure }).risk).toBe('low')
    // The same certainty lifts a text without that register, pointing at its hint words.
    expect(checkAdvert('老板说这个项目的收益比上班强，大家都投了。', { scorer: sure }).risk).toBe('medium')
  })

  it('drops a flag it doubts only beside advice or licensed words, or when all but sure, whatever figure it states', () => {
    const sure = { version: 1, sizes: [2], bias: -5, weights: {} }
    // A licensed product's words and a doubt: dropped, however high the rules rated it (a structured deposit's top rate).
    const licensed = '某银行结构性存款，挂钩黄金价格，保本，最高年化收益率12%，存款保险保障。'
    expect(checkAdvert(licensed, { scorer: null }).risk).not.toBe('low')
    expect(checkAdvert(licensed, { scorer: doubts }).risk).toBe('low')
    // Without them, a doubt drops nothing; only near-certainty does, a figure above bank rates included.
    const pitch = '项目稳赚不赔，保本保息，拉一个人奖励500元。'
    expect(checkAdvert(pitch, { scorer: null }).risk).not.toBe('low')
    expect(checkAdvert(pitch, { scorer: doubts }).risk).toBe(checkAdvert(pitch, { scorer: null }).risk)
    expect(checkAdvert(pitch, { scorer: sure }).risk).toBe('low')
    expect(checkAdvert('月息3分', { scorer: doubts }).risk).toBe('medium')
    expect(checkAdvert('月息3分', { scorer: sure }).risk).toBe('low')
    // A dropped text shows nothing: no flag without the scorer's doubt behind it, and none with it.
    expect(checkAdvert(licensed, { scorer: doubts }).flags).toEqual([])
  })

  it('ships small: at most 10,000 grams of one to three characters, weights rounded', () => {
    const grams = Object.entries(SCORER.weights)
    expect(grams.length).toBeGreaterThan(100)
    expect(grams.length).toBeLessThanOrEqual(10000)
    for (const [g, w] of grams) {
      expect(SCORER.sizes).toContain(g.length)
      expect(Math.round(w * 100) / 100).toBe(w)
    }
  })
})

describe('advert checker: offsets', () => {
  it('slices back to exactly the matched words, with emoji, astral characters and full-width text around them', () => {
    const text = '😀👍🏻 好消息！𠀋𠀋 保 本 保 息，年化１８％！\n🧧推荐一人奖励💰500元'
    const r = checkAdvert(text)
    expect(r.flags.length).toBeGreaterThan(0)
    for (const f of r.flags) {
      for (const m of f.matches) {
        expect(text.slice(m.start, m.end)).toBe(m.text)
        expect(m.start).toBeLessThan(m.end)
      }
    }
    const guaranteed = r.flags.find((f) => f.code === 'guaranteed')!
    expect(guaranteed.matches[0].text).toBe('保 本 保 息')
    expect(r.flags.find((f) => f.code === 'high_return')!.matches[0].text).toBe('年化１８％')
  })

  it('keeps a map from every normalized character to the original', () => {
    const n = normalize('Ａ 𠀋b')
    expect(n.text).toBe('a𠀋b')
    expect(n.from).toEqual([0, 2, 2, 4])
    expect(n.to).toEqual([1, 4, 4, 5])
  })
})

describe('advert checker: any text, however hostile', () => {
  // Repetition without a bound ("+", "*", "{n,}") is where a long paste of
  // numerals or of one word made a check cost time quadratic in its length.
  const unbounded = (source: string): string[] => {
    const found: string[] = []
    for (let i = 0; i < source.length; i++) {
      const c = source[i]
      if (c === '\\') i++
      else if (c === '[') {
        while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1
      } else if (c === '+' || c === '*') found.push(source.slice(Math.max(0, i - 12), i + 1))
      else if (c === '{' && /^\{\d+,\}/.test(source.slice(i))) found.push(source.slice(Math.max(0, i - 12), i + 5))
    }
    return found
  }

  it('runs no expression with unbounded repetition', () => {
    for (const re of CHECKER_PATTERNS) expect({ re: re.source.slice(0, 40), unbounded: unbounded(re.source) }).toEqual({ re: re.source.slice(0, 40), unbounded: [] })
    expect(unbounded('a+')).toEqual(['a+'])
    expect(unbounded('[+*]\\d{1,3}')).toEqual([])
    expect(unbounded('\\d{2,}')).toEqual(['\\d{2,}'])
  })

  it('uses no syntax that iOS before 16.4 cannot parse (lookbehind, named groups, the s flag)', () => {
    for (const re of CHECKER_PATTERNS) {
      expect(re.source).not.toMatch(/\(\?<[=!]|\(\?<[a-z]/i)
      expect(re.flags).not.toContain('s')
    }
  })

  it('still tells a denial from a warning, and 人民币 from 币圈, without lookbehind', () => {
    expect(checkAdvert('我们不是骗局，保本保息，年化20%，欢迎加入').risk).toBe('high')
    expect(checkAdvert('谨防骗局：所谓保本保息、年化20%，都是诱饵。').risk).toBe('low')
    expect(codes('人民币圈存到银行卡，投资理财更方便')).not.toContain('crypto')
    expect(codes('币圈大佬带你投资，稳赚')).toContain('crypto')
  })

  it('answers the same for a long run of numerals, of 万, of punctuation or of one flag word as for a short one', () => {
    for (const unit of [
      '一万',
      '万',
      '1',
      '一点二三',
      '十',
      '。',
      '！',
      '保本',
      '每月返',
      '1万元每月返1元',
      '年息百分之一',
      '谨防',
      '交一万元，每月返还两百元，一年后返还一万二',
      '利息1%',
      '会员费两万八',
      '投一万元，本息合计两万',
      '拉一人拿投资额1%',
      '每月按本金的1%收取'
    ]) {
      const long = checkAdvert(unit.repeat(Math.ceil(5000 / unit.length)).slice(0, 5000))
      expect(long.score).toBeGreaterThanOrEqual(0)
      expect(long.score).toBeLessThanOrEqual(100)
      for (const f of long.flags) for (const m of f.matches) expect(m.start).toBeLessThan(m.end)
    }
  })
})

describe('advert checker: every reason fits its words (issue 14, a user check)', () => {
  const flagOf = (text: string, code: string, options: CheckOptions = {}) => checkAdvert(text, options).flags.find((f) => f.code === code)
  const wordsOf = (text: string, code: string, options: CheckOptions = {}) => flagOf(text, code, options)?.matches.map((m) => m.text)
  // With the scorer as shipped and with the rules alone.
  const BOTH: CheckOptions[] = [{}, { scorer: null }]

  it('reads 集资 as a project only where it is the scheme’s own act, never in the name of the crime', () => {
    const report = '本县公安局通报：今年以来破获非法集资案件6起，其中集资诈骗案2起，挽回群众损失800余万元。'
    const told = '警方通报：某公司以养老项目为名非法集资，许诺年息百分之十五，涉案金额两千万元。'
    for (const options of BOTH) {
      expect(flagOf(report, 'project', options)).toBeUndefined()
      expect(flagOf(told, 'project', options)).toBeUndefined()
    }
    // The case is still told by its promise and its disguise, each pointing at its own words.
    expect(checkAdvert(told).risk).toBe('high')
    expect(wordsOf(told, 'pension')).toEqual(['养老项目'])
    const pitch = '村里集资建房啦！每户先交八万元集资款，三年后楼盖好每户分一套，不要房的按年息百分之十二退款。'
    expect(checkAdvert(pitch).risk).toBe('high')
    expect(wordsOf(pitch, 'project')).toEqual(['集资建房', '集资款'])
    expect(wordsOf('合作社向本村四十多户集资办厂，约定年底按股分红。', 'project', { scorer: null })).toEqual(['向本村四十多户集资'])
    // A case named by its crime alone is shown by the custody it tells, not by the crime's name dressed as a project.
    const jewels = checkAdvert('一家金店劝顾客把买下的金条寄存在柜台，说随时能取；半年后老板失联，律师说这涉嫌非法集资。')
    expect(jewels.risk).toBe('medium')
    expect(jewels.flags.map((f) => [f.code, f.matches.map((m) => m.text)])).toEqual([['buyback', ['寄存']]])
  })

  it('hints at a project with a service sold as a 项目 (医美项目) only where its sentence puts money in to earn', () => {
    const salon = '美容院的医美项目做了一年。老板说把钱放在店里投资，年底分红。'
    expect(checkAdvert(salon).risk).toBe('medium')
    expect(wordsOf(salon, 'project')).toEqual(['投资'])
    expect(wordsOf('加盟我们的医美项目，投资30万元，年底按股分红。', 'project')).toContain('项目')
  })

  it('reads a referral paid in coupons, discounts or points, with no money taken to invest, as no recruiting; cash per head still is', () => {
    for (const options of BOTH) {
      const coupon = checkAdvert('老顾客每介绍一位新朋友来店里办卡，奖励一张80元抵用券，新朋友首单打八折。', options)
      expect(coupon.risk).toBe('low')
      expect(coupon.flags.map((f) => f.code)).not.toContain('recruit')
    }
    expect(codes('推荐新会员入会，奖励500积分，积分可兑换礼品；会员储值享9折。')).not.toContain('recruit')
    const cash = '老顾客每介绍一位新朋友来店里办卡，奖励现金80元，新朋友首单打八折。'
    expect(checkAdvert(cash).risk).toBe('medium')
    expect(wordsOf(cash, 'recruit')).toEqual(['介绍一位新朋友来店里办卡，奖励'])
    const pyramid = '交3800元入会就能每天领收益，每介绍一位新朋友入会，奖励300元，下线再拉人你还有提成。'
    expect(checkAdvert(pyramid).risk).toBe('high')
    expect(wordsOf(pyramid, 'recruit')).toContain('下线')
    // A coupon for each recruit is still recruiting where the money recruited is put in to earn.
    expect(codes('入股一万元每月分红，推荐一位新朋友入股，奖励500元代金券。')).toContain('recruit')
  })

  it('shows a whole number, never the part of it a pattern stopped at', () => {
    const tiers = '会员分三级，拉人进来，上级拿10%，第二级拿5%，越往上拿得越多。'
    const tierWords = wordsOf(tiers, 'recruit')
    expect(tierWords).toContain('上级拿10%')
    const points = '每月给5555个积分，积分随时换现金，年化收益12.5%。'
    for (const options of BOTH) expect(wordsOf(points, 'high_return', options)).toContain('年化收益12.5%')
    // Every shown stretch of every flag, in the corpus's way of writing numbers, starts and ends outside a number.
    for (const text of [tiers, points, '入股5000元，每天返利0.8%，推荐1人奖100元。']) {
      for (const f of checkAdvert(text).flags) {
        for (const m of f.matches) {
          expect(text.slice(m.start, m.end)).toBe(m.text)
          expect(/\d/.test(text[m.start - 1] ?? '') && /\d/.test(text[m.start])).toBe(false)
          expect(/\d/.test(text[m.end - 1] ?? '') && /[\d.]/.test(text[m.end] ?? '')).toBe(false)
        }
      }
    }
  })

  it('reads 间推 as a downline bonus, never inside a word (民间推算, 时间推销)', () => {
    for (const options of BOTH) {
      expect(flagOf('据民间推算，这家企业涉及的借款上千亿元，当地几乎家家都借钱给它。', 'recruit', options)).toBeUndefined()
      expect(flagOf('银行员工只能在营业时间推销本行产品。', 'recruit', options)).toBeUndefined()
    }
    expect(wordsOf('入会每天领收益，直推一人奖200元，间推一人奖50元。', 'recruit')).toEqual(['直推', '间推'])
    expect(wordsOf('会员费3980元，直推一人奖励10%，间推再拿5%。', 'recruit')).toContain('间推')
  })
})

describe("advert checker: a new user's check (I07, I08)", () => {
  const BOTH: CheckOptions[] = [{}, { scorer: null }]
  const codesOf = (text: string, options: CheckOptions) => checkAdvert(text, options).flags.map((f) => f.code)

  it('reads a total of principal and interest after a term, far above the sum paid in, as a promised return; a deposit over years is none', () => {
    const pitch = '合伙做冷链仓储，每份出资8万元，满90天一次结清，本息合计19.6万元。'
    for (const options of BOTH) {
      expect(checkAdvert(pitch, options).risk).not.toBe('low')
      expect(codesOf(pitch, options)).toContain('high_return')
    }
    // Read per year: a total that grows a little over years is a plain deposit's.
    expect(rulesCodes('在信用社存了3万元，三年后本息合计3.2万元。')).not.toContain('high_return')
  })

  it('reads a fee charged on the money as no return, and a commission per recruit on what they put in as recruiting', () => {
    const fee = '本平台不保证收益；每季度按账户资金的1.5%收取服务费，随时可以退出。'
    for (const options of BOTH) expect(codesOf(fee, options)).not.toContain('high_return')
    const recruits = '加盟茶叶连锁店，门店赚的钱按股分。带朋友进来入股，每带一位，店里按他出资额的百分之三给你发引荐费。'
    for (const options of BOTH) {
      expect(checkAdvert(recruits, options).risk).not.toBe('low')
      expect(codesOf(recruits, options)).toContain('recruit')
    }
    // A shop's reward in points on what a friend spends takes no money to invest.
    expect(rulesCodes('老顾客介绍朋友来理发，店里按朋友消费额的5%给老顾客积分。')).not.toContain('recruit')
  })
})

describe('advert checker: readings generalised from the blind parts za- and zb-', () => {
  it("reads the state's poverty-relief funds put in as shares for the poor as a programme's terms, and a pitch borrowing its name as a pitch", () => {
    const programme = '镇里把上级下拨的财政扶贫资金80万元折股量化到18户建档立卡户，入股县里的食用菌合作社，合作社每年按入股资金的8%保底分红，五年后本金退还村集体。'
    expect(rulesRisk(programme)).toBe('low')
    // Spoken to its reader and asking for the reader's money, the same terms are a promise.
    expect(rulesRisk('【扶贫入股】您好，贫困户每户入股两万元，每年保底分红8%，五年后本金退还。')).not.toBe('low')
  })

  it("hears a small sum paid for a hundredfold one as a promise, whatever licensed product's name it borrows; an annuity's payout is none", () => {
    expect(rulesRisk('“乡村振兴惠农国债”内部名额：只要投入800元，90天后可领500万元。')).not.toBe('low')
    expect(rulesRisk('国家生活补助登记开始了，交5元即可登记，审核通过后最高可领几十万元。')).not.toBe('low')
    expect(rulesRisk('某人寿养老年金保险：30岁起年缴5万元，缴10年，60岁起每年领取养老金2万元。')).toBe('low')
  })

  it("hears a notice the schemer issued (又发声明) and a warning once given (曾提示) as reported, not the report's own advice", () => {
    expect(
      rulesRisk('一家主打红酒收藏的公司近日爆雷，会员反映到期的酒单兑付不了。此前它对外许诺月返3%，出事后又发声明“严禁员工承诺收益”；当地金融办曾提示，这种“金融酒”模式可能涉嫌非法集资。')
    ).not.toBe('low')
    // Advice given now is advice.
    expect(rulesRisk('金融办提示：“金融酒”“理财茶”之类许诺月返3%的，可能涉嫌非法集资，请勿参与。')).toBe('low')
  })

  it('hears a case the police cracked (破获) under the name of the pyramid crime as a case retold, not a rule', () => {
    expect(rulesRisk('某县公安局破获一起组织、领导传销活动案。涉案公司在网上宣传“先赚钱后消费”的新模式，会员须由推荐人介绍注册并绑定上下级，在规定期限内继续发展新人，否则拿不到全部收益。')).not.toBe(
      'low'
    )
    expect(rulesRisk('公安局提醒：组织、领导传销活动是犯罪，凡是要求拉人头、绑定上下级的，请立即报警。')).toBe('low')
  })

  it('hears what schemes of a kind mostly live on (大多靠) as told of the kind, not pitched', () => {
    expect(rulesRisk('业内人士分析，这类“刷单赚佣金”平台大多靠拉人头维持，本质上是传销，拉新越多越要往里充钱。')).toBe('low')
    expect(rulesRisk('我们平台靠拉人头赚钱，推荐一人奖励100元，投资越多赚得越多。')).not.toBe('low')
  })
})

describe('advert checker: readings generalised from the blind parts zc- to zf-', () => {
  it('hears a payout in an official name that asks for card numbers, a password or a fee first as an impersonated payout, pointing at the demand', () => {
    const card = '【医保局】您好，您有一笔医疗救助金1260元尚未领取，请添加专员微信，提供您的银行卡号和手机验证码，核实后当日打款。'
    expect(rulesRisk(card)).not.toBe('low')
    const shown = checkAdvert(card, { scorer: null }).flags.find((f) => f.code === 'fake_payout')
    expect(shown?.matches.map((m) => m.text)).toEqual(['提供您的银行卡号和手机验证码'])
    expect(shown?.explanation).toMatch(/96110/)
    expect(rulesRisk('乡村振兴专项资金开始拨付了！进群后按档次缴纳开通费，交得越多分得越多，再交300元审核费即可到账。')).not.toBe('low')
    expect(rulesCodes('退休职工注意：国家新一批养老补贴开始申领，领取前卡内余额须保持5000元以上，系统核验后自动转入。')).toContain('fake_payout')
  })

  it('hears a fee said not to be charged (不收手续费) as no fee asked, in a bank’s own transfer page', () => {
    const page = '超级网银，跨行转账实时到账。它是人民银行的跨行清算系统，个人能用它跨行汇款、跨行收款：用本行网银转到别的银行，不收手续费。'
    expect(rulesCodes(page)).not.toContain('fake_payout')
    expect(rulesCodes('人民银行通知：您的冻结资金已解冻，先转300元手续费到指定账户，即可实时到账。')).toContain('fake_payout')
  })

  it('rates an impersonated payout high on its own and marks every number it asks for, the password at the list’s end too', () => {
    const notice = '【区退役军人事务局】您名下有一笔2026年度优待金2140元待发放，请回复姓名、身份证号码、银行卡号以及取款密码，逾期退回国库。'
    const result = checkAdvert(notice)
    expect(result.risk).toBe('high')
    expect(result.flags.find((f) => f.code === 'fake_payout')?.matches.map((m) => m.text)).toEqual(['回复姓名、身份证号码、银行卡号以及取款密码'])
  })

  it('hears a payout that names the number first and then how to give it (把验证码回复给), a refund (退还) among them', () => {
    const sms = '【社保中心】您有一笔多扣的养老保险费562元待退还，请把手机收到的验证码发给专员核对，当天原路退回。'
    expect(checkAdvert(sms).risk).toBe('high')
    expect(rulesCodes(sms)).toContain('fake_payout')
  })

  it('hears a reward for each newcomer pulled in (拉一个新人再奖) and a home mortgaged to a company for a pension as their signs', () => {
    expect(rulesCodes('充值500元当天返6元，连返一百天，拉两个新人再奖30元。')).toContain('recruit')
    const home = checkAdvert('阿姨，把房产证抵押给我们公司，每月领养老金5000元，另外入一笔理财年化14%。', { scorer: null })
    expect(home.flags.find((f) => f.code === 'pension')?.matches.map((m) => m.text)).toContain('房产证抵押给我们公司，每月领养老')
    // A licensed reverse mortgage is an insurer's, and the words stay unmarked.
    expect(rulesCodes('住房反向抵押养老保险：老人把房产抵押给保险公司，按月领取养老金，由保险公司承保。')).not.toContain('pension')
  })

  it('reads a scheme that vouches for itself in its own voice as the scheme, whatever warning words it wears', () => {
    const disguised = '【防骗须知】提防假冒！本公司是正规康养基地，绝对不是骗局：认购一份床位收益权，月返1.8%，满两年原价退回，带新人再奖300元，额满即止。'
    expect(bothRisks(disguised)).not.toContain('low')
    // Told as what schemers claim, or quoted, the denial is a warning's example.
    expect(checkAdvert('派出所提醒：这类团伙号称我们公司不是骗局，月返1.8%，还让带新人，其实是非法集资。请不要轻信，不要转账，拿不准打96110。').risk).toBe('low')
    expect(checkAdvert('社区提醒：对方说“我们平台不是传销”，月息2分，拉一人奖200元，这正是典型的骗局话术，千万别交钱，可拨打110报警。').risk).toBe('low')
  })

  it('reads an insurer or a bank named as the guarantor of a scheme’s returns as borrowed backing, not a licensed product', () => {
    expect(rulesRisk('给您推荐个供货商垫资的活儿：您的钱先借给厂家周转，十天一结，利息比存定期多不少，另有保险公司全额担保，本金安全。')).not.toBe('low')
    expect(rulesRisk('平台项目保本保息，投资越久收益越高；您投的每个项目都有某某保险公司提供担保，具有法律效力。')).not.toBe('low')
    // An insurer's own product, underwritten by it, still states its guaranteed sums honestly.
    expect(rulesRisk('本年金保险由某人寿保险公司承保，保证领取20年，保险金按保险合同约定给付。')).toBe('low')
  })

  it('reads most of the price handed back over time as spending returned, whatever the money is called', () => {
    expect(rulesCodes('在惠享商城买一台空调，之后每天返购物补贴到钱包，一直返到售价的95%为止，相当于白拿。')).toContain('rebate')
    // A discount off the price is no money returned.
    expect(rulesRisk('年货节全场家电按售价的85%结算，以旧换新再减200元。')).toBe('low')
  })

  it("hears a scheme's own list of terms set off by semicolons as its terms, not a law's elements", () => {
    expect(rulesRisk('会员奖金制度：报单分三档；对碰奖每天封顶两千；直推一人奖励10%；见点奖拿到第八层；业绩后台随时可调。')).not.toBe('low')
    // With a rule's or advice's words the same list names what the law forbids.
    expect(rulesRisk('以下行为涉嫌传销：按报单档次计酬；直推一人奖励10%；见点奖拿到第八层。请勿参与。')).toBe('low')
  })

  it("hears a service's own reminder (提醒续期) as its terms, not advice, and 续期权益 as no 期权", () => {
    const pool = '算力池开通说明：本金到期全部退还；期间每天按年化收益率发放奖励；直推好友另有分成；到期前3天提醒续期，不续期权益清零。'
    expect(rulesRisk(pool)).not.toBe('low')
    expect(rulesCodes(pool)).not.toContain('equity')
  })

  it('reads a split of net earnings between the parties as no rate paid on money', () => {
    expect(rulesRisk('村里和果业公司签了土地流转协议，村民以山地入股，果子卖完扣掉人工，净收益按公司60%、村民40%分红。')).toBe('low')
    expect(rulesCodes('投资我们的果园，每年固定分红12%，三年回本。')).toContain('high_return')
  })

  it('keeps an impersonated payout flagged whatever the scorer, trained on fundraising, says of it', () => {
    const text = '【区人力资源和社会保障局】您名下有一笔社会保险补贴1800元待发，请回复短信告知身份证号和银行卡密码，核实后即转入。'
    expect(checkAdvert(text).risk).not.toBe('low')
    expect(codes(text)).toContain('fake_payout')
  })

  it("reads pay that grows with what one's recruits sell as recruiting, whatever they are called", () => {
    expect(rulesCodes('李老板，您先在县里开个直营仓，再帮我们招8个代理，每个代理进货前交三万押金，代理们做得越大，您提得越多。')).toContain('recruit')
    // A shop's own sales growing its own pay is no recruiting.
    expect(rulesCodes('本店店员底薪加提成，卖得越多拿得越多。')).not.toContain('recruit')
  })

  it('leaves alone a real payout notice, a warning that quotes the demand, and a bond’s own fee', () => {
    expect(rulesRisk('区民政局：2025年度高龄津贴已于本月发放至老人本人社保卡，如未收到，请本人持身份证到社区服务站查询。')).toBe('low')
    expect(rulesRisk('民警提醒：凡是自称社保局、财政局发补贴，却要您报银行卡号、密码或者先交手续费的，都是诈骗，请立即挂断电话。')).toBe('low')
    expect(rulesRisk('储蓄国债（凭证式）由财政部发行，到期还本付息；提前兑取的，按兑取本金的千分之一支付手续费。')).toBe('low')
  })
})

describe("advert checker: a new user's check (a fixed yearly return, a bonus on a team's money, coins for recruits and from a machine)", () => {
  const BOTH: CheckOptions[] = [{}, { scorer: null }]
  const wordsIn = (text: string, code: string, options: CheckOptions) =>
    checkAdvert(text, options)
      .flags.find((f) => f.code === code)
      ?.matches.map((m) => m.text)

  it('reads a yearly share handed back as a fixed return', () => {
    const text = '认购养生基地份额，一份两万，每年返还12%，五年到期。'
    for (const options of BOTH) expect(wordsIn(text, 'high_return', options)?.join('')).toContain('每年返还12%')
  })

  it("reads a bonus at a rate on a team's money as recruiting, and a firm's prize for managers as none", () => {
    const text = '注册成为店主交3680元，自己开单拿货款的20%，伞下团队每月流水再给您0.5%的管理奖。'
    for (const options of BOTH) {
      expect(checkAdvert(text, options).risk).not.toBe('low')
      expect(wordsIn(text, 'recruit', options)).toContain('0.5%的管理奖')
    }
    expect(rulesCodes('集团年会评出了年度管理奖和创新奖。')).not.toContain('recruit')
  })

  it('reads earning power given for each friend brought in as recruiting', () => {
    const text = '云端挖矿平台上线：充值1000U开通矿位，邀请好友注册再送算力，好友越多产量越高。'
    for (const options of BOTH) expect(wordsIn(text, 'recruit', options)?.join('')).toContain('邀请好友注册再送算力')
  })

  it("reads a machine's daily yield of coins as a promised return, and a factory's output as none", () => {
    const text = '花六千八百元认购一台矿机，托管在机房，每天自动产出0.8个USDT，随时可提。'
    for (const options of BOTH) expect(wordsIn(text, 'high_return', options)).toContain('每天自动产出0.8个USDT')
    expect(rulesCodes('钢厂新高炉投产后每天产出生铁三千吨。')).not.toContain('high_return')
  })
})

describe('advert checker: readings generalised from zc- to zf-, a second pass', () => {
  it('hears a bare 谨防诈骗 signing off a payout notice as its formula, not advice, and a fee it asks for as a fee (not 交易)', () => {
    const notice = '【医保退费通知】您有一笔医保个人账户清退资金待领取，请添加专员登记，在指定交易软件先付15%手续费即可到账，谨防诈骗。'
    for (const options of [{}, { scorer: null }]) {
      expect(checkAdvert(notice, options).risk).not.toBe('low')
      expect(
        checkAdvert(notice, options)
          .flags.find((f) => f.code === 'fake_payout')
          ?.matches.map((m) => m.text)
      ).toEqual(['付15%手续费'])
    }
    expect(rulesRisk('派出所提醒：自称医保局退费、要先交手续费的，谨防诈骗。')).toBe('low')
  })

  it("hears a group's order to pay outsiders no heed as no advice, and a rumour dispelled as one", () => {
    expect(rulesRisk('【扶贫资金解冻内部通知】各位家人，解冻资金下月统一发放到每人账户，请大家按时签到，千万别听外人的闲话，退群视为放弃。')).not.toBe('low')
    expect(rulesRisk('网传某银行即将倒闭系谣言，请不要相信网上的谣言，存款受存款保险保障。')).toBe('low')
  })
})

describe('advert checker: a deposit named 保证金 and an allocation of income', () => {
  it('reads 保证金 as a deposit, not a guarantee nor a pledge of principal, and a share kept back (留作, 提留) as no return', () => {
    expect(rulesCodes('商铺租赁须交保证金两万元，租金按季度支付。')).not.toContain('high_return')
    // Nor is a deposit returned a pledge of principal: its 保证 promises nothing.
    expect(rulesRisk('竞买人须交纳保证金，交纳后方可参加竞价，未竞得者保证金在拍卖结束后退还。')).toBe('low')
    expect(rulesRisk('租赁合同约定：租客交保证金两千元，期满后保证金全额退还。')).toBe('low')
    expect(rulesCodes('公司保证到期还本，年化收益12%。')).toContain('guaranteed')
    expect(rulesCodes('入会满三年，公司保证金额全部返还，另付年息10%。')).toContain('guaranteed')
    expect(rulesCodes('村股份经济合作社年终分配：集体收入按20%提留公积金、25%用于分红、55%留作发展资金。')).not.toContain('high_return')
  })

  it('reads a buy-back at the principal plus interest as a buy-back', () => {
    expect(rulesCodes('买我们的普洱先交定金锁货，存满一年，公司按本金加利息回购。')).toContain('buyback')
  })
})

describe("advert checker: break-even in a business's sums", () => {
  it('reads 才能保本 and 难以回本 as break-even, not a promise of principal, and 保本 promised as one', () => {
    expect(rulesCodes('民宿投资测算：投入五十万元，入住率要过六成才能保本，淡季多的地方三五年都难以回本。')).not.toContain('guaranteed')
    expect(rulesCodes('投五十万元入股民宿，保本保息，三年回本。')).toContain('guaranteed')
  })
})

describe('advert checker: readings generalised from zg- to zj-', () => {
  const BOTH: CheckOptions[] = [{}, { scorer: null }]

  it('reads a retold finding of pyramid selling as a red flag, quoting the finding when no other sign shows', () => {
    const fined = '某区市场监管局通报：一家“会员商城”小程序被认定为网络传销，没收违法所得一百二十万元，并处罚款五十万元。'
    for (const options of BOTH) {
      const result = checkAdvert(fined, options)
      expect(result.risk).not.toBe('low')
      const recruit = result.flags.find((f) => f.code === 'recruit')
      expect(recruit?.matches.map((m) => m.text)).toEqual(['认定为网络传销'])
      expect(recruit?.explanation).toContain('传销的案情')
    }
    // A warning naming pyramid selling, and a lesson on how to tell it from direct selling, retell no case.
    expect(rulesRisk('社区提醒：警惕以“微商创业”为名的传销，凡是要先交钱入会、靠拉人头拿提成的，请及时举报。')).toBe('low')
    expect(rulesRisk('直销与传销的区别：直销企业须经商务部批准，按个人销售业绩计酬。')).toBe('low')
  })

  it("reads news of a fundraising verdict that quotes none of the pitch's words as a case, showing the finding's own words", () => {
    const verdict = '据报道，某市中级人民法院近日公布刑事判决书，某科技公司实际控制人王某犯集资诈骗罪，被判处无期徒刑，并没收个人全部财产。'
    for (const options of BOTH) {
      const result = checkAdvert(verdict, options)
      expect(result.risk).toBe('medium')
      expect(result.flags.map((f) => f.code)).toEqual([CASE_FOUND])
      expect(result.flags[0].matches.map((m) => m.text)).toEqual(['犯集资诈骗罪'])
      expect(verdictSentence(result)).toContain('讲的是一起非法集资的事')
    }
    // A judgment whose only hint words are no promise's (国家, 投资, 项目, 资金) shows its finding, not those words called the
    // scheme's pull (review 342).
    const judged = checkAdvert('法院查明，被告人违反国家金融管理法规，以投资养殖项目为名向社会公众吸收资金，其行为构成非法吸收公众存款罪。', { scorer: null })
    expect(judged.flags.map((f) => f.code)).toEqual([CASE_FOUND])
    // A case opened that also quotes the pitch shows the pitch's words, as before.
    const pitched = checkAdvert('某公司以养老为名，承诺年化收益15%，因涉嫌非法吸收公众存款被立案侦查。', { scorer: null })
    expect(pitched.flags.map((f) => f.code)).toContain('high_return')
    expect(pitched.flags.map((f) => f.code)).not.toContain(CASE_FOUND)
    // A police warning that names the crime retells no finding.
    expect(rulesRisk('警方提醒：凡是承诺高额回报、向社会公众吸收资金的，都涉嫌非法集资，请不要参与。')).toBe('low')
  })

  it("reads a victim's post of money lost in a platform, with none of the pitch's words, as money lost, showing the loss's words", () => {
    const post = '老家好几个亲戚都在那个平台放了钱，前天听说已经爆雷了，钱一分也拿不回来。'
    for (const options of BOTH) {
      const result = checkAdvert(post, options)
      expect(result.risk).toBe('medium')
      expect(result.flags.map((f) => f.code)).toEqual([MONEY_LOST])
      expect(result.flags[0].matches.map((m) => m.text)).toEqual(['爆雷'])
      expect(result.flags[0].law).toContain('第二十五条')
      expect(verdictSentence(result)).toContain('别再往里加钱')
    }
    // Money a schemer refuses to give back is lost too (拒不归还); a borrower's refusal in a suit over one loan is no scheme's.
    expect(rulesRisk('我要举报：某酒店老板这些年以投资入股为名向员工和附近居民收钱，欠我的十万元至今拒不归还。')).toBe('medium')
    expect(rulesRisk('原告张某借给被告李某5万元，约定一年后归还，到期后李某拒不归还，法院判令李某归还借款及利息。')).toBe('low')
    // Where the only hint words are no promise's ("投资", "政府"), the loss is the sign, not those words called the scheme's pull.
    const ran = checkAdvert('听说那家公司骗了好几个村的投资款，上个月老板跑路了，政府说正在处理。', { scorer: null })
    expect(ran.flags.map((f) => [f.code, f.matches.map((m) => m.text)])).toEqual([[MONEY_LOST, ['跑路']]])
    // A warning that supposes the loss tells none, nor does a shop's card whose owner ran: no money was put in to earn. Nor
    // does a platform named: a shop app's seller who ran, a borrower's 网贷, a game's top-ups (review 355).
    for (const text of [
      '一旦平台跑路，投进去的钱就拿不回来，请大家提高警惕。',
      '这家超市的储值卡，老板跑路了，卡里的钱退不出来。',
      '我在网购平台上买的东西，卖家跑路了，店铺也关了，付的四百块钱退不回来。',
      '我爸在好几个网贷平台借了钱，前天晚上出门以后就失联了，电话关机，我们全家都很着急。',
      '玩了三年的那款手游突然停服了，游戏平台一声不吭就关了，我充值的几千块钱一分也拿不回来。',
      // Nor savings named alone: a loan to a neighbour, a phone scam, a fallen stock (review 368).
      '我把积蓄借给邻居盖房，说好一年还，现在邻居失联了，钱要不回来。',
      '有人冒充公安说我涉案，让我把存的钱转到安全账户，转完对方就失联了。',
      '拿养老钱去炒股，买的股票跌了一半，现在套着拿不出来。'
    ])
      expect(rulesRisk(text)).toBe('low')
  })

  it("hears a penalty and an office's case as one case told, not a warning, and a pyramid case's name as no outreach", () => {
    const handled = '县检察院办理的“乐购联盟”传销案：入会须交三千元，会员发展会员可拿下面两级的提成。'
    for (const options of BOTH) expect(checkAdvert(handled, options).risk).not.toBe('low')
    const penalised = '“优选好物”传销案：依据《禁止传销条例》第七条，市场监管局对其罚没六百万元，没收违法所得四百万元；平台会员链条最长三十层。'
    for (const options of BOTH) expect(checkAdvert(penalised, options).risk).not.toBe('low')
  })

  it("reads pay that grows with the team's business as recruiting without a pronoun, and recruits who recruit in turn", () => {
    expect(rulesCodes('亲，升级金卡代理就能开通分销，下级卖得越多拿得越多，跟着公司干准没错。')).toContain('recruit')
    expect(rulesCodes('大哥，你拉五个人进来，他们再各拉五个，你的级别就往上走，级别越高分红越多。')).toContain('recruit')
    // A shop assistant's own sales, and a team of workers hired, are no recruiting.
    expect(rulesCodes('本店店员底薪加提成，卖得越多拿得越多。')).not.toContain('recruit')
    expect(rulesCodes('装修队招工：找三个人进来搭把手，每人每天二百元。')).not.toContain('recruit')
  })
})

describe('advert checker: produce bought in kind', () => {
  it("reads a tree's harvest bought for a season, with a floor by weight and the grower's care, as no promise of money", () => {
    expect(rulesRisk('樱桃园推出认养：三百元认养一棵樱桃树，认养人获得一季的采摘权，园方保底给15斤樱桃，平时由果农代管浇水打药。')).toBe('low')
    // The same tree sold with money back is the 认养 scheme it resembles.
    expect(rulesRisk('认养一棵樱桃树三千元，果农代管三年，保底每年分红六百元，到期本金退还。')).not.toBe('low')
  })
})

describe('advert checker: a plan for sharing out income', () => {
  it('reads 每年……收益分配 as how income is shared out, not a return paid each year, and a yearly return still as one', () => {
    expect(rulesCodes('村里的光伏电站由镇上统一运维，村民代表会议每年讨论收益分配方案，优先用于公益岗位。')).not.toContain('high_return')
    expect(rulesCodes('入股我们的光伏电站，每年到手收益两千元，年年有钱拿。')).toContain('high_return')
  })
})

describe('advert checker: advice to check before signing or paying', () => {
  it('hears 一定先查……底细 and 签约前要看清 as advice, quoting the promises named in their clause', () => {
    expect(rulesRisk('果农们留个神：最近有人挨村推销山核桃苗，说签了保价回收合同一亩能赚八千元。碰上包回收、高收益的种植项目，一定先查对方底细。')).toBe('low')
    expect(codes('有些康养公寓广告许诺年回报两成，付款前一定要算清：承诺高收益、到期回购的，回报由谁出、有没有保障？')).toEqual([])
    // A pitch's own assurance is no advice.
    expect(rulesRisk('合作养牛包回收、高收益，我们公司底细清清楚楚，签约就返现。')).not.toBe('low')
  })
})

describe("advert checker: a scheme's order of secrecy", () => {
  it('hears 不得向外人透露 and 不得在群内质疑 as the scheme speaking, not a rule, and a rule’s 不得 as one', () => {
    const notice = '【国家扶贫资金内部通知】各位会员：中央特批的扶贫款下月统一发放，请大家按时缴纳证件登记费。此事不得向亲友透露，不得在群里质疑，违者取消名额，等待上报。'
    expect(bothRisks(notice)).not.toContain('low')
    expect(rulesRisk('依照《防范和处置非法集资条例》，任何单位和个人不得向社会公众吸收资金，发现线索请上报当地处非办。')).toBe('low')
  })
})

describe('advert checker: a payout queue moved by newcomers', () => {
  it('reads a queue that pays sooner the more people buy in after one as recruiting, marking its words', () => {
    const queue = '激活返现卡后进入排队，后面充值的人越多，您越快拿到两百元现金。'
    for (const options of [{}, { scorer: null }]) {
      expect(
        checkAdvert(queue, options)
          .flags.find((f) => f.code === 'recruit')
          ?.matches.map((m) => m.text)
      ).toEqual(['后面充值的人越多，您越快拿'])
    }
    // A queue at a counter is no payout queue.
    expect(rulesCodes('办事大厅取号排队，后面来的人越多，窗口开得越多。')).not.toContain('recruit')
  })
})

describe("advert checker: a co-operative's members and its care of their stock", () => {
  it('reads 吸收……入社 as members admitted, not deposits, and a co-operative raising its members’ stock as its service', () => {
    expect(rulesRisk('山羊养殖合作社去年吸收八十多户农户入社，有的社员把羊交给合作社代养，年底按交售量分配盈余。')).toBe('low')
    // A sham co-operative still takes money with a fixed return.
    expect(rulesRisk('入社交五万元，合作社代养您的羊，每年固定分红百分之十二。')).not.toBe('low')
  })
})

describe("advert checker: a platform's clean-up notice", () => {
  it('hears a notice of 整顿 that names recruiting and asks for reports as a warning, and a scheme reopening after one as a pitch', () => {
    expect(rulesRisk('某短视频平台发布公告：近期将整顿利用直播间发展下线、层层分销的账号，一经发现永久封禁，欢迎用户举报。')).toBe('low')
    expect(rulesRisk('平台整顿结束，今天重新开盘，发展下线每人奖励五百元，投一万月返一千。')).not.toBe('low')
  })
})

describe('advert checker: advice to stop at once', () => {
  it('hears 马上停手 as advice beside a caution, quoting what a retold app offered', () => {
    expect(rulesRisk('一些刷视频App还用高额奖励鼓励你发展下线。提醒大家：天上不会掉钱，碰到要先交会员费才能提现的，更要马上停手。')).toBe('low')
    // A trader's 止损 is no advice: a pitch that says it is still a pitch.
    expect(rulesRisk('发展下线每人奖励五百元，团队奖月月拿。行情不好时会提醒您及时止损。')).not.toBe('low')
  })
})

describe('advert checker: payments stopped and investors protesting', () => {
  it('reads 停付利息 and 集体维权 told as what happened as money lost, and residents protesting about a service as none', () => {
    const told = '某县城投公司卖给市民的定融产品去年起停付利息，上百名投资人到公司集体维权。'
    expect(bothRisks(told)).not.toContain('low')
    expect(rulesRisk('小区业主因物业服务问题集体维权，街道已介入调解。')).toBe('low')
  })
})

describe('advert checker: savings carried off', () => {
  it('reads 卷走 told as what happened as money lost, as 卷款 was', () => {
    const told = '镇上的代办点老板替几十户人家投资理财，年底关门走人，二百多万元全被他卷走。'
    expect(bothRisks(told)).not.toContain('low')
    // The loss is the sign, marking the words that tell it (money_lost: its only hint words, 投资 and 理财, are no promise's).
    expect(checkAdvert(told, { scorer: null }).flags.map((f) => [f.code, f.matches.map((m) => m.text)])).toEqual([[MONEY_LOST, ['卷走']]])
  })
})

describe('advert checker: a loan within the family', () => {
  it('reads a loan to one relative, with its interest and 连本带利, as private lending, and a relative selling a scheme as a pitch', () => {
    expect(bothRisks('小舅子开修车铺差点钱，想借他四万，他说每月按一分利给利息，年底连本带利一起还，你看行吗？')).toEqual(['low', 'low'])
    expect(bothRisks('表姐说借给她三万块周转，按月给利息，腊月里连本带利还上。')).toEqual(['low', 'low'])
    // A relative who passes on a scheme, or borrows from the whole village, is no family loan.
    expect(rulesRisk('我表哥在搞一个养老项目，借给他五万，每月给三分利息，年底连本带利还。')).not.toBe('low')
    expect(rulesRisk('二舅的厂子缺钱，村里好多人都借给他了，月息三分，年底连本带利还。')).not.toBe('low')
  })
})

describe('advert checker: a fund company in its own words', () => {
  it("reads a fund company's app, with its subscriptions and redemptions, as a licensed product", () => {
    const app = '某某基金管理有限公司的手机客户端：60秒开户，申购、赎回都在APP里完成，资金同卡进出，账户资产、收益、分红一键查询，新版上线定投、指数、养老三个专区。'
    expect(checkAdvert(app).risk).toBe('low')
  })
})

describe('advert checker: a bank in its own words', () => {
  it('reads a product a bank says it launched or issued, or a direct bank’s page, as licensed; the central bank’s name and a custodian bank license nothing', () => {
    expect(checkAdvert('“惠民e站”由本地农商银行推出，稳健理财收益高于存款利率，1元起购，随时赎回；邀请好友开户还能获得加倍奖励。').risk).toBe('low')
    // The central bank issues money, not products: a scheme selling "shares" of it borrows the name.
    expect(codes('数字人民币由中国人民银行发行，现在投入1万元，每月返息3%，保本保息，三个月回本。')).toContain('guaranteed')
    expect(checkAdvert('本平台资金由某商业银行存管，年化收益12%，100元起投，邀请好友再送红包。').risk).not.toBe('low')
  })
})

describe('advert checker: readings generalised from the blind parts zzzza- to zzzzf-', () => {
  it('hears a platform saying it never touches the money as its own claim, not advice to the reader', () => {
    const page = '问：钱放在平台安全吗？答：资金由银行存管，平台全程不碰资金。问：收益多少？答：年化9%到12%，100元起出借，出借满1万元送加息券；另设债权转让专区，持有满30天可申请转让。'
    expect(codes(page)).toContain('lending_platform')
  })

  it('gives no licence to a crypto scheme for its disclaimer', () => {
    expect(checkAdvert('“星河”USDT托管理财：保守策略年化18%，保本保息，随时赎回，推广伙伴另有返佣。温馨提示：历史表现不代表未来收益。').risk).not.toBe('low')
  })

  it('reads a police report whose victim reported it, saw the platform’s prompt and found she was cheated as the case, under its one line of advice', () => {
    const report =
      '【警情通报】近日，市民李女士报警称被人以“跟单炒黄金”为名骗走40万元。对方承诺跟着操作每月收益25%，她先投2万元试水，账户显示盈利可观，便陆续追加。月底想提现时，平台却提示账户异常，要先交保证金才能出金，她这才意识到被骗。警方提醒：承诺高收益、提现先收费的投资平台一律是骗局。'
    expect(rulesRisk(report)).not.toBe('low')
  })

  it('reads a return agreed in advance beside 风险共担 as a promise, not a business sharing its result', () => {
    const page = '某某众筹·影视投资：您出资支持的那一刻起就和发起人风险共担、收益一起分；项目方定期公布经营情况，按时向投资人发放约定的回报。注册即可参与，首页看在投项目。'
    expect(checkAdvert(page).risk).not.toBe('low')
  })

  it('hears principal told as lost in an investor’s claim as no pledge of it', () => {
    expect(codes('投资人把银行告上法庭，要求赔偿8万元本金损失并退还1.5万元保证金；法院主持调解，银行承担部分损失。')).not.toContain('guaranteed')
  })

  it('takes the employers a platform’s team came from for no licence of its own', () => {
    const page = '某某贷——P2C互联网金融平台，只做有抵押的中小企业借款，管理团队来自华尔街投行、某某银行、中国人寿等机构，年化收益12%，到期还本付息，是值得信赖的投资渠道。'
    expect(checkAdvert(page).risk).toBe('high')
  })
})

describe('advert checker: what the scorer may not drop', () => {
  it('keeps principal pledged beside a return of 24 % a year or more, even from a scorer that doubts every flag', () => {
    const doubting = { lower: Infinity, lowerBare: Infinity }
    const pledged = '【稳盈一号】起投1000元，项目期限5天，每天按1.2%分红，保本保息，到期本息自动回到账户。'
    expect(checkAdvert(pledged, doubting).risk).toBe('high')
    // The same rate with no pledge, or a pledge at a bank's rate, is the scorer's to weigh.
    expect(checkAdvert('【稳盈一号】起投1000元，项目期限5天，每天按1.2%分红，到期本息自动回到账户。', doubting).risk).toBe('low')
    expect(checkAdvert('【稳盈一号】起投1000元，年化收益5%，保本保息，到期本息自动回到账户。', doubting).risk).toBe('low')
  })
})

describe('advert checker: a lending platform in its own words', () => {
  it('flags a P2P page by its lending words even with no rate, and shows those words', () => {
    const result = checkAdvert('双节礼包：活动期间单笔出借1万元到2万元送0.9%加息券，出借满20万元送1.5%加息券，满标当天起息。')
    expect(result.risk).not.toBe('low')
    expect(result.flags.find((f) => f.code === 'lending_platform')?.matches.map((m) => m.text)).toEqual(['出借1万元', '加息券', '出借满20万元', '加息券', '满标'])
  })

  it('takes no insurer a platform names as its guard for a licensed product', () => {
    const page = '某某宝：100元起投，360天期预期年化8.5%，出借标的分散，逾期由担保机构先行垫付，某某人寿财险承保账户盗刷风险。'
    expect(codes(page)).toEqual(expect.arrayContaining(['high_return', 'lending_platform']))
  })

  it("reads a notice that tells a failed platform's lenders where to register as advice, and a broker's securities lending as licensed", () => {
    expect(checkAdvert('【出借人注意】某平台已被立案，请各位出借人到公安机关指定的渠道登记债权，保存好合同和转账记录，不要相信代理维权收费。').risk).toBe('low')
    expect(checkAdvert('转融通证券出借业务说明：本公司作为证券公司，为符合条件的出借人提供证券出借服务，出借期限可选7天至182天，出借费率按约定执行。').risk).toBe('low')
  })

  it("does not take the industry's name or a card lent to someone for a platform's pitch", () => {
    expect(codes('新安银行公告：终止与6家网贷平台的资金存管合作，P2P行业继续出清。')).not.toContain('lending_platform')
    expect(codes('不要出借、出租自己的银行卡，出借账户给他人可能涉嫌帮信罪。')).not.toContain('lending_platform')
    // 出借人 is the civil law's word for whoever lends to one borrower.
    expect(checkAdvert('问：朋友借了我5万元写了借条，到期不还怎么办？答：民间借贷到期不还的，出借人可以凭借条起诉，胜诉后申请强制执行。').risk).toBe('low')
  })
})

describe('advert checker: pay first to get your own money back', () => {
  it('reads a wind-down notice that asks a fee before the principal is returned as that sign alone, not as 保本 or official backing', () => {
    const notice = '关于平台良性退出的公告：各位出借人，您在本平台的本金已纳入清退名单。为尽快完成资金解冻，请先支付待收本金8%的清退手续费，支付后15个工作日内本金全额退回原账户。'
    const result = checkAdvert(notice)
    expect(result.risk).toBe('high')
    expect(result.flags.map((f) => f.code)).toEqual(['pay_to_withdraw'])
    expect(result.flags[0].matches.map((m) => m.text)).toEqual(['支付待收本金8%的清退手续费，支付后15个工作日内本金全额退回'])
    expect(result.flags[0].law).toMatch(/^《刑法》第二百六十六条/)
    expect(verdictSentence(result)).toContain('96110')
    expect(relatedCategories(result)).toContain('wealth_investment')
    expect(callsFraudLine(result)).toBe(true)
  })

  it('reads a fee named for unfreezing the money, or one asked under threat of losing it, as that sign, and the words of it', () => {
    const named = checkAdvert('【资金安全中心】您的理财账户因操作异常已被冻结，请于今日内缴纳解冻金5000元至专用账户，逾期账户余额将全部清零。')
    expect(named.risk).toBe('high')
    expect(named.flags.map((f) => f.code)).toEqual(['pay_to_withdraw'])
    const threat = checkAdvert('客服：您的投资账户风控审核未通过，须支付8%的保证金，不然账户资金将被永久冻结，无法提现。')
    expect(threat.flags.find((f) => f.code === 'pay_to_withdraw')?.matches[0].text).toBe('支付8%的保证金，不然账户资金将被永久冻结')
    expect(callsFraudLine(threat)).toBe(true)
    // A deposit kept for a late return, and a court's order to pay, lose no money of the reader's.
    expect(rulesCodes('图书馆借书须交押金100元，逾期未还押金不予退还。')).not.toContain('pay_to_withdraw')
    expect(rulesCodes('法院通知：被执行人应在十日内缴纳执行款，否则依法冻结其银行账户。')).not.toContain('pay_to_withdraw')
  })

  it('has the call button ring the anti-fraud line wherever a fee before one’s own money or a fake payout stands, beside other signs too', () => {
    const both = checkAdvert('鑫盛理财：年化18%，保本保息。您的提现已审核通过，需先缴纳10%的个人所得税，缴清后资金马上到账。')
    expect(both.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['pay_to_withdraw', 'high_return']))
    expect(callsFraudLine(both)).toBe(true)
    expect(callsFraudLine(checkAdvert('康乐园养老项目保本保息，年化18%，推荐一人奖励500元'))).toBe(false)
  })

  it('reads a tax asked before a withdrawal as that sign with no official name, and a fee taken out of the withdrawal as none', () => {
    expect(bothRisks('客服通知：您的提现申请已受理，因盈利超过五万元，需先补缴20%的盈利税，缴纳后资金两小时内到账。')).toEqual(['high', 'high'])
    expect(rulesCodes('平台提现规则：每笔提现收取2元手续费，从到账金额中直接扣除。')).not.toContain('pay_to_withdraw')
    // A "风险准备金" or "风控准备金" asked before a withdrawal is that fee too (a review's stock-group story); a reserve a bank
    // or a futures firm keeps by law (存款准备金, 结算准备金) is no fee of the reader's, whatever may move once it is paid.
    expect(rulesCodes('当他申请提现时，客服说需先交纳20%的风险准备金。')).toContain('pay_to_withdraw')
    expect(rulesCodes('如需解冻，请缴纳账户资金30%的风控准备金，缴纳后账户自动解封，资金可正常提现。')).toContain('pay_to_withdraw')
    expect(rulesCodes('期货公司会员应向交易所交纳结算准备金，结算准备金交足后方可为客户办理当日出金。')).not.toContain('pay_to_withdraw')
    expect(rulesCodes('商业银行须按规定向央行缴存存款准备金，存款准备金缴足后方可办理大额资金划出。')).not.toContain('pay_to_withdraw')
    // A warning that names the trick quotes it.
    expect(rulesRisk('民警提醒：凡是让您先交保证金、税费才能提现的投资平台，都是骗局，千万别再转钱。')).toBe('low')
  })

  it('reads the fee said in other words (打 as paying, 交了以后, 缴纳完毕即可, 才给, paid to unfreeze) as that sign, and a deposit returned when a job is done, a court’s security or a platform’s payout as none', () => {
    const said = [
      '提现时客服说要先打5万元保证金到指定账户，才给办理提现。',
      '客服说先交一下风险金，交了以后马上给您到账。',
      '您的账户需缴纳出金手续费（按出金额10%），缴纳完毕即可出金。',
      '平台说要交20%的个人所得税，交了才给出金。',
      '账户异常，请在今天之内转入15%的保证金解冻账户。',
      '请先充值补足保证金3万元，充值成功后本金和收益一并提现。'
    ]
    for (const text of said) expect(rulesCodes(text)).toContain('pay_to_withdraw')
    expect(rulesCodes('退款前需要您先支付500元保证金，核实后原路退回。')).toContain('pay_to_withdraw')
    // Neither money out at once nor the reader's money follows the payment: a key and a deposit returned at a lease's or a
    // job's end, a security a court takes to lift a freeze, a platform's payout less its fee.
    const lawful = [
      '租房须知：租客转账交付押金后，房东才会交钥匙，退租时押金全额退还。',
      '业主装修需交押金3000元，验收合格物业才会退还。',
      '申请人可向本院交纳与冻结金额相当的保证金以解冻银行账户。',
      '商户结算说明：平台打款时扣除0.6%的支付手续费，打款成功后资金一般在1至3个工作日内到账。'
    ]
    for (const text of lawful) expect(rulesCodes(text)).not.toContain('pay_to_withdraw')
  })

  it('reads a 温馨提示 over the demand itself as the sender’s instruction, and one that says not to pay as advice', () => {
    const notice = '温馨提示：您的账户存在违规套利操作，请在2小时内转账缴纳风控保证金1万元，否则账户资金将被永久冻结，无法提现。'
    expect(checkAdvert(notice).flags.map((f) => f.code)).toEqual(['pay_to_withdraw'])
    expect(rulesRisk('温馨提示：请大家不要轻易转账缴纳任何保证金，凡是先交钱才能提现的都是诈骗。')).toBe('low')
    expect(rulesCodes('温馨提示：尊敬的会员，您的收益已达提现标准，根据平台规定，提现前需按20%比例缴纳个人所得税，缴纳后方可提现。')).toContain('pay_to_withdraw')
    // The fraud's ask quoted: who asks it (不法分子, 冒充) or what it is (骗局) is told in its sentence.
    expect(rulesRisk('温馨提示：近期有不法分子冒充客服，称您的账户异常，需在2小时内转账缴纳保证金才能解冻提现，接到此类电话请立即挂断。')).toBe('low')
    // Urging (千万别错过) is no word of not paying.
    expect(rulesRisk('温馨提示：名额有限千万别错过，请今晚12点前转账缴纳认购款，年化15%，按月付息。')).not.toBe('low')
    // Nor is a denial of fraud (绝非诈骗) a word of it.
    expect(rulesRisk('温馨提示：请先缴纳3000元入会费，本平台正规合法绝非诈骗，入会后月收益10%。')).not.toBe('low')
  })
})

describe('advert checker: quick payback and principal paid back with more', () => {
  it('reads 回本 as a claim of quick payback, a return promised, explained so; a pledge of it (包回本) stays 保本', () => {
    const pitch = '开一家无人洗车店只要八万，生意好的话四个月回本，剩下的都是净利润。'
    const sign = checkAdvert(pitch, { scorer: null }).flags.find((f) => f.matches.some((m) => m.text === '回本'))
    expect(sign?.code).toBe('high_return')
    expect(sign?.explanation).toContain('回本')
    expect(rulesCodes('认购一棵沉香树两万元，公司包回本，五年后还有分红。')).toContain('guaranteed')
    // Break-even in a business's sums is no promise.
    expect(rulesCodes('这家民宿入住率要到六成以上才能回本，老板说今年难以回本。')).not.toContain('high_return')
  })

  it('reads a group-buying app that returns the stake with a share on top as a return on money paid in, not a buy-back', () => {
    const codes = rulesCodes('团购小程序：每单先付款参团，没抢到的全额退回本金加3%补贴，天天参团天天赚。')
    expect(codes).toContain('high_return')
    expect(codes).not.toContain('buyback')
  })
})

describe('advert checker: recruiting for a gift or a rank, anyone welcome, a shareholder buying back, pressure to hurry', () => {
  it('reads recruits brought in for a gift or a rank as recruiting', () => {
    expect(rulesCodes('新币空投活动：拉5个朋友进群送200枚，币价上线后翻十倍。')).toContain('recruit')
    expect(rulesCodes('认购一份三千元，够12人即升级VIP合伙人，享全网分红。')).toContain('recruit')
  })

  it('reads money welcome from anyone, a big shareholder’s pledge to buy back and a deadline on a pitch as signs', () => {
    const pitch = '养殖基地面向社会招募股东，每股一万，年分红18%，三年后控股股东按原价回购，亲戚朋友都可以来投。本期认购48小时内有效，过期作废，越早加入越赚钱。'
    const found = checkAdvert(pitch, { scorer: null }).flags
    expect(found.find((f) => f.code === 'open_to_public')?.matches.map((m) => m.text)).toEqual(['面向社会招募', '亲戚朋友都可以来投'])
    expect(found.find((f) => f.code === 'buyback')?.matches.map((m) => m.text)).toContain('控股股东按原价回购')
    expect(found.find((f) => f.code === 'urgency')?.matches.map((m) => m.text)).toEqual(['48小时内有效', '过期作废', '越早加入越赚钱'])
    // A deadline or an open door with no money put in to earn is no sign: a fair's tickets, a library's cards.
    expect(rulesRisk('农民丰收节门票48小时内有效，过期作废，外村人也可以来参加。')).toBe('low')
  })
})

describe('advert checker: a payment stopped at the counter', () => {
  it('reads a clerk stopping a payment to a scheme the clerk found suspect as a rescue, and a case opened as a case', () => {
    const rescue = '信用社柜员发现一位大爷要给“养生基金”汇款五万，说每月能返息两千，拉人还有奖励。柜员查到该基金涉嫌非法集资，暂停转账并报警，大爷打消了投资的念头。'
    expect(bothRisks(rescue)).toEqual(['low', 'low'])
    expect(rulesRisk('“养生基金”每月返息两千，拉人还有奖励，公安机关已立案侦查，犯罪嫌疑人被刑拘。')).not.toBe('low')
  })
})

describe('advert checker: recruits who recruit, told without 进来', () => {
  it('reads people found who each find more as recruiting, and 资本运作 as money put in to earn', () => {
    const pitch = '老乡，来南宁跟我们做连锁经营，国家支持的纯资本运作，一份六千九，你只要找两个人，他们再各找两个，级别升得快。'
    expect(rulesCodes(pitch)).toEqual(expect.arrayContaining(['recruit', 'authority']))
    expect(checkAdvert(pitch, { scorer: null }).investment).toBe(true)
  })
})

describe("advert checker: a campaign day's name and advice to report", () => {
  it('hears no advice in the name of a campaign day on which a case is told, so the scorer’s doubt reads it as bare', () => {
    const told = '在“3·15”防范金融诈骗宣传周上，警方通报：某商城号称购物金额全返，商户押在平台的保证金说好一年后全部退还，集资八十多亿元。'
    // Dropped wherever the rules saw advice (a drop beside advice at any doubt), kept where they saw none.
    expect(checkAdvert(told, { lower: 50, lowerBare: -50 }).risk).not.toBe('low')
  })

  it('hears "应……举报" as advice, quoting the promises a warning retells', () => {
    const warning = '听说镇上有人许诺月息三分、拉人入股另有奖励，大家应向派出所报案。'
    expect(rulesRisk(warning)).toBe('low')
  })
})

describe('advert checker: beating the bank', () => {
  it('reads a promise to beat the bank (跑赢银行) as a return promised, as 胜过银行 was', () => {
    expect(rulesCodes('闲钱放进我们的出借计划，年年跑赢银行定期，随时可以转让退出。')).toContain('high_return')
  })
})

describe('advert checker: hint words', () => {
  it('never shows the 链 of a link (链接) as a hint of crypto', () => {
    const crypto = RULES.find((r) => r.code === 'crypto')!
    expect([...'点开链接注册，区块链项目'.matchAll(crypto.hints!)].map((m) => m[0])).toEqual(['链'])
  })
})

describe("advert checker: a licensed product's words in a finding retold", () => {
  it('reads them as the disguise, so the scorer’s doubt beside them is the bare one', () => {
    const told = '某基金公司名义上只向合格投资者募集，实际向不特定对象推销，许诺年化12%，检察院认定其以私募之名非法吸收公众存款。'
    // Dropped wherever the rules saw a register (a drop beside it at any doubt), kept where they saw none.
    expect(checkAdvert(told, { lower: 50, lowerBare: -50 }).risk).not.toBe('low')
  })
})

describe('advert checker: an anti-fraud office acting and a platform prompting trades', () => {
  it('hears an anti-fraud office named as the one who took a report as who spoke, not as advice', () => {
    expect(rulesRisk('某县反诈中心接到村民报案：他在群里投了八万元买“原始股”，说好年底翻倍，现在平台关了，钱取不出来。')).not.toBe('low')
  })

  it('hears a trading room’s prompts to buy (提示买入, 反向提示操作) as its own act, not as advice', () => {
    expect(rulesRisk('带单老师每天在群里提示买入，许诺月收益30%，跟着操作稳赚不赔。')).not.toBe('low')
  })
})

describe('advert checker: outsiders welcome, said in passing', () => {
  it('reads 外村人也可以 ending its clause as the public element, and 谁都可以 with no act named as none', () => {
    const found = rulesCodes('咱们的互助社存一万元年底分红一千二，外村人也可以。')
    expect(found).toContain('open_to_public')
    expect(rulesCodes('互助社存一万元年底分红一千二，有问题谁都可以。')).not.toContain('open_to_public')
  })
})

describe('advert checker: a payout in an official name that asks for tax or numbers first', () => {
  it('reads a tax asked of the reader before an official payout is cashed (先由本人缴纳个人所得税) as an impersonated payout', () => {
    const pitch = '您好，民政部门已为您核发慰问金八万元，兑付前须先由本人缴纳五千元个人所得税，转到工作人员给的账户。'
    expect(rulesCodes(pitch)).toContain('fake_payout')
  })

  it('reads a tax refund (退税) to be claimed by filling in numbers as money to receive, and a list of them as the demand', () => {
    const pitch = '税务部门通知：您今年可退税2600元。请扫码按页面提示填写姓名、身份证号、收款银行卡号和验证码领取。'
    expect(rulesRisk(pitch)).toBe('high')
    expect(rulesCodes(pitch)).toContain('fake_payout')
  })

  it('keeps the tax a licensed pension withholds at payout out of it', () => {
    const product = '本款年金保险由保险公司承保，国家税延政策支持，领取年金时按规定缴纳个人所得税，由公司代扣代缴。'
    expect(rulesCodes(product)).not.toContain('fake_payout')
  })
})

describe('advert checker: principal and interest covered by a third party', () => {
  it('reads an insurer or a guarantor covering what the reader lends (本息承保, 全部本息担保) as a pledge of principal, not a licensed product', () => {
    const pitch = '出借人在本平台投标，每笔借款都由合作保险公司出具保单，对出借人的本金和利息全额承保，逾期由保险赔付。'
    expect(rulesCodes(pitch)).toContain('guaranteed')
    expect(rulesRisk('本平台融资项目年化9%，由某融资担保公司提供全部本息担保，100元起投。')).not.toBe('low')
  })
})

describe("advert checker: a scheme's promises, numbered in a retelling", () => {
  it('reads 许诺……一是……二是…… as the terms a case retells, not the items of a rule', () => {
    const told = '县法院审结一起组织、领导传销活动案：李某以卖保健品为名，许诺两类奖金，一是按投入返还现金的静态收益，二是发展新人的动态收益。法院认定其构成组织、领导传销活动罪，依法判处。'
    expect(rulesRisk(told)).not.toBe('low')
  })
})

describe('advert checker: orders placed to be paid back (刷单)', () => {
  it('reads brushing orders for a refund and a commission as money put in to earn, so their promise of it all back is marked', () => {
    const pitch = '网店招刷单员：你先拍下商品付款，三天内货款全额退还，每单再给5%佣金，名额有限。'
    expect(rulesCodes(pitch)).toContain('guaranteed')
  })
})

describe('advert checker: a payout to be taken at a cash machine by phone', () => {
  it('reads an official payout collected by operating a cash machine as told on the phone as an impersonated payout', () => {
    const pitch = '我是县人社局的，您家孩子能领就业补贴2400元，现在带上银行卡去取款机，按我电话里的提示操作就能到账。'
    expect(rulesCodes(pitch)).toContain('fake_payout')
    expect(rulesRisk('养老金每月10日到账，可凭社保卡在柜台或取款机领取。')).toBe('low')
  })
})

describe("advert checker: what a platform's arrangement is said to prevent", () => {
  it('reads 存管杜绝资金池 as the platform’s claim of safety, not advice that quotes its pledge', () => {
    const pitch = '本平台出借项目由保险机构本息承保，资金银行存管杜绝资金池，年化8.5%，100元起投。'
    expect(rulesCodes(pitch)).toContain('guaranteed')
  })
})

describe('advert checker: a fee before a collectible is auctioned', () => {
  it('reads a fee asked before the reader’s own piece goes to auction as that sign, marked on the fee, with its own sentence and the fraud line', () => {
    const pitch = '王大爷，您那枚古钱币我们鉴定师看了，是少见的母钱，送去新加坡秋拍至少能拍五十万。您先转3000元评估费和1万元保证金，我们马上安排上图录。'
    const result = checkAdvert(pitch)
    expect(result.risk).not.toBe('low')
    expect(result.flags.map((f) => f.code)).toEqual(['auction_fee'])
    expect(result.flags[0].matches[0].text).toBe('转3000元评估费')
    expect(result.flags[0].law).toMatch(/^《刑法》第二百六十六条/)
    expect(verdictSentence(result)).toContain('96110')
    expect(relatedCategories(result)).toContain('art_collection')
    expect(callsFraudLine(result)).toBe(true)
  })

  it('reads a report of such a company taking fees and calling it a 流拍 as a case, and leaves a bidder’s deposit and an auction with no fee alone', () => {
    const told = '记者调查发现，一些所谓文化公司专找手里有老物件的人，说能帮着高价拍卖，先后收了老人的鉴定费、宣传费两万多元，最后都说流拍了。'
    expect(rulesRisk(told)).not.toBe('low')
    expect(rulesRisk('拍卖公告：本场拍卖标的为旧车三辆，竞拍人应于拍卖日前交纳保证金一万元，未拍得的原路退还。')).toBe('low')
    expect(rulesRisk('县博物馆举办民间收藏展，展出市民送来的瓷器和字画，不收任何费用，也不做拍卖。')).toBe('low')
    // A warning that names the trick quotes it.
    expect(rulesRisk('民警提醒：凡是说您的藏品能拍出天价、要先交鉴定费和保证金的，都是骗局，千万别转钱。')).toBe('low')
  })
})

describe('advert checker: a pyramid charge retold', () => {
  it('reads someone charged or convicted of organising 传销 (因……传销活动罪, 犯……传销活动罪) as a pyramid case, shown on those words', () => {
    const told = '市中级法院二审裁定：刘某等五人因组织、领导传销活动罪被提起公诉，一审分别判处有期徒刑二至四年，二审维持原判。'
    const result = checkAdvert(told, { scorer: null })
    expect(result.risk).not.toBe('low')
    expect(result.flags.map((f) => f.code)).toEqual(['recruit'])
    expect(result.flags[0].explanation).toContain('传销的案情')
    expect(rulesRisk('被告人赵某犯组织、领导传销活动罪，判处有期徒刑三年。')).not.toBe('low')
  })
})

describe('advert checker: a high return promised beside an insurer’s name', () => {
  it('reads 承诺高额回报 as a brag no licensed issuer makes, even where a policy is shown as the scheme’s backing', () => {
    const told = '某黄金公司以“寄存增值”为名向社会承诺高额回报，还拿出和一家保险公司签的保单说本金有保障，去年底资金链断裂，三千多名客户的钱无法兑付。'
    const result = checkAdvert(told, { scorer: null })
    expect(result.risk).not.toBe('low')
    expect(result.flags.find((f) => f.code === 'high_return')?.matches[0].text).toBe('承诺高额回报')
  })
})

describe('advert checker: a scheme’s order to keep its offer secret', () => {
  it('reads 切勿外传 in a retold sale as the seller’s demand of secrecy, not advice that makes the text a warning', () => {
    const told = '区法院通报一起纠纷：某支行员工向老客户推介“行内员工专属基金”，称年化8%、到期保本，还叮嘱“名额紧张，切勿外传”。客户转账50万元后，产品爆雷，本金至今拿不回来。'
    expect(rulesRisk(told)).not.toBe('low')
    // Advice not to pass on one's numbers is still advice.
    expect(rulesRisk('警方提醒：有人自称银行员工推销“内部理财”、许诺年化8%，切勿转账，切勿透露验证码。')).toBe('low')
  })
})

describe('advert checker: a subscription and shares in separate clauses', () => {
  it('reads 认购 and 股 as a subscription of shares only within one clause', () => {
    const notice = '某上市公司定向增发结果公告：本次向特定对象发行股票，发行对象共五名，均以现金认购，所获股份自上市之日起六个月内不得转让。'
    expect(rulesCodes(notice)).not.toContain('equity')
    expect(rulesCodes('老板说现在认购公司股份，每股一元，明年分红翻倍。')).toContain('equity')
  })
})

describe('advert checker: 反诈 as someone’s work', () => {
  it('reads 讲反诈 or 宣传反诈 told of a victim turned volunteer as what they do, not advice that makes the retold case a warning', () => {
    const told = '退休教师老周曾被骗30万元：几年前他参加一场“理财”讲座，对方宣称买其产品每月利息3%。如今他和老伙伴们走街串巷讲反诈，身边不少人也被骗过。'
    expect(rulesRisk(told)).not.toBe('low')
    expect(rulesRisk('社区民警提醒：凡是宣称每月利息3%的“养老理财”都是骗局，请大家多学反诈知识，千万别投钱。')).toBe('low')
  })
})

describe('advert checker: a rule the defendant breached', () => {
  it('reads 违反……规定 in a retold case as the case’s finding, not the law’s register that makes it a warning', () => {
    const told =
      '市检察院起诉一起案件：某投资公司违反私募基金管理规定，以基金投资名义与上千名群众签合同，允诺高额收益，吸收资金两亿余元，公司两名负责人被以非法吸收公众存款罪和集资诈骗罪提起公诉，其中一人否认集资诈骗。'
    expect(rulesRisk(told)).not.toBe('low')
  })
})

describe('advert checker: a case told under a line of advice', () => {
  // A 以案说法 whose case leads is a red flag for whoever pastes it (docs/ad-check-rounds.md): the scorer lifts it past the
  // rules' warning reading, and the resident is told it is a case's report, its caution the reporter's own.
  const column =
    '以案说法：某村老李听信“投资猕猴桃园保底收益、政府补贴兜底”的宣传，先后交了六万元。头半年确实拿到了“收益”，后来公司负责人失联。法院认定这是非法吸收公众存款，但老李的本金大部分追不回来。记住：高息承诺的背后，盯着的是你的本金，天上不会掉馅饼。'
  const sure = { version: 1, sizes: [2], bias: 2, weights: {} }

  it('lifts it as the report of a case, quoting the words that tell the case, and wears no caution note', () => {
    expect(checkAdvert(column, { scorer: null }).risk).toBe('low')
    const r = checkAdvert(column, { scorer: sure })
    expect(r.risk).toBe('medium')
    expect(r.told).toBe(true)
    expect(r.flags.length).toBeGreaterThan(0)
    for (const f of r.flags) expect(f.explanation.startsWith('这段话像是借一个真实的案子提醒大家（文中写着“认定”）')).toBe(true)
    // Its caution (天上不会掉馅饼) would be called a scheme's disguise on an offer; on a case's report it is the reporter's own.
    expect(cautionWorn(column, { risk: r.risk })).not.toBeNull()
    expect(cautionWorn(column, r)).toBeNull()
    // A pitch flagged as an offer keeps the note that its caution proves nothing.
    const pitch = '温馨提示：谨防非法集资！本公司养老项目年化收益15%，保本保息，欢迎咨询。'
    expect(cautionWorn(pitch, checkAdvert(pitch))).toMatch(/证明不了它安全/)
  })

  it('wears no caution note on a case’s report the rules flag for its offer, where a crime is told in no seller’s voice', () => {
    // A judgment's account with no advice in it (its 积极响应 is the scheme's call to its staff): flagged by its own signs,
    // which speak first, and told a case's report by the engine, so the note reads told alone.
    const report = '区法院审理查明：某厂以年利率12.5%向职工和社会公众集资，在食堂张贴公告，要求职工积极响应并动员亲友参与，共集资800余万元。法院以非法吸收公众存款罪判处其负责人有期徒刑三年。'
    const r = checkAdvert(report)
    expect(r.risk).not.toBe('low')
    expect(r.told).toBe(true)
    expect(r.flags[0].explanation).not.toMatch(/案子/)
    expect(cautionWorn(report, r)).toBeNull()
    const denied = '温馨提示：谨防非法集资。有人说我们涉嫌传销，我们不是传销！加入会员交3000元，每月固定分红500元，推荐一人再奖300元。'
    expect(checkAdvert(denied).told).toBeUndefined()
    expect(cautionWorn(denied, checkAdvert(denied))).toMatch(/证明不了它安全/)
    const cleared = '本平台合法合规，从未被立案调查，谨防假冒！项目年化收益15%，保本保息。'
    expect(cautionWorn(cleared, checkAdvert(cleared))).toMatch(/证明不了它安全/)
  })

  it('says first that a case’s report the rules flag under a line of advice is one, quoting the words that tell the case', () => {
    const notice = '县公安局通报：王某以“养老公寓”为名，宣称投资5万元每年返利12%，到期还本，已吸收300余名老人资金2000余万元，目前王某已被刑事拘留。警方提醒：谨防非法集资。'
    const r = checkAdvert(notice)
    expect(r.told).toBe(true)
    for (const f of r.flags) expect(f.explanation.startsWith('这段话像是借一个真实的案子提醒大家（文中写着“刑事拘留”）')).toBe(true)
    // A pitch's assurance that denies a case's word (没法……挪用) tells no case.
    const pitch = '您好，认购款直接进合约地址托管，平台没法私自挪用，每年分红12%，到期赎回本金。温馨提示：投资需谨慎。'
    expect(checkAdvert(pitch).told).toBeUndefined()
  })

  it('reads the column’s name and the verdict as the case’s story, not its advice, so a case that leads is flagged by the rules', () => {
    const column =
      '以案说法｜“养老公寓”年返12%？结果血本无归\n2021年起，被告人刘某以某康养公司名义，对外宣称投资养老公寓每年返利12%、五年后原价回购，先后向200余名老人收取资金2600余万元，大部分用于还旧账和挥霍。\n法院以非法吸收公众存款罪判处刘某有期徒刑六年。\n法官提示：承诺高额返利的养老项目要当心，请通过正规渠道选择养老服务。'
    expect(rulesRisk(column)).not.toBe('low')
  })

  it('reads a victim’s story (she found out, reported it, was cheated of a sum) as a case that leads its line of advice', () => {
    const story =
      '某区警方介绍：市民孙女士在网上看到刷单返佣的广告，加了客服微信。对方让她在APP里充值做任务，说每单完成后全额返还本金，另给5%佣金。她先充300元，很快拿回315元，随后陆续充进去8万多元，客服却说系统卡单，要她再充5万元才能出款，她这才确定被骗，当晚到派出所报了警。警方提醒：刷单就是诈骗。'
    const r = checkAdvert(story, { scorer: null })
    expect(r.risk).toBe('medium')
    expect(r.told).toBe(true)
    for (const f of r.flags) expect(f.explanation.startsWith('这段话像是借一个真实的案子提醒大家（文中写着“确定被骗”）')).toBe(true)
    // Advice to report, on the condition of finding out ("发现上当要及时报案"), tells no victim's act, and no victim's act
    // denied ("最终也没能报案") either.
    expect(checkAdvert('有人说投资养老公寓年返12%、到期原价回购，先返几个月利息，等老人交的钱多了就卷款消失。发现上当要及时报案。', { scorer: null }).told).toBeUndefined()
    expect(checkAdvert('养老公寓年返12%、到期原价回购的说法听着诱人，先返几个月利息，再卷款消失，不少老人最终也没能报案。提醒：别碰。', { scorer: null }).risk).toBe('low')
    const advice = '刷单返佣的广告常说“每单完成后全额返还本金，另给5%佣金”，先让人尝点甜头，再一步步让人越充越多。警方提醒：刷单就是诈骗，不要轻信，发现被骗要立即报警，保存好转账记录。'
    expect(checkAdvert(advice, { scorer: null }).risk).toBe('low')
  })

  it('leaves a warning that tells no case low, however sure the scorer is', () => {
    expect(checkAdvert('记住：凡是承诺保底收益、高息回报的投资，都可能是非法集资，请不要参与。', { scorer: sure }).risk).toBe('low')
  })
})

describe('advert checker: readings generalised from the blind parts yu- to yx-', () => {
  it('reads a hotel or a flat sold with its rent paid by the seller (酒店包租, 以租养贷) as rent-back, as 售后包租 is', () => {
    expect(codes('海边养老公寓，首付两成，酒店包租、以租养贷，月供不用您操心。')).toContain('buyback')
    expect(codes('长租公寓包租，整套出租，月租3500元，押一付一。')).not.toContain('buyback')
    // 包租 beside a buyer's down payment or subscription, whatever is sold (包租包管理, 全款购买享包租); not land or a coach hired.
    expect(codes('独立产权，包租包管理，首付10万元起就能当大品牌的房东。')).toContain('buyback')
    expect(codes('全款购买即享开发商十年包租。')).toContain('buyback')
    expect(codes('写字楼整层包租给企业，租期五年，押三付一。')).not.toContain('buyback')
    expect(codes('合作社包租了村里200亩耕地，又购买了一台播种机。')).not.toContain('buyback')
    expect(codes('公司包租三辆大巴送员工返岗，员工无需自行购买车票。')).not.toContain('buyback')
    expect(codes('地铁口小户型，出租率高，以租养贷，租金基本覆盖月供。')).not.toContain('buyback')
  })

  it('reads licensed products named only to be outdone as no licensed product’s words, whose register would let the scorer’s doubt drop the flag', () => {
    const hotel = '酒店式公寓投资：您买下客房产权后委托我们统一经营，按期分取投资回报，还送免费入住。和存储蓄、买国债相比，投入轻松、风险小、回报更丰厚。'
    expect(checkAdvert(hotel, { scorer: doubts }).risk).not.toBe('low')
    // Outdone in the words 比……高 too: a deposit named only as what the return beats.
    const beds = '养老公寓投资：您买下床位后交给我们统一经营，每年分取回报，收益比银行定期存款高得多。'
    expect(checkAdvert(beds, { scorer: doubts }).risk).not.toBe('low')
    expect(rulesRisk('这个种植项目投一万每天返30，一年下来比余额宝、定期存款、国债都强。')).not.toBe('low')
    // A bank comparing its own deposits (比同期定期存款高) names them as its own.
    expect(rulesRisk('【某银行】本行七天通知存款利率比同期定期存款高，支取灵活，本金安全，5万元起存。')).toBe('low')
    expect(rulesRisk('【某农商银行】尊敬的客户，定期宝利率比同期定期存款高，支取灵活，本金安全，5万元起存。')).toBe('low')
    // Outdone in other words where no bank is named as the text's own: a seller's, not a bank's.
    expect(rulesRisk('某某康养中心预存康养金，利息比同期定期存款高一倍，存满三年到期还本付息。')).not.toBe('low')
    // A bank named only as a custodian is no bank speaking.
    expect(rulesRisk('资金由某银行全程存管。我们的鑫利宝年化利率比同期定期存款高一倍，1万元起投，到期还本付息。')).not.toBe('low')
    // A comparison ends at its clause: an insurer's partner named before it keeps the product licensed.
    expect(rulesRisk('本行与某某人寿合作推出年金保险，与同类产品相比，保证领取20年，每年领取1万元，满期返还本金。')).toBe('low')
  })
})

describe('advert checker: an insurer or a bank named as a founder', () => {
  it('reads a firm said to be founded by an insurer as unlicensed, its pledge a pledge; an insurer’s own product stays licensed', () => {
    const lent = '鑫联金融服务可是中国人寿牵头成立的！活期账户就能拿高息，跟银行存款一样零风险，保本又保息，想要额度的赶紧联系我。'
    expect(rulesCodes(lent)).toContain('guaranteed')
    expect(rulesRisk(lent)).toBe('high')
    expect(rulesRisk('某某人寿保险股份有限公司由某集团出资设立。本年金保险合同约定每年领取年金，保险责任以保险条款为准。')).toBe('low')
  })
})

describe('advert checker: money told as not returned', () => {
  it('reads 押金没有退还 and 本金仍未退还 as a refund withheld, not a pledge of principal, and a pledge as one', () => {
    expect(rulesCodes('财经早知道：某共享单车仍有用户押金没有退还；某基金公司发布年报。')).not.toContain('guaranteed')
    expect(rulesCodes('投资人说，他投进某理财公司的20万元本金至今未兑付，公司承诺的年化12%收益也没拿到。')).not.toContain('guaranteed')
    expect(rulesCodes('入会交押金一万元，每月返利息300元，到期押金全额退还。')).toContain('guaranteed')
    // A negation before the refund's verb withholds it, in any words; one that belongs to a condition does not.
    for (const withheld of ['本金迟迟不退', '本金逾期仍不兑付', '会员费公司说不予退还', '投资款一直退不下来', '本金至今无法兑付'])
      expect(rulesCodes(`他投了五万元，说好每月利息500元，现在${withheld}。`)).not.toContain('guaranteed')
    expect(rulesCodes('养老储蓄计划，存2万起，月息1分2，本金未到期可退，还送米面油。')).toContain('guaranteed')
  })
})

describe('advert checker: a finding dropped, or sought', () => {
  it('reads a case withdrawn for want of a crime, and a call to report suspects, as no case told', () => {
    expect(rulesRisk('撤销案件决定书：我局办理的某公司涉嫌非法吸收公众存款一案，经侦查没有犯罪事实，决定撤销此案，特此通知。')).toBe('low')
    expect(rulesRisk('经审查，该公司的行为不宜认定为非法吸收公众存款，检察院依法作出不起诉决定。')).toBe('low')
    expect(rulesRisk('举报有奖：对举报涉嫌非法集资线索，经查证属实的，给予举报人最高10万元奖励，举报电话12345。')).toBe('low')
    // A case opened is still a case, and so is one named as a case with no 涉嫌 ("……非法集资案").
    expect(rulesRisk('县公安局通报：辖区某商贸公司涉嫌非法吸收公众存款，已依法立案侦查。')).toBe('medium')
    expect(rulesCodes('记者走访发现，当地两年查出非法集资案8起，最大一起牵涉3000多户、金额近一亿元。')).toEqual([CASE_FOUND])
    expect(rulesRisk('近年全国非法集资案发数和涉案金额连续下降，但以养老为名的骗局仍在滋生。')).toBe('low')
  })
})

describe('advert checker: a private fund sold to the public', () => {
  it('reads its threshold waived or met by pooled buyers as the public element, which no licensed product’s words shelter', () => {
    const fund = '【稳盈7号私募基金】起投30万，无需提供资产证明，几位朋友拼单凑足起投金额也可以。预期年化9%，按季付息。风险提示：过往业绩不代表未来表现。'
    expect(rulesCodes(fund)).toContain('open_to_public')
    expect(rulesRisk(fund)).not.toBe('low')
    expect(rulesRisk('私募基金只能卖给合格投资者：购买前须提供资产证明或收入证明，单只产品起投100万元，业绩比较基准不代表未来表现。')).toBe('low')
    // A savings bond is sold to all by law.
    expect(rulesCodes('储蓄国债面向个人投资者发行，无需合格投资者认定，100元起购，到期一次还本付息。')).not.toContain('open_to_public')
    expect(rulesRisk('储蓄国债面向个人投资者发行，无需合格投资者认定，100元起购，到期一次还本付息。')).toBe('low')
    // A fund the law does not sell to all, whatever it is called, is private.
    expect(rulesCodes('某某产业发展基金，无需合格投资者，1万元起投，年化12%，每月付息，到期还本。')).toContain('open_to_public')
    // A savings bond named only as what it beats leaves a private product private.
    expect(rulesCodes('某某私募股权项目，年化收益是国债的三倍，无需合格投资者认定，5万元起投，到期还本付息。')).toContain('open_to_public')
  })

  it('hears its risk disclosure as part of the pitch, not as advice under which the scorer’s doubt drops it', () => {
    const fund = '【恒信5号私募】10万元起投，无需合格投资者认定，预期年化11%，每半年付息，两年到期还本，公司承诺保本。风险提示：投资有风险，入市需谨慎。'
    expect(checkAdvert(fund, { scorer: doubts }).risk).not.toBe('low')
    // The same disclosure under a fund sold as the law allows stays advice beside the scorer's doubt.
    expect(checkAdvert('某某私募基金仅向合格投资者募集，100万元起投，业绩比较基准年化8%。风险提示：投资有风险，入市需谨慎。', { scorer: doubts }).risk).toBe('low')
  })
})

describe('advert checker: a pitch under a stock caution', () => {
  const caution = '\n温馨提示：谨防非法集资，远离高息诱惑。'

  it('reads an offer in its seller’s own voice as the offer, whatever caution is added at its head or foot', () => {
    const pitch = '答谢会通知：本公司康养项目面向老会员开放认购，年化收益9%至14%，期限越长收益越高，到场即送礼品。'
    expect(rulesRisk(pitch)).not.toBe('low')
    expect(rulesRisk(`${pitch}${caution}`)).not.toBe('low')
    expect(rulesRisk(`【反诈提醒】${pitch}`)).not.toBe('low')
    // Greeting its reader (张先生您好) is a pitch's own, no story told of someone else.
    expect(rulesRisk(`张先生您好，这款养老理财年化收益12%，每季度付息，到期还本，额度不多。${caution}`)).not.toBe('low')
    // However long the caution it opens with, a return stated in its own voice in a sentence that cautions nothing.
    const contrasted = '各位老哥老姐，前阵子邻村那家养生馆卷钱跑路的事大家都知道吧？那种没资质的千万别碰，一定要擦亮眼睛！本公司手续齐全，存2万元养老服务金，年返9%，欢迎来参观。'
    expect(rulesRisk(contrasted)).not.toBe('low')
  })

  it('still reads a neighbour’s account or an office’s quotation of such an offer as a warning', () => {
    // The development part's f-domain-19: 我们小区 is the teller's, not the seller's.
    expect(rulesRisk('讲个真事：我们小区的刘大爷，被人拉去听讲座，买了什么“养老储蓄卡”，说每月发补贴、三年返本金，结果一年后公司就没了。大家千万长个心眼，遇到这种事先问问孩子。')).toBe('low')
    // 有人 and 称 tell the offer as someone else's (TOLD), though it says 本公司.
    expect(rulesRisk('近日有人在公园向老人推销，称本公司康养项目年化收益9%至14%，期限越长收益越高，到场即送礼品。警方提醒：谨防非法集资，不要轻信。')).toBe('low')
    expect(rulesRisk('我们派出所近日走访发现，一些“养生馆”向老人推销会员卡，交5万元每月返息800元，到期还本。谨防非法集资。')).toBe('low')
  })
})

describe('advert checker: the scorer alone, where the rules find no sign', () => {
  const told = '县公安局经侦大队近日捣毁一个以“众享商城”为名的团伙，该团伙先后吸纳会员两千余人，涉案金额三千多万元，目前主要人员已被刑事拘留。'
  const weights = { 吸纳: 0.5, 会员: 0.3, 涉案: 0.4, 拘留: -0.2 }

  it('lifts a text it is all but sure of to medium, showing the clauses it weighed most and saying it is a likeness', () => {
    expect(rulesRisk(told)).toBe('low')
    const r = checkAdvert(told, { scorer: { version: 1, sizes: [2], bias: 3, weights } })
    expect(r.risk).toBe('medium')
    expect(r.flags.map((f) => f.code)).toEqual([RESEMBLES])
    expect(r.flags[0].matches.map((m) => m.text)).toEqual(['该团伙先后吸纳会员两千余人', '涉案金额三千多万元'])
    expect(r.flags[0].explanation).toMatch(/最像.*不等于一定是骗局/)
  })

  it('marks no clause that tells what became of the schemers (刑事拘留), however heavy', () => {
    const r = checkAdvert(told, { scorer: { version: 1, sizes: [2], bias: 3, weights: { ...weights, 拘留: 3 } } })
    expect(r.flags[0].matches.map((m) => m.text)).toEqual(['该团伙先后吸纳会员两千余人', '涉案金额三千多万元'])
  })

  it('lifts nothing it is less sure of, nothing without words that weigh towards fundraising or money spoken of, no warning and no licensed product', () => {
    expect(checkAdvert(told, { scorer: { version: 1, sizes: [2], bias: 1.5, weights } }).risk).toBe('low')
    // A shop's giveaway speaks the lures of a 会销 but of no money: the likeness is not fundraising's.
    expect(checkAdvert('超市限时抢购，先到先得，名额有限，到场就送鸡蛋！', { scorer: { version: 1, sizes: [2], bias: 3, weights: { 名额: 1, 鸡蛋: 1 } } }).risk).toBe('low')
    expect(checkAdvert(told, { scorer: { version: 1, sizes: [2], bias: 5, weights: {} } }).risk).toBe('low')
    const sure = { version: 1, sizes: [2], bias: 3, weights: { ...weights, 存单: 1 } }
    expect(checkAdvert('警方提醒：有团伙以“众享商城”为名吸纳会员两千余人，涉案三千多万元，请大家切勿轻信、切勿转账。', { scorer: sure }).risk).toBe('low')
    expect(checkAdvert('本行大额存单面向个人客户发售，20万元起存，纳入存款保险保障范围。', { scorer: sure }).risk).toBe('low')
  })

  it('shows a long clause by its heaviest stretch, stretched to the clause where its edge is near', () => {
    const model = { version: 1, sizes: [2], bias: 0, weights: { 返息: 1 } }
    const text = '我们这个项目是经过多年考察才选定的好项目，现在交钱每月返息，'
    expect(heaviest(normalize(text).text, model, 2, 10).map(({ a, b }) => normalize(text).text.slice(a, b))).toEqual(['现在交钱每月返息'])
    const long = `${'这是一段很长的很长的很长的很长的铺垫文字'.repeat(3)}每月返息${'然后又是一段很长的很长的很长的收尾文字'.repeat(3)}`
    const [only] = heaviest(long, model, 2, 10)
    expect(long.slice(only.a, only.b)).toContain('每月返息')
    expect(only.b - only.a).toBe(10)
  })
})

describe('advert checker: a pitch that sets itself apart from the traps it names', () => {
  it('reads "咱们不搞那一套", "我们是实体店" and "本店积极配合防范……" in the offer’s own voice as the scheme vouching for itself, not a warning', () => {
    const offer = '水果连锁店招股东，入股3万元，每月固定分红2000元，年底另有奖励。'
    expect(rulesRisk(offer)).not.toBe('low')
    for (const line of ['保本高息的都是骗局，咱们不搞那一套。', '外面高息理财都是陷阱，我们是实体店，看得见摸得着。', '本店积极支持防范非法集资工作。'])
      expect(checkAdvert(offer + line).risk).not.toBe('low')
    // Told as someone's claim, or advice from a third party, it is still a warning.
    expect(rulesRisk('社区提醒：有人以水果连锁店名义招股东，称入股3万元每月固定分红2000元，还说“我们是实体店，不搞骗局那一套”，请勿相信。')).toBe('low')
  })
})

describe('advert checker: a card paid back as more than was put in, over time', () => {
  it('reads money paid into a card and paid back month by month as more than the sum as a return promised, whatever it comes back as', () => {
    // Fresh wording: a phone-credit card and a supermarket card, each paying back more than was paid, by the month.
    const credit = '话费卡内部福利：一次存2000元，平台分10期，每期往您手机里充260元，算下来比存的多出600元，老乡们抓紧办。'
    const result = checkAdvert(credit, { scorer: null })
    expect(result.risk).not.toBe('low')
    expect(result.flags.find((f) => f.code === 'rebate')?.matches.map((m) => m.text)).toEqual(['分10期', '每期往您手机里充260元'])
    const card = '超市储值卡特惠：存8000元，按季度返到卡上，两年共返9200元，返完本金照样能用。'
    expect(rulesCodes(card)).toContain('rebate')
    expect(checkAdvert(card, { scorer: null }).flags.find((f) => f.code === 'rebate')?.matches[0].text).toBe('存8000元，按季度返到卡上，两年共返9200元')
    // A shop's one-off bonus credit to spend, and one's own money paid back in parts with nothing on top, are no return.
    expect(rulesRisk('周年店庆：会员卡充1000元送200元，当天到账，店内消费通用。')).toBe('low')
    expect(rulesRisk('宽带套餐预存1200元，每月返还100元话费，分12个月返完。')).toBe('low')
    expect(rulesCodes('加油卡充500元，每月返50元，分10个月返还。')).not.toContain('rebate')
  })
})

describe('advert checker: a pyramid ring broken up, told by the police', () => {
  it('reads a ring busted (破获……传销, 捣毁……传销) or its members named as such (传销团伙, 传销人员) as a pyramid case retold', () => {
    const told = '县公安局通报：民警连续蹲守二十天，破获一个以“网络创业”为名的传销组织，现场带走骨干九人，扣下账本三本、银行卡四十多张。'
    const result = checkAdvert(told, { scorer: null })
    expect(result.risk).not.toBe('low')
    expect(result.flags[0].explanation).toContain('传销的案情')
    const members = '经侦大队收网，该传销团伙在出租屋里开“晋升大会”，三十余名传销人员被带回审查，头目按下线交的钱层层抽成。'
    expect(rulesRisk(members)).not.toBe('low')
    // A warning that names the ring's words still warns.
    expect(rulesRisk('警方提醒：传销人员常以高薪工作为名骗人入伙，凡是要先交钱、再拉人头的，千万别去。')).toBe('low')
  })
})

describe('advert checker: a regulator’s penalty for pyramid selling', () => {
  it('reads a penalty decision finding 传销 and fining a named sum as a case retold, not as a warning that names 传销', () => {
    const told =
      '某区市场监管局公布行政处罚决定：一家电商公司上线“共享商城”小程序，会员交398元成为店主，靠推荐他人注册、发展层级拿返利。执法人员认定其模式符合《禁止传销条例》对传销的界定，构成组织传销行为，对该公司罚款30万元。'
    expect(rulesRisk(told)).not.toBe('low')
    expect(rulesCodes(told)).toContain('recruit')
    // The regulation's own text names its fines without a sum, and a warning that cites it still warns.
    expect(rulesRisk('市场监管局提醒：依照《禁止传销条例》，组织传销的，由工商部门没收违法所得，处以罚款；请勿参加靠拉人头拿返利的“商城”。')).toBe('low')
  })
})

describe('advert checker: one loan or one deposit before a civil court', () => {
  it('reads a judgment that says its loan involves no taking from the public, or a saver’s deposit dispute with her bank, as the court’s', () => {
    const loan =
      '原告李某诉被告周某民间借贷纠纷一案，经审理查明：被告开饭馆缺钱，经亲戚介绍向原告借款20万元，约定月息2分，到期未还。本院依法判令被告归还本金并按约定支付利息。本案系两人之间的借贷，不涉及向社会公众吸收资金。'
    expect(rulesRisk(loan)).toBe('low')
    const deposit = '区法院审结一起储蓄存款合同纠纷：赵大爷在某银行存入定期4万元，到期去取时发现少了，起诉要求银行返还本息4.6万元。法院调取凭证，查明其中一笔已由他本人签字转存，依法驳回部分诉请。'
    expect(rulesRisk(deposit)).toBe('low')
    // So is a licensed lender's loan to one borrower, whatever its rate and penalty interest.
    const trust =
      '省高院审理一起信托贷款纠纷：某信托公司向一家煤矿发放贷款3000万元，年利率15%，逾期按日1‰计收罚息，以采矿权抵押；另一公司出具承诺书，对全部债务承担连带还款义务。法院认定合同有效，判令借款人及承诺人偿还本息并承担逾期利息。'
    expect(rulesRisk(trust)).toBe('low')
    // A scheme's loans from many, told by a court, are no one loan.
    expect(rulesRisk('被告人以月息3分向全村六十多户借款，共吸收资金800余万元，无法归还，本院以非法吸收公众存款罪判处其有期徒刑四年。')).not.toBe('low')
  })

  // Blind part zzzzzu- (judgments): four courts' findings on lawful loans were alarms. A judgment masks its parties ("孙某2名下"
  // is no count of people) and may tell its loan without 原告 or 纠纷 ("本院认定", "原审认为").
  it('reads a civil court’s own finding on one loan, its parties masked, as the court’s, and a criminal court’s as no one loan', () => {
    expect(rulesRisk('经审理查明：2016年3月，被告孙某2因开店周转向原告钱某借款8万元，约定月利率2%，以登记在孙某2名下的商铺作抵押，到期未还。')).toBe('low')
    expect(rulesRisk('本院认定：刘x5因家中建房向赵x2借款5万元，约定月息2.5%，出具借条一张，至今已还本金1万元。')).toBe('low')
    expect(rulesRisk('经审理查明：被告人以月息3分向六十多户村民借款，吸收资金800余万元，无法归还。')).not.toBe('low')
  })

  // Blind parts xd- and xj-: a reporter's account of a civil court's ruling on one loan (法院认为, 一审判, 诉称) alarmed on its
  // agreed monthly rate.
  it('reads a report of a court’s ruling on one loan (法院认为, 一审判令, 诉称) as the court’s, and a crime so told as no one loan', () => {
    expect(rulesRisk('记者从区法院了解到：王某向朋友刘某借款30万元，借条写明月息2%，到期未还。一审法院认为，双方借贷关系合法有效，判令王某归还本金并按约定支付利息。')).toBe('low')
    expect(rulesRisk('法院认为，被告人以月息3分向六十多户村民借款800余万元，到期无法归还，构成非法吸收公众存款罪。')).not.toBe('low')
    // Nor does a scorer sure of it lift such a suit as a case's report: its 原告 and 被告 are a civil suit's parties. A suit
    // over a scheme's money (a platform's 居间, a 理财项目) may still be lifted.
    const suit =
      '原告张某诉称：2015年3月，被告某建材公司因资金周转向他借款200万元，双方签订借款协议，约定月息3%，按季付息，借期一年。被告只付过两个季度的利息，到期未还本金。被告答辩称已付利息超过法律保护的部分应抵作本金。'
    expect(checkAdvert(suit, { scorer: sure }).risk).toBe('low')
    const scheme = '原告蔡某诉称：被告薛某以参加“联合理财项目”为名先后收取他19万元，承诺每月付息3800元，后来他得知项目根本不存在，要求退款遭拒。'
    expect(checkAdvert(scheme, { scorer: sure }).risk).not.toBe('low')
    // Nor does a suit that asks for more lenders (拉亲戚来借钱, 介绍费) stay a suit over one loan.
    expect(checkAdvert('原告诉称：被告向原告借款5万元，约定月息5%，并让原告拉亲戚来借钱给他，每拉一人奖励1000元。', { scorer: sure }).risk).not.toBe('low')
    // A lender's pitch that quotes a court speaks to its reader: no court's finding.
    expect(rulesRisk('法院认定：借条约定月息2%合法有效。现在金鼎借贷帮您出借闲钱，月息2%，出借人零风险，欢迎咨询。')).not.toBe('low')
    // A suit over a 理财 sold at a bank's counter is no loan: its court's words do not make it one.
    expect(rulesRisk('李某到银行办理续存，大堂经理以“内部高息、无风险”为由劝他买了一款理财，到期分文未回。法院一审判决银行赔偿李某七成本金损失。')).not.toBe('low')
  })

  it('reads a loan’s own paper (an IOU, a lender’s contract with one borrower) as one loan, and a platform’s listing of its borrower as the platform’s', () => {
    const iou = '借条\n今借到王某人民币叁万元整，借期一年，月利率1.5%，利息每季度支付一次，到期归还本金。\n借款人：赵某'
    expect(checkAdvert(iou).risk).toBe('low')
    const contract =
      '某小额贷款有限公司 个人借款合同（摘要）\n借款金额：8,000元；借款期限：12个月。\n利息：按每月1.2%计收。\n违约责任：逾期超过30天的，贷款人有权提前收回全部贷款，借款人以其名下车辆作抵押。'
    expect(checkAdvert(contract).risk).toBe('low')
    // The lender named in the paper is the civil law's 出借人, not a platform's customer.
    expect(codes('借款合同\n出借人：陈某；借款人：刘某\n借款金额：20万元，期限3个月，月利率2%，借款人以其名下房产抵押。')).not.toContain('lending_platform')
    const listing = '【标的详情】借款人：男，45岁，个体经营，借款用途为资金周转。本标的年化收益12%，出借满1万元送加息券，满标当天起息。'
    expect(checkAdvert(listing).risk).not.toBe('low')
    // Nor is a listing that offers its borrower's loan to the reader in a paper's fields, without the platform's own words.
    expect(rulesRisk('借款人：某科技公司；借款金额：50万元；借款期限：6个月。年化收益12%，100元起投，到期还本付息，名额有限。')).not.toBe('low')
  })
})

describe('advert checker: advice to deal only through licensed channels', () => {
  it('reads 请选择正规……, 请通过正规渠道…… as advice, so a firm’s case told for its clients is a warning, unless the case leads', () => {
    const warning =
      '投教专栏：有客户反映，一名自称“分析师”的人先在群里免费荐股，再让他下载一款“国际期货”软件入金操作，说跟着老师做单稳赚，几次“止盈”截图后账户被冻结，钱取不出来。这类“带单”套路近来多发，请务必选择正规期货公司，不要在来历不明的软件里入金，不要相信“稳赚”“带单”的说法，遇到可疑情况请先向公司客服核实。'
    expect(rulesRisk(warning)).toBe('low')
    // The same client's story told at length, with what he did (已经报案), and one line of advice: the case leads (CASE_LEADS),
    // and it is flagged as a case's report.
    const report =
      '投教专栏：有客户反映，一名自称“分析师”的人先在群里免费荐股，再让他下载一款“国际期货”软件入金操作，说跟着老师做单稳赚，几次“止盈”截图后账户被冻结，钱取不出来，客户已经报案。这类“带单”套路近来多发，请务必选择正规期货公司。'
    expect(checkAdvert(report, { scorer: null }).told).toBe(true)
    // A scheme that claims to be the licensed channel still reads as what it promises.
    expect(rulesRisk('我们是正规平台，跟着老师做单稳赚不赔，月收益20%，赶紧入金。')).not.toBe('low')
  })
})

describe('advert checker: a tree’s harvest that says it is no cash return', () => {
  it('reads produce bought in kind as such where the grower denies paying money (不是现金回报, 没有分红)', () => {
    const adopt = '山坡橘园认养：每棵树一年认养费300元，保底30斤橘子，不够的由园里补足，多结的也归您。认养换来的是橘子，不是现金收益，也没有分红。'
    expect(rulesRisk(adopt)).toBe('low')
    // A harvest that pays money on top is the 认养 scheme it resembles.
    expect(rulesRisk('认养一棵橘树3000元，保底30斤橘子，另外每年分红400元。')).not.toBe('low')
  })
})

describe('advert checker: contract farming paid as labour', () => {
  it('reads a company’s stock raised by a farmer paid a fee for the work, who pays nothing in, as a wage, not 代养 sold', () => {
    const farm = '镇里的蛋鸭合作：公司把鸭苗、饲料和疫苗送到农户家，农户只出圈舍和劳动力代为饲养，鸭子出栏由公司统一回收，按每只1.2元付给农户代养费，农户不交一分钱。'
    expect(rulesCodes(farm)).not.toContain('buyback')
    expect(rulesRisk(farm)).toBe('low')
    // A farmer who pays for the animals is sold the 代养 scheme it resembles.
    expect(rulesCodes('认购一只种羊3000元，公司代养，每年付给您代养收益600元，三年后原价回购。')).toContain('buyback')
  })
})

describe('advert checker: any fee asked first before an auction', () => {
  it('reads a fee asked first after the reader’s piece is promised to auction, whatever the fee is called, as the auction bait', () => {
    const told = '老刘在网上找到一家“艺术品公司”，对方看了他家传的铜镜照片，说能上拍卖会卖出八十万，只是要先交一些手续上的费用，他前后转了一万五，拍卖却一直没信儿。'
    const result = checkAdvert(told, { scorer: null })
    expect(result.risk).not.toBe('low')
    expect(result.flags.find((f) => f.code === 'auction_fee')?.matches[0].text).toBe('先交一些手续上的费用')
    // A fee paid first with no auction of one's piece in view is no such sign.
    expect(rulesCodes('报名驾校需先交培训费用，考试通过后发证。')).not.toContain('auction_fee')
  })
})

describe('advert checker: a co-operative posing as a bank’s counter', () => {
  it('reads a 合作社代办点 or 储蓄点 taking savings as deposits taken in a co-operative’s name', () => {
    const pitch = '老哥，钱别往镇上银行跑了，咱这是“农村合作社储蓄点”，手续跟银行一样，随存随取，邻居们都在这儿存。'
    const result = checkAdvert(pitch, { scorer: null })
    expect(result.risk).not.toBe('low')
    expect(result.flags.find((f) => f.code === 'mutual_aid')?.matches[0].text).toBe('合作社储蓄点')
    // A co-operative buying its members' produce has no counter for savings.
    expect(rulesRisk('本合作社收购点今日起收购玉米，价格随行就市，现款结算。')).toBe('low')
  })
})

describe('advert checker: a share of the team’s business', () => {
  it('reads 团队的业绩 paid to the one above, as 团队业绩 is, as pay for recruits', () => {
    const pitch = '开网店不如当合伙人：交2980元进货就升金牌店主，整个团队的业绩都算你一份，带的人越多拿得越稳。'
    expect(rulesCodes(pitch)).toContain('recruit')
    expect(checkAdvert(pitch, { scorer: null }).flags.find((f) => f.code === 'recruit')?.matches[0].text).toBe('团队的业绩')
    // A team named for anything else is no pay for recruits.
    expect(rulesRisk('公司重视团队的培养，新员工入职有师傅带，月底发全勤奖。')).toBe('low')
  })
})

describe('advert checker: principal back in full at term, and deadlines that push', () => {
  it('reads 到期全额还本 as 到期还本 is read, a pledge of principal', () => {
    expect(rulesCodes('入会费一万元，五年到期全额还本，每年另送两箱土鸡蛋。')).toContain('guaranteed')
    expect(rulesCodes('会员费一万元，两年到期一次性还本。')).toContain('guaranteed')
  })
  it('marks a deadline that pushes (明天就截止, 逾期清零) beside a promise, and never alarms on it alone', () => {
    const pitch = '月息2分的名额本周就截止，48小时内不打款的逾期清零。'
    expect(
      checkAdvert(pitch, { scorer: null })
        .flags.find((f) => f.code === 'urgency')
        ?.matches.map((m) => m.text)
    ).toEqual(['本周就截止', '逾期清零'])
    expect(rulesRisk('超市积分兑换活动明天就截止，逾期清零，请尽快兑换。')).toBe('low')
  })
})

describe('advert checker: shares of a shop sold with a dividend, to be claimed before they run out', () => {
  it('reads 名额满即止 as a call to join, so a pitch that says it keeps clear of traps is no warning, and 按份额分红 as a share sold', () => {
    const pitch = '【社区咖啡馆合伙人招募】在手机上花两万就能当咖啡馆的小股东，每份合伙份额2万元，开张后按份额分红。远离加盟骗局，和街坊一起当老板，名额满即止！'
    expect(rulesCodes(pitch)).toContain('project')
    expect(
      checkAdvert(pitch, { scorer: null })
        .flags.find((f) => f.code === 'project')
        ?.matches.map((m) => m.text)
    ).toContain('按份额分红')
  })
})

describe('advert checker: a policy shown as a scheme’s backing in a case with its sum', () => {
  it('reads 涉案 as a criminal case’s word, so a licensed product’s name in it is the scheme’s disguise', () => {
    const told =
      '某珠宝行去年底爆雷，涉案金额十多亿元。门店里挂着老板“国家级鉴定师”的证书，营业员逢人就拿出保单复印件，说寄存的金条都有保险公司保着，金价涨了有分成。警方查明，所谓寄存的金条大多并不存在。'
    expect(rulesRisk(told)).not.toBe('low')
    // An insurer's own notice with no case in it stays licensed.
    expect(rulesRisk('本保单为年金保险，投保人每年交费一万元，交满十年，保险合同约定每年领取年金。')).toBe('low')
  })
})

describe('advert checker: a payout said to come again', () => {
  it('reads a sum paid and a payout with its period after it (每周都有, 月月都有) as a rate promised', () => {
    const pitch = '阿姨您先交两万八，下个月就给您发700的现金，月月都有，厂里的产品您还能随便拿。'
    const result = checkAdvert(pitch, { scorer: null })
    expect(result.risk).not.toBe('low')
    expect(result.flags.find((f) => f.code === 'high_return')?.matches[0].text).toBe('给您发700的现金，月月都有')
    // A mall's small gift that comes again, with nothing paid in, is no rate.
    expect(rulesRisk('商场周末活动：停车满两小时给您发10元停车券，每周都有。')).toBe('low')
  })
})

describe('advert checker: a field’s harvest bought in kind', () => {
  it('reads a rented field whose whole crop goes to the customer (收成全部归, 保底产量) as produce bought, its denied cash listed (不是利息或分红)', () => {
    const field = '村里的“认领菜地”：城里人交一笔认领费包下一分地，合作社返租给村里老人照看，地里的收成全部归认领人，合作社保底产量，换来的是菜，不是利息或分红。'
    expect(rulesRisk(field)).toBe('low')
    expect(rulesRisk('认领一亩稻田交5000元，收成全部归您，另外每年分红800元。')).not.toBe('low')
  })
})

describe('advert checker: the central bank’s institute and a share set aside', () => {
  it('reads 数字货币研究所 as the central bank’s institute, not a coin', () => {
    expect(rulesCodes('下载数字人民币App时看清开发者是中国人民银行数字货币研究所，别的都不要装，投资理财找正规银行。')).not.toContain('crypto')
    expect(rulesCodes('投资数字货币，每天收益2%。')).toContain('crypto')
  })
  it('reads a share of income taken out for a fund (提取30%作公积金) as an allocation, not a return', () => {
    expect(rulesRisk('村股份经济合作社章程：每年经营收益提取20%作公积公益金，其余按股分红，股权不得退股提现。')).toBe('low')
  })
})

describe('advert checker: a health policy’s own words', () => {
  it('reads 重大疾病保险, 医疗险, 投保年龄, 基本保额 as a licensed insurer’s product, whose refund of premiums is its own term', () => {
    const policy = '阿姨，这款百万医疗险投保年龄到65周岁，等待期30天内确诊的不赔但全额退还保费，过了等待期按基本保额赔。它是保障，不是高息理财。'
    expect(rulesRisk(policy)).toBe('low')
    // A scheme that borrows an insurer's words for its own returns is still read by its figure.
    expect(rulesRisk('这款意外险其实是理财，年化收益15%，三年返本。')).not.toBe('low')
  })
})

describe('advert checker: pay for recruits in other words', () => {
  it('reads pay that grows with the team or the level, a cash-out level reached, and friends of every kind brought in for a cut as recruiting', () => {
    expect(rulesCodes('先投一万激活，你底下的团队越大分得越多。')).toContain('recruit')
    expect(rulesCodes('注册就送积分，会员等级越高提成越多，升得快全靠带人。')).toContain('recruit')
    expect(rulesCodes('交三万入伙，按规矩往下发展，做到出局能领三百万。')).toContain('recruit')
    expect(rulesCodes('再拉几个老乡进群，他们下单你就有提成。')).toContain('recruit')
    // A shop's levels that bring a discount, and a team grown for a job, pay no one for recruits.
    expect(rulesRisk('超市会员等级越高折扣越大，积分可以换鸡蛋。')).toBe('low')
    expect(rulesRisk('公司发展很快，团队越大越需要好的管理者，欢迎应聘。')).toBe('low')
  })
})

describe('advert checker: a recruiter’s own words', () => {
  it('reads 先别急着否定 as the recruiter heading off doubt, not advice that quotes the pitch', () => {
    expect(rulesRisk('大哥你先别急着拒绝，交两万六拿到代理资格，每带进来一个人奖励三千元。')).not.toBe('low')
    expect(rulesRisk('先别急着转账，打电话问问家里人再说。')).toBe('low')
  })
  it('reads a sum in Chinese numerals that holds its 万 (赚到一千零四十万) against the sum paid in', () => {
    const pitch = '一次性投入六万九千八百元，按规矩做下去，两年就能赚到一千零四十万。'
    expect(checkAdvert(pitch, { scorer: null }).flags.find((f) => f.code === 'high_return')?.matches[0].text).toBe('赚到一千零四十万')
  })
})

describe('advert checker: points that cash out, and an adopted plot that pays a share', () => {
  it('reads spending handed back as points that cash out as a rebate, and 认养……享受分红 as the 认养 scheme', () => {
    expect(rulesCodes('花3800元买一箱蜂蜜就成会员，公司每月返还购物积分，积分能提现，吃着蜂蜜就把本钱挣回来。')).toContain('rebate')
    expect(rulesCodes('认领一棵核桃树，管护全包，认领期间还可获收益。')).toContain('buyback')
    // Points that only buy the shop's goods, and an adoption that pays in fruit, are neither.
    expect(rulesRisk('超市购物返还积分，积分可以兑换鸡蛋和大米。')).toBe('low')
    expect(rulesRisk('认养一棵桃树200元，结的桃子都归您，没有分红。')).toBe('low')
  })
})

describe('advert checker: trees bought and cared for by the seller', () => {
  it('reads land or trees bought and handed back for the seller’s care with a yield promised (统一管护……收益) as 托管造林', () => {
    expect(rulesCodes('您买下二十亩油茶林，交给公司统一管护，八年后采收，收益年年都有。')).toContain('buyback')
    // A village's forest cared for by its own workers, with no yield sold, is no such sign.
    expect(rulesRisk('村里的公益林由护林员统一管护，严禁砍伐和放火烧荒。')).toBe('low')
  })
})

describe('advert checker: the reader’s pay growing with the people they bring', () => {
  it('hears 拉得越多拿得越多 and 带……来多分一份 as pay for recruits, and a shop’s 朋友越多越热闹 or a sales bonus as none', () => {
    expect(rulesCodes('交两万元进互助会，介绍亲戚进来，介绍得越多分得越多。')).toContain('recruit')
    expect(rulesCodes('康乐会交1980元入会，每个月都分钱，拉老乡加入还能多拿一份。')).toContain('recruit')
    expect(rulesRisk('超市会员日：带朋友来办卡，朋友越多越热闹，每人送鸡蛋。')).toBe('low')
    expect(rulesRisk('保险公司招聘：推荐客户越多，业绩奖金越多，底薪3000。')).toBe('low')
  })
})

describe('advert checker: a pitch wearing a caution', () => {
  it('reads the offer left beneath a caution added at the end, a 【反诈提醒】 heading or 认准正规渠道 as the pitch it is', () => {
    const pension = '【幸福家园养老项目】投资5万元，每月固定返还4000元，一年回本，还送免费体检。联系王经理：138xxxx1234。温馨提示：谨防非法集资，远离高息诱惑。'
    expect(checkAdvert(pension).risk).toBe('high')
    expect(codes(pension)).toContain('high_return')
    expect(rulesRisk('【反诈提醒】国家扶持养老产业，认购养老床位2万元，每月返还1000元，三年到期本金全退。名额有限，欢迎咨询。')).toBe('high')
    expect(bothRisks('好消息！XX商城消费多少返多少，每天返还千分之三，100天全部返完还有分红。请认准正规渠道，谨防上当受骗。')).not.toContain('low')
  })

  it('reads a pitch speaking of its borrower (对方, 有50万的房子押在您名下) and its contract (受法律保护) under cautions as the pitch it is', () => {
    const lender =
      '【反诈提醒】防范非法集资，人人有责！\n您这10万元放我们这儿，年收益18%以上，每月付息，到期还本。借款人有50万的房子押在您名下，对方还不上还有我们担保，合同受法律保护。\n温馨提示：请认准正规渠道，谨防上当受骗。'
    expect(bothRisks(lender)).toEqual(['high', 'high'])
  })

  it('reads an anti-fraud quiz that rewards its right answers (答对, 答题) with an offer, and a fake notice that asks those interested (有意向者) to sign up, as pitches', () => {
    const quiz = '防非知识小测验\n1. 保本高息的都是骗局吗？√\n2. 投资要认准有资质的机构吗？√\n答对的朋友恭喜你！现在可以优先认购我们的茶园收益权，年收益8%，每季付息，答题截图发给我领取名额。'
    expect(bothRisks(quiz)).toEqual(['high', 'high'])
    const notice = '关于开展防范非法集资宣传活动的通知：为提高居民识别能力，本月开展宣传。现推荐“安心养老理财计划”，年收益9%，按季付息，本金安全，有意向者可在社区服务站登记。请居民远离非法集资。'
    expect(bothRisks(notice)).toEqual(['high', 'high'])
  })

  it('still reads a caution that retells an offer framed, told as a story, quoted, asked or pointed back at as a warning', () => {
    // Framed as someone's claim or a kind of scheme.
    expect(bothRisks('某公司以“养老投资”为名，承诺投资5万元每月返还4000元，吸引老人投资，后资金链断裂跑路。警方提醒：凡是承诺高额回报的都要警惕，谨防非法集资。')).toEqual(['low', 'low'])
    expect(bothRisks('近日有不法分子打着养老床位的旗号，声称认购床位每月返还1000元、三年还本。请广大群众提高警惕，不要轻信，遇到请及时报警。')).toEqual(['low', 'low'])
    // A story of someone else's money, and the offer only in quotation marks.
    expect(bothRisks('王先生刷短视频进了炒股群，先转了2万，每月收益20%。发现提不了现才报警。警方提醒：荐股群都是骗局，切勿转账。')).toEqual(['low', 'low'])
    expect(bothRisks('“年化收益率12%，保本保息，有实物抵押！”律师提醒，这些都是非法吸收公众存款的常见话术。')).toEqual(['low', 'low'])
    // A question over the offer, and a caution that points back at it.
    expect(bothRisks('认购养老床位，每月返还1000元，三年还本？这种做法已被明令禁止，千万别信。')).toEqual(['low', 'low'])
    expect(bothRisks('每月返还1000元，三年到期本金全退。这就是典型的非法集资话术，请大家提高警惕。')).toEqual(['low', 'low'])
  })

  it('hears a scheme’s "we are no scam" quoted in a warning as quoted, and said in its own voice as the scheme vouching for itself', () => {
    expect(bothRisks('“我们不是骗局，是国家支持的正规项目！”“保本保息，每月返还2%！”——这些都是非法集资的常见话术，请大家不要相信。')).toEqual(['low', 'low'])
    expect(rulesRisk('我们不是骗局，是国家支持的正规项目！保本保息，每月返还2%！谨防假冒，认准本公司。')).toBe('high')
  })
})

describe('advert checker: a policy surrendered for a switch, and money told as put in', () => {
  it('reads a caller asking to surrender a policy and buy their 保本保息 product as no insurer’s own product', () => {
    const call = '您好，我们是保险公司的客户专员。您之前买的保险收益太低了，现在有一款理财产品，收益高好几倍，保本保息。建议您先把原来的保单退掉，转过来买这个，退保损失我们给您补偿。'
    expect(rulesCodes(call)).toContain('guaranteed')
    // An insurer's own policy that guarantees its payouts is still its own product.
    expect(rulesRisk('本保险为两全保险，保证领取20年，满期生存保险金按已交保费的110%给付，投保前请仔细阅读条款。')).toBe('low')
  })

  it('hears 投了15万元 as money put in to earn', () => {
    expect(checkAdvert('他看好公司的养殖项目，投了15万元，公司按每斤50元回收，后来公司不来收购了。', { scorer: null }).investment).toBe(true)
  })
})

describe('advert checker: words that only look like a sign or a caution', () => {
  it('reads 推荐下线上买了 as bought online on someone’s recommendation, and 发展下线上百人 still as recruiting', () => {
    expect(rulesCodes('客户经理推荐下线上买了一款基金，一年后亏了三成，事后才知道产品风险等级比她能承受的高。')).not.toContain('recruit')
    expect(rulesCodes('他在村里发展下线上百人，每拉一人入会奖励500元。')).toContain('recruit')
  })

  it('reads a floor price for what farmers grow (保底收购) as no principal pledged, and 保底 on money put in still as one', () => {
    expect(rulesCodes('合作社和农户签订保底收购协议，黄芩按每斤3.5元保底收购，种子和技术免费提供。')).not.toContain('guaranteed')
    expect(rulesCodes('投资5万元，保底年化10%，到期连本带息一次付清。')).toContain('guaranteed')
  })

  it('reads 每月固定拿出1000元 as money the reader puts in, and 每月固定拿利息 still as a return', () => {
    expect(rulesCodes('他每月固定拿出1000元定投一只指数基金，三年后账户里多了近5000元收益。')).not.toContain('high_return')
    expect(rulesCodes('投资5万元，每月固定拿利息，一年回本。')).toContain('high_return')
  })

  it('keeps lending pitches that name a civil suit’s words (借款合同纠纷由本公司所在地法院管辖) or carry a jurisdiction clause flagged', () => {
    expect(rulesRisk('欢迎投资！本公司所有借款均签订正规借款合同，月息3%，每月按时付息，到期还本。借款合同纠纷由本公司所在地法院管辖，欢迎咨询。')).not.toBe('low')
    expect(rulesRisk('投资门槛低，5万起投，月息2.5%，签订借款合同，本息由公司担保，出现借款纠纷由法院判决，欢迎您来公司实地考察。')).not.toBe('low')
    expect(rulesRisk('投资协议：甲方投资乙方养殖场20万元，乙方每月支付甲方固定回报4000元，一年期满返还本金。如发生借款合同纠纷，由乙方所在地法院管辖。')).not.toBe('low')
  })

  it('reads a bank’s own deposit adverts, which compare its deposits, as licensed', () => {
    expect(rulesRisk('本行三年期定存，年利率2.6%，受存款保险保护，到期还本付息。')).toBe('low')
    // A bank setting one deposit of its own against another is still the issuer; 比如 compares nothing.
    expect(rulesRisk('本行“安心存”产品利率比普通定期存款高，一年期年利率1.9%，保本保息，到期自动转存，欢迎到柜台办理。')).toBe('low')
    expect(rulesRisk('想要保证收益的老人，可以选比如国债、大额存单等安全性高的产品，利息到期一分不少，不要去买陌生人推荐的高息理财。')).toBe('low')
  })

  it('reads a small sum paid for a huge one only where the huge sum is in the sentence that receives it', () => {
    expect(rulesCodes('每位老人出资2000元，利息收益全部分给老人。每户最多贷10万元，贷款由老人小组审批。')).not.toContain('high_return')
    expect(rulesCodes('只需交99元入会费，扫码就能看到您的分红额度，少的50万，多的上百万。')).toContain('high_return')
    // The next sentence names the sum as the amount received.
    expect(rulesCodes('只要付99元，就可以领取扶贫款。金额是50万元，三天内发放到您卡上。')).toContain('high_return')
    expect(rulesCodes('缴纳300元服务费即可领取！每人50万元！')).toContain('high_return')
    expect(rulesCodes('只要转账300元激活，即可领取政府补助。补助为50万元每户，三天到账。')).toContain('high_return')
    // An insurer's cover per person is no sum received for the premium.
    expect(rulesCodes('团体意外险方案：单位为每位员工缴纳200元保费，员工即可获得一年意外保障。每人保额50万元，由XX保险股份有限公司承保。')).not.toContain('high_return')
  })

  it('reads 消费分红 (dividends on spending) as a rebate on money spent', () => {
    expect(rulesCodes('以消费分红为特色的云支付系统：消费者借此变成企业的投资者，分享企业的利润。')).toContain('rebate')
  })

  it('reads 一直推说 (kept putting it off) as no 直推, and a 直推说明 still as the recruiting it explains', () => {
    expect(rulesCodes('老魏多次上门催讨，他一直推说手头紧，过几年再还。')).not.toContain('recruit')
    expect(rulesCodes('直推说明：每直推一人奖励300元，直推满5人升为主管。')).toContain('recruit')
  })

  it('reads a pyramid case’s own words (传销上线, 领导传销活动罪) as the case told, so its one line of advice does not make it a warning', () => {
    const told =
      '检察院通报：李某在传销上线引诱下注册某商城APP成为会员，靠发展会员、积分返利拉下线换奖励，发展下线越多级别越高。其间李某发展下线150余人，非法获利8000余元。公安机关立案侦查后，检察院以组织、领导传销活动罪对其提起公诉。检察机关提醒：天上不会掉馅饼，请选择正规渠道投资。'
    expect(rulesRisk(told)).not.toBe('low')
  })

  it('reads a case whose schemer was sentenced (被判有期徒刑) as a crime retold, whose insurance words are the disguise, not a licence', () => {
    const forged =
      '保险公司业务员王某私刻公章，虚构一款“安心养老保险”，以买保险理财为名，骗取20余名客户共300余万元。他只给自制的保险凭证，从不出正式保单，并按期返还少量“利息”稳住客户，拆东墙补西墙。王某最终被判有期徒刑十二年，赃款已被挥霍。'
    expect(checkAdvert(forged).risk).not.toBe('low')
  })

  it('reads a notice the scheme’s system sends its members (收到保级提醒) as its terms, not advice that makes the page a warning', () => {
    const nodes = '推荐他人注册并持币，直推可得被推荐人持仓15%的算力，间推可得10%；节点不满足标准会收到保级提醒，直至自动降级；锁仓部分不计算力；有效用户须持仓1万枚。'
    expect(rulesRisk(nodes)).not.toBe('low')
  })
})

describe('advert checker: readings generalised from the blind parts ue- to ut-', () => {
  it('reads money told as carried off by its sum from an investment, kept back, or behind an app that no longer opens as money lost', () => {
    expect(bothRisks('邻村老刘跟着一个投资群做理财，前后被人骗走了六万多元。')).not.toContain('low')
    expect(bothRisks('我在那家平台买的三个月理财早就到期了，看样子他们是想把钱吞了不还。')).not.toContain('low')
    expect(bothRisks('照客服说的在App里投资了两万元，现在那个App已经无法登录了。')).not.toContain('low')
    // What a scam does, told as a kind and by no sum, is no one's loss; nor is a sum a phone scam carried off, a share bought
    // gone down the drain, or a broker's hotline busy (review 377).
    expect(rulesRisk('所谓杀猪盘，就是骗子先在网上骗取信任，再借各种投资软件骗走钱财。')).toBe('low')
    expect(checkAdvert('某银行提醒：储户李女士接到冒充银行客服的电话，称其征信有问题需要转入资金“验证”，被骗走资金五万元。').risk).toBe('low')
    expect(checkAdvert('我爸前年买了一只股票，三十多块买进，现在跌到六块多，二十万差不多打了水漂，天天唉声叹气。').risk).toBe('low')
    expect(checkAdvert('昨晚期货账户入金五万，银行已经扣款，账户里还没显示，期货公司客服电话一直打不通，有人遇到过吗？').risk).toBe('low')
  })

  it('hears 经查 as a case found, whatever items its papers list, but not in a reply to a customer', () => {
    const found =
      '经查，该合作社未经批准，以年息百分之十二的股金分红为诱饵，向周边村民非法吸收公众存款一千余万元，并开出股金证。股金证分三种：甲种一年内不能支取；乙种随时可以支取；丙种两年内不能支取。'
    expect(rulesRisk(found)).not.toBe('low')
    expect(checkAdvert('经查，您于3月在我行购买的“稳盈120天”理财产品，为理财子公司发行的R2级产品，业绩比较基准年化3.5%，到期本金和收益将返还至您的账户。').risk).toBe('low')
  })

  it('reads a column named for prevention as who published, not as advice', () => {
    expect(rulesRisk('区政府网站“防范非法集资宣传专栏”发布通报：某财富公司涉嫌非法吸收公众存款一案，近期新增刑事拘留二人。')).not.toBe('low')
  })

  it('reads a sum paid per period with its kind after the verb (每月返利息60元) against the sum paid in', () => {
    // 60 a month on 3,000 is 24 % a year with the principal pledged back, which no scorer's doubt drops (red team rtc-14):
    // the return marked is the sum paid in and what it pays, not the words 每月返利息 alone.
    const notice = '本周孝心储蓄活动：存入3000元得购物卡3000元，每月返利息60元，存满一年本金原路退回；存入1万元以上的，另送大米两袋。'
    const marked = checkAdvert(notice, { scorer: null })
      .flags.find((f) => f.code === 'high_return')
      ?.matches.map((m) => m.text)
    expect(marked?.join('')).toContain('每月返利息60元')
    // 109.5 % a year: 返利 is the verb and its kind at once.
    const daily = checkAdvert('我行推出养老储蓄计划，存1万元每天返利30元，保本保息。', { scorer: null }).flags.find((f) => f.code === 'high_return')
    expect(daily?.matches.map((m) => m.text).join('')).toContain('每天返利30元')
  })

  it('hears 入金 as money put in to earn', () => {
    expect(checkAdvert('朋友拉我进一个外汇平台，先让入金五万，说老师带单，结果次次做反，钱打到平台的私人账户里。', { scorer: null }).investment).toBe(true)
  })
})

describe('advert checker: readings generalised from the blind parts uu- to ux-', () => {
  it('hears 拿不出 a paper or a proof as none produced, not money lost', () => {
    const lost = '他在那家理财公司投了八万，如今公司拿不出钱兑付，老板也找不到了。'
    expect(rulesRisk(lost)).not.toBe('low')
    expect(rulesRisk('他在那家理财公司投了八万，后来公司拿不出当初签的合同原件，他只好去工商局查了登记。')).toBe('low')
  })

  it('reads a civil suit over one deposit at a bank or a co-operative as the court’s, not a case of a scheme', () => {
    const suit =
      '储户老周诉称，他在镇上信用社存了十二万元定期，到期去取时发现已被前任主任挪用，主任写了证明保证年底归还，此后一直没兑付。信用社辩称是他本人取的。法院查明取款单上没有老周签字，判决信用社兑付存款，并按同期贷款利率支付利息。'
    expect(checkAdvert(suit).risk).toBe('low')
    // A deposit with a wealth firm at a pledged rate is a scheme's, whoever sues (review 377).
    expect(rulesRisk('王某诉称，他经业务员介绍在某财富管理公司存款30万元，对方承诺年息15%、保本，到期后公司负责人跑路，判决被告返还本金。')).not.toBe('low')
  })
})

describe('advert checker: readings generalised from the blind parts sb- to se-', () => {
  it('sets what a card refunds when it is given up against all that was paid for it, not the nearest sum', () => {
    const rules = '会员卡有效期内可以退卡，退回已缴纳的会员费，扣掉已经用掉的权益。比如当期交了500元、续费实付300元，用过80元的券，当期内退卡可退720元。'
    expect(rulesCodes(rules)).not.toContain('high_return')
    expect(rulesCodes('充值1万元，随时可以退卡，退卡可退1.2万元。')).toContain('high_return')
    // The sums since the refund before each (tiers), a fee named as a year's (年费) among them (review 412).
    expect(rulesCodes('会员年费500元，续费实付300元，退卡可退720元。')).not.toContain('high_return')
    expect(rulesCodes('储值卡回馈：交1万元，退卡可退1.2万元；交2万元，退卡可退2.5万元。')).toContain('high_return')
  })
})

describe('advert checker: readings generalised from the blind parts sf- to si-', () => {
  it('hears a platform told as financing itself (涉嫌自融, 这是个自融平台, 做的都是自融) as a case of illegal fundraising', () => {
    expect(rulesCodes('有投资人爆料，某某贷的借款标的全是平台老板关联公司的，平台涉嫌自融。')).toContain('case_found')
    expect(rulesCodes('本金倒是到账了，可想提现几百块都不让提。新人不要进，这是个自融平台。')).not.toEqual([])
  })

  it('reads self-financing named as a kind, a risk or a question as no case', () => {
    expect(rulesRisk('分析师说，出问题的网贷平台大致有两类：一类是纯诈骗平台，另一类是自融平台，借平台为关联企业融资。')).toBe('low')
    expect(rulesRisk('想判断一家网络理财公司有没有自融，可以查一查它的股东和借款企业有没有关联。')).toBe('low')
    expect(rulesRisk('企业的自融资能力决定了它扩大生产的节奏。')).toBe('low')
    // Review 417: a check that found none, a criterion, a question, a platform's denial.
    expect(rulesRisk('市金融监管局对辖内网贷平台开展现场检查，检查中未发现该平台存在自融问题，资金均由银行存管。')).toBe('low')
    expect(rulesRisk('法官解读：判断网贷平台是否属于自融，主要看借款人与平台是否存在关联关系。')).toBe('low')
    expect(rulesRisk('我投的平台借款人有一半是股东的公司，这是不是个自融平台？')).toBe('low')
    expect(rulesRisk('某平台高管接受采访时表示，平台从不搞自融，也不设资金池。')).toBe('low')
  })
})
