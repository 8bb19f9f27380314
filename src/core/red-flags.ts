/**
 * Red flags of an illegal fundraising pitch (../shared/domain.md). The codes
 * are shared by articles, case lessons, the quiz and the advert checker, so a
 * resident who misses a sign in the quiz can be sent to the lesson about it.
 */
export const RED_FLAGS = [
  { code: 'guaranteed', label: '承诺保本、无风险' },
  { code: 'high_return', label: '承诺高额或固定回报' },
  { code: 'recruit', label: '拉人头、发展下线' },
  { code: 'buyback', label: '售后返租、约定回购' },
  { code: 'rebate', label: '消费返利、储值生息' },
  { code: 'equity', label: '原始股、即将上市' },
  { code: 'crypto', label: '虚拟货币、区块链概念' },
  { code: 'pension', label: '借养老名义揽钱' },
  { code: 'mutual_aid', label: '互助社、入股分红' },
  { code: 'project', label: '项目、众筹、份额包装' },
  { code: 'open_to_public', label: '谁都能来交钱' },
  { code: 'urgency', label: '名额有限、催促交钱' },
  { code: 'authority', label: '冒称政府或国企背景' },
  { code: 'fake_payout', label: '冒充政府发钱' },
  { code: 'pay_to_withdraw', label: '先交钱才能取回钱' },
  { code: 'auction_fee', label: '先交费才帮您拍卖藏品' },
  { code: 'private_account', label: '现金或私人账户收款' },
  { code: 'unlicensed_name', label: '无牌使用金融名号' },
  { code: 'lending_platform', label: '网贷平台出借、加息' },
  { code: 'lure_gifts', label: '免费讲座、旅游、礼品拉人' }
] as const

export type RedFlagCode = (typeof RED_FLAGS)[number]['code']

/**
 * The advert checker's own sign, where none of the signs above is found in the text's words but its statistical scorer,
 * reading the whole text, is all but sure it is a pitch or a case (ad-check/engine.ts). No content is tagged with it.
 */
export const RESEMBLES = 'resembles'
/**
 * The advert checker's other sign of its own: a text that tells a finding of illegal fundraising (a crime charged or judged,
 * money taken from the public) and quotes none of the pitch's words, as a news item of a verdict does. No content is tagged
 * with it.
 */
export const CASE_FOUND = 'case_found'
/**
 * And a third: a text that tells money put into a platform or a scheme as lost (跑路, 爆雷, 拿不回来) and quotes none of
 * the pitch's words, as a victim's post does. No content is tagged with it.
 */
export const MONEY_LOST = 'money_lost'
/** What a sign the advert checker reports can be: one of the red flags, or one of its own. */
export type CheckSignCode = RedFlagCode | typeof RESEMBLES | typeof CASE_FOUND | typeof MONEY_LOST

/**
 * Signs of fraud that takes the reader's money, not of fundraising: the scorer, which learned how fundraising is pitched
 * and told, has no say over them (ad-check/engine.ts), and the anti-fraud line 96110 is the one to call (ad-check/present.ts).
 */
export const FRAUD_SIGNS: ReadonlySet<CheckSignCode> = new Set<CheckSignCode>(['fake_payout', 'pay_to_withdraw', 'auction_fee'])

export interface RedFlag {
  code: RedFlagCode
  label: string
}

const LABELS = new Map<string, string>(RED_FLAGS.map((f) => [f.code, f.label]))

export function isRedFlagCode(value: string): value is RedFlagCode {
  return LABELS.has(value)
}

export function redFlagLabel(code: string): string {
  return LABELS.get(code) ?? code
}

const CODES = new Map<string, RedFlagCode>(RED_FLAGS.map((f) => [f.label, f.code]))

/** The code of a flag named by its label, if it is one. */
export function redFlagCodeOf(label: string): RedFlagCode | undefined {
  return CODES.get(label)
}

/** Expands codes into `{ code, label }`, keeping order and dropping unknown codes. */
export function toRedFlags(codes: readonly string[]): RedFlag[] {
  return codes.filter(isRedFlagCode).map((code) => ({ code, label: redFlagLabel(code) }))
}
