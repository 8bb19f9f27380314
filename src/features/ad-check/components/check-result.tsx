import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { CheckResult } from '../../../core/ad-check/engine'
import { ALREADY_PAID, highlight, LITTLE_CHINESE, readsLittleChinese, RISK_TEXT, verdictSentence, wholeWords } from '../../../core/ad-check/present'
import type { RedFlagCode } from '../../../core/red-flags'
import { Fold } from '../../../components/fold'
import { KeepAmounts, KeepWords } from '../../../components/keep-words'
import { chineseWords } from '../../../core/words'
import './check-result.scss'

const SIGN_NUMBERS = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮'
const SHORT_MARK = 8

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
  // In the pasted text each sign is a number beside its words, not its label: a label inside a sentence breaks
  // the words the resident is reading ("每月返⚑……还"); the number leads to the sign's explanation below. It stands
  // before the words (a match that ended inside a word, 推荐奖|励, would be split by a number after it), once per sign,
  // where its words first come, so counting the numbers counts the signs; later words are highlighted only.
  const numbers = new Map(result.flags.map((f, i) => [f.code, SIGN_NUMBERS[i] ?? `(${i + 1})`]))
  const order = (codes: RedFlagCode[]) => [...codes].sort((a, b) => result.flags.findIndex((f) => f.code === a) - result.flags.findIndex((f) => f.code === b))
  return (
    <View className='check-result'>
      <View className={`check-result__verdict is-${result.risk}`}>
        <View className='check-result__risk'>{RISK_TEXT[result.risk].title}</View>
        {/* How many signs, not the engine's score: "100 分" reads like a school mark, as if full marks were good. */}
        {/* On its own line under the verdict: beside it, on a narrow phone with 大字, it wrapped and left "高风险：" hanging. */}
        {result.flags.length > 0 && <View className='check-result__count'>发现 {result.flags.length} 个危险信号</View>}
        <View>{verdictSentence(result)}</View>
      </View>
      {actions}
      {readsLittleChinese(text) && <View className='check-result__foreign'>{LITTLE_CHINESE}</View>}
      <View className='check-result__text'>
        {highlight(text, result).map((p, i) => {
          if (p.flags.length === 0)
            return (
              <Text key={i}>
                <KeepAmounts text={p.text} />
              </Text>
            )
          // The number keeps its first word on its line: a number alone at a line's end reads as part of the sentence before.
          const lead = p.opens.length > 0 ? (chineseWords(p.text)?.[0] ?? p.text.slice(0, 1)) : ''
          return (
            // A short mark stays on one line (政府 | 合作 read as two things); a long one breaks as body text does.
            <Text key={i} className={`check-result__mark${p.text.length <= SHORT_MARK ? ' is-short' : ''}`}>
              {lead && (
                <Text className='check-result__mark-lead'>
                  {/* Two signs starting on one word are written 1、2 apart: run together (①②) they read as one mark. */}
                  <Text className='check-result__mark-label'>
                    {order(p.opens)
                      .map((code) => numbers.get(code))
                      .join('、')}
                  </Text>
                  <Text className='check-result__mark-words'>{lead}</Text>
                </Text>
              )}
              <Text className='check-result__mark-words'>
                <KeepAmounts text={p.text.slice(lead.length)} />
              </Text>
            </Text>
          )
        })}
      </View>
      {result.flags.map((f) => (
        <View key={f.code} className='check-result__flag'>
          <View className='check-result__flag-title'>
            {numbers.get(f.code)} ⚑ {f.label}
          </View>
          <View className='check-result__flag-words'>
            {/* One run of words, so an opening quote never ends a line without its words. */}
            原话：
            <KeepWords text={[...new Set(f.matches.map((m) => m.text))].map((words) => `“${words}”`).join('、')} />
          </View>
          <View>{f.explanation}</View>
          {/* The rule is for whoever asks "says who?": a 70-year-old reads the plain explanation first, the law on request. */}
          <Fold open='看法律依据' close='收起法律依据' className='check-result__law'>
            {f.law}
          </Fold>
        </View>
      ))}
      {result.risk !== 'low' && <View className='check-result__paid'>{ALREADY_PAID}</View>}
    </View>
  )
}
