import { Text, View } from '@tarojs/components'
import { MarkedText } from '../../../components/body-text'
import { markedCodes } from '../../../core/body-text'
import type { Question } from '../api/quiz'
import './question-card.scss'

const KIND_HINT = { judge: '判断', flags: '多选：找出全部危险信号', choice: '单选' } as const

/**
 * How an option looks in review, in words as well as colour, so a resident
 * who cannot tell red from green still reads which pick was right, which was
 * wrong and which right answer they left out.
 */
function reviewMark(kind: Question['kind'], chosen: boolean, right: boolean): { state: string; words: string } | null {
  if (chosen) return right ? { state: 'is-right', words: '✓ 您选对了' } : { state: 'is-wrong', words: '✗ 选错了' }
  if (!right) return null
  // In a flags item every right option should have been picked; elsewhere it is the one answer.
  return { state: 'is-missed', words: kind === 'flags' ? '漏选了' : '正确答案' }
}

/**
 * One question: the advert as met, the prompt, big options; after checking,
 * right and wrong marked. In review, `markedAdvert` (the advert with the
 * office's red-flag marks, sent only with the results) replaces the plain
 * advert, so the resident sees which words gave it away.
 */
export function QuestionCard({ question, picked, onPick, reveal, markedAdvert }: { question: Question; picked: string[]; onPick: (next: string[]) => void; reveal?: string[]; markedAdvert?: string }) {
  const hasMarks = markedAdvert !== undefined && markedCodes(markedAdvert).length > 0
  const tap = (id: string) => {
    if (reveal) return
    if (question.kind === 'flags') onPick(picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id])
    else onPick([id])
  }
  return (
    <View className='question-card'>
      <View className='question-card__kind'>{KIND_HINT[question.kind]}</View>
      {question.advert.text && (
        <View className='question-card__advert'>
          {question.advert.source && <Text className='question-card__source'>{question.advert.source}</Text>}
          <View className='question-card__advert-text'>{hasMarks ? <MarkedText source={markedAdvert} /> : question.advert.text}</View>
          {hasMarks && <View className='question-card__marks-hint'>黄色标出的字，就是这条广告里的危险信号</View>}
        </View>
      )}
      <View className='question-card__prompt'>{question.prompt}</View>
      {question.options.map((o, i) => {
        const chosen = picked.includes(o.id)
        const review = reveal ? reviewMark(question.kind, chosen, reveal.includes(o.id)) : null
        const state = review ? review.state : chosen ? 'is-chosen' : ''
        // Before review a pick says so in words too: its red border alone could read as "wrong".
        const words = review ? review.words : chosen ? '已选' : null
        return (
          <View key={o.id} className={`question-card__option ${state}`} role={question.kind === 'flags' ? 'checkbox' : 'radio'} aria-checked={chosen} onClick={() => tap(o.id)}>
            <Text className='question-card__letter'>{String.fromCharCode(65 + i)}</Text>
            <Text className='question-card__text'>{o.text}</Text>
            {words && <Text className='question-card__mark'>{words}</Text>}
          </View>
        )
      })}
    </View>
  )
}
