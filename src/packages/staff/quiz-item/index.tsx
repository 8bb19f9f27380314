import { Picker, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import { useEffect, useMemo, useState } from 'react'
import { BodyText } from '../../../components/body-text'
import { Choices, Toggle } from '../../../components/choices'
import { Field } from '../../../components/field'
import { RedFlagTags } from '../../../components/red-flag-tags'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import { CATEGORIES } from '../../../core/categories'
import { PERSONAS } from '../../../core/quiz'
import { letter, optionId, QUIZ_KINDS, QUIZ_LIMITS, quizItemProblems, residentQuestion, type QuizFields } from '../../../core/quiz-item'
import { RED_FLAGS, redFlagLabel, toRedFlags } from '../../../core/red-flags'
import { createItem, saveItem, useEditorItem, type QuizEditorItem } from '../../../features/publishing/api/desk'
import { DeskStatus, ReviewPanel, RevisionList, SaveBar } from '../../../features/publishing/components/desk-panels'
import { FlagMarker } from '../../../features/publishing/components/flag-marker'
import { LongText } from '../../../features/publishing/components/long-text'
import { useDeskActions } from '../../../features/publishing/hooks/use-desk-actions'
import { QuestionCard } from '../../../features/quiz/components/question-card'
import { StaffGate } from '../../../features/staff/components/staff-gate'
import { routes } from '../../../routes'
import { hasRole, type StaffSession } from '../../../services/staff-session'
import '../staff.scss'
import './index.scss'

// The form keeps an advert even while "no advert" is chosen, so switching
// back and forth loses nothing; it is left out of what is saved.
type Draft = Omit<QuizFields, 'advert'> & { hasAdvert: boolean; advert: { source: string; text: string } }

const JUDGE_OPTIONS = [
  { text: '是，是非法集资广告', correct: true },
  { text: '不是，是正常的宣传', correct: false }
]

const BLANK_OPTION = { text: '', correct: false }
const BLANK_OPTIONS = [BLANK_OPTION, BLANK_OPTION, BLANK_OPTION]
const isStockJudge = (options: Draft['options']) => options.length === JUDGE_OPTIONS.length && options.every((o, i) => o.text === JUDGE_OPTIONS[i].text)

const EMPTY: Draft = {
  kind: 'judge',
  category: 'basics',
  difficulty: 1,
  personas: [],
  prompt: '',
  hasAdvert: true,
  advert: { source: '传单', text: '' },
  options: JUDGE_OPTIONS,
  redFlags: [],
  explanation: ''
}

const KIND_CHOICES = QUIZ_KINDS.map((k) => ({ value: k.code, label: k.label }))
const CATEGORY_CHOICES = CATEGORIES.map((c) => ({ value: c.code, label: c.name }))
const PERSONA_CHOICES = PERSONAS.map((p) => ({ value: p.code, label: p.label }))
const DIFFICULTY_CHOICES = [
  { value: '1', label: '1 容易' },
  { value: '2', label: '2 中等' },
  { value: '3', label: '3 难' }
]
const FLAG_CHOICES = RED_FLAGS.map((f) => ({ value: f.code, label: f.label }))

/** What is saved: trimmed texts, and for a "which red flags" item the flags its right options name. */
function fieldsOf(d: Draft): QuizFields {
  const options = d.options.map((o) => ({ text: o.text.trim(), correct: o.correct, ...(d.kind === 'flags' && o.flag ? { flag: o.flag } : {}) }))
  const redFlags = d.kind === 'flags' ? d.options.filter((o) => o.correct && o.flag).map((o) => o.flag as string) : d.redFlags
  return {
    kind: d.kind,
    category: d.category,
    difficulty: d.difficulty,
    personas: d.personas,
    prompt: d.prompt.trim(),
    ...(d.hasAdvert ? { advert: { source: d.advert.source.trim(), text: d.advert.text.trim() } } : {}),
    options,
    redFlags: [...new Set(redFlags)],
    explanation: d.explanation.trim()
  }
}

const draftOf = (f: QuizFields): Draft => ({ ...f, hasAdvert: Boolean(f.advert), advert: f.advert ?? EMPTY.advert })

/** The item exactly as a resident meets it in a round, and as the results then show it. */
function Preview({ id, fields }: { id: string; fields: QuizFields }) {
  const [revealed, setRevealed] = useState(false)
  const question = residentQuestion(id, fields)
  const right = fields.options.flatMap((o, i) => (o.correct ? [optionId(i)] : []))
  return (
    <View className='quiz-item__preview'>
      <View className='staff__title'>居民看到的样子</View>
      <Toggle value={!revealed} yes='作答时' no='交卷后' onChange={(asked) => setRevealed(!asked)} />
      <View className='quiz-item__card'>
        <QuestionCard question={question} picked={[]} onPick={() => undefined} reveal={revealed ? right : undefined} />
      </View>
      {revealed && (
        <View className='quiz-item__results'>
          <RedFlagTags flags={toRedFlags(fields.redFlags)} />
          {fields.advert?.text && <BodyText source={fields.advert.text} />}
          <View className='quiz-item__explain'>{fields.explanation || '（还没有写解析）'}</View>
        </View>
      )}
    </View>
  )
}

function Editor({ id, session }: { id: string; session: StaffSession }) {
  const loaded = useEditorItem('quiz', id)
  const [item, setItem] = useState<QuizEditorItem | null>(null)
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const actions = useDeskActions('quiz', item, () => loaded.reload())

  useEffect(() => {
    if (loaded.data) {
      setItem(loaded.data)
      setDraft(draftOf(loaded.data.fields))
    }
  }, [loaded.data])

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }))
  const fields = useMemo(() => fieldsOf(draft), [draft])
  // The same rules the server applies; the first problem shows while typing.
  const problems = useMemo(() => quizItemProblems(fields), [fields])
  const locked = item?.status === 'published'
  const publisher = hasRole(session, 'publisher')

  const setKind = (kind: Draft['kind']) =>
    setDraft((d) => ({
      ...d,
      kind,
      // A judge item always asks "is it or not": two options, one right. Leaving it, its stock 是/不是 would make no
      // sense as choices, so they give way to blank ones; options the author rewrote are kept.
      options: kind === 'judge' ? (d.kind === 'judge' ? d.options : JUDGE_OPTIONS) : d.kind === 'judge' ? (isStockJudge(d.options) ? BLANK_OPTIONS : [...d.options, BLANK_OPTION]) : d.options
    }))
  const setOption = (i: number, change: Partial<Draft['options'][number]>) =>
    setDraft((d) => ({
      ...d,
      // Judge and single-choice items have exactly one right answer: marking one unmarks the others.
      options: d.options.map((o, j) => (j === i ? { ...o, ...change } : change.correct && d.kind !== 'flags' ? { ...o, correct: false } : o))
    }))

  const save = () =>
    actions.run(async () => {
      if (problems.length > 0) throw new Error(problems[0])
      const saved = item ? await saveItem('quiz', item.id, fields, item.revision) : await createItem('quiz', fields)
      setItem(saved)
      if (!item) void Taro.redirectTo({ url: routes.quizItem(saved.id) })
    }, '已保存')

  if (id && !item) return <StateView loading={loaded.loading} error={loaded.error} onRetry={() => void loaded.reload()} />

  const flagRange = RED_FLAGS.map((f) => f.label)
  return (
    <View className='quiz-item'>
      <View className='quiz-item__form'>
        {item && <DeskStatus item={item} />}
        {locked && <View className='staff__card staff__soft'>已发布的题目不能直接修改：请先“撤下”，改好后再发布。</View>}
        <View className='staff__card'>
          <Field label='题型'>
            <Choices options={KIND_CHOICES} selected={[draft.kind]} onChange={([v]) => setKind(v as Draft['kind'])} />
          </Field>
          <Field label='分类'>
            <Choices options={CATEGORY_CHOICES} selected={[draft.category]} onChange={([v]) => set('category', v)} />
          </Field>
          <Field label='难度'>
            <Choices options={DIFFICULTY_CHOICES} selected={[String(draft.difficulty)]} onChange={([v]) => set('difficulty', Number(v))} />
          </Field>
          <Field label='适合人群' hint='可多选；抽题时，适合答题人身份的题更容易抽到。都不选也可以。'>
            <Choices multiple options={PERSONA_CHOICES} selected={draft.personas} onChange={(v) => set('personas', v)} />
          </Field>
          <Field label='题目' hint={`最多 ${QUIZ_LIMITS.prompt} 个字`}>
            <TextArea className='quiz-item__prompt' value={draft.prompt} onChange={(v) => set('prompt', v)} maxLength={QUIZ_LIMITS.prompt} rows={2} disabled={locked} />
          </Field>
          <Field label='广告原文'>
            <Toggle value={draft.hasAdvert} yes='有广告原文' no='没有广告' onChange={(v) => set('hasAdvert', v)} />
          </Field>
          {draft.hasAdvert && (
            <>
              <Field label='广告来源' hint={`如 传单、短信、微信群，最多 ${QUIZ_LIMITS.source} 个字`}>
                <Input className='quiz-item__source' value={draft.advert.source} onChange={(v) => set('advert', { ...draft.advert, source: v })} maxLength={QUIZ_LIMITS.source} disabled={locked} />
              </Field>
              <Field label='广告里的原话' hint='在下面标出其中的危险信号；答题时居民看不到标记，交卷后才高亮。'>
                <LongText
                  className='quiz-item__advert'
                  size='paragraph'
                  marked
                  value={draft.advert.text}
                  onChange={(v) => set('advert', { ...draft.advert, text: v })}
                  maxLength={QUIZ_LIMITS.advert}
                  disabled={locked}
                />
              </Field>
              <FlagMarker text={draft.advert.text} onText={(v) => set('advert', { ...draft.advert, text: v })} flags={draft.redFlags} onFlags={(v) => set('redFlags', v)} disabled={locked} />
            </>
          )}
          {draft.kind === 'flags' ? (
            <View className='staff__soft'>多选题的危险信号就是各个正确选项的红旗：{fields.redFlags.map(redFlagLabel).join('、') || '（还没有）'}</View>
          ) : (
            <Field label='本题教的危险信号' hint='可多选；广告原文里标出的信号都要在这里选上（标出时会自动选上）'>
              <Choices multiple options={FLAG_CHOICES} selected={draft.redFlags} onChange={(v) => set('redFlags', v)} />
            </Field>
          )}
        </View>

        <View className='staff__card'>
          <View className='staff__title'>选项</View>
          <View className='staff__soft'>{draft.kind === 'flags' ? '每个选项写一个危险信号，正确的选项是广告里真有的信号；至少留一个干扰项。' : '点“对”标出唯一的正确答案。'}</View>
          {draft.options.map((o, i) => (
            <View key={i} className='quiz-item__option'>
              <Field label={`选项 ${letter(i)}`}>
                <Input className='quiz-item__option-text' value={o.text} onChange={(v) => setOption(i, { text: v })} maxLength={QUIZ_LIMITS.option} disabled={locked} placeholder='选项内容' />
              </Field>
              <View className='staff__row'>
                <Toggle value={o.correct} yes='对' no='错' onChange={(correct) => setOption(i, { correct })} />
                {draft.kind === 'flags' && (
                  <Picker
                    mode='selector'
                    range={flagRange}
                    value={Math.max(
                      0,
                      RED_FLAGS.findIndex((f) => f.code === o.flag)
                    )}
                    onChange={(e) => setOption(i, { flag: RED_FLAGS[Number(e.detail.value)].code })}
                  >
                    <View className='staff__picker'>{o.flag ? `⚑ ${redFlagLabel(o.flag)}` : '选红旗'}</View>
                  </Picker>
                )}
                {!locked && draft.kind !== 'judge' && draft.options.length > QUIZ_LIMITS.minOptions && (
                  <Button
                    size='small'
                    fill='none'
                    onClick={() =>
                      set(
                        'options',
                        draft.options.filter((_, j) => j !== i)
                      )
                    }
                  >
                    删除
                  </Button>
                )}
              </View>
            </View>
          ))}
          {!locked && draft.kind !== 'judge' && draft.options.length < QUIZ_LIMITS.maxOptions && (
            <Button fill='outline' onClick={() => set('options', [...draft.options, BLANK_OPTION])}>
              添加选项
            </Button>
          )}
        </View>

        <View className='staff__card'>
          <Field label='解析' hint={`交卷后居民看到的讲解，最多 ${QUIZ_LIMITS.explanation} 个字`}>
            <TextArea className='quiz-item__explanation' value={draft.explanation} onChange={(v) => set('explanation', v)} maxLength={QUIZ_LIMITS.explanation} rows={4} disabled={locked} />
          </Field>
          {problems.length > 0 && !locked && <View className='staff__soft quiz-item__todo'>还要改：{problems[0]}</View>}
          <SaveBar item={item} actions={actions} onSave={() => void save()}>
            <Button fill='none' onClick={() => void Taro.navigateTo({ url: routes.quizBank })}>
              回题库
            </Button>
          </SaveBar>
        </View>

        {item && publisher && (
          <ReviewPanel item={item} actions={actions}>
            <View className='staff__soft'>发布后，之后开始的每一轮答题都可能抽到这道题。</View>
          </ReviewPanel>
        )}
        {item && <RevisionList item={item} actions={actions} />}
      </View>
      <View className='quiz-item__side'>
        <Preview id={item?.id ?? 'preview'} fields={fields} />
      </View>
    </View>
  )
}

export default function QuizItemPage() {
  const params = useRouter().params
  return (
    <Screen className='staff-page staff-page--wide'>
      <StaffGate roles={['editor', 'publisher']}>{(session) => <Editor id={params.id ?? ''} session={session} />}</StaffGate>
    </Screen>
  )
}
