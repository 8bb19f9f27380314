import { View } from '@tarojs/components'
import { useState } from 'react'
import type { CheckQuestion as Question } from '../../../core/reading-types'
import './check-question.scss'

/** One question after a case lesson: pick an answer, then see why. */
export function CheckQuestion({ question }: { question: Question }) {
  const [picked, setPicked] = useState<number | null>(null)
  const answered = picked !== null
  return (
    <View className='check-question'>
      <View className='check-question__prompt'>{question.prompt}</View>
      {question.options.map((option, i) => {
        const state = !answered ? '' : i === question.answer ? 'is-right' : i === picked ? 'is-wrong' : 'is-dim'
        return (
          <View key={i} className={`check-question__option ${state}`} role='button' aria-disabled={answered} onClick={() => !answered && setPicked(i)}>
            {String.fromCharCode(65 + i)}. {option}
            {answered && i === question.answer && ' ✓'}
            {answered && i === picked && i !== question.answer && ' ✗'}
          </View>
        )
      })}
      {answered && (
        <View className='check-question__result' role='status'>
          <View className='check-question__verdict'>{picked === question.answer ? '答对了！' : `正确答案是 ${String.fromCharCode(65 + question.answer)}`}</View>
          <View>{question.explanation}</View>
        </View>
      )}
    </View>
  )
}
