import { View } from '@tarojs/components'
import Taro, { useShareAppMessage } from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import { useEffect, useState } from 'react'
import { CardCanvas } from '../../components/card-canvas'
import { Choices } from '../../components/choices'
import { Field } from '../../components/field'
import { Screen } from '../../components/screen'
import { Section } from '../../components/section'
import { PERSONAS } from '../../core/quiz'
import { QuestionCard } from '../../features/quiz/components/question-card'
import { RESULT_CANVAS, saveResultImage, toResultCard } from '../../features/quiz/components/result-card-image'
import { ReviewedQuestion, RoundReview } from '../../features/quiz/components/round-review'
import { useQuizRound } from '../../features/quiz/hooks/use-quiz-round'
import { useTown } from '../../features/town/api/town'
import { routes } from '../../routes'
import { useStaffTabLabel } from '../../services/staff-tab'
import { sharePath, townChoice } from '../../services/town-choice'
import { say, sayError } from '../../services/feedback'
import './index.scss'

const PROFILE_KEY = 'quiz:profile'

interface Profile {
  persona: string
  village: string
}

/** The resident's last answers; the village a poster code named stands in until they give one. */
function loadProfile(): Profile {
  const v: unknown = Taro.getStorageSync(PROFILE_KEY)
  const saved = v && typeof v === 'object' && 'persona' in v ? (v as Profile) : { persona: '', village: '' }
  return saved.village ? saved : { ...saved, village: townChoice().village ?? '' }
}

export default function Quiz() {
  useStaffTabLabel()
  const town = useTown()
  const [profile, setProfile] = useState<Profile>(loadProfile)
  const quiz = useQuizRound()
  const { round, result, picks, index, left, busy, checked, checking, phase, timedOut } = quiz

  useShareAppMessage(() => ({ title: result ? `我在防骗答题里得了 ${result.score} 分，你也来试试！` : '防骗答题：认出非法集资广告', path: sharePath(routes.quiz) }))

  // The result opens at its top, wherever the last question was scrolled to.
  useEffect(() => {
    if (result) void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
  }, [result])

  // The clock may have scrolled away with a long advert: half a minute before it hands the paper in, it says so.
  useEffect(() => {
    if (phase === 'answering' && left === 30) say('还剩 30 秒，到时会自动交卷')
  }, [phase, left])

  const begin = () => {
    const village = profile.village.trim()
    if (!profile.persona) return say('请先选一下您的身份')
    Taro.setStorageSync(PROFILE_KEY, { ...profile, village })
    void quiz.draw(profile.persona, village)
  }

  if (round && result) {
    const saveCard = () =>
      void saveResultImage(toResultCard(town.data?.name || '本镇', round.questions, picks, result)).then(
        () => say(process.env.TARO_ENV === 'weapp' ? '已保存到相册' : '图片已下载'),
        (err: unknown) => sayError(err, '没能保存图片，可以截屏保存成绩')
      )
    return (
      <Screen>
        <View className='quiz__score'>
          <View className='quiz__score-number'>{result.score}</View>
          <View>
            满分 {result.total} · 答对 {result.results.filter((r) => r.correct).length} 题
          </View>
        </View>
        {timedOut && <View className='quiz__timed-out'>时间到了，已按您选好的答案自动交卷。没来得及答的题不得分，下面每道题都有讲解。</View>}
        <Button className='quiz__save' type='primary' size='large' block fill='outline' onClick={saveCard}>
          保存成绩图片
        </Button>
        <RoundReview questions={round.questions} picks={picks} result={result} />
        <View className='quiz__actions'>
          <Button className='quiz__again' type='primary' size='large' block loading={busy} onClick={begin}>
            再来一轮
          </Button>
          <Button size='large' block fill='outline' openType={process.env.TARO_ENV === 'weapp' ? 'share' : undefined}>
            {process.env.TARO_ENV === 'weapp' ? '把成绩分享给亲友' : `我的成绩：${result.score} 分`}
          </Button>
          <Button className='quiz__board' size='large' block fill='none' onClick={() => void Taro.navigateTo({ url: routes.quizBoard })}>
            看各村答题榜 ›
          </Button>
        </View>
        <CardCanvas {...RESULT_CANVAS} />
      </Screen>
    )
  }

  if (round) {
    const q = round.questions[index]
    const last = index === round.questions.length - 1
    const picked = picks[q.id] ?? []
    const verdict = checked[q.id]
    // With feedback on, an answer picked is checked before moving on; a question left blank can still be skipped.
    const toCheck = round.feedback && !verdict && picked.length > 0
    return (
      <Screen>
        <View className='quiz__bar'>
          <View>
            第 {index + 1} / {round.questions.length} 题
          </View>
          <View className={`quiz__timer ${left <= 30 ? 'is-low' : ''}`}>
            剩余 {Math.floor(left / 60)}:{String(left % 60).padStart(2, '0')}
          </View>
        </View>
        {round.feedback && <View className='quiz__feedback-hint'>本轮每题答完就告诉您对错。选好后点“确定，看对错”，对过的答案就不能再改了。</View>}
        {/* Each question is a card of its own. Option ids are a, b, c … in every question, shown shuffled, so a reused card
            kept the last question's option nodes and moved them about its keyed list; miniprogram-simulate drew that with
            stale options and lost taps on them (about 1 round in 10). A fresh card leaves no list diff to get it wrong. */}
        {verdict ? (
          <ReviewedQuestion key={q.id} question={q} picked={picked} result={verdict} lesson={false} />
        ) : (
          <QuestionCard key={q.id} question={q} picked={picked} onPick={(next) => quiz.pick(q.id, next)} />
        )}
        <View className='quiz__nav'>
          <Button fill='outline' disabled={index === 0} onClick={() => quiz.go(index - 1)}>
            上一题
          </Button>
          {toCheck ? (
            <Button className='quiz__check' type='primary' loading={checking?.questionId === q.id} onClick={() => quiz.check(q.id)}>
              确定，看对错
            </Button>
          ) : last ? (
            <Button className='quiz__submit' type='primary' loading={busy} onClick={() => void quiz.handIn()}>
              交卷
            </Button>
          ) : (
            <Button className='quiz__next' type='primary' onClick={() => quiz.go(index + 1)}>
              下一题
            </Button>
          )}
        </View>
      </Screen>
    )
  }

  const villages = town.data?.villages ?? []
  return (
    <Screen>
      <View className='quiz__intro'>
        <View className='quiz__title'>认出非法集资广告</View>
        <View>每轮 5 道题，限时 3 分钟左右。题目都是居民身边真会遇到的传单、群消息和推销话术。</View>
      </View>
      <Section title='先选一下'>
        <View className='quiz__card'>
          <Field label='您的身份（选题会更贴近您）'>
            <Choices label='您的身份' options={PERSONAS.map((p) => ({ value: p.code, label: p.label }))} selected={[profile.persona]} onChange={([v]) => setProfile({ ...profile, persona: v })} />
          </Field>
          <Field label='您所在的村（社区）' hint='只用来统计各村答题情况，可不填'>
            {villages.length > 0 ? (
              <Choices label='您所在的村（社区）' options={villages.map((v) => ({ value: v, label: v }))} selected={[profile.village]} onChange={([v]) => setProfile({ ...profile, village: v })} />
            ) : (
              <Input className='quiz__village' value={profile.village} onChange={(v) => setProfile({ ...profile, village: v })} maxLength={30} placeholder='例如：辛口村' />
            )}
          </Field>
          <Button className='quiz__start' type='primary' size='large' block loading={busy} onClick={begin}>
            开始答题
          </Button>
        </View>
      </Section>
      <View className='quiz__links'>
        <Button block fill='outline' onClick={() => void Taro.navigateTo({ url: routes.wrongBook })}>
          我的错题本
        </Button>
        <Button block fill='outline' onClick={() => void Taro.navigateTo({ url: routes.quizBoard })}>
          各村答题榜
        </Button>
      </View>
    </Screen>
  )
}
