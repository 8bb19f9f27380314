import { Text, View } from '@tarojs/components'
import type { Question } from '../api/quiz'
import './question-card.scss'

const KIND_HINT = { judge: '判断', flags: '多选：找出全部危险信号', choice: '单选' } as const

/** One question: the advert as met, the prompt, big options; after checking, right and wrong marked. */
export function QuestionCard({ question, picked, onPick, reveal }: { question: Question; picked: string[]; onPick: (next: string[]) => void; reveal?: string[] }) {
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
          <View className='question-card__advert-text'>{question.advert.text}</View>
        </View>
      )}
      <View className='question-card__prompt'>{question.prompt}</View>
      {question.options.map((o, i) => {
        const chosen = picked.includes(o.id)
        const state = reveal ? (reveal.includes(o.id) ? 'is-right' : chosen ? 'is-wrong' : '') : chosen ? 'is-chosen' : ''
        return (
          <View key={o.id} className={`question-card__option ${state}`} role={question.kind === 'flags' ? 'checkbox' : 'radio'} aria-checked={chosen} onClick={() => tap(o.id)}>
            <Text className='question-card__letter'>{String.fromCharCode(65 + i)}</Text>
            <Text>{o.text}</Text>
            {reveal && reveal.includes(o.id) && <Text className='question-card__mark'> ✓</Text>}
            {reveal && chosen && !reveal.includes(o.id) && <Text className='question-card__mark'> ✗</Text>}
          </View>
        )
      })}
    </View>
  )
}
