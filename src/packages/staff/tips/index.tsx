import { View } from '@tarojs/components'
import Taro, { useDidShow, useLoad, usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { Choices } from '../../../components/choices'
import { Field } from '../../../components/field'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import { formatRoughTime } from '../../../core/dates'
import { DISTRICT, officeName } from '../../../core/town'
import { CASE_FLOWS, FEEDBACK_TOPICS, SPAM_VIEWS, TIP_DISGUISES, type CaseKind, type DeskCase, type SpamView, type TipStatusCode } from '../../../core/tips'
import { DatePick } from '../../../features/staff/components/date-pick'
import { StaffGate } from '../../../features/staff/components/staff-gate'
import type { StaffSession } from '../../../services/staff-session'
import { StaffTableHead } from '../../../features/staff/components/staff-table-head'
import { markSpam, useDeskTips, type DeskFilter, type DeskList } from '../../../features/tips/api/tips'
import { TipCountsCard } from '../../../features/tips/components/tip-counts'
import { useOfficeTowns, useTownProfile } from '../../../features/town/api/town-office'
import { messageOf, say } from '../../../services/feedback'
import { routes } from '../../../routes'
import '../staff.scss'

const disguiseName = (code: string) => TIP_DISGUISES.find((d) => d.code === code)?.name ?? code
const topicName = (code: string) => FEEDBACK_TOPICS.find((t) => t.code === code)?.name ?? code
const all = { value: '', label: '全部' }
const PHOTOS = [all, { value: 'yes', label: '有照片' }, { value: 'no', label: '没有照片' }]

function DateRange({ from, to, onChange }: { from: string; to: string; onChange: (from: string, to: string) => void }) {
  return (
    <View className='staff__row'>
      <DatePick className='tip-desk__from' value={from} onChange={(v) => onChange(v, to)} placeholder='开始日期' />
      至
      <DatePick className='tip-desk__to' value={to} onChange={(v) => onChange(from, v)} placeholder='结束日期' />
      {(from || to) && (
        <Button size='small' fill='none' onClick={() => onChange('', '')}>
          不限日期
        </Button>
      )}
    </View>
  )
}

/** Under the list: more to load, a search that goes on further back, or the end. */
function Footer({ list, searching, item }: { list: DeskList; searching: boolean; item: string }) {
  if (list.loadingMore) return <View className='tip-desk__footer'>正在加载更多…</View>
  if (!list.more) return <View className='tip-desk__footer'>{searching ? `已查看 ${list.scanned} 条${item}，全部查完了` : '已经到底了'}</View>
  return (
    <View className='tip-desk__footer'>
      {searching && (
        <View>
          {item}内容是加密的，每次解密查看一部分：已查看 {list.scanned} 条。
        </View>
      )}
      <Button className='tip-desk__more' size='small' fill='outline' onClick={() => void list.loadMore()}>
        {searching ? '继续往前查找' : '加载更多'}
      </Button>
    </View>
  )
}

/** A row's title and what it says about the case at a glance. */
const glance = (c: DeskCase): { title: string; facts: string[] } =>
  c.kind === 'tip'
    ? { title: c.content.organisation || '（未写名称）', facts: [disguiseName(c.content.disguise), c.content.place || '地点未写', ...(c.photoCount > 0 ? [`照片 ${c.photoCount} 张`] : [])] }
    : { title: topicName(c.content.topic), facts: [c.content.contact ? '留了联系方式' : '匿名'] }

function TipRow({ tip, office, picking, picked, onPick }: { tip: DeskCase; office?: string; picking: boolean; picked: boolean; onPick: () => void }) {
  const open = () => void Taro.navigateTo({ url: routes.tipDetail(tip.id) })
  const { title, facts } = glance(tip)
  return (
    <View className={`staff__item tip-desk__item ${picked ? 'is-picked' : ''}`} role={picking ? 'checkbox' : 'link'} aria-checked={picking ? picked : undefined} onClick={picking ? onPick : open}>
      <View className='staff__item-title'>
        {picking && <View className='tip-desk__check'>{picked ? '☑' : '☐'}</View>}
        {title}
      </View>
      <View className='staff__row staff__meta'>
        <View className={`staff__status is-${tip.status === 'new' ? 'review' : tip.status === 'closed' ? 'published' : tip.status === 'rejected' ? 'withdrawn' : 'draft'}`}>{tip.statusLabel}</View>
        {tip.spam && <View className='staff__status tip-desk__spam'>垃圾</View>}
        {office && <View className='tip-desk__office'>{office}</View>}
        {facts.map((f) => (
          <View key={f}>{f}</View>
        ))}
        <View>{formatRoughTime(tip.createdAt, new Date(), 'day')}</View>
      </View>
      <View className='staff__meta'>{tip.content.what.slice(0, 60)}</View>
    </View>
  )
}

// What the search looks in, as the handler is told.
const SEARCH_HINT: Record<CaseKind, { where: string; example: string }> = {
  tip: { where: '单位名称、地点、经过、时间、联系方式', example: '例如：康养、辛口村' },
  feedback: { where: '意见内容和联系方式', example: '例如：字太小' }
}

/** The desk of one kind of case: tips, or 投诉建议. */
function TipDesk({ kind, session }: { kind: CaseKind; session: StaffSession }) {
  const { item, statuses } = CASE_FLOWS[kind]
  const [status, setStatus] = useState('')
  const [spam, setSpam] = useState<SpamView>('exclude')
  const [disguise, setDisguise] = useState('')
  const [village, setVillage] = useState('')
  const [office, setOffice] = useState('')
  const [topic, setTopic] = useState('')
  const [photos, setPhotos] = useState('')
  const [days, setDays] = useState({ from: '', to: '' })
  const [typed, setTyped] = useState('')
  const [q, setQ] = useState('')
  const [more, setMore] = useState(false)
  const [picking, setPicking] = useState(false)
  const [picked, setPicked] = useState<string[]>([])
  const [undo, setUndo] = useState<{ ids: string[]; spam: boolean }>()
  const [busy, setBusy] = useState(false)
  const [counting, setCounting] = useState(false)
  const towns = useOfficeTowns()
  // A town's account sees its own town's cases only: no town to pick, none to name on each row.
  const several = !session.town && (towns.data?.length ?? 0) > 1
  // The villages to filter by are the chosen town's (the first town's when none or the district is chosen).
  const town = useTownProfile(office === DISTRICT ? '' : office)
  const filter: DeskFilter = {
    kind,
    status: (status || undefined) as TipStatusCode | undefined,
    spam,
    photos: photos ? photos === 'yes' : undefined,
    disguise: disguise || undefined,
    village: village || undefined,
    town: office || undefined,
    topic: topic || undefined,
    q: q || undefined,
    from: days.from || undefined,
    to: days.to || undefined
  }
  const tips = useDeskTips(filter)
  useDidShow(() => void tips.refresh())
  usePullDownRefresh(() => void tips.refresh().finally(() => Taro.stopPullDownRefresh()))
  useReachBottom(() => void (!q && !disguise && !village && !topic && tips.loadMore()))

  // In the spam pile the bulk action takes tips back; elsewhere it sets new tips aside.
  const marking = spam !== 'only'
  const pickable = (t: DeskCase) => (marking ? t.status === 'new' && !t.spam : t.spam)
  const stopPicking = () => {
    setPicking(false)
    setPicked([])
  }
  const mark = async (ids: string[], toSpam: boolean, offerUndo: boolean) => {
    setBusy(true)
    try {
      const changed = await markSpam(ids, toSpam)
      say(toSpam ? `已把 ${changed} 条标为垃圾` : `已取消 ${changed} 条的垃圾标记`)
      setUndo(offerUndo ? { ids, spam: !toSpam } : undefined)
      stopPicking()
      await tips.refresh()
    } catch (err) {
      say(messageOf(err, '没有标记成功，请稍后再试。'))
    } finally {
      setBusy(false)
    }
  }
  const searching = Boolean(q || disguise || village || topic)

  return (
    <View>
      <View className='staff__card'>
        <Field label={`搜索${item}内容`} hint={`在${SEARCH_HINT[kind].where}里找。内容是加密保存的，查找时逐条解密，${item}多时要分几次查完。`}>
          <View className='staff__row'>
            <Input className='tip-desk__search' value={typed} onChange={setTyped} onConfirm={() => setQ(typed.trim())} maxLength={100} placeholder={SEARCH_HINT[kind].example} />
            <Button className='tip-desk__search-go' size='small' type='primary' onClick={() => setQ(typed.trim())}>
              搜索
            </Button>
            {q && (
              <Button
                size='small'
                fill='none'
                onClick={() => {
                  setTyped('')
                  setQ('')
                }}
              >
                清除
              </Button>
            )}
          </View>
        </Field>
        {several && (
          <Field label='哪个镇（街道）的'>
            <Choices
              options={[all, ...(towns.data ?? []).map((t) => ({ value: t.code, label: t.name })), { value: DISTRICT, label: '区里（没选镇）' }]}
              selected={[office]}
              onChange={([v]) => {
                setOffice(v)
                setVillage('')
              }}
            />
          </Field>
        )}
        <Field label='状态'>
          <Choices options={[all, ...Object.entries(statuses).map(([value, label]) => ({ value, label }))]} selected={[status]} onChange={([v]) => setStatus(v)} />
        </Field>
        <Field label={`垃圾${item}`}>
          <Choices
            options={Object.entries(SPAM_VIEWS).map(([value, label]) => ({ value, label }))}
            selected={[spam]}
            onChange={([v]) => {
              setSpam(v as SpamView)
              stopPicking()
            }}
          />
        </Field>
        {kind === 'feedback' ? (
          <View>
            <Field label='关于什么'>
              <Choices options={[all, ...FEEDBACK_TOPICS.map((t) => ({ value: t.code, label: t.name }))]} selected={[topic]} onChange={([v]) => setTopic(v)} />
            </Field>
            <Field label='收到的日期'>
              <DateRange from={days.from} to={days.to} onChange={(from, to) => setDays({ from, to })} />
            </Field>
          </View>
        ) : more ? (
          <View>
            <Field label='名义'>
              <Choices options={[all, ...TIP_DISGUISES.map((d) => ({ value: d.code, label: d.name }))]} selected={[disguise]} onChange={([v]) => setDisguise(v)} />
            </Field>
            {(town.data?.villages.length ?? 0) > 0 && (
              <Field label='村（社区）'>
                <Choices options={[all, ...(town.data?.villages ?? []).map((v) => ({ value: v, label: v }))]} selected={[village]} onChange={([v]) => setVillage(v)} />
              </Field>
            )}
            <Field label='照片'>
              <Choices options={PHOTOS} selected={[photos]} onChange={([v]) => setPhotos(v)} />
            </Field>
            <Field label='收到的日期'>
              <DateRange from={days.from} to={days.to} onChange={(from, to) => setDays({ from, to })} />
            </Field>
          </View>
        ) : (
          <Button className='tip-desk__more-filters' size='small' fill='none' onClick={() => setMore(true)}>
            更多筛选（名义、村、照片、日期）
          </Button>
        )}
      </View>

      <Button className='tip-desk__counts' size='small' fill='none' onClick={() => setCounting(!counting)}>
        {counting ? '收起数量统计' : '看数量统计（最近 30 天，按天、按镇）'}
      </Button>
      {counting && <TipCountsCard towns={towns.data ?? []} />}

      {undo && (
        <View className='staff__card tip-desk__undo'>
          {undo.spam ? `刚取消了 ${undo.ids.length} 条的垃圾标记。` : `刚把 ${undo.ids.length} 条标为垃圾，它们不再出现在默认列表里。`}
          <Button className='tip-desk__undo-button' size='small' fill='outline' disabled={busy} onClick={() => void mark(undo.ids, undo.spam, false)}>
            撤销
          </Button>
        </View>
      )}

      <StateView
        loading={tips.loading}
        error={tips.items.length ? undefined : tips.error}
        empty={tips.items.length === 0 && !tips.more}
        emptyText={searching ? `没有找到符合条件的${item}` : `没有符合条件的${item}`}
        onRetry={() => void tips.refresh()}
      >
        <View className='staff__card staff__table staff__table--no-actions'>
          <View className='staff__row'>
            {picking ? (
              <Button size='small' fill='none' onClick={() => setPicked(tips.items.filter(pickable).map((t) => t.id))}>
                全选已列出的
              </Button>
            ) : (
              <Button className='tip-desk__pick' size='small' fill='outline' onClick={() => setPicking(true)}>
                {marking ? '批量标为垃圾' : '批量取消垃圾标记'}
              </Button>
            )}
            {picking && <View className='staff__meta'>{marking ? `只能选“${statuses.new}”。` : ''}点一条选中或取消</View>}
          </View>
          {tips.items.length > 0 && <StaffTableHead columns={kind === 'tip' ? ['单位名称', '状态 · 名义 · 地点 · 收到 · 经过'] : ['关于', '状态 · 联系方式 · 收到 · 内容']} />}
          {tips.items.length === 0 && <View className='staff__meta'>这一段里没有符合条件的{item}，可以继续往前查找。</View>}
          {tips.items.map((t) => (
            <TipRow
              key={t.id}
              tip={t}
              office={several ? officeName(towns.data!, t.town) : undefined}
              picking={picking && pickable(t)}
              picked={picked.includes(t.id)}
              onPick={() => setPicked((p) => (p.includes(t.id) ? p.filter((x) => x !== t.id) : p.length < 100 ? [...p, t.id] : p))}
            />
          ))}
          {tips.error && <View className='field__error'>{tips.error}</View>}
          <Footer list={tips} searching={searching} item={item} />
        </View>
      </StateView>

      {picking && (
        <View className='tip-desk__bar'>
          <View>已选 {picked.length} 条（一次最多 100 条）</View>
          <View className='staff__row'>
            <Button className='tip-desk__mark' type='primary' size='small' disabled={picked.length === 0 || busy} loading={busy} onClick={() => void mark(picked, marking, true)}>
              {marking ? '标为垃圾' : '不是垃圾'}
            </Button>
            <Button size='small' fill='outline' onClick={stopPicking}>
              取消
            </Button>
          </View>
        </View>
      )}
    </View>
  )
}

export default function TipDeskPage() {
  const kind: CaseKind = useRouter().params.kind === 'feedback' ? 'feedback' : 'tip'
  useLoad(() => {
    if (kind === 'feedback') void Taro.setNavigationBarTitle({ title: '投诉建议办理' })
  })
  return (
    <Screen className='staff-page'>
      <StaffGate roles={['tip_handler']}>{(session) => <TipDesk kind={kind} session={session} />}</StaffGate>
    </Screen>
  )
}
