import { Image, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { Choices, Toggle } from '../../../components/choices'
import { useListEditing } from '../../../components/use-list-editing'
import { Field } from '../../../components/field'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import { NATIONAL_MONTH } from '../../../core/campaign'
import { createCampaign, saveCampaign, setCampaignPublished, useCampaigns, type CampaignFields, type CampaignRecord } from '../../../features/campaigns/api/campaigns'
import { useDesk } from '../../../features/publishing/api/desk'
import { DatePick } from '../../../features/staff/components/date-pick'
import { StaffGate } from '../../../features/staff/components/staff-gate'
import { DistrictItem, isDistrictItemFor } from '../../../features/town/components/district-item'
import type { StaffSession } from '../../../services/staff-session'
import { StaffTableHead } from '../../../features/staff/components/staff-table-head'
import { imageUrl, uploadImage } from '../../../services/http'
import { choosePictures } from '../../../services/media'
import { routes } from '../../../routes'
import { ask, messageOf, say } from '../../../services/feedback'
import '../staff.scss'

const BLANK: CampaignFields = { name: '', theme: '', startsOn: '', endsOn: '', bannerImageId: null, slogans: [], articleIds: [], caseIds: [], quizSeconds: 180, quizFeedback: false }

/** What the form edits and sends: only the fields (the server refuses a record's id, status or dates as unknown fields). */
const fieldsOf = (r: CampaignRecord): CampaignFields => ({
  name: r.name,
  theme: r.theme,
  startsOn: r.startsOn,
  endsOn: r.endsOn,
  bannerImageId: r.bannerImageId,
  slogans: r.slogans,
  articleIds: r.articleIds,
  caseIds: r.caseIds,
  quizSeconds: r.quizSeconds,
  quizFeedback: r.quizFeedback
})

function CampaignForm({ initial, onDone }: { initial: CampaignRecord | null; onDone: () => void }) {
  const [f, setF] = useState<CampaignFields>(initial ? fieldsOf(initial) : BLANK)
  const [slogans, setSlogans] = useState((initial?.slogans ?? []).join('\n'))
  const [error, setError] = useState<string>()
  const articles = useDesk('article', 'published')
  const cases = useDesk('case', 'published')
  const set = <K extends keyof CampaignFields>(k: K, v: CampaignFields[K]) => setF((x) => ({ ...x, [k]: v }))

  const submit = async () => {
    setError(undefined)
    const fields = {
      ...f,
      name: f.name.trim(),
      theme: f.theme.trim(),
      slogans: slogans
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean)
    }
    try {
      if (initial) await saveCampaign(initial.id, fields)
      else await createCampaign(fields)
      say('已保存')
      onDone()
    } catch (err) {
      setError(messageOf(err, '保存失败'))
    }
  }

  // Dozens of titles as chips are slow to scan: the office narrows them by a word, and what is picked stays in view.
  const [find, setFind] = useState('')
  const findable = (items: readonly { id: string; title: string }[], picked: readonly string[]) =>
    items.filter((x) => picked.includes(x.id) || x.title.includes(find.trim())).map((x) => ({ value: x.id, label: x.title }))

  const banner = async () => {
    try {
      const [picked] = await choosePictures(1, ['album'])
      if (picked) set('bannerImageId', (await uploadImage(picked)).id)
    } catch (err) {
      setError(messageOf(err, '上传失败'))
    }
  }

  return (
    <View className='staff__card'>
      <View className='staff__title'>{initial ? '修改宣传活动' : '新建宣传活动'}</View>
      <Field label='宣传月名称（可不填）' hint={`不填就用全国统一的名称“${NATIONAL_MONTH}”；镇里有自己的叫法再填。`}>
        <Input className='campaign__name' value={f.name} onChange={(v) => set('name', v)} maxLength={20} placeholder={NATIONAL_MONTH} />
      </Field>
      <Field label='主题' hint='例如：守住钱袋子·护好幸福家'>
        <Input className='campaign__theme' value={f.theme} onChange={(v) => set('theme', v)} maxLength={30} />
      </Field>
      <Field label='日期' hint='按北京时间，含首尾两天。全国宣传月在每年 6 月，6 月 15 日是集中宣传日。'>
        <View className='staff__row'>
          <DatePick className='campaign__starts' value={f.startsOn} onChange={(v) => set('startsOn', v)} placeholder='开始日期' />
          至
          <DatePick className='campaign__ends' value={f.endsOn} onChange={(v) => set('endsOn', v)} placeholder='结束日期' />
        </View>
      </Field>
      <Field label='横幅图片（可不填）'>
        {f.bannerImageId && <Image src={imageUrl(f.bannerImageId)} mode='widthFix' style={{ width: '100%' }} />}
        <View className='staff__actions'>
          <Button size='small' fill='outline' onClick={() => void banner()}>
            {f.bannerImageId ? '换一张' : '上传横幅'}
          </Button>
          {f.bannerImageId && (
            <Button size='small' fill='outline' onClick={() => set('bannerImageId', null)}>
              不用横幅
            </Button>
          )}
        </View>
      </Field>
      <Field label='滚动口号' hint='一行一条，每条最多 40 个字；村屏会轮流播放'>
        <TextArea className='campaign__slogans' value={slogans} onChange={setSlogans} rows={5} maxLength={1000} />
      </Field>
      <Field label='答题限时（秒）' hint='每轮 5 题，默认 180 秒（3 分钟），可设 60 到 600 秒'>
        <Input type='number' value={String(f.quizSeconds)} onChange={(v) => set('quizSeconds', Number(v) || 0)} maxLength={3} />
      </Field>
      <Field label='答题时告诉对错' hint='开：每题答完点“确定，看对错”，马上看到对不对、正确答案和解析，对过的答案不能再改；关：交卷后一起看'>
        <Toggle label='答题时告诉对错' value={f.quizFeedback} yes='每题答完就告诉对错' no='交卷后一起看' onChange={(v) => set('quizFeedback', v)} />
      </Field>
      <Field label='找推荐内容' hint='输入标题里的字，下面只留下标题含这些字的文章和案例；已选的一直留着。'>
        <Input className='campaign__find' value={find} onChange={setFind} maxLength={20} placeholder='例如：养老' />
      </Field>
      <Field label={`推荐文章（已选 ${f.articleIds.length} 篇）`}>
        <Choices multiple options={findable(articles.data?.items ?? [], f.articleIds)} selected={f.articleIds} onChange={(v) => set('articleIds', v)} />
      </Field>
      <Field label={`推荐案例（已选 ${f.caseIds.length} 个）`} error={error}>
        <Choices multiple options={findable(cases.data?.items ?? [], f.caseIds)} selected={f.caseIds} onChange={(v) => set('caseIds', v)} />
      </Field>
      <View className='staff__actions'>
        <Button className='campaign__save' type='primary' onClick={() => void submit()}>
          保存
        </Button>
        <Button fill='outline' onClick={onDone}>
          取消
        </Button>
      </View>
    </View>
  )
}

function Campaigns({ session }: { session: StaffSession }) {
  const list = useCampaigns()
  const { editing, setEditing, done, toggle } = useListEditing<CampaignRecord>(list.reload, setCampaignPublished)
  // Publishing puts it on every resident's home and the village screens at once, and withdrawing takes it off: asked first, as one click could slip.
  // The theme goes in the text, not the title, which on a phone would break it mid-phrase.
  const publishOrWithdraw = async (c: CampaignRecord) => {
    const asked =
      c.status === 'published'
        ? { title: '现在就撤下这个活动吗？', content: `“${c.theme}”撤下后，居民的首页和村屏马上不再显示它。以后还可以再发布。`, confirmText: '撤下' }
        : { title: '现在就发布这个活动吗？', content: `“${c.theme}”发布后，活动期间居民的首页和村屏都会显示它。`, confirmText: '发布' }
    if (await ask({ ...asked, cancelText: '再看看' })) await toggle(c)
  }
  if (editing) return <CampaignForm initial={editing === 'new' ? null : editing} onDone={done} />
  const items = list.data?.items ?? []
  return (
    <View>
      <View className='staff__actions'>
        <Button className='campaign__new' type='primary' onClick={() => setEditing('new')}>
          ＋ 新建宣传活动
        </Button>
        <Button fill='outline' onClick={() => void Taro.navigateTo({ url: routes.villageScreen(session.town) })}>
          打开村屏模式
        </Button>
      </View>
      <StateView loading={list.loading} error={list.error} empty={items.length === 0} emptyText='还没有宣传活动' onRetry={() => void list.reload()}>
        <View className='staff__card staff__table'>
          <StaffTableHead columns={['主题', '状态 · 日期 · 口号', '操作']} />
          {items.map((c) => (
            <View key={c.id} className='staff__item'>
              <View className='staff__item-title'>{c.theme}</View>
              <View className='staff__row staff__meta'>
                <View className={`staff__status is-${c.status}`}>{c.status === 'published' ? '已发布' : '未发布'}</View>
                <DistrictItem session={session} kind={'campaign'} item={c} onChanged={() => void list.reload()} />
                <View>
                  {c.startsOn} 至 {c.endsOn}
                </View>
                <View>{c.slogans.length} 条口号</View>
              </View>
              {!isDistrictItemFor(session, c.town) && (
                <View className='staff__actions'>
                  <Button size='small' fill='outline' onClick={() => setEditing(c)}>
                    修改
                  </Button>
                  <Button className='campaign__toggle' size='small' type={c.status === 'published' ? 'default' : 'primary'} onClick={() => void publishOrWithdraw(c)}>
                    {c.status === 'published' ? '撤下' : '发布'}
                  </Button>
                </View>
              )}
            </View>
          ))}
        </View>
      </StateView>
    </View>
  )
}

export default function CampaignsPage() {
  return (
    <Screen className='staff-page'>
      <StaffGate roles={['publisher']}>{(session) => <Campaigns session={session} />}</StaffGate>
    </Screen>
  )
}
