import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { CheckResult } from '../../../core/ad-check/engine'
import {
  ALREADY_PAID,
  cautionWorn,
  explanationFor,
  giftEvent,
  highlight,
  lawsOf,
  LITTLE_CHINESE,
  readsLittleChinese,
  RISK_TEXT,
  signCount,
  verdictSentence,
  wholeWords
} from '../../../core/ad-check/present'
import type { CheckSignCode } from '../../../core/red-flags'
import { Fold } from '../../../components/fold'
import { KeepAmounts, KeepWords } from '../../../components/keep-words'
import { chineseWords } from '../../../core/words'
import './check-result.scss'

const SIGN_NUMBERS = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮'
const SHORT_MARK = 8
/**
 * A pasted text longer than this runs past a 320 px screen with 大字, so a sign's words may be screens above its card:
 * the card quotes them (原话). A shorter text is right above the cards, each mark numbered, and the quote only repeated it.
 */
const QUOTE_FROM = 200

/**
 * The verdict, what to do (actions: the page's call and report buttons, right under it, so they are on the first screen
 * of a small phone with 大字, not eight screens down), the pasted text with the words that raised each sign highlighted,
 * each sign explained, and for a reader who has already paid, what helps.
 */
export function CheckResultView({ text, result: found, actions }: { text: string; result: CheckResult; actions?: ReactNode }) {
  // Signs are numbered, and explained, in the order their words come in the text: numbers read ③②① left to right
  // sent a reader hunting up and down the list.
  const firstAt = (f: CheckResult['flags'][number]) => f.matches[0]?.start ?? Infinity
  const whole = wholeWords(text, found)
  const result = { ...whole, flags: [...whole.flags].sort((a, b) => firstAt(a) - firstAt(b)) }
  // In the pasted text each sign is a number after its words, not its label: a label inside a sentence breaks the
  // words the resident is reading ("每月返⚑……还"). The number stands after every mark of the sign, where a footnote's
  // number stands, so each highlighted phrase says which explanation below is its own; shown once, at the sign's first
  // words only, a reader could not tell what a later highlight was. signCount says how many signs.
  const numbers = new Map(result.flags.map((f, i) => [f.code, SIGN_NUMBERS[i] ?? `(${i + 1})`]))
  const order = (codes: CheckSignCode[]) => [...codes].sort((a, b) => result.flags.findIndex((f) => f.code === a) - result.flags.findIndex((f) => f.code === b))
  const laws = lawsOf(result.flags)
  const caution = cautionWorn(text, result) ?? giftEvent(text, result)
  return (
    <View className='check-result'>
      <View className={`check-result__verdict is-${result.risk}`}>
        <View className='check-result__risk'>{RISK_TEXT[result.risk].title}</View>
        {/* How many signs, not the engine's score: "100 分" reads like a school mark, as if full marks were good. */}
        {/* On its own line under the verdict: beside it, on a narrow phone with 大字, it wrapped and left "高风险：" hanging. */}
        {signCount(result) && <View className='check-result__count'>{signCount(result)}</View>}
        <View>{verdictSentence(result)}</View>
        {caution && <View className='check-result__caution'>{caution}</View>}
      </View>
      {actions}
      {readsLittleChinese(text) && <View className='check-result__foreign'>{LITTLE_CHINESE}</View>}
      {result.flags.length > 0 && <View className='check-result__legend'>划线的话后面标着 {result.flags.length === 1 ? '①' : '①②……'}，下面有同一个号的说明。</View>}
      <View className='check-result__text'>
        {highlight(text, result).map((p, i) => {
          if (p.flags.length === 0)
            return (
              <Text key={i}>
                <KeepAmounts text={p.text} />
              </Text>
            )
          // The number keeps its last word on its line: a number alone at a line's start reads as part of what follows.
          const words = chineseWords(p.text)
          // A long last word (a link's code) is not kept whole with it: on one line it ran off a narrow screen.
          const last = words && words.length > 1 ? words[words.length - 1] : ''
          const tail = last && last.length <= SHORT_MARK ? last : p.text.slice(-1)
          return (
            // A short mark stays on one line (政府 | 合作 read as two things); a long one breaks as body text does.
            <Text key={i} className={`check-result__mark${p.text.length <= SHORT_MARK ? ' is-short' : ''}`}>
              <Text className='check-result__mark-words'>
                <KeepAmounts text={p.text.slice(0, p.text.length - tail.length)} words />
              </Text>
              <Text className='check-result__mark-tail'>
                <Text className='check-result__mark-words'>{tail}</Text>
                {/* Two signs on one phrase are written ①、② apart: run together (①②) they read as one mark. */}
                <Text className='check-result__mark-label'>
                  {order(p.flags)
                    .map((code) => numbers.get(code))
                    .join('、')}
                </Text>
              </Text>
            </Text>
          )
        })}
      </View>
      {result.flags.map((f) => (
        <View key={f.code} className='check-result__flag'>
          <View className='check-result__flag-title'>
            <Text className='check-result__flag-number'>{numbers.get(f.code)}</Text> {f.label}
          </View>
          {text.length > QUOTE_FROM && (
            <View className='check-result__flag-words'>
              {/* One run of words, so an opening quote never ends a line without its words. */}
              原话：
              <KeepWords text={[...new Set(f.matches.map((m) => m.text))].map((words) => `“${words}”`).join('、')} />
            </View>
          )}
          <View>{explanationFor(f, text)}</View>
        </View>
      ))}
      {/* The rules are for whoever asks "says who?": a 70-year-old reads the plain explanations first, the law on request,
          each law once with the numbers of the signs that rest on it. */}
      {laws.length > 0 && (
        <Fold open='看法律依据' close='收起法律依据' className='check-result__law'>
          {laws.map((l) => (
            <View key={l.law} className='check-result__law-item'>
              {laws.length > 1 && <Text className='check-result__law-signs'>{l.codes.map((c) => numbers.get(c)).join('、')}：</Text>}
              {l.law}
            </View>
          ))}
        </Fold>
      )}
      {result.risk !== 'low' && <View className='check-result__paid'>{ALREADY_PAID}</View>}
    </View>
  )
}
