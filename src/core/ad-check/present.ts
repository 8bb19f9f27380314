/**
 * What the result screen needs from a check: the pasted text cut into plain
 * and highlighted pieces, the sentence that sums it up, and where to read more.
 */
import type { CategoryCode } from '../categories'
import type { RedFlagCode } from '../red-flags'
import type { CheckResult, Risk } from './engine'
import { chineseWords } from '../words'

export interface Piece {
  text: string
  /** The signs whose words cover this stretch; empty for plain text. */
  flags: RedFlagCode[]
  /**
   * The signs whose words first appear in this stretch, in the order they start: each sign's number stands once, where
   * its words first come, so the numbers in the text count the signs (one ① five times along a text could not be counted).
   */
  opens: RedFlagCode[]
}

const HAN = /[\u3400-\u9fff]/
/** Grammar the segmenter glues to a verb (返还给, 赚了, 卡里): the words read whole without it. */
const PARTICLE = /[了给里的着过地得在]/

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
 * The text in order, cut into plain stretches and marks. Words of two signs that overlap or start together (承诺年回报率15%
 * 并到期返还本金 is both a fixed return and a promised principal) are one mark carrying both signs: two highlights laid
 * over each other, or a number standing inside another sign's words, read as neither. A mark opens the signs first seen
 * in it; a sign's later words are highlighted without their number.
 */
export function highlight(text: string, result: Pick<CheckResult, 'flags'>): Piece[] {
  const spans = result.flags.flatMap((f) => f.matches.map((m) => ({ start: m.start, end: m.end, code: f.code }))).filter((m) => m.end > m.start)
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  const firstAt = new Map<RedFlagCode, number>()
  for (const m of spans) if (!firstAt.has(m.code)) firstAt.set(m.code, m.start)
  const pieces: Piece[] = []
  let at = 0
  for (let i = 0; i < spans.length;) {
    const start = spans[i].start
    let end = spans[i].end
    const flags: RedFlagCode[] = []
    // Gather every span that overlaps the mark so far; spans are sorted by start, so one pass suffices.
    for (; i < spans.length && spans[i].start < end; i++) {
      end = Math.max(end, spans[i].end)
      if (!flags.includes(spans[i].code)) flags.push(spans[i].code)
    }
    if (start > at) pieces.push({ text: text.slice(at, start), flags: [], opens: [] })
    const first = (c: RedFlagCode) => firstAt.get(c) ?? -1
    const opens = flags.filter((c) => first(c) >= start && first(c) < end).sort((a, b) => first(a) - first(b))
    pieces.push({ text: text.slice(start, end), flags, opens })
    at = end
  }
  if (at < text.length) pieces.push({ text: text.slice(at), flags: [], opens: [] })
  return pieces
}

export const RISK_TEXT: Record<Risk, { title: string; sentence: string }> = {
  high: { title: '高风险', sentence: '这段文字有多个非法集资的典型信号，请不要交钱，也别转发给亲友。可以先打热线问问，或者举报给我们。' },
  medium: { title: '中风险', sentence: '这段文字有非法集资的信号，先别交钱。请对照下面的提示核实，拿不准就打热线问一问。' },
  low: {
    title: '低风险',
    // A low verdict is read by people pasting all kinds of text (a family chat, a village fee notice, a fake subsidy):
    // the three checks are for money put in to earn, and the line after them holds for any text that asks to pay first.
    sentence:
      '没有发现明显的非法集资信号，但这不等于安全。要是有人让您投钱，先做到三点：查清对方有没有金融牌照；签书面合同；只把钱转到公司名下的对公账户。要您先交钱才能领钱、领补贴，或者要银行卡密码、验证码的，一律是骗局。拿不准就打热线。'
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
const AUCTION_FEE_SENTENCE = '这段文字像“先交费再帮您高价拍卖藏品”的骗局：估价说得越高，后面要交的鉴定费、服务费、保证金越多，拍卖款却到不了手。别再转钱，尽快报警，拿不准就打 96110 反诈专线问一问。'

/**
 * Signs of fraud that takes the reader's money, not of fundraising: the police's anti-fraud line (96110) is the one to
 * call, whatever fundraising signs stand beside them.
 */
const FRAUD_SIGNS: ReadonlySet<RedFlagCode> = new Set<RedFlagCode>(['fake_payout', 'pay_to_withdraw', 'auction_fee'])

export function callsFraudLine(result: Pick<CheckResult, 'flags'>): boolean {
  return result.flags.some((f) => FRAUD_SIGNS.has(f.code))
}

export function verdictSentence(result: Pick<CheckResult, 'risk' | 'flags'>): string {
  if (result.risk === 'low' || result.flags.length === 0) return RISK_TEXT[result.risk].sentence
  if (result.flags.every((f) => f.code === 'fake_payout')) return FAKE_PAYOUT_SENTENCE
  if (result.flags.every((f) => f.code === 'pay_to_withdraw')) return PAY_TO_WITHDRAW_SENTENCE
  if (result.flags.every((f) => f.code === 'auction_fee')) return AUCTION_FEE_SENTENCE
  return RISK_TEXT[result.risk].sentence
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
const CATEGORY_OF: Partial<Record<RedFlagCode, CategoryCode>> = {
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
  lure_gifts: 'pension',
  // Who may be asked for money at all is the law's own question: the basics say it.
  open_to_public: 'basics',
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
