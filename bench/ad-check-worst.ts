/**
 * The advert checker on hostile texts: the longest text the API takes (5,000
 * characters) made of one piece repeated, against the same piece at a quarter
 * of the length. Linear cost shows as a ratio near 4; the time of the longest
 * is what one request can hold the event loop for.
 */
import { checkAdvert } from '../src/core/ad-check/engine'

export const HOSTILE_PIECES = [
  '一万',
  '万',
  '亿',
  '1',
  '1.1',
  '一点二三',
  '十',
  '。',
  '！',
  '\n',
  '保本',
  '年化',
  '每月返',
  '1万元每月返1元',
  '年息百分之一',
  '谨防',
  '邀请好友',
  '交一万元，每月返还两百元，一年后返还一万二',
  '利息1%',
  '会员费两万八',
  '😀',
  // The readings that span a stretch of text (a windfall then its fee, animals sold then their produce bought back).
  '扶贫发放一万',
  '每对10元公司回收',
  '；1元；',
  // A total after a term, a fee after a rate, a commission on a recruit's money, a small sum for a huge one, the state's stake.
  '投一万元，100天后本息合计两万',
  '每月按本金的1%收取手续费',
  '拉一人拿投资额1%',
  '交1元，到账1万',
  '扶贫资金入股贫困户',
  // An impersonated payout (a demand read after an official name and money), an insurer as guarantor, most of a price
  // handed back, a scheme's semicolon list of terms, a service's reminder.
  '社保补贴请报密码',
  '保险公司担保',
  '累计返售价的99%',
  '；层碰奖10%；',
  '提醒续期',
  // A bonus on a team's money, earning power for a recruit, a machine's daily yield, a caution signing off, a group told to
  // ignore outsiders, break-even, a buy-back at principal plus interest.
  '0.5%的管理奖',
  '邀请好友注册再送算力',
  '每天自动产出0.8个USDT',
  '谨防诈骗。',
  '不要相信外面的谣言',
  '才能保本',
  '本金加利息回购',
  // A finding of pyramid selling, a penalty and an office's case, pay growing with the team's business, recruits who
  // recruit, produce bought in kind, a plan for sharing out income, advice to check first, a scheme's order of secrecy, a
  // payout queue moved by newcomers, members admitted to a co-operative.
  '涉嫌网络传销',
  '传销案',
  '罚没',
  '检察院办理的',
  '团队做得越大拿得越多',
  '找三个人进来，他们再各找',
  '保底给20斤',
  '采摘权',
  '每年制定收益分配',
  '一定先查对方底细',
  '签约前要看清',
  '不得向外人透露',
  '后面买卡的人越多，越快领',
  '合作社吸收农户入社',
  // A fee before one's own money is paid out (both orders), money welcome from anyone, quick payback, a deadline, a loan
  // within the family, a campaign day's name, advice to report, a promise to beat the bank, a big shareholder's buy-back.
  '缴纳税费才能提现',
  '提现需先交保证金',
  '亲戚朋友都可以来',
  '面向社会招募',
  '半年回本',
  '48小时内有效',
  '借表哥五万',
  '防范经济犯罪宣传日',
  '应向派出所报案',
  '跑赢银行',
  '大股东回购',
  // A tax asked before an official payout, a tax refund claimed with numbers, principal and interest underwritten, a scheme's
  // promises numbered, brushed orders, a cash machine worked by phone, what a platform's arrangement prevents.
  '国家慰问金兑付前需先由本人缴纳所得税',
  '税务局退税请按页面提示填写姓名、身份证号、',
  '本息承保',
  '许诺两类奖金，一是',
  '刷单全额返还',
  '民政补助到柜员机按电话指示操作',
  '资金托管杜绝资金池',
  // A fee before a collectible is auctioned (an auction named within 80 characters, a bidder just before), a pyramid charge,
  // 高额 inside a return's match, a seller's order of secrecy, a subscription within one clause, 反诈 as someone's work, a rule
  // breached.
  '送去秋拍，先交一笔保证金',
  '拍卖',
  '交鉴定',
  '竞买人交纳保证金',
  '因组织、领导传销活动罪',
  '承诺高额回报',
  '切勿外传',
  '认购，',
  '讲反诈',
  '违反私募基金规定',
  // A fee named for unfreezing, and one asked under threat of losing the money.
  '缴纳解冻',
  '缴纳保证金，否则资金',
  // The scorer's own lift: a case told with no sign's words (its heaviest clauses found), one long clause and many short.
  '该团伙先后吸纳会员两千余人涉案金额三千多万元目前主要人员已被刑事拘留',
  '吸纳会员，涉案万元，',
  // A pitch under a caution (its sentences read again with the cautions taken away), a quote never closed, headings.
  '温馨提示：谨防非法集资。投5万每月返4000元。',
  '“每月返4000元',
  '【反诈提醒】',
  // The reader's pay growing with the people they bring.
  '拉人进来越多',
  '带姐妹来多分',
  // The eighth round's readings: money paid into a card and paid back as more over time (a payout per period and its count, a
  // total by the month), a payout that comes again, a pyramid ring busted, a penalty's fine, a denial of the public element, a
  // fee asked first, a co-operative's counter, a harvest's denied cash, contract farming, a deadline, a crop bought, the central
  // bank's institute, a share set aside, a health policy, pay growing with the team or level, a cash-out level, friends brought
  // in, a recruiter's 别急着, a sum holding its 万, a case's 涉案, shares paid out.
  '充1元每月返2元分3期',
  '存1元，按月共返2元',
  '交1元，给您发1元的红包，每周都有',
  '破获传销',
  '罚款1',
  '不涉及向公众吸收',
  '先交费',
  '合作社代办点',
  '不是现金回报',
  '付给农户代养费',
  '明天就截止',
  '收成全部归',
  '不是利息或分红或',
  '数字货币研究所',
  '收益提取30%',
  '重疾险',
  '团队越大拿得越多',
  '等级越高提成越多',
  '做到出局就能拿',
  '拉几个老姐妹进来',
  '别急着否定',
  '赚到一千零四十万',
  '涉案',
  '按份额分红',
  '返还积分，可以折现',
  '认养期间享受分红',
  '本公司推出养老项目，年化收益百分之十二，保本保息，名额有限，推荐一人奖励五百元。',
  // A flagged text under advice whose words of a case are each denied in their clause, and a victim's acts beside advice to
  // report: every clause is read for them (engine.ts commaClauses).
  '警方提醒：年化20%保本保息。没有被告，不涉案',
  '发现被骗要报警，她这才确定被骗并报警，',
  '先打保证金交了以后马上给您',
  '保证金才会退还本金',
  '首付包租',
  '购买理疗仪19800元，每月返还1650元，12个月返完',
  '比定期存款高',
  // A finding named as a case, a refund withheld before its verb, a lead sought, a founder's name lent.
  '非法集资案',
  '本金迟迟不退还',
  '举报涉嫌非法集资',
  '中国人寿牵头成立的',
  // Money placed with someone, told as lost; a membership fee promised back whole.
  '在平台放了钱，跑路了',
  '会员费五年后全额退还',
  '会员费会员费会员费',
  // A sum carried off after an investment word (read past a sentence's and a clause's words); a platform before a login refused.
  '投资骗走了一些',
  '平台无法无法',
  // A refund on a card given up, set against the sums paid since the refund before it.
  '续费实付1元，退卡可退2元',
  // Self-financing told of a platform, read up to a question mark in its clause.
  '都是自融'
]

const repeatTo = (piece: string, length: number) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length)

// The fastest of several runs: on a shared machine the others measure the neighbours.
function msPerCheck(text: string): number {
  for (let i = 0; i < 3; i++) checkAdvert(text)
  let best = Infinity
  for (let i = 0; i < 15; i++) {
    const started = process.hrtime.bigint()
    checkAdvert(text)
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6)
  }
  return best
}

export function adCheckWorstCases(): { piece: string; ms: number; ratio: number }[] {
  return HOSTILE_PIECES.map((piece) => {
    const ms = msPerCheck(repeatTo(piece, 5000))
    return { piece, ms, ratio: ms / msPerCheck(repeatTo(piece, 1250)) }
  })
}
