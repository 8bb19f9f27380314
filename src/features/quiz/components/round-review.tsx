import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { RedFlagTags } from '../../../components/red-flag-tags'
import { routes } from '../../../routes'
import type { Question, QuestionResult, RoundResult } from '../api/quiz'
import { QuestionCard } from './question-card'
import './round-review.scss'

function verdict(r: QuestionResult, picked: string[]): string {
  if (r.correct) return '答对了'
  if (picked.length === 0) return '没有作答'
  return r.points > 0 ? `部分答对（${r.points} 分）` : '答错了'
}

/**
 * One question with its result: the verdict in words, the resident's picks
 * against the right ones, the advert with its red-flag words highlighted and
 * labelled, the flags and the explanation. The end-of-round review adds a
 * lesson to read; a question checked during a round (its clock still running)
 * does not, so the resident is not sent away mid-round.
 */
export function ReviewedQuestion({ question, picked, result, lesson = true }: { question: Question; picked: string[]; result: QuestionResult; lesson?: boolean }) {
  return (
    <View className='round-review'>
      <View className={`round-review__verdict ${result.correct ? 'is-right' : 'is-wrong'}`}>{verdict(result, picked)}</View>
      <QuestionCard question={question} picked={picked} onPick={() => undefined} reveal={result.correctOptionIds} markedAdvert={result.advert} />
      <RedFlagTags flags={result.redFlags} />
      <View className='round-review__explain'>{result.explanation}</View>
      {lesson && result.articleId && (
        <View className='round-review__link' onClick={() => void Taro.navigateTo({ url: routes.article(result.articleId!) })}>
          学一学相关文章 ›
        </View>
      )}
    </View>
  )
}

/** Every question of a handed-in round, each with its result. */
export function RoundReview({ questions, picks, result }: { questions: Question[]; picks: Record<string, string[]>; result: RoundResult }) {
  return (
    <>
      {questions.map((q) => {
        const r = result.results.find((x) => x.questionId === q.id)
        return r ? <ReviewedQuestion key={q.id} question={q} picked={picks[q.id] ?? []} result={r} /> : null
      })}
    </>
  )
}
