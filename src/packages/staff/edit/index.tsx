import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import { useEffect, useState } from 'react'
import { Choices, Toggle } from '../../../components/choices'
import { Field } from '../../../components/field'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import { CATEGORIES } from '../../../core/categories'
import { checkAdvert } from '../../../core/ad-check/engine'
import { originProblems } from '../../../core/case-kind'
import { bodyProblems } from '../../../core/content-rules'
import { isRedFlagCode, RED_FLAGS, toRedFlags } from '../../../core/red-flags'
import { ArticleView } from '../../../features/articles/components/article-view'
import { CaseView } from '../../../features/cases/components/case-view'
import { createItem, saveItem, useEditorItem, type ArticleFields, type CaseFields, type EditorItem, type Kind } from '../../../features/publishing/api/desk'
import { DeskStatus, ReviewPanel, RevisionList, SaveBar } from '../../../features/publishing/components/desk-panels'
import { FlagMarker } from '../../../features/publishing/components/flag-marker'
import { LongText } from '../../../features/publishing/components/long-text'
import { useDeskActions } from '../../../features/publishing/hooks/use-desk-actions'
import { DatePick } from '../../../features/staff/components/date-pick'
import { StaffGate } from '../../../features/staff/components/staff-gate'
import { routes } from '../../../routes'
import { uploadImage } from '../../../services/http'
import { choosePictures } from '../../../services/media'
import { hasRole, type StaffSession } from '../../../services/staff-session'
import { isDistrictItemFor } from '../../../features/town/components/district-item'
import '../staff.scss'

type Draft = ArticleFields & CaseFields

const EMPTY: Draft = {
  title: '',
  category: 'basics',
  summary: '',
  redFlags: [],
  body: '',
  featured: false,
  kind: 'illustrative',
  source: '',
  sourceUrl: '',
  story: '',
  outcome: '',
  lesson: '',
  question: { prompt: '', options: ['', '', ''], answer: 0, explanation: '' }
}

const CATEGORY_CHOICES = CATEGORIES.map((c) => ({ value: c.code, label: c.name }))
const FLAG_CHOICES = RED_FLAGS.map((f) => ({ value: f.code, label: f.label }))
const KIND_CHOICES = [
  { value: 'illustrative', label: '情景案例（根据常见案情编写）' },
  { value: 'real', label: '真实案例（有公开来源）' }
]

function fieldsFor(kind: Kind, d: Draft): ArticleFields | CaseFields {
  const common = { title: d.title.trim(), category: d.category, summary: d.summary.trim(), redFlags: d.redFlags }
  if (kind === 'article') return { ...common, body: d.body }
  const options = d.question.options.map((o) => o.trim()).filter(Boolean)
  const origin = d.kind === 'real' ? { kind: d.kind, source: d.source.trim(), sourceUrl: d.sourceUrl.trim() } : { kind: d.kind, source: '', sourceUrl: '' }
  return { ...common, featured: d.featured, ...origin, story: d.story, outcome: d.outcome, lesson: d.lesson, question: { ...d.question, options } }
}

function Editor({ kind, id, session }: { kind: Kind; id: string; session: StaffSession }) {
  const loaded = useEditorItem(kind, id)
  const [item, setItem] = useState<EditorItem | null>(null)
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const actions = useDeskActions(kind, item, () => loaded.reload())
  const { run } = actions
  const [day, setDay] = useState('')
  const [time, setTime] = useState('09:00')

  useEffect(() => {
    if (loaded.data) {
      setItem(loaded.data)
      setDraft({ ...EMPTY, ...loaded.data.fields })
    }
  }, [loaded.data])

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }))
  const publisher = hasRole(session, 'publisher')
  // A town's account reads the district's items, every town's, without changing them.
  const districtItem = !!item && isDistrictItemFor(session, item.town)
  const locked = item?.status === 'published' || districtItem
  const texts = kind === 'article' ? [draft.body] : [draft.story, draft.outcome, draft.lesson]
  const problems = texts.flatMap(bodyProblems)
  // The advert checker's reading of the text, offered as red-flag tags: the signs it found, not its scorer's likeness.
  const suggested = checkAdvert(texts.join('\n'))
    .flags.map((f) => f.code)
    .filter((c) => isRedFlagCode(c) && !draft.redFlags.includes(c))

  const save = () =>
    run(async () => {
      if (problems.length > 0) throw new Error(problems[0])
      const saved = item ? await saveItem(kind, item.id, fieldsFor(kind, draft), item.revision) : await createItem(kind, fieldsFor(kind, draft))
      setItem(saved)
      if (!item) void Taro.redirectTo({ url: routes.edit(kind, saved.id) })
    }, '已保存')

  const insertImage = () =>
    run(async () => {
      const [picked] = await choosePictures(1, ['album'])
      if (!picked) return
      const { id: imageId } = await uploadImage(picked)
      const line = `\n\n![图片说明](image:${imageId})\n\n`
      if (kind === 'article') set('body', draft.body + line)
      else set('story', draft.story + line)
    }, '图片已插入，可修改“图片说明”')

  const scheduleAt = day ? new Date(`${day}T${time}:00+08:00`).toISOString() : undefined

  if (id && !item) return <StateView loading={loaded.loading} error={loaded.error} onRetry={() => void loaded.reload()} />

  return (
    <View className='edit'>
      <View className='edit__form'>
        {item && <DeskStatus item={item} />}
        {locked && <View className='staff__card staff__soft'>已发布的稿件不能直接修改：请先“撤下”，改好后再发布。</View>}
        <View className='staff__card'>
          <Field label='标题' hint='最多 30 个字'>
            <Input className='edit__title' value={draft.title} onChange={(v) => set('title', v)} maxLength={30} disabled={locked} />
          </Field>
          <Field label='分类'>
            <Choices options={CATEGORY_CHOICES} selected={[draft.category]} onChange={([v]) => set('category', v)} />
          </Field>
          <Field label='摘要' hint='一两句话，最多 60 个字，显示在列表里'>
            <TextArea className='edit__summary' value={draft.summary} onChange={(v) => set('summary', v)} maxLength={60} rows={2} disabled={locked} />
          </Field>
          <Field label='本文教的危险信号' hint='可多选；在正文下面标出原话时，它的信号会自动选上'>
            <Choices multiple options={FLAG_CHOICES} selected={draft.redFlags} onChange={(v) => set('redFlags', v)} />
            {suggested.length > 0 && (
              <View className='edit__suggest'>
                广告体检在正文里还看到：{suggested.map((c) => FLAG_CHOICES.find((f) => f.value === c)?.label).join('、')}
                <Button size='small' fill='outline' onClick={() => set('redFlags', [...draft.redFlags, ...suggested])}>
                  采用建议
                </Button>
              </View>
            )}
          </Field>
          {kind === 'article' ? (
            <>
              <Field
                label='正文'
                hint='空一行分段；“## ”开头是小标题；“- ”开头是列表；“> ”开头是引用的广告原话；**加粗**；[[原话|危险信号]] 是标出的危险信号，用下面的“标出危险信号”加上'
                error={problems[0]}
              >
                <LongText className='edit__body' size='page' marked value={draft.body} onChange={(v) => set('body', v)} maxLength={20000} disabled={locked} />
              </Field>
              <FlagMarker text={draft.body} onText={(v) => set('body', v)} flags={draft.redFlags} onFlags={(v) => set('redFlags', v)} disabled={locked} />
            </>
          ) : (
            <>
              <Field label='首页推荐'>
                <Toggle value={draft.featured} yes='推荐到首页' no='不推荐' onChange={(v) => set('featured', v)} />
              </Field>
              <Field
                label='案例类型'
                hint={draft.kind === 'real' ? '写明公开来源（法院、检察院或新闻媒体）和网址，居民能看到。' : '居民会看到“情景案例，根据常见案情编写”。不要写成发生在本镇或哪个村，地点写“某地”“某县”。'}
                error={originProblems(fieldsFor('case', draft) as CaseFields)[0]}
              >
                <Choices options={KIND_CHOICES} selected={[draft.kind]} onChange={([v]) => set('kind', v === 'real' ? 'real' : 'illustrative')} />
              </Field>
              {draft.kind === 'real' && (
                <>
                  <Field label='公开来源' hint='例：某某市中级人民法院、某某区人民检察院、某某日报'>
                    <Input className='edit__source' value={draft.source} onChange={(v) => set('source', v)} maxLength={100} disabled={locked} />
                  </Field>
                  <Field label='来源网址'>
                    <Input className='edit__source-url' value={draft.sourceUrl} onChange={(v) => set('sourceUrl', v)} maxLength={300} placeholder='https://' disabled={locked} />
                  </Field>
                </>
              )}
              <Field label='案情经过' hint='写完后在下面标出案情里的危险信号原话' error={problems[0]}>
                <LongText className='edit__story' size='page' marked value={draft.story} onChange={(v) => set('story', v)} maxLength={20000} disabled={locked} />
              </Field>
              <FlagMarker text={draft.story} onText={(v) => set('story', v)} flags={draft.redFlags} onFlags={(v) => set('redFlags', v)} disabled={locked} />
              <Field label='钱和人最后怎样了'>
                <LongText className='edit__outcome' size='paragraph' value={draft.outcome} onChange={(v) => set('outcome', v)} maxLength={20000} disabled={locked} />
              </Field>
              <Field label='给读者的提醒'>
                <LongText className='edit__lesson' size='paragraph' value={draft.lesson} onChange={(v) => set('lesson', v)} maxLength={20000} disabled={locked} />
              </Field>
              <Field label='检验题'>
                <Input value={draft.question.prompt} onChange={(v) => set('question', { ...draft.question, prompt: v })} placeholder='题目' maxLength={200} disabled={locked} />
              </Field>
              {draft.question.options.map((o, i) => (
                <Field key={i} label={`选项 ${String.fromCharCode(65 + i)}`}>
                  <Input value={o} onChange={(v) => set('question', { ...draft.question, options: draft.question.options.map((x, j) => (j === i ? v : x)) })} maxLength={100} disabled={locked} />
                </Field>
              ))}
              <Field label='正确答案'>
                <Choices
                  options={draft.question.options.map((_, i) => ({ value: String(i), label: String.fromCharCode(65 + i) }))}
                  selected={[String(draft.question.answer)]}
                  onChange={([v]) => set('question', { ...draft.question, answer: Number(v) })}
                />
              </Field>
              <Field label='答案解析'>
                <TextArea value={draft.question.explanation} onChange={(v) => set('question', { ...draft.question, explanation: v })} maxLength={500} rows={3} disabled={locked} />
              </Field>
            </>
          )}
          {districtItem ? (
            <View className='staff__soft edit__district'>这是区里发布的内容，每个镇（街道）的居民都能看到。镇（街道）的账号只能看，不能修改；要改请联系区里。</View>
          ) : (
            <SaveBar item={item} actions={actions} onSave={() => void save()}>
              <Button fill='outline' disabled={locked} onClick={() => void insertImage()}>
                插入图片
              </Button>
              {item && (
                <Button className='edit__preview' fill='outline' onClick={() => void Taro.navigateTo({ url: routes.preview(kind, item.id) })}>
                  预览
                </Button>
              )}
            </SaveBar>
          )}
        </View>
        {item && publisher && !districtItem && (
          <ReviewPanel item={item} actions={actions} publishAt={scheduleAt}>
            <Field label='定时发布（可不填）' hint='不填就立即发布；填了则到时自动发布，无需再操作。时间为北京时间。'>
              <View className='staff__row'>
                <DatePick value={day} onChange={setDay} placeholder='选日期' />
                <DatePick mode='time' value={time} onChange={setTime} placeholder='选时间' />
                {day && (
                  <View className='staff__picker' onClick={() => setDay('')}>
                    清除
                  </View>
                )}
              </View>
            </Field>
          </ReviewPanel>
        )}
        {item && !districtItem && <RevisionList item={item} actions={actions} />}
      </View>
      {/* Beside the form on a desk screen (staff.scss); a phone opens 预览 instead, so the mini-program never renders it. */}
      {process.env.TARO_ENV === 'h5' && <LivePreview kind={kind} draft={draft} />}
    </View>
  )
}

/** The draft as it stands, shown with the very components residents read it with. */
function LivePreview({ kind, draft }: { kind: Kind; draft: Draft }) {
  const common = { id: '', publishedAt: new Date().toISOString(), town: null, title: draft.title || '（标题）', category: draft.category, summary: draft.summary, redFlags: toRedFlags(draft.redFlags) }
  return (
    <View className='edit__live'>
      <View className='staff__soft edit__live-note'>实时预览：居民将看到的样子（保存后才会留下）</View>
      {kind === 'article' ? (
        <ArticleView article={{ ...common, body: draft.body }} />
      ) : (
        <CaseView
          lesson={{
            ...common,
            featured: draft.featured,
            kind: draft.kind,
            source: draft.source,
            sourceUrl: draft.sourceUrl,
            story: draft.story,
            outcome: draft.outcome,
            lesson: draft.lesson,
            question: { ...draft.question, options: draft.question.options.filter((o) => o.trim()) }
          }}
        />
      )}
    </View>
  )
}

export default function EditPage() {
  const params = useRouter().params
  const kind: Kind = params.kind === 'case' ? 'case' : 'article'
  return (
    <Screen className='staff-page staff-page--wide'>
      <StaffGate roles={['editor', 'publisher']}>{(session) => <Editor kind={kind} id={params.id ?? ''} session={session} />}</StaffGate>
    </Screen>
  )
}
