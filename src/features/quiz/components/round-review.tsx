import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { RedFlagTags } from '../../../components/red-flag-tags'
import { routes } from '../../../routes'
import type { Question, RoundResult } from '../api/quiz'
import { QuestionCard } from './question-card'
import './round-review.scss'

function verdict(r: RoundResult['results'][number], picked: string[]): string {
  if (r.correct) return '答对了'
  if (picked.length === 0) return '没有作答'
  return r.points > 0 ? `部分答对（${r.points} 分）` : '答错了'
}

/**
 * Every question of a handed-in round: the verdict, the resident's picks
 * against the right ones, the advert with its red-flag words highlighted and
 * labelled, the flags, the explanation and a lesson to read.
 */
export function RoundReview({ questions, picks, result }: { questions: Question[]; picks: Record<string, string[]>; result: RoundResult }) {
  return (
    <>
      {questions.map((q) => {
        const r = result.results.find((x) => x.questionId === q.id)
        if (!r) return null
        return (
          <View key={q.id} className='round-review'>
            <View className={`round-review__verdict ${r.correct ? 'is-right' : 'is-wrong'}`}>{verdict(r, picks[q.id] ?? [])}</View>
            <QuestionCard question={q} picked={picks[q.id] ?? []} onPick={() => undefined} reveal={r.correctOptionIds} markedAdvert={r.advert} />
            <RedFlagTags flags={r.redFlags} />
            <View className='round-review__explain'>{r.explanation}</View>
            {r.articleId && (
              <View className='round-review__link' onClick={() => void Taro.navigateTo({ url: routes.article(r.articleId!) })}>
                学一学相关文章 ›
              </View>
            )}
          </View>
        )
      })}
    </>
  )
}
