/**
 * What the result screen needs from a check: the pasted text cut into plain
 * and highlighted pieces, the sentence that sums it up, and where to read more.
 */
import type { CategoryCode } from '../categories'
import { CASE_FOUND, FRAUD_SIGNS, MONEY_LOST, RESEMBLES, type CheckSignCode } from '../red-flags'
import type { CheckResult, Risk } from './engine'
import { RULES } from './rules'
import { chineseWords, UNIT } from '../words'

export interface Piece {
  text: string
  /** The signs whose words this stretch is drawn for, in the order they start; empty for plain text. */
  flags: CheckSignCode[]
}

const HAN = /[\u3400-\u9fff]/
/** Grammar the segmenter glues to a verb (返还给, 赚了, 卡里): the words read whole without it. */
const PARTICLE = /[了给里的着过地得在]/
/** Where a phrase ends: punctuation, a bracket or quote, a line break or a space. */
const PHRASE_EDGE = /[，。、；：！？,.;:!?（）()“”"‘’'「」『』【】《》…—~～\s]/
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/
/** A mark grows to its phrase's end when no more than this many characters lie between (息150元, 奖励300元), a figure counted as one. */
const PHRASE_REST = 5
/** The figure a mark ends in (or inside), with the start of a unit the mark may already hold (12个 of 12个月). */
const TRAILING_FIGURE = /[0-9０-９零一二两三四五六七八九十百千万亿][0-9０-９.．,，零一二两三四五六七八九十百千万亿]*(?:个|块)?$/
/** A figure and its unit (the units are the ones a narrow line keeps with their figure, words.ts UNIT). */
const FIGURE_AND_UNIT = new RegExp(`^[0-9０-９零一二两三四五六七八九十百千万亿][0-9０-９.．零一二两三四五六七八九十百千万亿]*(?:[,，][0-9０-９]{3})*${UNIT}`)

/**
 * Each flag's words end where a word ends: a match that stops one character inside a word (推荐奖|励, 全额退|款,
 * 原始股|权) takes that character, so the highlight and the quoted words read as words. Where the platform has no
 * segmenter the words stay as the checker found them. Only the end grows, by one character and never by a particle:
 * the segmenter's longer or leading words (投入股, 越高收益) read worse than the match.
 */
export function wholeWords<T extends Pick<CheckResult, 'flags'>>(text: string, result: T): T {
  const words = result.flags.length > 0 ? chineseWords(text) : null
  if (!words) return result
  const starts = new Set<number>([text.length])
  let at = 0
  for (const w of words) {
    starts.add(at)
    at += w.length
  }
  const end = (i: number) => (!starts.has(i) && starts.has(i + 1) && HAN.test(text[i] ?? '') && !PARTICLE.test(text[i]) && HAN.test(text[i - 1] ?? '') ? i + 1 : i)
  return {
    ...result,
    flags: result.flags.map((f) => ({
      ...f,
      matches: f.matches.map((m) => {
        const to = end(m.end)
        return { start: m.start, end: to, text: text.slice(m.start, to) }
      })
    }))
  }
}

/**
 * The text in order, cut into plain stretches and marks, each mark followed on screen by its signs' numbers. Words of
 * two signs that overlap or start together (承诺年回报率15%并到期返还本金 is both a fixed return and a promised principal)
 * are one mark carrying both signs: two highlights laid over each other read as neither.
 *
 * What is drawn is wider than what the checker quotes, so that neither the mark nor the number after it cuts a word:
 * the checker's words can stop inside one (每月返|息150元), and a number there splits what the reader reads as one
 * thing; a number before the words (村民互助①、②合作社) split a name the segmenter cuts in two. So the numbers come after
 * the words, as a footnote's do, and a mark takes in the rest of its phrase when that is short (up to PHRASE_REST
 * characters to a comma or a full stop, with no other mark in between: 每月返息150元, 推荐一人奖励300元), and otherwise
 * ends at the segmenter's word edge; it starts at a word edge. Only the drawing grows: the sign's quoted words (原话)
 * stay the checker's.
 */
export function highlight(text: string, result: Pick<CheckResult, 'flags'>): Piece[] {
  const spans = result.flags.flatMap((f) => f.matches.map((m) => ({ start: m.start, end: m.end, code: f.code }))).filter((m) => m.end > m.start)
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  const marks: { start: number; end: number; flags: CheckSignCode[] }[] = []
  for (let i = 0; i < spans.length;) {
    const start = spans[i].start
    let end = spans[i].end
    const flags: CheckSignCode[] = []
    // Gather every span that overlaps the mark so far; spans are sorted by start, so one pass suffices.
    for (; i < spans.length && spans[i].start < end; i++) {
      end = Math.max(end, spans[i].end)
      if (!flags.includes(spans[i].code)) flags.push(spans[i].code)
    }
    marks.push({ start, end, flags })
  }
  const edges = wordEdges(text)
  marks.forEach((m, k) => {
    const floor = k > 0 ? marks[k - 1].end : 0
    const ceiling = k + 1 < marks.length ? marks[k + 1].start : text.length
    m.start = Math.max(floor, edges.before(m.start))
    let to = m.end
    // Latin letters end the growing too: a link pasted right after the words (年化收益36%https://…) is not their phrase.
    while (to < ceiling && !PHRASE_EDGE.test(text[to]) && !LATIN.test(text[to])) to++
    const phraseEnds = to === text.length || PHRASE_EDGE.test(text[to])
    // A figure counts as one character: 奖励300元 is three things to read, not six.
    const rest = text.slice(m.end, to).replace(/[\d.,%％]+/g, '0').length
    m.end = withUnit(text, phraseEnds && rest <= PHRASE_REST ? to : Math.min(ceiling, edges.after(m.end)), ceiling)
  })
  const pieces: Piece[] = []
  let at = 0
  for (const m of marks) {
    if (m.start > at) pieces.push({ text: text.slice(at, m.start), flags: [] })
    pieces.push({ text: text.slice(m.start, m.end), flags: m.flags })
    at = m.end
  }
  if (at < text.length) pieces.push({ text: text.slice(at), flags: [] })
  return pieces
}

/**
 * A mark that ends in a figure ends after its unit: 拉人奖励100|元 and 连返12个|月 (the segmenter's word edge falls
 * between a figure and its unit) showed a sum cut from what it counts. Never past the next mark.
 */
function withUnit(text: string, end: number, ceiling: number): number {
  const figure = TRAILING_FIGURE.exec(text.slice(Math.max(0, end - 16), end))
  // A lone Chinese numeral is as often part of a word (统一, 万一) as a count: only a figure with a digit, or two numerals.
  if (!figure || (!/[0-9０-９]/.test(figure[0]) && figure[0].replace(/[个块]$/, '').length < 2)) return end
  const from = end - figure[0].length
  const whole = FIGURE_AND_UNIT.exec(text.slice(from, from + 24))
  return whole && from + whole[0].length > end ? Math.min(ceiling, from + whole[0].length) : end
}

/**
 * The word edge at or before, and at or after, a place in the text (the place itself without a segmenter). Each walks
 * at most one word from the place, so drawing every mark of a long text stays linear in its length.
 */
function wordEdges(text: string): { before: (i: number) => number; after: (i: number) => number } {
  const words = chineseWords(text)
  if (!words) return { before: (i) => i, after: (i) => i }
  const edge = new Uint8Array(text.length + 1)
  let at = 0
  for (const w of words) {
    edge[at] = 1
    at += w.length
  }
  edge[text.length] = 1
  return {
    before: (i) => {
      while (i > 0 && !edge[i]) i--
      return i
    },
    after: (i) => {
      while (i < text.length && !edge[i]) i++
      return i
    }
  }
}

export const RISK_TEXT: Record<Risk, { title: string; sentence: string }> = {
  // What to do next is the buttons right under the sentence (call, report): the sentence no longer says it again.
  // Not "多个": one sign is high on its own (a fee before a payout, two core promises in one phrase), and a new user read
  // "1 个危险信号" above "多个…信号" as a contradiction.
  high: { title: '高风险', sentence: '这段文字有非法集资的典型信号：请不要交钱，这样的宣传也别转发给亲友。' },
  medium: { title: '中风险', sentence: '这段文字有非法集资的信号，先别交钱，对照下面的说明核实一下。' },
  low: {
    title: '低风险',
    // A low verdict is read by people pasting all kinds of text (a family chat, a village fee notice, a fake subsidy):
    // the licence is the one check for money put in to earn, and the line after it holds for any text that asks to pay
    // first. A written contract and a company account were listed as checks too, until a new user read them as making an
    // investment safe: schemes use both, and losses in one are the participants' own (Art. 25).
    sentence:
      '没有发现明显的非法集资信号，但这不等于安全。要是有人让您投钱、许诺回报，先问清对方有没有金融监管部门发的牌照：没有牌照的，合同签得再正规，亏了也只能自己担。要您先交钱才能领钱、领补贴，或者要银行卡密码、验证码的，一律是骗局。拿不准就打热线。'
  }
}

/**
 * A text whose only sign is a payout impersonated is fraud, not fundraising: its verdict says so and names 96110, as
 * the sign's own explanation does, rather than send the reader looking for fundraising signs it does not have.
 */
const FAKE_PAYOUT_SENTENCE = '这段文字像冒充政府部门“发钱”的骗局：真正的补贴不用先交钱，也不会要银行卡号、密码和验证码。别报号码、别转账，拿不准就打 96110 反诈专线问一问。'

/** Likewise a text whose only sign is a fee asked before one's own money is paid out (pay_to_withdraw). */
const PAY_TO_WITHDRAW_SENTENCE = '这段文字像“先交钱才能把钱取回来”的骗局：正规平台提现、退款不用另外交税费、保证金或解冻费。别再转钱，尽快报警，拿不准就打 96110 反诈专线问一问。'

/** Likewise a text whose only sign is a fee asked before the reader's collectible is auctioned (auction_fee). */
// Said at a medium level (an auctioneer may charge fees a contract agrees), so it tells a reader who has not paid to hold
// off and ask, and one who has paid to go to the police: a new user read "尽快报警" under 中风险 as a contradiction.
const AUCTION_FEE_SENTENCE =
  '这段文字有“先交费再帮您高价拍卖藏品”骗局的样子：估价说得越高，后面要交的鉴定费、服务费、保证金越多，拍卖款却到不了手。先别交钱，拿不准就打 96110 反诈专线问一问；已经交了钱的，尽快报警。'

/**
 * A text the scorer alone found like a pitch or a case (RESEMBLES): no one sign is in its words, and the verdict says so
 * rather than count a likeness as a sign found.
 */
const RESEMBLES_SENTENCE = '没有哪一句明说高息、保本，但整段话和我们见过的非法集资宣传、案情很像。要是有人拿这样的说法让您交钱，先别交，拿不准就打电话问一问。'
/** A text whose only sign is a fundraising case's finding (CASE_FOUND): it reports a scheme, it does not pitch one. */
const CASE_FOUND_SENTENCE = '这段话讲的是一起非法集资的事。文中的公司、平台或项目，不管以后换成什么说法来找您，都别交钱。'
/**
 * A text whose only sign is money told as lost (MONEY_LOST): its reader may be one who lost it. Chasing the money through
 * someone who asks a fee first is the second fraud such readers meet (rules.ts pay_to_withdraw). Keeping the papers and
 * reporting to the police is the paid reader's note on the same screen, not said twice.
 */
const MONEY_LOST_SENTENCE = '这段话讲的是投进去的钱拿不回来的事。如果您或家人在里面投了钱，别再往里加钱，也别信先交钱就能帮您追回损失的人。'
const resemblesOnly = (result: Pick<CheckResult, 'flags'>) => result.flags.length > 0 && result.flags.every((f) => f.code === RESEMBLES)

/** What the verdict says of the signs: how many were found, or how many sentences are like a pitch where none was. */
export function signCount(result: Pick<CheckResult, 'flags'>): string | null {
  if (result.flags.length === 0) return null
  return resemblesOnly(result) ? `发现 ${result.flags[0].matches.length} 句像非法集资的说法` : `发现 ${result.flags.length} 个危险信号`
}

/** Signs of fraud (FRAUD_SIGNS): the anti-fraud line 96110 is the one to call, whatever fundraising signs stand beside them. */
export function callsFraudLine(result: Pick<CheckResult, 'flags'>): boolean {
  return result.flags.some((f) => FRAUD_SIGNS.has(f.code))
}

export function verdictSentence(result: Pick<CheckResult, 'risk' | 'flags'>): string {
  if (result.risk === 'low' || result.flags.length === 0) return RISK_TEXT[result.risk].sentence
  if (result.flags.every((f) => f.code === 'fake_payout')) return FAKE_PAYOUT_SENTENCE
  if (result.flags.every((f) => f.code === 'pay_to_withdraw')) return PAY_TO_WITHDRAW_SENTENCE
  if (result.flags.every((f) => f.code === 'auction_fee')) return AUCTION_FEE_SENTENCE
  if (resemblesOnly(result)) return RESEMBLES_SENTENCE
  if (result.flags.every((f) => f.code === CASE_FOUND)) return CASE_FOUND_SENTENCE
  if (result.flags.every((f) => f.code === MONEY_LOST)) return MONEY_LOST_SENTENCE
  return RISK_TEXT[result.risk].sentence
}

/**
 * A caution a flagged text wears (谨防非法集资, 投资有风险, 不是骗局): a reader who sees such words above 高风险 may doubt the
 * verdict, since it reads like a warning. The verdict quotes the words and says why they prove nothing: schemes write
 * them too (engine.ts offerBeneath reads such a text as the pitch beneath). Only the disguise's own stock phrases, so a
 * flagged news report's 警方提醒 is not read as one.
 */
const CAUTION_WORN =
  /谨防[^。；;！？!?，,\n]{1,8}|防范非法集资|反诈提醒|投资有风险|理财需谨慎|投资需谨慎|认准正规[^。；;！？!?，,\n]{0,6}|天上不会掉馅饼|远离非法集资|不是骗局|不是传销|不是非法集资|积极(?:配合|响应)[^。；;！？!?，,\n]{0,10}/

export function cautionWorn(text: string, result: Pick<CheckResult, 'risk' | 'told'>): string | null {
  // A case's report flagged for the offer it tells (told: set by engine.ts) wears the reporter's own caution, not a disguise.
  if (result.risk === 'low' || result.told) return null
  const m = CAUTION_WORN.exec(text)
  return m ? `这段文字里也写着“${m[0]}”，可这证明不了它安全：拉人交钱的宣传也爱这样写，要看它让您交什么钱、许诺什么回报。` : null
}

/**
 * An invitation to a free lecture, trip or check-up with gifts (the lure_gifts sign's words, with an event named) asks for
 * no money, so it is no sign of fundraising and the verdict stays 低风险; but such events are where 养老 schemes make their
 * pitch (免费旅游、讲座、礼品 + 投资). A new user pasted one and read 低风险 as "safe to go": the verdict says what to watch
 * for there. Never under a flag, where the sign itself explains the gifts.
 */
const LURE = RULES.find((r) => r.code === 'lure_gifts')?.patterns ?? []
const EVENT = /讲座|旅游|体检|听课|课堂|会场|到场|签到|进场/

export function giftEvent(text: string, result: Pick<CheckResult, 'risk'>): string | null {
  if (result.risk !== 'low' || !EVENT.test(text) || !LURE.some((p) => text.search(p) >= 0)) return null
  return '免费讲座、旅游、送礼品，常是推销保健品和“投资项目”的开头。到了现场，有人让您交钱买产品、投项目、存钱拿回报的，先别交，回家和子女商量商量。'
}

/**
 * An explanation's sentences that are an example of one kind of pitch (半年回本 for quick payback, 以房养老 for a house
 * handed over) are shown only to a text of that kind: shown to every text with the sign, they made a result longer
 * with words about houses for a text about beds, and the same 半年回本 example under every promise of a return.
 * Matched by the example's own words, so an explanation reworded without them is shown whole.
 */
const EXAMPLES: readonly { sentence: RegExp; fits: RegExp }[] = [
  { sentence: /半年回本/, fits: /回本/ },
  { sentence: /以房养老/, fits: /房/ }
]

/**
 * An explanation written for one dress of a sign, said generically to a text in another: the project sign's "用项目、众筹、
 * 份额、入股包装：听起来是实业" also fires on a bare 入股 (a 合作社 taking villagers' deposits and shares), where nothing
 * sounds like an industry. The sign's own words stay for a text that speaks of a project, a crowdfunding or shares.
 */
const FITTED: readonly { code: CheckSignCode; fits: RegExp; otherwise: string }[] = [
  {
    code: 'project',
    fits: /项目|众筹|份额|实业|工厂|基地|种植|养殖|建房|影视|扶贫|开发/,
    otherwise: '拿“入股”的名义收钱，说入了股就能分红：对方拿不出真实经营的账，分红靠的是后面进来的人交的钱。'
  }
]

/**
 * The explanation of a sign as this text's reader needs it: its first sentence always, an example only where it fits,
 * and an explanation written for another dress of the sign said generically.
 */
export function explanationFor(flag: Pick<CheckResult['flags'][number], 'code' | 'explanation'>, text: string): string {
  const fitted = FITTED.find((f) => f.code === flag.code && !f.fits.test(text))
  const explanation = fitted ? fitted.otherwise : flag.explanation
  const sentences = explanation.match(/[^。！？]+[。！？]*/g) ?? [explanation]
  return sentences.filter((s, i) => i === 0 || !EXAMPLES.some((e) => e.sentence.test(s) && !e.fits.test(text))).join('')
}

/**
 * Each law once, with the signs that rest on it: most signs cite the same regulation, and one fold per sign repeated
 * it (and a toggle line) up to seven times in one result.
 */
export function lawsOf<F extends Pick<CheckResult['flags'][number], 'code' | 'law'>>(flags: readonly F[]): { law: string; codes: CheckSignCode[] }[] {
  const laws: { law: string; codes: CheckSignCode[] }[] = []
  for (const f of flags) {
    const same = laws.find((l) => l.law === f.law)
    if (same) same.codes.push(f.code)
    else laws.push({ law: f.law, codes: [f.code] })
  }
  return laws
}

/** For a reader who may already have paid: no blame, and the two things that help (evidence kept, a report made). */
export const ALREADY_PAID = '已经交了钱？别自责，骗子专门琢磨怎么让人掏钱。把合同、收据、转账记录都收好，尽快到派出所报案；正被催着交钱，马上打 110。'

/**
 * The signs are read in Chinese words. A text with next to no Chinese (an English pitch, a column of figures) shows no
 * sign, and 低风险 alone would reassure where nothing was read.
 */
export const LITTLE_CHINESE = '这段文字里几乎没有中文。广告体检只认得中文宣传，外文和纯数字里的问题它看不出来，拿不准请打热线问一问。'

export function readsLittleChinese(text: string): boolean {
  const han = text.match(/[\u3400-\u9fff]/g)?.length ?? 0
  const letters = text.replace(/\s/g, '').length
  return letters > 0 && han < Math.min(10, letters / 2)
}

/** Where to read more about each sign. */
const CATEGORY_OF: Partial<Record<CheckSignCode, CategoryCode>> = {
  crypto: 'crypto',
  pension: 'pension',
  mutual_aid: 'village_coop',
  rebate: 'rebate',
  equity: 'equity',
  buyback: 'project',
  project: 'project',
  recruit: 'mutual_finance',
  high_return: 'wealth_investment',
  unlicensed_name: 'wealth_management',
  lending_platform: 'wealth_investment',
  lure_gifts: 'pension',
  // Who may be asked for money at all is the law's own question: the basics say it.
  open_to_public: 'basics',
  // A case's finding named alone: the basics say what the law calls illegal fundraising and what a participant can do.
  [CASE_FOUND]: 'basics',
  // Money told as lost: the basics say what the law leaves a participant and where to report.
  [MONEY_LOST]: 'basics',
  // A payout impersonated is fraud, not a disguise of fundraising: the basics (who may take money, what the law says) fit it.
  fake_payout: 'basics',
  // A fee asked before a withdrawal is the end of a fake platform or a P2P's wind-down: online investment is where it starts.
  pay_to_withdraw: 'wealth_investment',
  // A fee asked before a collectible is auctioned: the collectibles category tells how such pieces are valued and sold.
  auction_fee: 'art_collection'
}

export function relatedCategories(result: Pick<CheckResult, 'flags'>): CategoryCode[] {
  const cats = result.flags.map((f) => CATEGORY_OF[f.code]).filter((c): c is CategoryCode => !!c)
  return [...new Set([...cats, 'basics' as const])].slice(0, 2)
}

/**
 * Signs that say what a scheme is dressed as (养老, 互助社, 原始股…), before those any scheme has (a return promised,
 * recruiting): a 养老 pitch promising 年化18% is reported as 养老投资, not 投资理财.
 */
const GENERIC_SIGNS: ReadonlySet<CheckSignCode> = new Set<CheckSignCode>(['high_return', 'recruit', 'unlicensed_name', 'pay_to_withdraw', 'open_to_public', 'fake_payout'])

/**
 * The kind of scheme a report of this text is most likely about, for the tip form to choose at first (the resident
 * may change it): the kind of its first specific sign in the text, else of its first sign with a kind; none for a text
 * with no sign that names one.
 */
export function likelyKind(result: Pick<CheckResult, 'flags'>): CategoryCode | undefined {
  const byPlace = [...result.flags].sort((a, b) => (a.matches[0]?.start ?? Infinity) - (b.matches[0]?.start ?? Infinity))
  const kind = (f: CheckResult['flags'][number]) => CATEGORY_OF[f.code]
  const named = (f: CheckResult['flags'][number]) => kind(f) !== undefined && kind(f) !== 'basics'
  const sign = byPlace.find((f) => named(f) && !GENERIC_SIGNS.has(f.code)) ?? byPlace.find(named)
  return sign && kind(sign)
}
